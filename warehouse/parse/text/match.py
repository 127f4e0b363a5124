"""Attach definition blocks to rows and members.

Concept blocks come one per distinct row element, sorted by the hidden element id, so their order
says nothing about row order: attaching them is an assignment problem. Each (row label, block)
pair gets a score from what the text shows (an extension definition repeating its label, marker
rows and the standard texts of line items, tables and roll forwards, word overlap between label
and documentation, value type against the definition's wording), and one maximum-weight
assignment decides. Member blocks (new style) follow the concept blocks in order of first
appearance of the members, so they are matched by position.
"""

from __future__ import annotations

import collections
import functools
import itertools
import math
import re
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal

from warehouse.identity import norm, singular
from warehouse.parse.label_periods import BEGINNING, INSTANT_DOC_RE, OPENING_RE
from warehouse.parse.model import HEADING_KINDS, BlockKind, DefinitionBlock, Row, RowKind
from warehouse.parse.text.column_sums import rounding_unit
from warehouse.parse.text.rows import (
    QNAME_RE,
    element_key,
    kinds_clash,
    reads_as_balance,
    reads_as_flow,
    reads_as_stock,
    shown_kind,
)
from warehouse.parse.values import ValueKind

_STOP = frozenset(
    {
        *("a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "is", "of", "on", "or", "the"),
        *("to", "with", "which", "that", "this", "its", "it", "be", "are", "was", "were", "amount"),
        *("amounts", "value", "values", "period", "during", "including", "per", "each", "any", "all", "such"),
    }
)
_WORD_RE = re.compile(r"[a-z0-9]+")
_PRESENTATION_WORDS = frozenset({"total", "net", "less"})
_CAMEL_RE = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
STRONG_MATCH = 2.0  # pair score from which a label/definition match is trusted for concept identity
SURE_MARGIN = 0.5  # what every other placement of the pair must lose for the match to be trusted
RIVAL_SLACK = 2.0  # how far a trusted pair may score below the best rival pair of its row or block
# The taxonomy's "Line items represent ..." and filers' own "Line item represents information of ...".
LINE_ITEMS_DOC = re.compile(r"^line items? represents?\b")
TABLE_DOC = ("container to support", "table")
ROLL_FORWARD_DOC = "a roll forward is a reconciliation"
# Words that filers and the taxonomy use for the same thing (after stemming).
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "sale": ("sale", "revenue"),
    "sold": ("sale",),
    "sell": ("sale",),
    "earn": ("income",),
    "profit": ("income",),
    "margin": ("income", "profit"),
    "cost": ("expense",),
    "charge": ("expense",),
    "provision": ("expense",),
    "dilutive": ("dilut",),
    "diluted": ("dilut",),
    "dilution": ("dilut",),
    "stockholder": ("equity", "shareholder"),
    "shareholder": ("equity", "shareholder"),
    "borrow": ("debt",),
    "amortization": ("amortization", "amortize"),
    "addition": ("addition", "increase"),
    "reversal": ("reversal", "decrease"),
    "reversed": ("reversal",),  # "amount reversed for unused provisions" ~ "Reversals"
    "reduction": ("reduction", "decrease"),
    "exchange": ("exchange", "translation", "currency"),
    "recognition": ("recognition", "recognized"),
    "received": ("received", "inflow", "proceeds"),
    "receipt": ("receipt", "received", "inflow", "proceeds"),  # "Cash receipts" ~ "distribution received"
    "paid": ("paid", "outflow", "payment"),
    "repayment": ("repayment", "payment", "outflow"),  # "Repayments" ~ "the cash outflow for the payment of"
    "depreciation": ("depreciation", "depreciate"),
    "writeoff": ("writeoff", "write"),  # "Write-offs" are the "direct write-downs ... against the allowance"
    "registrant": ("registrant", "entity"),  # "Registrant Name": "the exact name of the entity ..."
    "operation": ("operat", "operation"),  # "Total operating expenses" ~ "... normal operations"
    "deficit": ("earn", "retain"),
    "administer": ("administer", "administrative"),  # "managing and administering the affairs"
    "availability": ("available",),  # "Availability on line of credit" ~ "capacity currently available"
    "remain": ("remain", "available"),  # "Remaining capacity" ~ "capacity currently available"
    "lowest": ("lowest", "minimum"),  # "the lowest effective rate" of a range ~ "Minimum interest rate"
    "highest": ("highest", "maximum"),
    "movement": ("movement", "reconciliation"),  # IFRS "movement in provisions" ~ "reconciliation of ..."
    "purchased": ("purchased", "repurchased"),  # shares a company buys back, in the taxonomy's words
    "yet": ("yet", "remain"),  # shares that "may yet be purchased": those the plan leaves
    "rental": ("rental", "rent"),  # "Store rents" ~ "Rental expense incurred for leased assets"
}


# What a gain or loss is the difference between: a price paid or received and a carrying amount.
_PAID_VS_CARRYING = (
    r"(?:the )?(?:fair value|amounts?|proceeds|consideration|(?:sale |selling )?price)\b[^.;]{0,80}"
    r"\band (?:the )?(?:net )?carrying"
    r" (?:amount|value)\b"
)
# How the taxonomy's documentation says what statement labels name in a word. Each phrase adds the
# label's word to the documentation's words (never the other way round).
_DOC_PHRASES: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), tokens_)
    for pattern, tokens_ in (
        (
            r"after one year|(?:beyond|more than) (?:one year|the normal operating cycle)|\bnon-?current\b"
            r"|\blong-term\b",
            ("noncurrent",),
        ),
        (r"within one year|within the normal operating cycle", ("current",)),
        (r"business combination", ("goodwill",)),
        # Pensions are the employee benefit plans that statements of equity name ("funded status of
        # employee benefit plans" ~ "minimum pension liability adjustments").
        (r"\bpension|\bpostretirement\b|\bdefined benefit\b", ("benefit", "plan")),
        (r"right to consideration from customer", ("receivable",)),
        # ASC 326 renamed the allowance for doubtful accounts; filers kept the old words.
        (r"allowance for (?:expected )?credit loss", ("doubtful",)),
        # The older documentation's words for the same: receivables "expected to be uncollectible".
        (r"\breceivables?\b[^.]{0,120}\buncollectible\b", ("doubtful", "account")),
        (r"(?:lacking|without) physical substance", ("intangible",)),
        # (Revenue recognized "out of the balance of obligation to transfer ..." is no deferral.)
        (
            r"(?<!balance of )obligation\b(?:[^.]{0,50}?\bon)? (?:to )?transfer (?:good|product) "
            r"(?:or|and) service"
            r"|\bcontract with customers?,? liabilit",
            ("deferred", "revenue"),
        ),
        # Commercial paper, in the taxonomy's words: short-term money market securities.
        (r"\bmoney market securities\b[^.]{0,60}\b270 days\b", ("commercial", "paper")),
        # ... and short-term debt: debt "having initial terms less than one year".
        (r"\binitial terms? (?:of )?less than one year\b", ("short", "term", "shortterm")),
        (r"\bsum of\b(?! money)", ("total",)),  # (a "sum of money awarded" is a grant)
        # An investment's unrealized appreciation, in the taxonomy's words.
        (r"\bexcess or deficiency of (?:the )?fair value\b", ("unrealized", "appreciation", "depreciation")),
        (r"\btime value of money\b", ("discount",)),  # the taxonomy's discount rates
        # ... and the newer ones: a "rate for present value of future ... cash flows" discounts them.
        (r"\brate for (?:the )?present value\b", ("discount",)),
        # The IFRS definitions of equity and borrowings, and what filers call contingent consideration.
        (r"\bresidual interest in the assets\b", ("equity",)),
        (r"\bfunds that the entity is obligated to repay\b", ("borrowing",)),
        (r"\bcontingent consideration\b", ("earn",)),
        # A derivative's notional amount, and its fair value gross of netting, in the taxonomy's words.
        (r"\bnominal (?:or face )?amount\b|\bmonetary amount specified by the derivative", ("notional",)),
        # A schedule of investments' "Value of the investment at close of period" is its fair value.
        (r"^value of the investment at close of period\b", ("fair",)),
        # The standards' definition of an asset, for the labels that name it ("Total assets").
        (r"\bprobable future economic benefits\b", ("asset",)),
        (r"\bbefore (?:the )?effects? of (?:master )?netting\b", ("gross",)),
        # An agreement's end and start dates, in the taxonomy's words ("Date the credit facility
        # terminates", "... first became available"), for what labels call maturity and issuance.
        (r"^(?:the )?date\b[^.;]{0,60}?\bterminates\b", ("maturity", "expiration", "end")),
        (r"^(?:the )?date\b[^.;]{0,60}?\bfirst became available\b", ("issuance", "inception", "start")),
        # IFRS cash on hand: "The amount of cash held by the entity. This does not include demand deposits."
        (r"^(?:the )?amount of cash held by the entity\b", ("hand",)),
        # What cash equivalents are, in the standards' words.
        (r"\bhighly liquid investments\b[^.]{0,60}\breadily convertible\b", ("equivalent",)),
        (r"nonoperating|ancillary", ("other",)),
        # Obligations "incurred and payable" are what statements call accrued.
        (r"\bobligations incurred (?:through that date )?and payable\b", ("accrued", "accrual")),
        # A decline in fair value "deemed to be other than temporary" is an other-than-temporary
        # impairment loss, in the taxonomy's words.
        (r"\bdecline in (?:the )?fair value is deemed to be other than temporary\b", ("impairment", "loss")),
        # A security's cost in excess of its fair value is its unrealized loss.
        (
            r"\bexcess of (?:the )?(?:amortized )?cost(?: basis)? over (?:the )?fair value\b",
            ("unrealized", "loss"),
        ),
        # An average exchange rate translates the statement of operations; the period-end rate the
        # balance sheet.
        (
            r"\b(?:exchange|translation) rates?\b[^.]{0,60}?\baverage\b"
            r"|\baverage\b[^.]{0,40}?\b(?:exchange|translation) rate",
            ("average", "operation", "income", "loss", "profit"),
        ),
        (
            r"\b(?:period|year)[- ]end\b[^.]{0,20}?\b(?:exchange|translation) rate"
            r"|\b(?:closing|spot) (?:exchange )?rate",
            ("balance", "sheet", "end"),
        ),
        # The taxonomy's "Other ..." elements hold what it does not otherwise specify.
        (r"\bnot otherwise specified\b", ("other",)),
        # An unrealized gain (loss) is the change in an instrument's fair value that the statement
        # of operations takes ("Change in fair value recognized in operations").
        (r"\bunrealized gains? \(?(?:or )?loss(?:es)?\)?", ("change", "fair", "value", "operation")),
        # The effective tax rate is documented as the ratio it is; nondeductible expenses are what
        # rate reconciliations call permanent differences.
        (r"\bdividing the reported amount of income tax expense\b", ("effective", "rate")),
        (r"\bnondeductible\b", ("permanent",)),
        (r"\bdebt issuance costs?\b", ("financing",)),  # deferred financing costs
        # A risk-based capital ratio is capital to risk-weighted assets.
        (r"\brisk[- ]weighted assets\b", ("based",)),
        # A variable rate's spread, in the taxonomy's words.
        (r"\bpercentage points added to\b|\bpoints added to the reference rate\b", ("spread", "margin")),
        # A liability documented as an amount "payable" is what statements call accrued
        # ("Amount of interest payable" ~ "Accrued interest"); the pay of employees is compensation.
        (r"^(?:the )?(?:carrying )?(?:amount|value) of [\w ,]{0,40}?\bpayable\b", ("accrued",)),
        (r"\bsalar(?:y|ies)\b|\bwages\b|\bservices received from employees\b", ("compensation",)),
        (r"revenue less cost", ("gross",)),
        (r"deducting operating expenses from operating revenues", ("operating", "income")),
        (r"before (?:reclassification|adjustment)", ("change",)),
        (r"equity attributable to (?:the )?parent", ("stockholder", "equity")),
        (r"undistributed earnings", ("retain", "earning")),
        (r"\bnet result\b|\bprofit or loss\b", ("income", "loss")),
        (
            r"allocat\w* (?:of )?(?:the )?cost of intangible|intangible assets? over (?:its|their) useful li",
            ("amortization",),
        ),
        (r"allocat\w* (?:of )?(?:the )?cost of tangible", ("depreciation",)),
        (r"allocat\w* (?:of )?(?:the )?cost of (?:capitalized )?(?:computer )?software", ("amortization",)),
        (r"\ballocat\w* (?:the )?debt discount|\bamortiz", ("amortization",)),
        (r"\bwrite-?downs?\b|\bwritten down\b", ("impairment",)),
        # A reduction of an allowance for receivables "deemed uncollectible" is their write-off.
        (r"\b(?:deemed|determined to be) uncollectible\b", ("writeoff",)),
        (r"\bobligations\b", ("liability",)),
        # IFRS wording of property, plant and equipment and of assets.
        (r"\btangible assets that\b", ("property", "plant", "equipment")),
        (r"\bpresent economic resource", ("assets",)),
        # Debt before and after its unamortized discount: face (principal) and carrying amounts.
        (
            r"\bbefore (?:deduction of )?unamortized\b|\bface \(par\)|\bprincipal amount\b",
            ("face", "principal"),
        ),
        (r"\bafter deduction of unamortized\b", ("carrying",)),
        # What is still "to be amortized" is what statements call unamortized.
        (r"\b(?:yet )?to be amortized\b|\bnot yet amortized\b", ("unamortized",)),
        # The taxonomy's words for cash received and for debt paid off early.
        (r"\bcash inflows?\b", ("proceeds",)),
        (r"\bcurrency on hand\b", ("cash",)),
        (r"\bcash outflows?\b", ("payments",)),
        (r"\bextinguish", ("retirement", "extinguishment")),
        # A gain or loss is documented as the difference between what was paid or received and the
        # carrying amount given up ("... payments made and the carrying amount of debt ...").
        (rf"\bdifference between {_PAID_VS_CARRYING}", ("gain", "loss")),
        (
            r"\b(?:after|less) (?:allocation of )?(?:valuation )?"
            r"(?:allowance|accumulated|reserve|deduction|amortization|depreciation)",
            ("net",),  # "net of allowance", "amount after amortization"
        ),
        # The taxonomy's words for a tax valuation allowance, and for the gross deferred tax assets.
        (r"\bmore likely than not\b[^.]{0,60}\bnot be realized\b", ("valuation", "allowance")),
        (
            r"\bbefore allocation of valuation allowances?\b[^.]*\btemporary differences and carryforwards\b",
            ("total", "gross"),
        ),
        (r"\bbefore (?:allowance|accumulated|reserve|deduction|amortization|depreciation)", ("gross",)),
        (r"market value of[^.]*? held by non-?affiliates", ("public", "float")),
        (r"within one business cycle|(?:within|during) the following twelve months", ("current",)),
        # Option pricing inputs in the taxonomy's words: volatility is a "measure of dispersion",
        # the dividend yield "expected dividends ... as a percentage of the share's price", the term
        # the "period the instrument is expected to be outstanding".
        (r"\bmeasure of dispersion\b|\bstandard deviation\b", ("volatility",)),
        (r"\bexpected dividends?\b[^.]{0,80}\bpercentage\b|\bdividend rate\b", ("yield", "dividend")),
        (r"\bexpected to be outstanding\b", ("term", "life")),
        # The taxonomy's definition of fair value, and of a change in an amount.
        (r"\bcurrent transaction between willing parties\b", ("fair", "value")),
        (r"\b(?:addition|increase) \((?:reduction|decrease)\)", ("change",)),
        # "New liabilities assumed during the period": a roll forward's additions.
        (r"^new\b", ("addition",)),
        # Revenue out of the deferred balance the period began with.
        (
            r"\bpreviously (?:reported|recorded|recognized) as deferred\b"
            r"|\bpreviously included in (?:the )?balance\b",
            ("beginning", "balance"),
        ),
        # The revenue standard's words for contract liabilities and contract assets, where the
        # documentation opens with them (revenue recognized out of the liability names it later).
        (
            r"^(?:the )?amount of (?:the )?obligation to transfer (?:goods?|products?|services?)\b",
            ("contract", "liability"),
        ),
        (
            r"^(?:the )?amount,?(?: after [^,]*,)? of right to consideration in exchange for\b",
            ("contract", "asset"),
        ),
        # A share plan's roll forward names its grants "New".
        (r"\b(?:options?|shares?|units?|awards?|instruments?) granted\b", ("new",)),
        # The risk-free rate of option pricing models: "yield ... on zero-coupon government issues".
        (
            r"zero-coupon government|government (?:bonds?|issues|securities)",
            ("riskfree", "risk", "free", "rate"),
        ),
    )
)


