-- net_deferred_tax_assets: deferred tax assets before and after the valuation allowance, as reported and as computed.
-- Grain: one row per filing and balance date that shows a gross amount, a valuation allowance or a net amount.
-- Columns:
--   filing_id: the filing
--   company_name: the filer when known
--   cik: the filer's CIK when known
--   source_path: the page the amounts come from
--   balance_date: the balance sheet date
--   gross: [numeric] deferred tax assets before the valuation allowance
--   valuation_allowance: [numeric] the allowance as a positive amount deducted, whatever sign the page shows
--   net_reported: [numeric] net deferred tax assets as the page reports them; null when the page shows no value
--   net_computed: [numeric] gross - valuation_allowance
--   difference: [numeric] net_reported - net_computed (null when nothing is reported)
--   gross_rule: how the gross line was identified (element, definition, label)
--   allowance_rule: how the allowance line was identified
--   net_rule: how the net line was identified
CREATE VIEW net_deferred_tax_assets AS
WITH amounts AS (
    SELECT
        l.filing_id,
        MIN(l.source_path) AS source_path,
        l.period_end AS balance_date,
        MAX(CASE WHEN l.role = 'gross' THEN l.value END) AS gross,
        MAX(CASE WHEN l.role = 'allowance' THEN ABS(l.value) END) AS valuation_allowance,
        MAX(CASE WHEN l.role = 'net' THEN l.value END) AS net_reported,
        MIN(CASE WHEN l.role = 'gross' THEN l.rule END) AS gross_rule,
        MIN(CASE WHEN l.role = 'allowance' THEN l.rule END) AS allowance_rule,
        MIN(CASE WHEN l.role = 'net' THEN l.rule END) AS net_rule
    FROM deferred_tax_lines AS l
    WHERE l.role IN ('gross', 'allowance', 'net') AND l.period_end IS NOT NULL
    GROUP BY l.filing_id, l.period_end
)
SELECT
    a.filing_id AS filing_id,
    fl.company_name AS company_name,
    fl.cik AS cik,
    a.source_path AS source_path,
    a.balance_date AS balance_date,
    a.gross AS gross,
    a.valuation_allowance AS valuation_allowance,
    a.net_reported AS net_reported,
    a.gross - COALESCE(a.valuation_allowance, 0) AS net_computed,
    a.net_reported - (a.gross - COALESCE(a.valuation_allowance, 0)) AS difference,
    a.gross_rule AS gross_rule,
    a.allowance_rule AS allowance_rule,
    a.net_rule AS net_rule
FROM amounts AS a
JOIN filings AS fl ON fl.id = a.filing_id;