# Documentation that names its element by a phrase the labels always carry: a label without any of
# those words is not that element ("Net revenue" is not "the net result ... of deducting operating
# expenses from operating revenues").
_NAMED_BY: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), frozenset(required))
    for pattern, required in (
        (r"deducting operating expenses from operating revenues", ("operat", "operation")),
        (r"revenue less cost", ("gross",)),
        (r"classified as other\b", ("other",)),
        # "..., classified as noncurrent": the part a row names as noncurrent or long-term, not the
        # whole ("Operating lease liability" above "Long term portion").
        (r"classified as non-?current\b", ("noncurrent",)),
        (r"classified as current\b", ("current",)),
        # "Amount of accumulated depreciation ...": a balance that a row names as accumulated.
        (r"\bamount of accumulated\b", ("accumulated",)),
        # "Amount of costs incurred to date ...": a running total that a row names as one.
        (r"\bincurred to date\b", ("incurred", "cumulative", "date", "inception")),
        # "Amount of advances or credit lines available from ...": what may still be drawn, which a
        # row names as such, never what was drawn ("Advances from the Federal Home Loan Bank").
        (
            r"^(?:the )?amount of (?!(?:the )?fees?\b)[^.]{0,60}?\bavailable\b(?![- ]for[- ]sale| to\b)",
            ("available", "availability", "unused", "undrawn", "capacity", "remain", "unutilized", "maximum"),
        ),
        # "The number of shares authorized to be repurchased ...": a buyback plan's size, which a row
        # names by the plan, its authorization or what remains, never the shares bought alone.
        (
            r"\bauthori[sz]ed to be (?:re)?purchased\b",
            (
                "authorized",
                "authorization",
                "authorize",
                "plan",
                "program",
                "remain",
                "yet",
                "maximum",
                "approved",
            ),
        ),
        # "The net amount of ... interest income (expense)": both sides netted, which a row names as
        # net, as a total or by its expense side, never a bare "Interest income".
        (r"^(?:the )?net amount of\b[^.]{0,60}\bincome \(expense\)", ("net", "total", "expense")),
        # "Amount after tax of other comprehensive income": an Other... element.
        (
            r"^(?:the\s+)?(?:aggregate\s+)?amount(?:,[^,]*,|\s+(?:after|before)\s+tax)?\s+of\s+other\b",
            ("other",),
        ),
    )
)


# IFRS documentation naming a part of a whole: "A classification of cash equivalents representing
# short-term deposits", "The amount of property, plant and equipment representing land ...". The
# element is the part: a label without any of its words names the whole, or another part. (A part
# described, "representing the amount of assets to be consumed ...", is no name: raw materials.)
_REPRESENTING_RE = re.compile(
    r"^(?:an? |the )?(?:amount of (?:an? |the )?)?class(?:ification)? of [^.;]{1,100}? representing "
    r"(?!the |an? |amounts? )(?P<part>[^.;\[]+)"
    r"|^(?:the )?amount of [^.;]{1,100}?(?<! an asset)(?<! a liability) representing "
    r"(?!the |an? |amounts? )(?P<part2>[^.;\[]+)",
    re.IGNORECASE,
)


def _names_no_part(named: frozenset[str], doc: str) -> bool:
    m = _REPRESENTING_RE.match(doc)
    if m is None:
        return False
    part = words(m.group("part") or m.group("part2") or "")
    return bool(part) and not part & named


# Documentation of a whole that lists its kinds: "lease income from operating, direct financing, and
# sales-type leases", "cash, cash equivalents, and restricted cash". Each kind in a word or two.
_KIND = r"[a-z][\w-]*(?: [a-z][\w-]*)?"
_KINDS_RE = re.compile(
    rf"(?:\b(?:from|of|for|on|by|in)|^(?:the )?(?:amount of )?) "
    rf"(?P<kinds>(?:{_KIND}, )+{_KIND},? (?:and|or) {_KIND})\b"
)
# ... or what it "may include": "demand deposits, saving deposits, negotiable order of withdrawal
# (NOW) and time deposits" (kinds of up to four words, with their abbreviation).
_KIND_LONG = r"[a-z][\w-]*(?: [a-z][\w-]*){0,3}(?: \([a-z]+\))?"
_INCLUDED_KINDS_RE = re.compile(
    rf"\binclud(?:e|es|ing) (?P<kinds>(?:{_KIND_LONG}, )+{_KIND_LONG},? (?:and|or) {_KIND_LONG})\b"
)


def _listed_kinds(doc: str) -> list[list[frozenset[str]]]:
    """The lists of kinds a whole's documentation gives, each as the words that tell its kinds apart
    (words two of them share, "cash" of "cash, cash equivalents, and restricted cash", tell none
    apart)."""
    main = _split_doc(doc)[0]
    out = []
    for m in (m for pattern in (_KINDS_RE, _INCLUDED_KINDS_RE) for m in pattern.finditer(main)):
        items = re.split(r",? (?:and|or) |, ", m.group("kinds"))
        # The last kind's second word is the thing all of them are ("sales-type leases").
        items[-1] = items[-1].split()[0]
        kinds = [frozenset(_stems(k)) for k in items]
        counts = collections.Counter(w for k in kinds for w in k)
        out.append([frozenset(w for w in k if counts[w] == 1) for k in kinds])
    return out


def _stems(text: str) -> list[str]:
    """A text's word stems in order, without synonyms (kinds told apart: "sales-type" is no
    "revenue")."""
    return [_stem(t) for t in _WORD_RE.findall(_canonical(text).lower())]


# ... and documentation that excludes what a label names: "Amount, before tax and reclassification,
# of gain (loss) ..." is no "Losses reclassified from AOCI"; a pre-tax amount is no "net of tax" row.
_EXCLUDED_BY: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (re.compile(doc, re.IGNORECASE), re.compile(label, re.IGNORECASE))
    for doc, label in (
        (r"\bbefore (?:tax and )?reclassifications?\b", r"\breclassif"),
        (r"\bbefore (?:income )?tax\b|\bpre-?tax\b", r"\bnet of (?:income )?tax|\bafter[- ]tax\b"),
        (r"\bafter (?:income )?tax\b|\bnet of (?:income )?tax", r"\bbefore (?:income )?tax|\bpre-?tax\b"),
        # Revenue recognized out of a deferred balance is no deferral ("Revenue deferred").
        (r"^(?:the )?amount of revenue recognized\b", r"^(?!.*\brecogni[sz]ed\b).*\bdeferr"),
        # An expense charged to an allowance is no write-off taken from it.
        (
            r"^(?:the )?amount of expense\b"
            r"(?![^.]*\b(?:written|charged) off\b|[^.]*\b(?:write|charge)-?offs?\b)",
            r"\b(?:write|charge)[- ]?offs?\b|\b(?:written|charged)[- ]off\b",
        ),
    )
)


def _doc_phrases(text: str) -> set[str]:
    """The label words the documentation's phrases stand for, stemmed as label words are."""
    out: set[str] = set()
    for pattern, toks in _DOC_PHRASES:
        if pattern.search(text):
            for tok in toks:
                out.add(tok)
                out.update(_SYNONYMS.get(_stem(tok), (_stem(tok),)))
    return out


@functools.lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    if len(word) > 4 and word.endswith(("ies", "ied")):
        return word[:-3] + "y"  # liabilities -> liability, carried -> carry
    if len(word) > 6 and word.endswith("arily"):
        return word[:-3] + "y"  # voluntarily -> voluntary
    if len(word) > 4 and word.endswith("sses"):
        return word[:-2]
    if len(word) > 4 and word.endswith(("xes", "ches", "shes")):
        return word[:-2]  # taxes -> tax, matches -> match
    if len(word) > 6 and word.endswith("ly") and word[:-2].endswith(("ous", "ive", "ate", "ent", "ant")):
        return word[:-2]  # previously -> previous, separately -> separate
    if len(word) > 8 and word.endswith("iveness"):
        return word[:-4]  # ineffectiveness -> ineffective
    if len(word) > 6 and word.endswith("ings"):
        return word[:-4]  # restructurings -> restructur, as restructuring
    if len(word) > 5 and word.endswith("ing"):
        return word[:-3]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


# "Cost of sales" and "goods produced and sold" name a cost: their "sales" is not revenue.
_COST_OF_SALES_RE = re.compile(
    r"\bcosts? of (?:(?:goods|products?|services?|merchandise)(?: and services)? )?"
    r"(?:sales?|sold|revenues?)\b"
    r"|\b(?:goods|products?)(?: and services)? produced and sold\b"
    r"|\bcosts?\b[^.]{0,60}?\battribut\w* to (?:the )?(?:goods|products?)(?: (?:and|or) services)? sold\b"
    r"|\bcosts? incurred[^.]*?related to (?:other )?revenue generating activit\w*",
    re.IGNORECASE,
)


def _cost_of_sales(m: re.Match[str]) -> str:
    return " cost costofsales " if m.group(0)[0] in "cC" else " costofsales "


def _canonical(text: str) -> str:
    text = us_spelling(text)
    text = _WRITE_OFF_RE.sub(" writeoff ", text)
    text = _CHARGED_TO_ALLOWANCE_RE.sub("deducted from", text)
    text = _LONG_TERM_RE.sub("long-term noncurrent", text)
    text = _SHORT_TERM_RE.sub("short-term current", text)
    text = _NOT_WITHIN_YEAR_RE.sub("noncurrent", text)
    text = _NET_OF_CURRENT_RE.sub(" noncurrent", text)
    text = _NOT_INCLUDED_RE.sub("excluded from", text)
    text = _CAPITAL_TIER_RE.sub(_capital_tier, text)
    text = _CAPITALIZED_COST_RE.sub(" capitalized capitalizedcost ", text)
    text = _NUMBER_WORDS_RE.sub(_number_words, text)
    return _COST_OF_SALES_RE.sub(_cost_of_sales, _CAMEL_RE.sub(" ", text))


# Definitions written from element names spell numbers out ("sixty one to one twenty days past due",
# from `SixtyOneToOneTwentyDaysPastDue`) where labels show digits ("61 to 120 days"). A run of number
# words that holds a teen, a tens word or "hundred" becomes its figure; a lone unit word ("one year")
# stays a word. A unit word directly before a tens word reads as hundreds, as spoken ("one twenty").
_UNIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEEN_WORDS = (
    *("ten", "eleven", "twelve", "thirteen", "fourteen"),
    *("fifteen", "sixteen", "seventeen", "eighteen", "nineteen"),
)
_TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_NUMBER_VALUE = {
    **{w: i for i, w in enumerate(_UNIT_WORDS)},
    **{w: 10 + i for i, w in enumerate(_TEEN_WORDS)},
    **{w: 20 + 10 * i for i, w in enumerate(_TENS_WORDS)},
}
_NUMBER_WORD = "(?:" + "|".join((*_TEEN_WORDS, *_TENS_WORDS, *_UNIT_WORDS, "hundred")) + ")"
_NUMBER_WORDS_RE = re.compile(rf"(?i)\b{_NUMBER_WORD}(?:[- ]{_NUMBER_WORD})*\b")


def _number_words(m: re.Match[str]) -> str:
    parts = re.split(r"[- ]", m.group(0).lower())
    if all(p in _UNIT_WORDS for p in parts):
        return m.group(0)
    total, current = 0, 0
    for prev, part in zip(["", *parts], parts, strict=False):
        if part == "hundred":
            current = max(current, 1) * 100
        elif prev in _UNIT_WORDS and _NUMBER_VALUE[part] >= 10:
            current = current * 100 + _NUMBER_VALUE[part]  # "one twenty" is 120
        elif current % 10 == 0 and _NUMBER_VALUE[part] < 10:
            current += _NUMBER_VALUE[part]  # "sixty one" is 61
        else:
            total, current = total + current, _NUMBER_VALUE[part]
    return f" {total + current} "


# A cost capitalized is an asset's, not an expense: one word, so "cost" does not read as "expense".
_CAPITALIZED_COST_RE = re.compile(r"(?i)\b(?:costs? capitalized|capitalized costs?)\b")
# A capital tier in any of its spellings is one word: "Tier1", "Tier 1", "tier one", "Tier I".
_CAPITAL_TIER_RE = re.compile(r"(?i)\btier[- ]?(1|one|i|2|two|ii)\b")


def _capital_tier(m: re.Match[str]) -> str:
    return " tierone " if m.group(1).lower() in ("1", "one", "i") else " tiertwo "


# A write-off in any of its spellings is one word: a "charge-off" is no charge (expense), and
# "Written-off" is the "write-offs" of the documentation.
_WRITE_OFF_RE = re.compile(r"(?i)\b(?:charge|write)[- ]?offs?\b|\b(?:charged|written|wrote)[- ]off\b")
# Amounts "charged against the allowance" are deducted from it, not charged to expense.
_CHARGED_TO_ALLOWANCE_RE = re.compile(
    r"(?i)\bcharged (?:against|to)(?= (?:the |an? )?(?:allowance|reserve)\b)"
)

# IFRS filers write British English: "recognised", "amortisation", "capitalised".
_BRITISH_IS_RE = re.compile(
    r"(?i)\b(recogn|real|amort|capital|author|organ|util|categor|character|summar|minim|monet|subsid"
    r"|general|normal|special|equal|annual|final|central|local|standard)is(?=e\b|ed\b|es\b|ing\b|ations?\b)"
)


def us_spelling(text: str) -> str:
    return _BRITISH_IS_RE.sub(r"\1iz", text)


# "Receivables not expected to be collected in one year" are the noncurrent ones.
_NOT_WITHIN_YEAR_RE = re.compile(
    r"\bnot (?:expected to be )?(?:collect(?:ed|ible)|due|payable|paid|received|realized|settled)"
    r" (?:with)?in (?:one|1|a) year\b",
    re.IGNORECASE,
)
# "Operating lease, net of current portion" and "Long-term debt, less current maturities" are the
# noncurrent parts, the taxonomy's "classified as noncurrent"; a label that opens so ("Less current
# portion") is the current part, deducted.
_NET_OF_CURRENT_RE = re.compile(
    r"(?<=[\w)])[\s,-]*\b(?:net of|less|excluding|excluding the|exclusive of)\s+(?:the\s+)?current"
    r" (?:portions?|maturit(?:y|ies)|installments?|parts?)\b",
    re.IGNORECASE,
)
# Securities "not included in the computation of diluted EPS" are the ones "excluded from" it.
_NOT_INCLUDED_RE = re.compile(r"\bnot (?:been )?included in\b", re.IGNORECASE)
# "Lease liabilities-long-term" is the noncurrent part, the taxonomy's "classified as noncurrent".
_LONG_TERM_RE = re.compile(r"\blong[- ]term\b", re.IGNORECASE)
_SHORT_TERM_RE = re.compile(r"\bshort[- ]term\b", re.IGNORECASE)


@functools.lru_cache(maxsize=16384)
def token_groups(text: str) -> tuple[frozenset[str], ...]:
    """Content words of a text, each as the set of its stem and synonyms."""
    text = _canonical(text)
    text = re.sub(r"(?i)\bnon[- ](?=[a-z])", "non", text)  # "non-current" is one word: noncurrent
    out: list[frozenset[str]] = []
    for t in _WORD_RE.findall(text.lower()):
        if t in _STOP or len(t) < 2:
            continue
        st = _stem(t)
        out.append(frozenset(_SYNONYMS.get(st, (st,))))
    return tuple(out)


@functools.lru_cache(maxsize=65536)
def words(text: str) -> frozenset[str]:
    """Every stem and synonym of a text, plus joined neighbours ("carry forwards" ~ "carryforwards")."""
    raw = _stems(text)
    out: set[str] = set().union(*token_groups(text)) if text else set()
    out |= {_stem(a + b) for a, b in itertools.pairwise(raw)}
    return frozenset(out)


@functools.lru_cache(maxsize=65536)
def _squashed(text: str) -> str:
    return norm(text).replace(" ", "")


@functools.lru_cache(maxsize=16384)
def _base_label(label: str) -> str:
    label = re.sub(
        r"\s*\[(?:abstract|line items|table|roll forward|axis|domain|member)\]$",
        "",
        label,
        flags=re.IGNORECASE,
    )
    # A filer's own heading element shown by its name: "Contract Assets And Contract Liabilities Line Item".
    label = re.sub(r"\s+(?:Line Items?|Abstract)$", "", label)
    label = re.sub(r"\s*\((?:in [^)]*)\)", "", label)
    # "Commercial paper with a weighted-average interest at March 31, 2019 of 2.28% ...": the rate
    # and its dates qualify the thing named before them.
    label = _INTEREST_CLAUSE_RE.sub("", label) or label
    return label.split(" | ")[0]


_INTEREST_CLAUSE_RE = re.compile(
    r"(?i)(?<=\w),?\s+(?:with|bearing|at) (?:an? )?(?:(?:weighted[- ]average|annual|fixed|variable) )*"
    r"interest\b[^|]*\d[^|]*$"
)


_INCLUDES_RE = re.compile(r"(?<=[.;])\s+(?=Includes\b)")


def _split_doc(doc: str) -> tuple[str, str]:
    """The documentation's definition, and what it says of the element's parts and neighbours
    rather than the element: its trailing "Includes ..." sentences ("Operating expenses ...
    Includes selling, general and administrative expense") and the phrases below."""
    # "The aggregate total costs related to selling ..." names a component, not a total.
    doc = re.sub(r"(?i)\baggregate total\b", "aggregate", doc)
    # "Debt securities categorized neither as held-to-maturity nor trading" are available for sale:
    # the classes it names are the ones it is not.
    doc = _NEITHER_HTM_RE.sub(" available for sale", doc)
    aside: list[str] = []

    def set_aside(m: re.Match[str], kept: str = " ") -> str:
        aside.append(m.group(0))
        return kept

    def sum_of(m: re.Match[str]) -> str:
        x, y = (m.group(k).lower().split() for k in ("x", "y"))
        aside.extend(w for w in x + y if (w in x) != (w in y))
        return "sum of " + " ".join(w for w in x if w in y)

    # IFRS documentation ends with "[Refer: Borrowings; Interest rate]": neighbours, not the element.
    doc = _REFER_RE.sub(set_aside, doc)
    # A formula in parentheses names the parts an amount is computed from ("(current borrowing
    # capacity less the amount of borrowings outstanding)").
    doc = _FORMULA_RE.sub(set_aside, doc)
    # A rate reconciliation's items name the two rates (or expenses) they reconcile, then what they
    # are: "the difference between the effective income tax rate and domestic federal statutory
    # income tax rate attributable to changes in the valuation allowance".
    doc = _BETWEEN_RE.sub(lambda m: set_aside(m, m.group(1)), doc)
    # "The sum of the current income tax expense or benefit and the deferred income tax expense or
    # benefit": the words both parts share name the whole; the others, each part.
    doc = _SUM_OF_RE.sub(sum_of, doc)
    # What the element leaves out ("..., excluding amortization of debt discount (premium) and
    # financing costs") is another element.
    doc = _EXCLUDING_RE.sub(set_aside, doc)
    # "Provisions other than provisions for employee benefits" are the other provisions; what they
    # are other than is another element.
    doc = _OTHER_THAN_RE.sub(lambda m: set_aside(m, " other "), doc)
    # "Liabilities of uncertain timing or amount, including provisions for employee benefits": a
    # part the element includes is another element too.
    doc = _INCLUDING_RE.sub(set_aside, doc)
    # A cost "net of adjustments ... and fair value hedge accounting adjustments" is no fair value.
    doc = _HEDGE_ADJUSTMENTS_RE.sub(set_aside, doc)
    # "The fair value of securities in an unrealized loss position": the position says which
    # securities, not what is measured (their loss is another element).
    doc = _LOSS_POSITION_RE.sub(lambda m: set_aside(m, " position"), doc)
    # "Amount, after deduction of tax, ..., dividends on preferred stock ...; of income available to
    # common shareholders": what was deducted are other elements.
    doc = _DEDUCTED_LIST_RE.sub(set_aside, doc)
    refs = " ".join(aside)
    split = _INCLUDES_RE.split(doc, maxsplit=1)
    return (split[0], f"{split[1]} {refs}") if len(split) == 2 else (doc, refs)


_REFER_RE = re.compile(r"\[Refer:\s*([^\]]*)\]", re.IGNORECASE)
_NEITHER_HTM_RE = re.compile(
    r",? (?:which are )?(?:categorized|classified) neither as held[- ]to[- ]maturity nor (?:as )?trading\b",
    re.IGNORECASE,
)
_BETWEEN_RE = re.compile(
    # (Not a gain's or loss's "difference between the fair value ... and the carrying amount".)
    rf"\b(differences?) between (?!{_PAID_VS_CARRYING})(?:the )?[^.;]{{3,120}}?"
    r" and (?:the )?[^.;]{3,160}?"
    r"(?= attributable\b| that (?:can|is|are)\b| due to\b| resulting\b|[,.;]|$)",
    re.IGNORECASE,
)
_SUM_OF_RE = re.compile(
    r"\bsum of (?:the )?(?P<x>[^.;,()]{3,100}?) and (?:the )?(?P<y>[^.;,()]{3,100}?)"
    r"(?= pertaining\b| attributable\b| for the\b|[,.;]|$)",
    re.IGNORECASE,
)
_HEDGE_ADJUSTMENTS_RE = re.compile(r"\bfair value hedge accounting adjustments\b", re.IGNORECASE)
_DEDUCTED_LIST_RE = re.compile(r"\bafter deduction of [^;.]{3,200};", re.IGNORECASE)
_LOSS_POSITION_RE = re.compile(r"\b(?:unrealized )?loss position\b", re.IGNORECASE)
_EXCLUDING_RE = re.compile(r"\bexcluding\b[^.;,]*", re.IGNORECASE)
# ("Other than temporary" impairment is a term of its own, not what the element leaves out.)
_OTHER_THAN_RE = re.compile(r"\bother than\b(?! temporar)[^.;,]*", re.IGNORECASE)
# (Only a clause that ends the sentence: "assets, including goodwill, in excess of ..." is a whole.)
_INCLUDING_RE = re.compile(r",\s*including\b[^.;,]*(?=[.;]|$)", re.IGNORECASE)
_FORMULA_RE = re.compile(r"\(([^()]{3,120}? (?:less|minus|plus) [^()]{3,120})\)", re.IGNORECASE)


class Similarity:
    """Label-to-documentation similarity weighted by how rare each word is among the page's definitions."""

    def __init__(self, blocks: Sequence[DefinitionBlock]):
        docs = [words(b.definition or "") for b in blocks if b.kind is BlockKind.DEFINITION]
        self.n = len(docs)
        self.df: dict[str, int] = {}
        for d in docs:
            for w in d:
                self.df[w] = self.df.get(w, 0) + 1
        self._doc_words: dict[int, frozenset[str]] = {}
        self._doc_aux: dict[int, frozenset[str]] = {}
        for b in blocks:
            main, aux = _split_doc(b.definition or "")
            self._doc_words[id(b)] = words(main) | _doc_phrases(main)
            self._doc_aux[id(b)] = words(aux) - self._doc_words[id(b)]
        self._labels: dict[tuple[str, str], tuple[list[tuple[frozenset[str], float]], set[str], float]] = {}

    def idf(self, w: str) -> float:
        return math.log((self.n + 1) / (self.df.get(w, 0) + 0.5))

    def _label(self, label: str, context: str) -> tuple[list[tuple[frozenset[str], float]], set[str], float]:
        key = (label, context)
        cached = self._labels.get(key)
        if cached is None:
            raw = _stems(label)
            joined = {_stem(a + b) for a, b in itertools.pairwise(raw)}
            own = token_groups(label)
            seen = set().union(*own) if own else set()
            ctx = [g for g in token_groups(context) if not g & seen]
            # "Total" and "net" say how a row is shown more than what it is: half the weight.
            weighted = [
                (g, max(self.idf(x) for x in g) * (0.5 if g & _PRESENTATION_WORDS else 1.0)) for g in own
            ]
            weighted += [(g, 0.5 * max(self.idf(x) for x in g)) for g in ctx]
            cached = (weighted, joined, sum(w for _, w in weighted))
            self._labels[key] = cached
        return cached

    def score(self, label: str, context: str, block: DefinitionBlock) -> float:
        """Share of the label's information (idf-weighted words) found in the documentation."""
        dw = self._doc_words[id(block)]
        aux = self._doc_aux[id(block)]
        weighted, joined, total = self._label(label, context)
        if total <= 0:
            return 0.0
        hits = joined & dw
        hit = sum(
            w if g & dw or any(x in j for x in g for j in hits) else (0.25 * w if g & aux else 0.0)
            for g, w in weighted
        )
        return hit / total


def pair_score(
    row: Row,
    block: DefinitionBlock,
    sim: Similarity | None = None,
    context: str = "",
    spare_headings: bool = False,
    at_instant: bool = False,
    movement: bool = False,
    shown_negative: bool = False,
    shown_positive: bool = False,
    per_share_page: bool = False,
) -> float:
    """How well a block fits a row. ``spare_headings``: the page has more blocks without documentation
    than marked headings, so a row shown without values is more likely an unmarked heading.
    ``at_instant``: the row holds a value at an instant, so its element is an instant one.
    ``movement``: the row sits between a roll forward's opening and closing balances, so its element
    is a flow whatever its words ("Amounts accrued for current period sales"). ``shown_negative``: every
    value of the label is shown negative. ``shown_positive``: every value of the label is shown
    positive on a roll forward whose other movements show their signs. ``per_share_page``: the title's
    unit is a per-share one, so amounts shown without a hint are per share."""
    label = row.label
    base = _base_label(label)
    doc = us_spelling(block.definition or "").lower()
    if block.kind is BlockKind.DETAILS:  # old style: headings get "- Details"
        if row.kind is RowKind.EMPTY:  # a heading shown without its marker, or a row without values
            return 1.0
        return 2.0 if row.kind not in (RowKind.VALUE, RowKind.TEXT_BLOCK) else -2.0
    marked = _MARKED_DOC_RE.search(doc) if block.kind is BlockKind.DEFINITION else None
    if marked and row.cells:
        # A filer's abstract documented by its own label ("... [Abstract]"): a container for sure,
        # which holds no value however close its words come to a balance's label.
        return -5.0
    if marked and _squashed(doc[: marked.start()]) == _squashed(base):
        return 14.0  # a heading's own label, marker and all: closer than a value element's same words
    if block.kind is BlockKind.DEFINITION and _squashed(doc.rstrip(".")) in (
        _squashed(base),
        _squashed(label),
        _squashed(f"amount of {base}"),
    ):
        # An extension element whose definition repeats its label ("Level3" ~ "Level 3"), or says
        # "Amount of" it ("Amount of deferral of revenue."); word for word, it is the element's own
        # label, which a variant ("Advances to suppliers - current") only resembles.
        return 13.0 if " ".join(doc.rstrip(".").split()) == " ".join(label.lower().split()) else 12.0
    if row.kind is RowKind.LINE_ITEMS:
        return 10.0 if LINE_ITEMS_DOC.match(doc) else _container_fit(block, doc)
    if row.kind is RowKind.ROLL_FORWARD:
        if doc.startswith(ROLL_FORWARD_DOC):
            return 10.0
        if _ROLL_HEAD_DOC.search(doc):
            return 4.0  # a filer's roll forward abstract documented by its label
        return _container_fit(block, doc)
    if row.kind is RowKind.TABLE:
        return 4.0 if doc.startswith(TABLE_DOC) else _container_fit(block, doc)
    if LINE_ITEMS_DOC.match(doc) or doc.startswith(ROLL_FORWARD_DOC) or _ROLL_HEAD_DOC.search(doc):
        # A heading shown without its "[Line Items]" marker (a filer's own label for it) is the
        # likeliest row for the generic text; a row with values never is.
        return 3.0 if row.kind in (RowKind.EMPTY, RowKind.HEADING) else -5.0
    heading = row.kind in (RowKind.ABSTRACT, RowKind.HEADING) or (
        row.kind is RowKind.EMPTY and spare_headings
    )
    if _undocumented(block):  # (old-style "- Details" blocks were scored above)
        return 1.5 if heading else 0.3
    if not token_groups(base):
        return 0.0
    if sim is None:
        sim = Similarity([block])
    score = 6.0 * sim.score(base, context, block)
    if _acronym_in(base, block.definition or ""):
        score += 4.0  # "Central Index Key" ~ "... commonly abbreviated as CIK"
    if block.element and not heading:
        # A taxonomy named the block's element: its standard labels are the words filers use (its
        # name too, though abbreviated names such as "OfferingSctyTitl" say less).
        if block.element_labels:
            score += 6.0 * _name_overlap(base, context, " ".join(block.element_labels))
        score += 3.0 * _name_overlap(base, context, (block.element or "").partition(":")[2])
        if block.is_total is not None and TOTAL_LABEL.match(base):
            # "Total operating expenses" names a total: an element that no network sums is unlikely.
            score += 1.5 if block.is_total else -1.5
    if heading:
        # A heading is an abstract, and standard abstracts carry no documentation: even a heading
        # that reads like a documented block (1.0 at best) prefers a free undocumented one (1.5).
        score -= 5.0
        if row.kind is RowKind.ABSTRACT and _documents_measure(doc):
            score -= 2.0  # one marked "[Abstract]" is one for sure: it measures no amount
    bare_balance = element_key(label) in _BARE_BALANCE_KEYS
    if not heading:
        named = words(f"{base} {context}")
        for pattern, required in _NAMED_BY:
            # (A bare balance, "Balance at the beginning of the year", names no part at all.)
            if pattern.search(doc) and not required & named and not bare_balance:
                score -= 2.0
        if _names_no_part(named, doc):
            score -= 2.0
        for pattern, shown_re in _EXCLUDED_BY:
            if pattern.search(doc) and shown_re.search(label):
                score -= 2.0
        if _includes_what_label_nets(base, doc):
            score -= 2.0  # "Interest ..., net of capitalized interest" is no cost "either capitalized or ..."
        if _names_what_comes_before(base, doc):
            score -= 3.0  # "Amount ... before accrued loss provision" is no "Accrued loss provision"
        if (
            _ALLOWANCE_DOC.match(doc)
            and not _ALLOWANCE_WORDS & words(base)
            and (not _ALLOWANCE_WORDS & named or _names_what_allowance_is_for(base, doc))
            and not (reads_as_balance(label) or reads_as_flow(label) or TOTAL_LABEL.match(base))
        ):
            # "Accounts receivable" is what an allowance is for, not the allowance (under a "Credit
            # Loss" heading too, where its label names all of what the allowance is on).
            score -= 2.0
        shown = words(f"{label} {context}")
        if (shown & _FACE_WORDS and _CARRYING_DOC.search(doc) and not _FACE_DOC.search(doc)) or (
            "carry" in shown and _FACE_DOC.search(doc) and not _CARRYING_DOC.search(doc)
        ):
            score -= 3.0  # a debt's face amount and its carrying amount are never one element
        if measure_clash(base, doc):
            score -= 3.0  # a security's (amortized) cost and its fair value are never one element
        if _names_only_tax(base) and "tax" not in _TAX_QUALIFIER_RE.sub(" ", doc):
            score -= 2.0  # "Income tax" is no amount "after tax": there tax qualifies another amount
        if _capital_tier_clash(base, doc):
            score -= 2.0  # a bank's Tier 1 capital and its total capital are never one element
        if _REQUIRED_CAPITAL_DOC.search(doc) and "capital" in doc and _measured_ratios(row):
            score -= 2.0  # a ratio a bank measured (9.94%) is no ratio a regulation requires (8.00%)
        head = _DOC_HEAD_RE.match(doc)
        if head and _stem(head.group("head")) not in shown and not _describes_what_label_counts(row, head):
            score -= 3.0  # "The basis (reference rate) used for ... borrowings" is no "Borrowings" row
        if head and any(c.value.kind in (ValueKind.NUMBER, ValueKind.PERCENT) for c in row.cells):
            score -= 2.0  # dates, bases and descriptions are no amounts or rates
    per_share = _shows_per_share(row) or (
        per_share_page and row.unit_hint is None and any(c.value.currency_symbol for c in row.cells)
    )
    score += _type_fit(row, doc, per_share)
    score += _event_date_fit(base, doc)
    signs = {(c.value.number or 0) > 0 for c in row.cells if c.value.number}
    if _TWO_WAY_DOC.search(doc):
        score += 0.5 * (False in signs)  # a row shown negative fits an element that may go either way
    elif signs == {True, False} and _ONE_WAY_DOC.search(doc):
        score -= 0.5  # a row shown with both signs (display never flips one cell alone) goes both ways
    if at_instant:
        score += _instant_fit(doc, block)
        if bare_balance and _documents_stock(doc):
            # A bare balance ("Beginning balance") names nothing but its edge; a roll forward's
            # balance is a stock, so a block that documents one speaks for it.
            score += 1.5
    elif movement:
        score += _movement_fit(doc)
        if shown_negative and _reads_as_increase(doc):
            score -= 2.5  # a movement shown negative takes from the balance: no addition
        if shown_positive and _reads_as_decrease(doc):
            score -= 2.5  # ... and where movements show their signs, one shown positive adds to it
    elif not heading and not (row.cells and all(c.value.kind is ValueKind.TEXT for c in row.cells)):
        # (Words are no balance nor flow: a text block's "... reserve development" documents a table.)
        score += _stock_flow_fit(label, doc)
    dtype = block.details.get("Data Type", "").lower()
    if dtype:
        score += _data_type_fit(row, dtype, per_share)
    return score


# A definition that is its element's label with the marker of a container.
_MARKED_DOC_RE = re.compile(r"\s*\[(?:abstract|line items|table|roll forward)\]\.?\s*$")


def _container_fit(block: DefinitionBlock, doc: str) -> float:
    """A marker row's element ("[Line Items]", "[Roll Forward]", "[Table]") against a block other
    than the marker's standard text: the element is a container, so a block that documents a measure
    ("The carrying amount ...") is a value's, however the rows with values score against it."""
    if block.kind is BlockKind.NO_DEFINITION:
        return 1.0
    return -4.0 if _documents_measure(doc) else -1.0


def _documents_measure(doc: str) -> bool:
    """Documentation of a measure ("Amount of investments ...", "The number of ...", "The
    percentage ..."): a value's element, never a container's."""
    return any(head.match(doc) for head in (_AMOUNT_HEAD, _COUNT_HEAD, _SHARE_OF_HEAD))


TOTAL_LABEL = re.compile(r"(?i)^total\b")
_ALLOWANCE_DOC = re.compile(r"^(?:the )?amount of (?:the )?(?:valuation )?allowance\b")
_ALLOWANCE_FOR_RE = re.compile(r"\b(?:on|for) ((?:(?!for\b|on\b)[a-z' -])+)(?=[,.;]|$)")


def _names_what_allowance_is_for(base: str, doc: str) -> bool:
    """The label names nothing but what the documented allowance is on ("Accounts receivable"
    against "Amount of allowance for credit loss on accounts receivable, classified as ...")."""
    own = words(base)
    m = _ALLOWANCE_FOR_RE.search(doc)
    return bool(own) and m is not None and own <= words(m.group(1))


_ALLOWANCE_WORDS = frozenset(
    {"allowance", "reserve", "provision", "doubtful", "uncollectible", "bad", "impairment", "loss"}
)
# Movements that only go one way: additions made, amounts reversed, awards granted.
_ONE_WAY_DOC = re.compile(
    r"^(?:the )?(?:amount of )?(?:additional|additions?|new)\b|\b(?:made|reversed|granted|issued)\b"
)
_TWO_WAY_DOC = re.compile(
    r"\b(?:increase|addition)\s+\((?:decrease|reduction)\)|\b(?:decrease|reduction)\s+\((?:increase|addition)\)"
)
_TWO_WAY_LABEL = re.compile(
    r"\([^)]*\b(?:reversals?|recover(?:y|ies)|benefits?|credits?|decreases?|reductions?|releases?)\b[^)]*\)",
    re.IGNORECASE,
)
_FACE_WORDS = frozenset({"face", "principal", "par"})
_FACE_DOC = re.compile(r"\bface\b|\bpar\b|\bprincipal\b|\bbefore (?:deduction of )?unamortized\b")
_CARRYING_DOC = re.compile(r"\bcarrying (?:amount|value)\b|\bafter deduction of unamortized\b")
# Documentation that names a thing other than an amount first: rows of it say so in their label.
_DOC_HEAD_RE = re.compile(
    r"^(?:the |an? )?(?P<head>basis|maturity|description|date|method|reason|nature|location|explanation)\b"
    r"(?:(?<=description) of (?:the )?(?P<what>[a-z]+)\b)?"
)


def _describes_what_label_counts(row: Row, head: re.Match[str]) -> bool:
    """ "A description of the terms of the leases" against "Sale-leaseback contractual terms (in
    years)": a filer may count what the element describes, where the label names it; never as a
    rate or an amount of money ("Stated interest rate" is no "Description of the interest rate")."""
    what = head.group("what")
    return (
        what is not None
        and _stem(what) in words(row.label)
        and all(c.value.kind is ValueKind.NUMBER and not c.value.currency_symbol for c in row.cells)
    )


# Documentation of a flow over a period, and of a balance at a date (which wins where both read).
_FLOW_DOC = re.compile(
    r"\b(?:during|for|in) the (?:(?:reporting|fiscal|current) ){0,2}(?:period|year)\b|\bincrease \(decrease\)"
    r"|\bcash (?:inflow|outflow)\b|\bperiod (?:increase|decrease)\b"
    r"|^(?:the )?(?:amount of )?(?:the )?(?:net )?"
    r"(?:increase|decrease|change|additions?|deductions?|reduction|adjustments? to)\b"
    r"|^(?:the )?amount of (?:[a-z]+ )?(?:settlements?|purchases?|issuances?|transfers?|payments?|proceeds"
    r"|expense|write-?offs?|write-?downs?|recover(?:y|ies)|charge-?offs?)\b"
    r"|\b(?:gain|loss)\b[^.]{0,40}\brecognized in (?:net )?(?:income|earnings)\b"
    r"|^(?:the )?amount of revenue\b"
    # IFRS: "The amount recognised as a reduction of the carrying amount ..." (an impairment loss).
    r"|^(?:the )?amounts? recogni[sz]ed (?:for new|as (?:an? )?"
    r"(?:reduction|increase|expense|income|revenue|gain|loss))\b"
    r"|^(?:the )?amount of (?:[a-z]+ ){0,2}?(?<!tax )(?:gains?|loss(?:es)?)\b(?! carry)"
    r"|^(?:the )?(?:fair )?value of [^.]{0,80}\b(?:issued|exercised|granted)\.?$"
    # "Amount of assets, ... lacking physical substance with a finite life acquired."
    r"|^(?:the )?amount of [^.]{0,160}\b(?:acquired|disposed of)\.?$"
)
# ... and of a balance: at a date, or accumulated.
# An obligation outstanding (a contract liability: "Amount of obligation to transfer good or service
# ...") is a balance too.
_OBLIGATION_DOC = re.compile(r"^(?:the )?(?:carrying )?amount of (?:the )?obligations? to\b")
_STOCK_DOC = re.compile(
    rf"{INSTANT_DOC_RE.pattern}|\bat the date|\baccumulated\b|\bcumulative\b|{_OBLIGATION_DOC.pattern}"
    r"|^fair value\b(?![^.]{0,80}\b(?:issued|granted|transferred|paid|received|recognized)\b)"
    # Only what a balance sheet shows is split into current and noncurrent portions.
    r"|^(?:the )?(?:current|non-?current|long-term) portion of\b"
    # IFRS: "The amount of current provisions ...": a classification only a balance sheet makes.
    r"|^(?:the )?amount of (?:the )?(?:current|non-?current)\b"
    r"(?! (?:period|year|(?:income )?tax\b|service cost))"
)


# A few words without a sentence's full stop: "Service Level Credit Used".
# (Or up to five words and a full stop: "Warranty revenue recognized.")
_LABEL_LIKE_DOC = re.compile(r"^[^.;:]{1,100}$|^[^.;:\s]+(?:\s+[^.;:\s]+){0,4}\.$")
# Words that make such a label a movement whatever else it says; "Provision for impairment ..." (an
# IFRS liability, a US expense) and "Depreciation" (often accumulated) are no evidence alone.
_LABEL_FLOW_RE = re.compile(
    r"\b(?:additions?|increases?|decreases?|payments?|paid|proceeds|recognized|used|utilized|usage|issued"
    r"|granted|exercised|forfeited|vested|expired|cancell?ed|charged|write-?offs?|written off"
    r"|reclassified|transfers?|settlements?)\b"
)


# A filer's roll forward abstract documented by its label ("Movement In Contract With Customer,
# Liability"): the heading's element, never a value's.
_ROLL_HEAD_DOC = re.compile(
    r"^(?:movements? (?:in|of)\b|roll ?forward\b|reconciliation of\b)[^.;:]{0,100}\.?$|\broll ?forward\.?$"
)
# A label that ends on a participle names what happened to a thing: "Warranty revenue deferred" is the
# period's deferral, where "Deferred warranty revenue" is the balance.
_TRAILING_PARTICIPLE_RE = re.compile(r"\s\w{3,}ed\.?$")


_NET_OF_LABEL_RE = re.compile(r"(?i)\bnet of (?P<what>[a-z][\w -]{2,40}?)\s*(?:$|[,(;])")
_DEDUCTING_RE = r"\b(?:net of|after|less|exclud\w*|deduct\w*|before|without)\b(?:\W+\w+){0,5}?\W+"


@functools.lru_cache(maxsize=65536)
def _doc_measure_basis(doc: str) -> str | None:
    """Whether documentation reads as a cost ("at cost, net of adjustments", "amortized cost basis")
    or as a fair value ("aggregate fair value of", "measured at fair value"): by what it opens with,
    else by the one of them its text names. "Fair value hedge accounting adjustments" to a cost is
    neither."""
    doc = _HEDGE_ADJUSTMENTS_RE.sub(" ", doc)
    lead = _BASIS_LEAD_RE.match(doc)
    if lead:
        return "fair" if lead.group("fair") else "cost"
    cost, fair = _COST_BASIS_RE.search(doc) is not None, _FAIR_BASIS_RE.search(doc) is not None
    return ("cost" if cost else "fair") if cost != fair else None


def measure_clash(label: str, doc: str) -> bool:
    """A "Fair value" row against documentation of a cost, or an "Amortized cost" row against
    documentation of a fair value."""
    shown = label.lower()
    fair = "fair value" in shown
    cost = _COST_LABEL_RE.search(shown) is not None
    if fair == cost:
        return False
    basis = _doc_measure_basis(doc)
    return basis is not None and basis != ("fair" if fair else "cost")


def _names_only_tax(label: str) -> bool:
    """A label that names a tax and nothing else ("Income tax", "Tax (expense) benefit")."""
    shown = set(re.findall(r"[a-z]+", label.lower()))
    return bool({"tax", "taxes"} & shown) and not shown - _TAX_LABEL_WORDS


_TAX_LABEL_WORDS = frozenset(
    {
        "income",
        "tax",
        "taxes",
        "expense",
        "benefit",
        "provision",
        "effect",
        "credit",
        "related",
        "the",
        "of",
        "on",
    }
)
# Tax as a qualifier of another amount: "Amount after tax and reclassification adjustments of ...".
_TAX_QUALIFIER_RE = re.compile(r"\b(?:before|after|net of|excluding|exclusive of) (?:income )?tax(?:es)?\b")


def _capital_tier_clash(label: str, doc: str) -> bool:
    """A "Tier 1" (core) capital row against documentation of a capital that names no tier, or a
    "Total ... capital" row against documentation of Tier 1 capital that says no total."""
    shown = label.lower()
    # ("Tier 1 total risk-based capital ratio" is the total one.)
    if _TOTAL_CAPITAL_RE.search(shown):
        return _TIER_ONE_RE.search(doc) is not None and _TOTAL_WORD_RE.search(doc) is None
    if _TIER_ONE_RE.search(shown) or "core" in shown:
        return "capital" in doc and "tier" not in doc
    return False


def _measured_ratios(row: Row) -> bool:
    """Every value of the row a percentage off the quarter-point grid that regulations set their
    ratios on (9.94%, not 8.00% or 6.50%)."""
    values = [c.value for c in row.cells]
    return bool(values) and all(
        v.kind is ValueKind.PERCENT and v.number is not None and (v.number * 400) % 1 != 0 for v in values
    )


_TIER_ONE_RE = re.compile(r"\btier[- ]?(?:1|i|one)\b")
_TOTAL_CAPITAL_RE = re.compile(r"\btotal\b[^,;]*\bcapital\b|\btotal risk")
_TOTAL_WORD_RE = re.compile(r"\btotal\b")
_REQUIRED_CAPITAL_DOC = re.compile(
    r"\brequired\b|\bminimum\b|\bwell[- ]capitalized\b|\bcapital adequacy purposes\b|\brequirements?\b"
)
_BASIS_LEAD_RE = re.compile(
    r"^(?:this item represents )?(?:the )?(?:(?P<fair>(?:aggregate |estimated )?fair value)"
    r"|(?:amount of )?(?:the )?(?:amortized )?cost(?: basis)?)\b"
)
_COST_BASIS_RE = re.compile(r"\bat (?:amortized )?cost\b|\bamortized cost\b|\bcost basis\b|\bthe cost of\b")
_FAIR_BASIS_RE = re.compile(
    r"\b(?:measured|carried|stated|reported) at fair value\b|\baggregate fair value\b|\bfair value portion\b"
)
# A cost as a basis of measurement, not a kind of cost ("Cost of acquired entity").
_COST_LABEL_RE = re.compile(r"\bamortized cost\b|\bcost basis\b|\bat cost\b|^(?:total )?cost$")


def _includes_what_label_nets(label: str, doc: str) -> bool:
    """A label "..., net of capitalized interest" against documentation that names what the label
    takes out without taking it out ("either capitalized or charged against earnings"): the doc's
    amount includes it."""
    m = _NET_OF_LABEL_RE.search(label)
    if m is None:
        return False
    what = [w for w in _stems(m.group("what")) if w not in _STOP and len(w) > 3]
    if not what or re.search(rf"\b{re.escape(what[0])}", doc) is None:
        return False
    return re.search(_DEDUCTING_RE + re.escape(what[0]), doc) is None


def _label_reads_as_flow(doc: str) -> bool:
    return (
        _LABEL_FLOW_RE.search(doc) is not None or _TRAILING_PARTICIPLE_RE.search(doc) is not None
    ) and not reads_as_balance(doc)


_CHARGED_DOC = re.compile(
    r"\b(?:expense|cost) (?:charged|recognized)\b|\bcharged (?:against|to) (?:earnings|income|operations"
    r"|(?:costs? (?:and|or) )?expenses?)\b"
)


_BEFORE_RE = re.compile(
    r"\b(?:before|after|excluding|exclusive of|net of|other than|included in(?: both)?"
    r"|not (?:classified|included|reported) (?:as|in))\s+"
    r"(?:(?:the )?(?:allocation|deduction|effect) of )?"
    r"((?:(?!(?:of|on|to|for|and)\b)[a-z'-]+\s*){1,4}"
    # (an allowance is named by what it is for: "after allowance for credit loss")
    r"(?:(?<=allowance )(?:for|on) (?:(?!(?:of|on|to|and)\b)[a-z'-]+\s*){1,3})?)"
)


def _names_what_comes_before(label: str, doc: str) -> bool:
    """Documentation of an amount before, after, excluding or included in a thing, against a label
    that names only that thing ("Valuation allowance" is no amount "after allocation of valuation
    allowances"; "Total operating revenues" no surcharge "included in operating revenues")."""
    shown = [g for g in token_groups(label) if "total" not in g]  # a total names the same thing
    if not shown:
        return False
    for m in _BEFORE_RE.finditer(doc):
        inside = set().union(*token_groups(m.group(1)))
        if all(g & inside for g in shown):
            return True
        # Or most of what the label names is only in that phrase ("Reclassification adjustment,
        # tax" against a tax effect "before reclassification adjustments"), the rest elsewhere.
        rest = set().union(*token_groups(doc[: m.start()] + " " + doc[m.end() :]))
        only_inside = [g for g in shown if g & inside and not g & rest]
        elsewhere = [g for g in shown if g & rest]
        if len(only_inside) > len(elsewhere) and len(only_inside) + len(elsewhere) == len(shown):
            return True
    return False


def _documents_flow(doc: str) -> bool:
    """Documentation of a flow over a period: "during the period", "charged against earnings", ..."""
    return _FLOW_DOC.search(doc) is not None or _CHARGED_DOC.search(doc) is not None


_NAMED_BALANCE_RE = re.compile(r"(?i)^balances?\b(?!.*\b(?:sheet|transfer))|\bbalances?$")


@functools.lru_cache(maxsize=65536)
def _stock_flow_fit(label: str, doc: str) -> float:
    """A label that reads as a balance ("Intangible assets") against documentation of a flow, or a
    flow ("Amortization expense") against documentation of a balance "as of the balance sheet date".
    A price or a rate is neither ("Fair value at grant date" of "... Price ..., Instruments Granted")."""
    if _doc_measure(doc) in ("per_share", "percent"):
        return 0.0
    flow_doc = _documents_flow(doc)
    stock_doc = INSTANT_DOC_RE.search(doc) is not None or _OBLIGATION_DOC.match(doc) is not None
    if _LABEL_LIKE_DOC.match(doc):
        # An extension's documentation that only repeats a label is read as a label.
        flow_doc = flow_doc or _label_reads_as_flow(doc)
        stock_doc = stock_doc or reads_as_stock(doc)
    if reads_as_stock(label) and flow_doc and not stock_doc:
        # A label that says it is a balance ("Deferred revenue balance") says so for sure.
        return -4.0 if _NAMED_BALANCE_RE.search(label) else -2.0
    if reads_as_flow(label) and stock_doc and not flow_doc:
        return -2.0
    return 0.0


@functools.lru_cache(maxsize=65536)
def _movement_fit(doc: str) -> float:
    """A roll forward's movement against documentation of a balance at a date. (A filer's
    documentation that only repeats a label proves nothing here: "Derivative debt." may be the
    element of "New derivative debt".)"""
    if _LABEL_LIKE_DOC.match(doc):
        return 0.0
    stock = INSTANT_DOC_RE.search(doc) is not None or any(
        p.match(doc) is not None for p in (_BALANCE_HEAD_DOC, _OUTSTANDING_DOC)
    )
    return -3.0 if stock and not _documents_flow(doc) else 0.0


# Movements that only add to a balance: additions, new items, amounts made or charged in the period.
_INCREASE_DOC = re.compile(
    r"^(?:represents )?(?:the )?(?:aggregate |total )?(?:amount of )?(?:the )?"
    r"(?:additions?|additional|increases?|new)\b"
    r"|\b(?:made|issued|granted|accrued) (?:during|in) the (?:reporting )?(?:period|year)\b"
    r"|\bcharged (?:against|to) (?:earnings|income|costs?|expenses?)\b|\badditions?\b"
    # an expense charged in the period adds to the reserve or allowance it provides for
    r"|^(?:the )?amount of expense\b"
)
_DECREASE_WORD = re.compile(r"\b(?:decrease|reduction|reversal|deduction|payment|paid|net of)\b|\(")


# A change "recognized in the income statement" is a gain or a loss: on a liability's roll forward a
# gain (an increase in income) takes from the balance, so its sign tells nothing of the documentation.
_INCOME_EFFECT_DOC = re.compile(
    r"\brecogni[sz]ed in (?:the )?(?:income|earnings|net income|profit or loss"
    r"|statements? of (?:income|operations|comprehensive income))\b"
)


@functools.lru_cache(maxsize=65536)
def _reads_as_increase(doc: str) -> bool:
    return (
        _INCREASE_DOC.search(doc) is not None
        and _DECREASE_WORD.search(doc) is None
        and _INCOME_EFFECT_DOC.search(doc) is None
    )


# Movements that only take from a balance: amortization, write-offs, payments, amounts used.
_DECREASE_DOC = re.compile(
    r"^(?:represents )?(?:the )?(?:aggregate |total )?(?:amount of )?(?:the )?(?:[a-z]+ )?"
    r"(?:amortization|depreciation|write-?offs?|write-?downs?|charge-?offs?|deductions?|decreases?|reductions?"
    r"|payments?|utilization|reversals?)\b"
    r"|^(?:the )?amount of [^.]{0,60}?\b(?:that )?(?:have|has) been (?:written|charged) off\b"
    # IFRS: "The amount used (ie incurred and charged against the provision) for other provisions."
    r"|^(?:the )?amounts? (?:used|utili[sz]ed)\b"
    # revenue recognized out of a deferred balance
    r"|^(?:the )?amount of revenue recognized\b[^.]{0,60}"
    r"\b(?:deferred|unearned|contract liabilit|included in)"
)


@functools.lru_cache(maxsize=65536)
def _reads_as_decrease(doc: str) -> bool:
    return (
        _DECREASE_DOC.search(doc) is not None
        and _TWO_WAY_DOC.search(doc) is None
        and _INCOME_EFFECT_DOC.search(doc) is None
    )


# Documentation that opens on a balance sheet noun: "Amount of obligation to transfer good or service
# ...", "Carrying amount of ... liabilities".
_BALANCE_HEAD_DOC = re.compile(
    r"^(?:the )?(?:carrying )?amount(?:,[^,]{0,80},)? of (?:the )?(?:[a-z]+ ){0,2}?"
    r"(?:obligations?|liabilit(?:y|ies)|assets?|allowance|reserves?|receivables?|payables?|debt|borrowings?"
    r"|inventor(?:y|ies))\b"
    # "For an unclassified balance sheet, a valuation allowance for receivables ...": the allowance itself.
    r"|^(?:for an? [^,.]{0,40}, )?(?:an?|the) (?:valuation )?allowance for\b"
)
# What is outstanding at a date: "Value of outstanding derivative securities ...".
_OUTSTANDING_DOC = re.compile(r"^(?:the )?(?:fair |carrying )?(?:value|amount) of (?:the )?outstanding\b")


_BARE_BALANCE_KEYS = ("\x00balance balance", "\x00balance ")


def _documents_stock(doc: str) -> bool:
    stock = _STOCK_DOC.search(doc) is not None or _OUTSTANDING_DOC.match(doc) is not None
    return stock and not _flow_not_stock(doc)


def _instant_fit(doc: str, block: DefinitionBlock) -> float:
    """A row with a value at an instant against the block's period type (named by a taxonomy, or
    read from documentation that speaks of a flow during a period)."""
    period = block.details.get("Period Type")
    if period:
        return 0.5 if period == "instant" else -8.0
    if _flow_not_stock(doc):
        return -6.0
    if _LABEL_LIKE_DOC.match(doc) and _label_reads_as_flow(doc) and not reads_as_stock(doc):
        return -3.0  # a label repeated as documentation, read as a label: less sure than a sentence
    return 0.5 if _STOCK_DOC.search(doc) else 0.0


@functools.lru_cache(maxsize=65536)
def _flow_not_stock(doc: str) -> bool:
    # The first sentence defines; later ones explain ("Amount of deferred revenue recognized ...
    # during the current reporting period. Deferred revenue is a liability as of the balance sheet
    # date ..." is a flow).
    first = doc.split(". ", 1)[0]
    return any(_documents_flow(d) and _STOCK_DOC.search(d) is None for d in (first, doc))


# Documentation that says per share in so many words, and (below) any that speaks of a price.
_EXPLICIT_PER_SHARE = re.compile(r"per (?:each )?(?:share|unit)|per-share|\bfor each (?:share|unit)\b")
_PER_SHARE_DOC = re.compile(
    rf"{_EXPLICIT_PER_SHARE.pattern}|\bprice\b"
    r"|\bdivided by (?:the )?(?:total )?number of (?:shares|units)\b"  # an average price
)
_SHARE_COUNT_DOC = re.compile(r"number of (?:\[\w+\] )?(?:shares|units|securities|options|warrants)|shares")


_PER_SHARE_LABEL_RE = re.compile(
    r"(?i)\bper (?:common |ordinary |diluted |basic |limited partner )?(?:share|unit)\b"
)


def _shows_per_share(row: Row) -> bool:
    """A per-share amount: by its unit hint, or by a label that says so ("Basic Earnings Per Share ...")."""
    if row.unit_hint == "per share" or "/" in (row.unit_hint or ""):
        return True
    if row.cells and all(c.value.kind in _WORD_KINDS for c in row.cells):
        return False  # words ("A summary of distributions paid per common share ...") show no amount
    return row.unit_hint is None and _PER_SHARE_LABEL_RE.search(row.label) is not None


_WORD_KINDS = frozenset({ValueKind.TEXT, ValueKind.DATE, ValueKind.BOOLEAN})


def _data_type_fit(row: Row, dtype: str, per_share: bool) -> float:
    """The element's data type (from a taxonomy or the HTML) against what the row shows."""
    kinds = {c.value.kind for c in row.cells}
    shares = row.unit_hint == "shares"
    money = any(c.value.currency_symbol for c in row.cells)
    known = any(k in dtype for k in ("monetary", "shares", "percent", "pure", "string", "date", "boolean"))
    if per_share:
        return 3.0 if "pershare" in dtype else (-3.0 if known else 0.0)
    if shares:
        return 3.0 if "shares" in dtype and "pershare" not in dtype else (-3.0 if known else 0.0)
    if ValueKind.PERCENT in kinds:
        return 2.0 if "percent" in dtype or "pure" in dtype else -2.0
    if money:
        return 1.0 if "monetary" in dtype else -2.0
    if kinds and kinds <= {ValueKind.TEXT}:
        return 1.0 if "string" in dtype or "textblock" in dtype else -1.0
    return 0.0


# What a documentation text measures is named first: "The average number of shares ... used in
# calculating diluted EPS or earnings per unit" is a count of shares, whatever it mentions later.
_COUNT_HEAD = re.compile(
    r"^(?:the )?(?:(?:weighted[- ])?(?:average )|(?:highest|lowest|maximum|minimum|remaining) )?"
    r"(?:number|quantity) of\b"
)


_DURATION_HEAD = re.compile(
    r"^(?:the )?(?:weighted[- ]average )?(?:remaining )?(?:initial )?(?:contractual )?"
    r"(?:period|term|length|duration|(?:useful )?life)\b"
    # An extension's label that names a period ("Operating lease expiration period."), not an
    # amount "for the period".
    r"|^(?![^.]*\b(?:amount|for|during|in|of|per)\b)[^.;:]{0,60}\b(?:period|term)\.?$"
)
# XBRL durations are documented with their ISO 8601 form ("in 'PnYnMnDTnHnMnS' format").
_ISO_DURATION_DOC = re.compile(r"pnynmnd")
_SHARE_OF_HEAD = re.compile(
    r"^(?:the |a )?"
    r"(?:(?:required|minimum|maximum|average|weighted|annual|effective|expected|assumed|applicable|statutory"
    r"|interest|discount|coupon)\s+)"
    r"{0,3}"
    # "Share-based ..." and "Share based compensation ..." are no share of anything.
    r"(?:share|percentage|proportion|ratio|rate|yield)\b(?!-| based\b)"
)
# "The amount of ...", also after a scope ("For an unclassified balance sheet, amount of ...").
_AMOUNT_HEAD = re.compile(
    r"^(?:for [^,.]{1,60}, )?(?:the )?(?:(?:aggregate|lowest|highest|minimum|maximum|carrying) )?"
    r"(?:amounts?|sum)\b"
)


# "The fee, expressed as a percentage of the line of credit facility, ...": a rate, whatever it opens on.
_EXPRESSED_AS_PERCENT = re.compile(
    r"^[^.]{0,40}\b(?:expressed as an? (?:percentage|percent|rate)|in percentage terms)\b"
)


def _doc_measure(doc: str) -> str:
    """count (of shares, units, ...), per_share, duration, percent, year, or other."""
    if _YEAR_DOC.search(doc):
        return "year"
    if _COUNT_HEAD.match(doc):
        return "count"
    if _DURATION_HEAD.match(doc) or _ISO_DURATION_DOC.search(doc):
        return "duration"
    if _SHARE_OF_HEAD.match(doc) or _EXPRESSED_AS_PERCENT.search(doc):
        return "percent"
    # ("Amount of difference between fair value ... and exercise price" is money: an amount names a
    # price without being one, unless it says per share.)
    if _PER_SHARE_DOC.search(doc) and not (_AMOUNT_HEAD.match(doc) and not _EXPLICIT_PER_SHARE.search(doc)):
        return "per_share"
    return "count" if _SHARE_COUNT_DOC.search(doc) else "other"


_QUOTIENT_DOC = re.compile(r"^[^.]{0,80}\bdivided by\b")


# "Year That Rate Reaches Ultimate Trend Rate", "The year in which ...": a calendar year.
_YEAR_DOC = re.compile(r"^(?:the )?(?:[a-z,]+ ){0,6}?year (?:that|in which|when)\b")
_YEAR_VALUE = re.compile(r"^(?:19|20)\d\d$")
# Extension documentation often opens "Represents the ..." before naming what it measures.
_REPRESENTS_RE = re.compile(r"^(?:this (?:element|item) |it )?represents\s+")


def _type_fit(row: Row, doc: str, per_share: bool) -> float:
    """Does the documentation speak of the kind of value the row shows?"""
    doc = _REPRESENTS_RE.sub("", doc, count=1)
    measure = _doc_measure(doc)
    kinds = {c.value.kind for c in row.cells}
    money = any(c.value.currency_symbol for c in row.cells)
    fit = 0.0
    # A rate reconciliation's items: the part of the gap between two rates (a percentage) or
    # between two tax expenses (an amount), whatever else the text names ("laws or rates").
    gap = _DIFFERENCE_RE.match(doc)
    if gap and (ValueKind.PERCENT in kinds or money):
        rates = "rate" in gap.group("first")
        fit += 1.0 if rates == (ValueKind.PERCENT in kinds) else -2.0
    elif ValueKind.PERCENT in kinds:
        if _COUNT_HEAD.match(doc):
            fit -= 5.0  # a percentage is never a "Number of ..." (of customers over 10% of a benchmark)
        elif measure == "year":
            fit -= 1.5  # "Year that rate reaches ..." shows a year, not the rate
        # (Or a quotient's formula; "consideration" names no ratio.)
        elif re.search(r"percent|\brates?\b|\bratios?\b|proportion|volatility|\)\s*/\s*\(", doc):
            fit += 1.0
        else:  # a percentage is never "The amount of ..."
            fit -= 2.0 if _AMOUNT_HEAD.match(doc) else 0.5
    shares = row.unit_hint == "shares"
    numbers = kinds & {ValueKind.NUMBER, ValueKind.PERCENT, ValueKind.DURATION}
    if measure == "duration" and numbers:
        fit += 1.0 if ValueKind.DURATION in kinds else -1.5  # "Period over which ..." shows "3 years"
    elif (
        kinds == {ValueKind.DURATION}
        or (kinds == {ValueKind.NUMBER} and _DURATION_LABEL_RE.search(row.label))
    ) and (_AMOUNT_HEAD.match(doc) or _MONEY_HEAD_RE.match(doc)):
        # "1 year" (or "10" shown "(in years)") is never "Amount of ..." nor "The gross proceeds ..."
        fit -= 2.0
    if measure == "percent" and numbers:
        fit += 0.5 if ValueKind.PERCENT in kinds else -1.5  # "Share of ..." shows "45.00%"
        if money:
            fit -= 2.0  # money is never a rate
    elif money and _LABEL_LIKE_DOC.match(doc) and re.search(r"\bpercent(?:age)?\b", doc):
        fit -= 2.0  # "... net percentage investment owned": a label of a percentage, never money
    elif money and measure != "per_share" and _QUOTIENT_DOC.search(doc):
        fit -= 2.0  # "The total debt divided by adjusted capital": a quotient, never money
    if row.not_money and (
        _AMOUNT_HEAD.match(doc) or (_LABEL_LIKE_DOC.match(doc) and re.search(r"\bamount\b", doc))
    ):
        fit -= 1.5  # the $ rule proves the row's numbers are no money amounts
    if shares:
        fit += 1.0 if measure == "count" else -1.0
    elif _COUNT_HEAD.match(doc):
        if money:
            fit -= 2.0  # money is no "Number of [basic] shares ..."
        elif kinds == {ValueKind.NUMBER} and not per_share:
            fit += 1.0  # ... and a number shown without currency may be one
    if per_share:
        fit += 1.5 if measure == "per_share" else (-1.5 if measure == "count" else -1.0)
    if measure == "year" and all(_YEAR_VALUE.match(c.raw.strip()) for c in row.cells):
        fit += 1.0
    if ValueKind.BOOLEAN in kinds:
        fit += 1.0 if re.search(r"boolean|flag|true|indicate|whether", doc) else 0.0
    if ValueKind.DATE in kinds:
        if _DATE_DOC_RE.search(doc):
            fit += 1.0
        elif kinds == {ValueKind.DATE} and (
            measure != "other" or _AMOUNT_HEAD.match(doc) or _CHANGE_HEAD_RE.match(doc)
        ):
            fit -= 1.5  # a date is no amount, count, rate or price ("... for each share")
    if kinds == {ValueKind.TEXT}:
        # Words describe; rates, amounts and numbers are shown as numbers.
        if _TEXT_DOC_RE.match(doc):
            fit += 1.0
        elif _NUMERIC_DOC_RE.search(doc[:80]):
            fit -= 1.5
    return fit


# Documentation that opens on money by its name: "The gross proceeds received from ...".
_MONEY_HEAD_RE = re.compile(
    r"^(?:the )?(?:gross |net |total |aggregate )?"
    r"(?:proceeds|payments?|cash|costs?|expenses?|revenues?|fees?)\b"
)
_DURATION_LABEL_RE = re.compile(r"(?i)\((?:in )?(?:years?|months?|days?)\)")


# Documentation of a date names it early ("Date the ... was declared", "Amended and Restated Date");
# an amount "at the enactment date of the laws" only dates the amount.
_DATE_DOC_RE = re.compile(r"^(?:\S+ ){0,7}?dates?\b(?! of the\b)|\bdates?\.?$")
_CHANGE_HEAD_RE = re.compile(r"^(?:the )?(?:amount of )?(?:the )?(?:increase|decrease|change)\b")


# "Date the declared dividend will be paid": the date of the event its clause ends on.
_EVENT_DATE_DOC = re.compile(
    r"^(?:the )?date (?:the|on which|when|that)\b[^.,;]*?\b(?:will be|was|were|is|are|has been)"
    r" (?P<verb>[a-z]+)\b"
)
_IRREGULAR_ROOTS = {"paid": "pay", "repaid": "repay"}  # ("Payment date", "Repayment date")


def _event_date_fit(label: str, doc: str) -> float:
    """A date's documentation names several events ("Date the dividend to be paid was declared"); the
    one its clause ends on is the date's, so a label naming that event ("Declaration date") fits."""
    m = _EVENT_DATE_DOC.match(doc)
    if m is None:
        return 0.0
    verb = m.group("verb")
    root = _IRREGULAR_ROOTS.get(verb) or re.sub(r"e?d$", "", verb)
    if len(root) < 3:
        return 0.0
    return 1.0 if any(w.startswith(root) for w in _WORD_RE.findall(label.lower())) else 0.0


_DIFFERENCE_RE = re.compile(r"^(?:the )?(?:portion|part) of the difference between (?P<first>[^,;]+?) and ")
_TEXT_DOC_RE = re.compile(
    r"^(?:the )?(?:description|terms?|disclosure|information|explanation|identification|narrative"
    r"|policy|name)\b"
)
_NUMERIC_DOC_RE = re.compile(r"\b(?:rate|amount|number|percentage|price)\b")


def assign(scores: Sequence[Sequence[float]]) -> list[int]:
    """Maximum-weight assignment (Hungarian algorithm); -1 where a row stays unassigned."""
    n = len(scores)
    m = len(scores[0]) if n else 0
    if not n or not m:
        return [-1] * n
    size = max(n, m)
    big = max((abs(v) for r in scores for v in r), default=0.0) + 1.0
    # Square cost matrix for minimisation; padding cells cost "big" (an unmatched row or block).
    cost = [[(big - scores[i][j]) if i < n and j < m else big for j in range(size)] for i in range(size)]
    inf = float("inf")
    u = [0.0] * (size + 1)
    v = [0.0] * (size + 1)
    p = [0] * (size + 1)
    way = [0] * (size + 1)
    for i in range(1, size + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (size + 1)
        used = [False] * (size + 1)
        while True:
            used[j0] = True
            i0 = p[j0]
            delta = inf
            j1 = 0
            for j in range(1, size + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j] = cur
                        way[j] = j0
                    if minv[j] < delta:
                        delta = minv[j]
                        j1 = j
            for j in range(size + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    result = [-1] * n
    for j in range(1, size + 1):
        i = p[j] - 1
        if 0 <= i < n and j - 1 < m:
            result[i] = j - 1
    return result


def _name_overlap(label: str, context: str, names: str) -> float:
    """Share of the label's words found in an element's name or labels (with synonyms)."""
    known = words(names)
    own = token_groups(label)
    if not own:
        return 0.0
    hits = sum(1 for g in own if g & known)
    ctx = [g for g in token_groups(context) if g & known]
    return min(1.0, (hits + 0.5 * len(ctx)) / len(own))


def _acronym_in(label: str, doc: str) -> bool:
    pattern = _acronym_pattern(label)
    return pattern is not None and pattern.search(doc) is not None


@functools.lru_cache(maxsize=16384)
def _acronym_pattern(label: str) -> re.Pattern[str] | None:
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", label) if w.lower() not in _STOP).upper()
    return re.compile(rf"\b{initials}\b") if len(initials) >= 3 else None


def name_guess(label: str, context: str = "", with_context: bool = False) -> str:
    """An element-name-like key from a label ("Cost of sales" -> "costofsales"), for ordering only.

    Element names are built from standard labels, and the blocks are sorted by element name, so
    labels sorted by this key tend to meet the blocks in the same order. A short label takes its
    heading's words in front (``with_context``: any label does).
    """
    base = _base_label(label).strip()
    net = re.match(r"(?i)net\s+", base) is not None
    base = re.sub(r"^(?:total|less:?|net)\s+", "", base, flags=re.IGNORECASE)
    words_ = [singular(w) for w in re.findall(r"[A-Za-z0-9]+", base.lower())]
    if context and (with_context or len([w for w in words_ if w not in _STOP]) <= 2):
        words_ = [singular(w) for w in re.findall(r"[A-Za-z0-9]+", _base_label(context).lower())] + words_
    if net:
        words_.append(
            "net"
        )  # element names put Net/Gross last: "Net deferred tax asset" ~ DeferredTaxAssetsNet
    return "".join(words_)


def _order_bonus(keys: list[str], scores: list[list[float]]) -> list[list[float]]:
    """Monotone alignment of labels (sorted by name guess) with blocks (sorted by element id).

    Pairs that the best order-respecting alignment keeps get a bonus: where two blocks read alike
    (Issuer Tender Offer / Tender Offer), the order of the element ids decides.
    """
    n, m = len(keys), len(scores[0]) if scores else 0
    order = sorted(range(n), key=lambda i: keys[i])
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for a in range(1, n + 1):
        i = order[a - 1]
        for b in range(1, m + 1):
            gain = scores[i][b - 1]
            best[a][b] = max(best[a - 1][b], best[a][b - 1], best[a - 1][b - 1] + gain if gain > 0 else -1e9)
    bonus = [row[:] for row in scores]
    a, b = n, m
    while a > 0 and b > 0:
        i = order[a - 1]
        if best[a][b] == best[a - 1][b]:
            a -= 1
        elif best[a][b] == best[a][b - 1]:
            b -= 1
        else:
            bonus[i][b - 1] += 0.3
            a -= 1
            b -= 1
    return bonus


def _swap_margin(scores: list[list[float]], chosen: list[int], i: int) -> float:
    """How much the assignment loses if row ``i`` does not take its block: the cheapest exchange
    with another pair, a move to a free block, or the block's move to an unassigned row."""
    j = chosen[i]
    s_ij = scores[i][j]
    best = s_ij  # leaving both unmatched
    taken = {c for c in chosen if c >= 0}
    for k, other in enumerate(chosen):
        if k == i:
            continue
        if other >= 0:
            best = min(best, s_ij + scores[k][other] - scores[i][other] - scores[k][j])
        else:
            best = min(best, s_ij - scores[k][j])
    for free in range(len(scores[i])):
        if free not in taken:
            best = min(best, s_ij - scores[i][free])
    return best


def _order_confirms(keys: list[str], row_of_block: dict[int, int], i: int, j: int) -> bool:
    """The blocks on both sides of block ``j`` went to labels whose name keys sort on both sides of
    label ``i``'s: the sorted order of the element ids agrees with the match."""
    before = row_of_block.get(j - 1)
    after = row_of_block.get(j + 1)
    if before is None or after is None:
        return False
    return keys[before] < keys[i] < keys[after]


def _clash(a: Row, b: Row) -> bool:
    """Two rows of one label that cannot be one element: same members and period, other values."""
    if not a.cells or not b.cells or a.members != b.members or a.period != b.period:
        return False
    if _rolls_forward(a, b):
        return False
    return {(c.column, c.raw) for c in a.cells} != {(c.column, c.raw) for c in b.cells}


def _join_headings(by_label: dict[str, list[Row]]) -> None:
    """A label shown as the heading of its own value row somewhere on the page ("Borrowings" above
    "Borrowings") names two elements; where it is shown once without values (a member group in which
    the value element has no fact) it is the heading, which the renderer shows in every group."""
    for key, rs in list(by_label.items()):
        for r in list(rs):
            heading = f"{r.label}\x00heading"
            if not r.cells and key != heading and heading in by_label:
                _move_row(by_label, key, r, heading)


def _move_row(by_label: dict[str, list[Row]], key: str, row: Row, target: str) -> None:
    """``row`` leaves ``key``'s element for ``target``'s (in page order); an emptied key goes."""
    by_label[key].remove(row)
    by_label[target].append(row)
    by_label[target].sort(key=lambda x: x.index)
    if not by_label[key]:
        del by_label[key]


def _rekey_empty_repeats(by_label: dict[str, list[Row]], group: dict[int, int]) -> None:
    """A label shown twice in one member group is two elements where its values tell them apart
    ("Total" under "Current", then under "Non-current"); a row of it without values takes the key
    that the rows at the same occurrence in the other groups agree on."""
    occurrence: dict[int, int] = {}
    seen: dict[tuple[int, str], int] = {}
    for row in sorted((r for rs in by_label.values() for r in rs), key=lambda r: r.index):
        k = (group[row.index], row.label)
        occurrence[row.index] = seen.get(k, 0)
        seen[k] = occurrence[row.index] + 1
    key_of = {r.index: key for key, rs in by_label.items() for r in rs}
    agreed: dict[tuple[str, int], set[str]] = {}
    for key, rs in by_label.items():
        for r in rs:
            if r.cells:
                agreed.setdefault((r.label, occurrence[r.index]), set()).add(key)
    for key, rs in list(by_label.items()):
        for r in list(rs):
            if r.cells or seen[(group[r.index], r.label)] < 2:
                continue
            keys = agreed.get((r.label, occurrence[r.index]), set())
            if len(keys) == 1 and (target := next(iter(keys))) != key_of[r.index]:
                _move_row(by_label, key, r, target)


def _rekey_by_shared_values(by_label: dict[str, list[Row]], group: dict[int, int]) -> None:
    """A label split in two elements by a clash within one member group ("Acquisition of treasury
    shares" as an amount and as a number of shares under "Treasury shares") leaves its row of
    another group on the first key; that row belongs with the rows that show its values again (the
    £ 21,305 bought, not the 1,683 shares)."""
    splits: dict[str, list[str]] = {}
    for key in by_label:
        base, _, n = key.partition("\x00")
        if n.isdigit():
            splits.setdefault(base, [base]).append(key)
    for keys in splits.values():
        for key in list(keys):
            for r in list(by_label.get(key, ())):
                if sum(group[o.index] == group[r.index] for k in keys for o in by_label.get(k, ())) > 1:
                    continue  # the clash itself placed the rows of its own group
                shared = [
                    k for k in keys if any(_share_values(r, o) for o in by_label.get(k, ()) if o is not r)
                ]
                if len(shared) == 1 and shared[0] != key:
                    _move_row(by_label, key, r, shared[0])


def _share_values(a: Row, b: Row) -> bool:
    """Do two rows show a nonzero number in common?"""
    va = {abs(c.value.number) for c in a.cells if c.value.number}
    return any(c.value.number and abs(c.value.number) in va for c in b.cells)


def _kinds_clash(a: Row, b: Row) -> bool:
    """Rows of one label of which one shows an enumeration's element names
    ("us-gaap:UsefulLifeShorterOfTermOfLeaseOrAssetUtilityMember") and the other plain values ("5
    years"), or one rendered dates, percentages or amounts and the other free text ("Dec. 31, 2019"
    against "January 2024 to November 2024", "7.00%" against "10% for first year and 7% thereafter"),
    are two elements in any context (``shown_kind``)."""
    enum_a = _enumeration(a)
    enum_b = _enumeration(b)
    if enum_a is not None and enum_b is not None and enum_a != enum_b:
        return True
    return kinds_clash({_shown_kind(a), _shown_kind(b)})


def _shown_kind(row: Row) -> str | None:
    return shown_kind([c.raw for c in row.cells], [c.value.kind is ValueKind.TEXT for c in row.cells])


def _enumeration(row: Row) -> bool | None:
    if not row.cells:
        return None
    return all(QNAME_RE.match(c.raw) for c in row.cells)


# Maturity schedules: the documentation names which years after the current one an amount falls in
# ("next fiscal year", "second and third fiscal years", "after the fifth anniversary").
_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
_DOC_YEARS_RE = re.compile(
    r"\b(?P<a>first|second|third|fourth|fifth)(?: (?:and|through|to) (?P<b>second|third|fourth|fifth))?"
    r"(?: full)?(?: fiscal)? (?:years?|anniversar(?:y|ies))\b"
)
_DOC_NEXT_RE = re.compile(r"\b(?:in|within) (?:the )?next (?:twelve months|fiscal year|year)\b")
_DOC_AFTER_RE = re.compile(r"\bafter (?:the )?fifth (?:fiscal )?(?:year|anniversary)\b|\bthereafter\b")
_DOC_REMAINDER_RE = re.compile(r"\bremainder of (?:the )?(?:current )?fiscal year\b")
_DOC_YEAR_WORDS_RE = re.compile(r"\byear (?P<a>two|three|four|five)\b")
_YEAR_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
Years = frozenset[int]  # 0: the current year's remainder, 1: the next year, ..., 6: after the fifth


def _doc_years(doc: str) -> Years | None:
    """Which years after the current one the documentation says its amount falls in (None: it
    names none, or several readings)."""
    found: set[Years] = set()
    if _DOC_REMAINDER_RE.search(doc):
        found.add(frozenset({0}))
    if _DOC_AFTER_RE.search(doc):
        found.add(frozenset({6}))
    else:
        for m in _DOC_YEARS_RE.finditer(doc):
            a = _ORDINAL_WORDS[m.group("a")]
            b = _ORDINAL_WORDS[m.group("b")] if m.group("b") else a
            found.add(frozenset(range(a, b + 1)))
        for m in _DOC_YEAR_WORDS_RE.finditer(doc):
            found.add(frozenset({_YEAR_NUMBERS[m.group("a")]}))
    if _DOC_NEXT_RE.search(doc):
        found.add(frozenset({1}))
    return found.pop() if len(found) == 1 else None


_LABEL_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
_LABEL_LATER_RE = re.compile(r"(?i)\bthereafter\b|\band (?:after|beyond|later)\b|^after\b")
# Buckets named by how far off they are: "Less than one year", "One to three years", "3-5 years".
_NUMBER = r"(?:one|two|three|four|five|[1-5])"
_LABEL_SPAN_RE = re.compile(rf"(?i)\b(?P<a>{_NUMBER})\s*(?:to|-|–|and)\s*(?P<b>{_NUMBER})\s*years?\b")
_LABEL_FIRST_RE = re.compile(
    r"(?i)\b(?:less than (?:one|1|a) year|within (?:one|1|a) year|(?:one|1) year or less"
    r"|next (?:12|twelve) months)\b"
)
_LABEL_AFTER_RE = re.compile(
    r"(?i)\b(?:more than|over|after|beyond|greater than) (?:five|5) years\b|\b5\+ years\b"
)


def _label_years(label: str, first: int | None, remainder: bool) -> Years | None:
    """Which years after the current one a maturity row's label names: by calendar year ("2018 and
    2019", counted from the page's first year: the next one, or the current year's remainder where
    the page documents a remainder), or by distance ("One to three years": the second and third)."""
    if _LABEL_FIRST_RE.search(label):
        return frozenset({1})
    if _LABEL_AFTER_RE.search(label):
        return frozenset({6})
    if m := _LABEL_SPAN_RE.search(label):
        a, b = (_YEAR_NUMBERS.get(x.lower()) or int(x) for x in (m.group("a"), m.group("b")))
        if a < b:
            return frozenset(range(a + 1, b + 1))  # "one to three years" from now: the 2nd and 3rd
    if _LABEL_LATER_RE.search(label):
        return frozenset({6})  # "Thereafter", "2022 and thereafter"
    years = [int(y) for y in _LABEL_YEAR_RE.findall(label)]
    if not years or first is None:
        return None
    shift = 0 if remainder else 1
    return frozenset(range(min(years) - first + shift, max(years) - first + shift + 1))


def _align_maturities(
    groups: list[list[Row]], blocks: list[DefinitionBlock], scores: list[list[float]]
) -> None:
    """Rows of a maturity schedule ("2024", "2025 and 2026", ..., "Thereafter"; "Less than one
    year", "One to three years") take the blocks whose documentation names their years after the
    current one ("next fiscal year", "second and third fiscal years", "after the fifth
    anniversary")."""
    spans = [_doc_years((b.definition or "").lower()) for b in blocks]
    if sum(o is not None for o in spans) < 2:
        return
    years = [int(y) for g in groups for y in _LABEL_YEAR_RE.findall(g[0].label)]
    first = min(years) if years else None
    # Filers tag a "2023 (remaining three months)" row as the next fiscal year's amount unless the
    # page has a block for the current year's remainder.
    remainder = frozenset({0}) in spans
    for i, g in enumerate(groups):
        want = _label_years(g[0].label, first, remainder)
        if want is None:
            continue
        for j, o in enumerate(spans):
            if o is not None:
                scores[i][j] += ORDINAL_FIT if o == want else -ORDINAL_FIT / 2


ORDINAL_FIT = 4.0  # a maturity row and the block of its years


def _wholes_of_parts_shown(
    rows: list[Row], contexts: dict[int, str], blocks: list[DefinitionBlock], scores: list[list[float]]
) -> None:
    """Documentation that lists the kinds of a whole ("lease income from operating, direct financing,
    and sales-type leases"), on a page whose rows name two kinds or more of them apart ("Operating
    lease revenue", "Financing lease revenue"): those rows are the parts, so a row naming one kind
    is not the whole, and a "Total" row is."""
    named = [set(_stems(f"{_base_label(r.label)} {contexts.get(r.index, '')}")) for r in rows]
    for j, block in enumerate(blocks):
        # The list whose kinds the rows name apart (a text may list other things too).
        for kinds in _listed_kinds(us_spelling(block.definition or "").lower()):
            hits = [[k for k, kind in enumerate(kinds) if kind & n] for n in named]
            if len(kinds) >= 3 and len({h[0] for h in hits if len(h) == 1}) >= 2:
                break
        else:
            continue
        for i, (row, h) in enumerate(zip(rows, hits, strict=True)):
            if TOTAL_LABEL.match(_base_label(row.label)):
                scores[i][j] += WHOLE_FIT
            elif len(h) == 1:
                scores[i][j] -= WHOLE_FIT


WHOLE_FIT = 2.0


# Rows that may be headings when they show no values (EMPTY: a heading without its colon).
_HEADING_KINDS = HEADING_KINDS | {RowKind.EMPTY}


def _exchange_heading_blocks(
    rows: list[Row],
    label_of: dict[int, int],
    blocks: list[DefinitionBlock],
    chosen: list[int],
    scores: list[list[float]],
) -> None:
    """The rows without values (headings) exchange the blocks they hold; rows with values keep theirs.

    A heading over a "Total" row of its own words ("Operating expenses:" over "Total operating
    expenses") is that total's abstract: the taxonomy names it after the total (OperatingExpenses,
    OperatingExpensesAbstract), so it takes the block right after the total's. Blocks without text
    are otherwise alike, so the headings holding them take them in the order of their name guesses.
    """
    valued = {label_of[r.index] for r in rows if r.cells and r.index in label_of}
    headings = sorted(
        {
            label_of[r.index]
            for r in rows
            if r.kind in _HEADING_KINDS and r.index in label_of and label_of[r.index] not in valued
        }
    )
    headings = [i for i in headings if chosen[i] >= 0]
    heading_set = set(headings)
    first_row = {label_of[r.index]: r for r in reversed(rows) if r.index in label_of}
    bonus: dict[tuple[int, int], float] = {}
    for pos, heading in enumerate(rows):
        if heading.index not in label_of or label_of[heading.index] not in heading_set:
            continue
        base = _base_label(heading.label)
        # "Operating profit (loss):" heads "Total operating loss": a word in brackets is the other
        # way of reading the word before it.
        readings = [re.sub(r"\([^()]*\)", "", base), _BRACKETED_RE.sub(r"\g<alt>", base)]
        owns = [set(_stems(r)) - _STOP - _PRESENTATION_WORDS for r in readings]
        first = next((r for r in rows[pos + 1 :] if r.cells), None)
        if (
            (heading.kind is RowKind.ROLL_FORWARD or _CHANGES_HEADING_RE.search(base))
            and first is not None
            and OPENING_RE.search(first.label)
            and first.index in label_of
        ):
            # "Changes to restructuring reserve:" over "Balance at the beginning ...": the balance's
            # roll forward (RestructuringReserveRollForward), named after the balance, sorts after
            # its block and the documented movements named after it (...Additions, ...Proceeds).
            held_below: set[int] = set()  # the blocks the roll forward's own rows hold
            for child in rows[pos + 1 :]:
                if child.kind not in (RowKind.VALUE, RowKind.EMPTY):
                    break
                if child.index in label_of:
                    held_below.add(chosen[label_of[child.index]])
            j = chosen[label_of[first.index]] + 1
            while j in held_below and not _undocumented(blocks[j]):
                j += 1
            if 0 < j < len(blocks) and _undocumented(blocks[j]):
                bonus[label_of[heading.index], j] = ABSTRACT_AFTER_FIT
            continue
        for child in rows[pos + 1 :]:
            if child.kind not in (RowKind.VALUE, RowKind.EMPTY):
                break
            if not TOTAL_LABEL.match(_base_label(child.label)) or child.index not in label_of:
                continue
            shown = set(_stems(_base_label(child.label)))
            if any(own and own <= shown for own in owns):
                j = chosen[label_of[child.index]] + 1
                if j > 0:
                    bonus[label_of[heading.index], j] = ABSTRACT_AFTER_FIT
                break
    blank = [i for i in headings if _undocumented(blocks[chosen[i]])]
    # A filer's own abstract ("Regulatory Capital (Textual) [Abstract]") carries the filer's prefix,
    # which mostly sorts before "us-gaap" (a ticker, a..t); the standard ones sort by their names.
    in_order = sorted(
        blank,
        key=lambda i: (_FILER_ABSTRACT_RE.search(first_row[i].label) is None, name_guess(first_row[i].label)),
    )
    for i, j in zip(in_order, sorted(chosen[i] for i in blank), strict=True):
        bonus[i, j] = bonus.get((i, j), 0.0) + HEADING_ORDER_FIT
    held = [chosen[i] for i in headings]
    sub = [[scores[i][j] + bonus.get((i, j), 0.0) for j in held] for i in headings]
    for i, k in zip(headings, assign(sub), strict=True):
        chosen[i] = held[k]


ABSTRACT_AFTER_FIT = 3.0
# A heading that names a roll forward: "Changes in ...", "Movement in ...", "... activity".
_CHANGES_HEADING_RE = re.compile(
    r"(?i)^(?:changes?|movements?|activity|roll ?forward|reconciliation)\b|\broll ?forward\b"
    r"|\b(?:activity|changes|movements?)\W*$"
)
HEADING_ORDER_FIT = 0.3
_FILER_ABSTRACT_RE = re.compile(r"\((?:textual|narrative|details?)\)", re.IGNORECASE)
_BRACKETED_RE = re.compile(r"\w+\s*\((?P<alt>[^()]*)\)")


_EXCLUDED_PART_RE = re.compile(r"\bexclud(?:ing|es?)\b([^.;]*)")


def _shown_part(label: str, phrase: set[str]) -> bool:
    """Does a label name what the phrase names ("Accrued loss provision" ~ "provision for loss on
    contracts")? Two of its words at least, and most of them."""
    own = set(_stems(_base_label(label))) - _STOP - _PRESENTATION_WORDS
    hit = len(own & phrase)
    return hit >= 2 and 3 * hit >= 2 * len(own)


def _sums(total: Row, parts: list[Row]) -> bool:
    """Are the total's values, position by position, the sums of the parts' values (up to rounding)?"""
    values = [[c.value.number for c in r.cells] for r in (total, *parts)]
    if any(v is None for vs in values for v in vs) or any(len(vs) != len(values[0]) for vs in values):
        return False
    slack = len(parts) * rounding_unit(v for vs in values for v in vs if v is not None)
    return all(
        abs(sum((p for p in column[1:] if p is not None), Decimal(0)) - (column[0] or 0)) <= slack
        for column in zip(*values, strict=True)
    )


def _totals_of_what_is_excluded(
    rows: list[Row], label_of: dict[int, int], excluded: dict[int, _Excluded], scores: list[list[float]]
) -> None:
    """Documentation that excludes a thing ("net periodic benefit cost ... excluding service cost"),
    on a page that shows that thing as a row ("Service cost") which adds up, with the rows around it,
    to a total below: the total includes what the element leaves out, so it is not that element.
    ``excluded``: the blocks' excluded parts (``_excluded_part``), by block."""
    for j, (phrase, _) in excluded.items():
        for x, part in enumerate(rows):
            if part.kind is not RowKind.VALUE or not part.cells or not _shown_part(part.label, phrase):
                continue
            for t in range(x + 1, len(rows)):
                total = rows[t]
                if total.kind is not RowKind.VALUE or len(total.cells) != len(part.cells):
                    break
                # A run of rows right above the total, the excluded part among them, adds up to it.
                runs = (rows[s:t] for s in range(x, -1, -1) if t - s >= 2)
                if any(all(r.kind is RowKind.VALUE for r in run) and _sums(total, run) for run in runs):
                    scores[label_of[total.index]][j] -= EXCLUDED_FIT
                    break


EXCLUDED_FIT = 3.0


_Excluded = tuple[set[str], set[str]]  # the words a block's text excludes, and those of the rest


def _excluded_part(block: DefinitionBlock) -> _Excluded | None:
    """The words of what a block's documentation excludes ("..., excluding service cost"), less stop
    words, and the words of the rest of its text; None where it excludes nothing."""
    doc = us_spelling(block.definition or "").lower()
    m = _EXCLUDED_PART_RE.search(doc)
    if m is None:
        return None
    return set(_stems(m.group(1))) - _STOP, set(_stems(doc[: m.start()] + " " + doc[m.end() :]))


def _labels_of_what_is_excluded(
    firsts: list[Row], excluded: dict[int, _Excluded], scores: list[list[float]]
) -> None:
    """An element is never what its documentation leaves out: a label whose every word (two at
    least) the excluded part names, and none the rest of the text ("Purchase Obligation" against
    "Minimum amount to be expended ..., excluding long-term purchase commitments or unconditional
    purchase obligations"), does not take that block. ("Cash and cash equivalents" keeps the block
    that excludes those "within disposal group": its text names cash elsewhere.)"""
    for j, (phrase, rest) in excluded.items():
        for i, row in enumerate(firsts):
            own = set(_stems(_base_label(row.label))) - _STOP - _PRESENTATION_WORDS
            if len(own) >= 2 and own <= phrase and not own & rest:
                scores[i][j] -= EXCLUDED_FIT


def _standard_abstracts_take_no_values(
    firsts: list[Row], blocks: list[DefinitionBlock], scores: list[list[float]]
) -> None:
    """Blocks are sorted by element id, so undocumented blocks between two standard ones (blocks
    whose element has authoritative references) are standard elements too, and standard elements
    without documentation are abstracts: a row with values is none of them."""
    standard = [
        b.kind is BlockKind.DEFINITION and (b.references or "").startswith("Reference ") for b in blocks
    ]
    documented = [j for j, b in enumerate(blocks) if not _undocumented(b)]
    for j, block in enumerate(blocks):
        if not _undocumented(block):
            continue
        before = [k for k in documented if k < j]
        after = [k for k in documented if k > j]
        if not (before and after and standard[before[-1]] and standard[after[0]]):
            continue
        for i, row in enumerate(firsts):
            if row.cells:
                scores[i][j] -= STANDARD_ABSTRACT_FIT


STANDARD_ABSTRACT_FIT = 2.0


def _undocumented(block: DefinitionBlock) -> bool:
    """A block that documents nothing: none shown, or a filer's "n/a"."""
    return block.kind is not BlockKind.DEFINITION or _says_nothing(block)


def _says_nothing(block: DefinitionBlock) -> bool:
    """A filer's definition that defines nothing ("n/a", "None", "No Definition Available"): read as
    no definition."""
    return block.kind is BlockKind.DEFINITION and _EMPTY_DOC_RE.match(block.definition or "") is not None


# (Also the renderer's own words copied as a definition: "No Definition Available".)
_EMPTY_DOC_RE = re.compile(
    r"^\s*(?:n/?a|none|not applicable|no (?:definition|documentation)(?: is)?(?: available)?|-+|\.)?"
    r"\s*\.?\s*$",
    re.IGNORECASE,
)


def _rolls_forward(start: Row, end: Row, nonzero: bool = False) -> bool:
    """A roll forward's opening and closing rows under one label: each period's closing balance is
    the next period's opening one (columns run from the latest period back)."""
    # The oldest opening balance may be missing (before the first period the page shows).
    if (
        start.members != end.members
        or len(start.cells) < 2
        or len(end.cells) not in (len(start.cells), len(start.cells) + 1)
    ):
        return False
    # The values as the page's value grammar reads them ("$ 1,234" and "1,234" are one number).
    opening = {c.column: c.value.number for c in start.cells}
    closing = {c.column: c.value.number for c in end.cells}
    if None in opening.values() or None in closing.values():
        return False
    if opening == closing:
        return False  # unchanged balances, or one value shown twice: nothing tells
    # ``nonzero``: a nil balance carried forward says too little to tie two labels together.
    return any(opening.get(j - 1) == value and (value or not nonzero) for j, value in closing.items())


def _merge_balances(by_label: dict[str, list[Row]], excess: int, rows: list[Row]) -> None:
    """With more labels than blocks, a roll forward's closing row labelled unlike its opening one
    ("Number of options outstanding, beginning balance" ... "Closing balance") is found by its
    numbers: a period's closing balance is the next period's opening one, or (one period shown)
    the opening balance plus the movements between them, as shown. Its rows join the opening's
    element."""
    _merge_balance_pairs(
        by_label,
        excess,
        lambda x, y: x.index < y.index and (_rolls_forward(x, y, nonzero=True) or _adds_up_to(x, y, rows)),
    )


def _adds_up_to(start: Row, end: Row, rows: list[Row]) -> bool:
    """Is ``end`` the ``start`` balance plus the value rows between them (one member context, signs
    as shown), value by value, with at least two movements and no zero balance?"""
    between = [r for r in rows if start.index < r.index < end.index]
    return (
        start.members == end.members
        and len(between) >= 2
        and all(r.members == start.members and r.kind is RowKind.VALUE for r in between)
        and bool(end.cells)
        and all(c.value.number != 0 for c in end.cells)
        and _sums(end, [start, *between])
    )


def _merge_balance_pairs(
    by_label: dict[str, list[Row]], excess: int, related: Callable[[Row, Row], bool]
) -> None:
    """Join two keys into one element, ``excess`` times at most, where a row of one and a row of
    the other are ``related`` and one of them reads as a balance."""
    for a, b in itertools.combinations(list(by_label), 2):
        if excess <= 0:
            return
        if (
            a in by_label
            and b in by_label
            and any(
                related(x, y) and (reads_as_balance(x.label) or reads_as_balance(y.label))
                for x in by_label[a]
                for y in by_label[b]
            )
        ):
            _join_keys(by_label, a, b)
            excess -= 1


def _join_keys(by_label: dict[str, list[Row]], keep: str, drop: str) -> None:
    """One element after all: ``drop``'s rows join ``keep``'s, in page order."""
    by_label[keep] = sorted(by_label[keep] + by_label.pop(drop), key=lambda r: r.index)


def _merge_clash_splits(by_label: dict[str, list[Row]], excess: int) -> None:
    """With more keys than blocks still, a label split only because its rows showed other values in
    one context (an opening "Warrant liability" with one value, its closing row with two) is one
    element after all: the page says how many elements there are, and one label is the likeliest
    to be one element."""
    for key in [k for k in by_label if k.partition("\x00")[2].isdigit()]:
        if excess <= 0:
            return
        base = key.partition("\x00")[0]
        if base in by_label:
            _join_keys(by_label, base, key)
            excess -= 1


def _shows_same_values(a: Row, b: Row) -> bool:
    """Two rows of one context with values nonzero and equal column by column where both show one
    (a balance row may show fewer periods than the total below it); two values at least, or one of
    three digits."""
    if a.members != b.members or not a.cells or not b.cells:
        return False
    va = {c.column: c.value.number for c in a.cells}
    vb = {c.column: c.value.number for c in b.cells}
    small, large = (va, vb) if len(va) <= len(vb) else (vb, va)
    if len(small) < 2 and all(v is None or abs(v) < 100 for v in small.values()):
        return False  # one small number says too little
    return all(v and large.get(k) == v for k, v in small.items())


def _merge_same_values(by_label: dict[str, list[Row]], excess: int) -> None:
    """With more keys than blocks still, a roll forward's balance whose values another label shows
    again, column by column ("Ending balance", then "Total deferred commissions"), is that element
    shown twice. (Flows are left apart: two expense lines may well show one amount.)"""
    _merge_balance_pairs(by_label, excess, _shows_same_values)


_EDGE_WORD_RE = re.compile(rf"\b(?:{BEGINNING}|ending|end|opening|closing|start)\b", re.IGNORECASE)


def _split_balances(by_label: dict[str, list[Row]], deficit: int, blocks: Sequence[DefinitionBlock]) -> None:
    """With fewer keys than blocks, balances joined only by their edge words are two roll forwards
    ("Balance at beginning/end of period" of one element, "Balance, beginning/end of year" of
    another): the rows split by their labels without those words. Where blocks still outnumber
    the keys and one block's documentation names the opening edge and another's the closing one
    ("... Beginning Balance", "... Ending Balance"), the filer gave each edge its own element."""
    for key in [k for k in by_label if k.startswith("\x00balance")]:
        parts: dict[str, list[Row]] = {}
        for r in by_label[key]:
            parts.setdefault(norm(_EDGE_WORD_RE.sub(" ", r.label)), []).append(r)
        if 1 < len(parts) <= deficit + 1:
            del by_label[key]
            for i, rows in enumerate(parts.values()):
                by_label[f"{key}\x00part{i}"] = rows
            deficit -= len(parts) - 1
    if deficit < 1:
        return
    docs = [b.definition or "" for b in blocks if b.kind is BlockKind.DEFINITION]
    if not (
        any(_OPENING_BALANCE_DOC.search(d) and not _CLOSING_BALANCE_DOC.search(d) for d in docs)
        and any(_CLOSING_BALANCE_DOC.search(d) and not _OPENING_BALANCE_DOC.search(d) for d in docs)
    ):
        return
    for key in [k for k in by_label if k.startswith("\x00balance")]:
        opening = [r for r in by_label[key] if OPENING_RE.search(r.label)]
        closing = [r for r in by_label[key] if not OPENING_RE.search(r.label)]
        if deficit >= 1 and opening and closing:
            del by_label[key]
            by_label[f"{key}\x00opening"] = opening
            by_label[f"{key}\x00closing"] = closing
            deficit -= 1


_OPENING_BALANCE_DOC = re.compile(r"\b(?:beginning|opening) balance\b", re.IGNORECASE)
_CLOSING_BALANCE_DOC = re.compile(r"\b(?:ending|closing) balance\b", re.IGNORECASE)


def _valued_groups(rows: list[Row]) -> Iterator[list[Row]]:
    """The rows with values of each member group (the rows between two member rows), in page order."""
    group: list[Row] = []
    for row in rows:
        if row.kind is RowKind.MEMBER:
            yield group
            group = []
        elif row.cells:
            group.append(row)
    yield group


def _bracketing_labels(rows: list[Row]) -> set[int]:
    """Rows of a label that opens and closes its member group's values with other values between
    (an opening "Warrant liability", the movements, the closing "Warrant liability"): a roll
    forward's balance, so an instant element, even where the opening shows fewer values."""
    out: set[int] = set()
    for valued in _valued_groups(rows):
        if len(valued) < 3 or valued[0].label != valued[-1].label:
            continue
        if reads_as_flow(valued[0].label):
            continue  # two flows of one label ("Charge-offs for loan losses" twice) are no balance
        if any(r.label != valued[0].label for r in valued[1:-1]):
            out.update((valued[0].index, valued[-1].index))
    return out


def _movement_labels(rows: list[Row], by_label: dict[str, list[Row]], balances: set[str]) -> set[str]:
    """Labels whose every valued row sits, within its member group, between two rows of one balance
    label (a roll forward's opening and closing): the movements."""
    key_of = {r.index: key for key, rs in by_label.items() for r in rs}
    inside: dict[str, bool] = {}
    for group in _valued_groups(rows):
        keys = [key_of.get(r.index, "") for r in group]
        # Between an opening and a closing row; rows between a balance and the same values shown
        # again ("Ending balance", "Current", "Noncurrent", "Total") are its parts, not movements.
        spans = [
            (p, q)
            for bal in set(keys) & balances
            for p, q in itertools.pairwise([i for i, k in enumerate(keys) if k == bal])
            if not _shows_same_values(group[p], group[q])
        ]
        for i, k in enumerate(keys):
            if k not in balances:
                inside[k] = inside.get(k, True) and any(lo < i < hi for lo, hi in spans)
    return {k for k, v in inside.items() if v}


def _contexts(rows: list[Row]) -> dict[int, str]:
    """The heading a row sits under: short labels ("Basic", "Diluted") are named by it."""
    out: dict[int, str] = {}
    heading = ""
    rolled = ""  # a roll forward's heading names its balance rows ("Beginning balance")
    shown = collections.Counter((r.label, r.members) for r in rows if r.kind is not RowKind.MEMBER)
    for pos, row in enumerate(rows):
        nxt = rows[pos + 1] if pos + 1 < len(rows) else None
        # A row shown without values names the label below it that the page shows more than once
        # ("Current", then "Lease liability"; "Noncurrent", then "Lease liability" again).
        unmarked = (
            row.kind is RowKind.EMPTY
            and nxt is not None
            and bool(nxt.cells)
            and nxt.label != row.label
            and shown[(nxt.label, nxt.members)] > 1
        )
        if row.kind in (RowKind.ABSTRACT, RowKind.HEADING) or unmarked:
            heading = _base_label(row.label)
        elif row.kind is RowKind.ROLL_FORWARD:
            rolled = _base_label(row.label)
        elif row.kind is RowKind.MEMBER:
            continue
        out[row.index] = rolled if rolled and reads_as_balance(row.label) else heading
    return out


def match_definitions(
    rows: list[Row],
    blocks: list[DefinitionBlock],
    n_concept_blocks: int,
    members_in_order: list[str],
    at_instants: frozenset[int] = frozenset(),
    per_share_page: bool = False,
) -> None:
    """Set Row.definition and DefinitionBlock.rows/member/match_rule in place. ``at_instants``: rows
    known to hold a value at an instant (so their element is an instant one)."""
    concept_blocks = blocks[:n_concept_blocks]
    sim = Similarity(concept_blocks)
    contexts = _contexts(rows)
    by_label, group = _rows_by_label(rows)
    _rekey_empty_repeats(by_label, group)
    _rekey_by_shared_values(by_label, group)
    _merge_balances(by_label, len(by_label) - n_concept_blocks, rows)
    _merge_clash_splits(by_label, len(by_label) - n_concept_blocks)
    _merge_same_values(by_label, len(by_label) - n_concept_blocks)
    _split_balances(by_label, n_concept_blocks - len(by_label), concept_blocks)
    _split_by_headings(by_label, n_concept_blocks - len(by_label), contexts, group)
    _split_headings_from_totals(by_label, n_concept_blocks - len(by_label))
    labels = list(by_label)
    marked = sum(
        1 for lab in labels if by_label[lab][0].kind not in (RowKind.VALUE, RowKind.EMPTY, RowKind.TEXT_BLOCK)
    )
    no_docs = sum(1 for b in concept_blocks if _undocumented(b))
    spare = no_docs > marked
    # A label's element is an instant one when a row of it holds an instant value, when two of its
    # rows are a roll forward's opening and closing, or when it opens and closes its member group.
    brackets = _bracketing_labels(rows)
    instant = [
        any(r.index in at_instants for r in by_label[lab])
        or any(_rolls_forward(x, y) for x, y in itertools.combinations(by_label[lab], 2))
        or any(r.index in brackets for r in by_label[lab])
        for lab in labels
    ]
    moving = _movement_labels(rows, by_label, {lab for lab, at in zip(labels, instant, strict=True) if at})
    # A label that names its own reverse ("Charged to (reversal of) expense") may show either sign.
    signed = {lab for lab in moving if not _TWO_WAY_LABEL.search(by_label[lab][0].label)}
    negative = {lab: all((c.value.number or 0) < 0 for r in by_label[lab] for c in r.cells) for lab in signed}
    # A movement shown negative says the page shows movements with their signs.
    positive = {
        lab: any(negative.values()) and all((c.value.number or 0) > 0 for r in by_label[lab] for c in r.cells)
        for lab in signed
    }
    scores = [
        [
            pair_score(
                by_label[lab][0],
                b,
                sim,
                contexts.get(by_label[lab][0].index, ""),
                spare,
                at,
                lab in moving,
                negative.get(lab, False),
                positive.get(lab, False),
                per_share_page,
            )
            for b in concept_blocks
        ]
        for lab, at in zip(labels, instant, strict=True)
    ]
    _align_maturities([by_label[lab] for lab in labels], concept_blocks, scores)
    _wholes_of_parts_shown([by_label[lab][0] for lab in labels], contexts, concept_blocks, scores)
    label_of = {r.index: i for i, lab in enumerate(labels) for r in by_label[lab]}
    excluded = {j: part for j, b in enumerate(concept_blocks) if (part := _excluded_part(b)) is not None}
    _totals_of_what_is_excluded(rows, label_of, excluded, scores)
    _labels_of_what_is_excluded([by_label[lab][0] for lab in labels], excluded, scores)
    _standard_abstracts_take_no_values([by_label[lab][0] for lab in labels], concept_blocks, scores)
    raw = scores
    # Element-name-like keys of the labels, to compare with the blocks' order (sorted by element id).
    firsts = [(by_label[lab][0].label, contexts.get(by_label[lab][0].index, "")) for lab in labels]
    # Headings that tell apart rows of one short label ("Discount rate" under "... used in benefit
    # obligations:" and under "... used in net periodic benefit cost:") name the elements of all
    # their rows (the taxonomy builds those names alike), so their rows sort together.
    headings_of: dict[str, set[str]] = {}
    for label, ctx in firsts:
        if len(set(_stems(_base_label(label))) - _STOP) <= 3:
            headings_of.setdefault(label, set()).add(ctx)
    naming = set().union(*(h for h in headings_of.values() if len(h) > 1)) - {""}
    keys = [name_guess(label, ctx, ctx in naming) for label, ctx in firsts]
    if scores and scores[0]:
        scores = _order_bonus(keys, scores)
    chosen = assign(scores)
    _exchange_heading_blocks(rows, label_of, concept_blocks, chosen, raw)
    row_of_block = {j: i for i, j in enumerate(chosen) if j >= 0}
    for i, (lab, j) in enumerate(zip(labels, chosen, strict=True)):
        if j < 0:
            continue
        block = concept_blocks[j]
        block.rows = [r.index for r in by_label[lab]]
        score = raw[i][j]
        block.match_score = round(score, 2)
        # Strong: the text ties label and block, and every other way of placing this pair costs
        # clearly more (or costs more, and the sorted order of the element ids agrees). Weak: the
        # block was left to this row by elimination; its definition is shown but not trusted for
        # identity.
        margin = _swap_margin(raw, chosen, i)
        rival = max(
            [raw[i][k] for k in range(len(concept_blocks)) if k != j]
            + [raw[k][j] for k in range(len(labels)) if k != i]
            + [float("-inf")]
        )
        # A row may take a block it likes less than its favourite (the assignment decides), but not
        # by far, and no other row may like the block much more.
        near_best = score > rival - RIVAL_SLACK
        sure = score >= STRONG_MATCH and margin >= SURE_MARGIN and near_best
        if not sure and block.kind is BlockKind.DEFINITION and score > 0 and near_best and margin > 0:
            sure = _order_confirms(keys, row_of_block, i, j)  # near-twins told apart by the id order
        block.match_rule = "text_match" if sure else "elimination"
        if block.kind is not BlockKind.DEFINITION and block.match_rule == "elimination":
            block.match_rule = "no_documentation"  # blocks without text are interchangeable
        for r in by_label[lab]:
            r.definition = j
    for block, member in zip(blocks[n_concept_blocks:], members_in_order, strict=False):
        block.member = member
        block.match_rule = "member_order"


def _split_headings_from_totals(by_label: dict[str, list[Row]], spare: int) -> None:
    """With a block to spare, a label shown first without values, over rows, and then with values
    (the heading `Accrued interest receivable` over its parts, then their total) is two elements: the
    heading's abstract and the total."""
    for key, rows in list(by_label.items()):
        if spare <= 0:
            return
        empty = [r for r in rows if not r.cells and r.kind in (RowKind.EMPTY, RowKind.HEADING)]
        valued = [r for r in rows if r.cells]
        if empty and valued and max(r.index for r in empty) < min(r.index for r in valued):
            by_label[key] = valued
            by_label[f"{key}\x00abstract"] = empty
            spare -= 1


def _split_by_headings(
    by_label: dict[str, list[Row]], deficit: int, contexts: dict[int, str], group: dict[int, int]
) -> None:
    """With fewer keys than blocks, a label shown under two headings in one member group is two
    elements where another label under the same two headings is two by its values: a pension's
    "Discount rate" of the benefit obligation and of the net periodic cost differ, and the
    "Salary increase rate" under both shows one value twice, yet it too has a block under each."""
    heading = {r.index: contexts.get(r.index, "") for rs in by_label.values() for r in rs}
    # The heading pairs under which a label split by its values (keys "<label>\x00<n>") shows.
    told_apart = {
        frozenset((heading[a.index], heading[b.index]))
        for key, rs in by_label.items()
        if key.partition("\x00")[2].isdigit()
        for a in by_label.get(key.partition("\x00")[0], ())
        for b in rs
        if group[a.index] == group[b.index] and heading[a.index] != heading[b.index]
    }
    for key in list(by_label):
        if deficit <= 0:
            return
        rs = by_label[key]
        under = [heading[r.index] for r in rs]
        if len(set(under)) != 2 or frozenset(under) not in told_apart:
            continue
        if len({group[r.index] for r in rs}) != 1:
            continue  # (a label repeated under member groups is one element in each)
        by_label[key] = [r for r, h in zip(rs, under, strict=True) if h == under[0]]
        by_label[f"{key}\x00under {under[-1]}"] = [r for r, h in zip(rs, under, strict=True) if h != under[0]]
        deficit -= 1


def fewest_elements(rows: list[Row]) -> int:
    """How many row elements the rows show at least: one per label, and more where rows of one label
    show other values in one context (less the labels that name one balance, or one element twice)."""
    by_label, _ = _rows_by_label(rows)
    _merge_balances(by_label, len(by_label), rows)
    _merge_same_values(by_label, len(by_label))
    return len(by_label)


def _rows_by_label(rows: list[Row]) -> tuple[dict[str, list[Row]], dict[int, int]]:
    """One element per distinct label (a repeated label under several member groups is one element),
    except that a row without values right above a row of the same label is its heading, and that
    one element cannot show two different values in one context. Also each row's member group."""
    by_label: dict[str, list[Row]] = {}
    # Member groups: two groups may show the same member labels (two members labelled alike), so a
    # row clashes only with rows of its own group.
    group: dict[int, int] = {}
    n_groups = 0
    for pos, row in enumerate(rows):
        if row.kind is RowKind.MEMBER:
            n_groups += 1
            continue
        group[row.index] = n_groups
        nxt = rows[pos + 1] if pos + 1 < len(rows) else None
        heading_of_next = not row.cells and nxt is not None and nxt.label == row.label and nxt.cells
        key = f"{row.label}\x00heading" if heading_of_next else element_key(row.label)
        n = 0
        while key.partition("\x00")[0] == row.label and any(
            (group[other.index] == group[row.index] and _clash(other, row)) or _kinds_clash(other, row)
            for other in by_label.get(key, ())
        ):
            n += 1  # each clash gives the row the next key of its label
            key = f"{row.label}\x00{n}"
        by_label.setdefault(key, []).append(row)
    _join_headings(by_label)
    return by_label, group
