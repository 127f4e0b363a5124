"""Write a small taxonomy package of the standard elements the 27 truth pages use.

The HTML R pages carry, for every element, its name, data type, balance, period type and
documentation (the pop-up's details table): exactly what a taxonomy gives. This script writes them
in the official formats (element schema + documentation linkbase per namespace, taxonomyPackage.xml)
so the tests can prove resolution against a taxonomy without the full FASB files.
Run: python -m tests.support.make_truth_taxonomy
"""

from __future__ import annotations

import json
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

ROOT = Path(__file__).parents[1] / "data"
OUT = ROOT / "taxonomy" / "rpages-2024"
NAMESPACES = {
    "us-gaap": "http://fasb.org/us-gaap/2024",
    "dei": "http://xbrl.sec.gov/dei/2024",
    "srt": "http://fasb.org/srt/2024",
    "ffd": "http://xbrl.sec.gov/ffd/2024",
}


def main() -> None:
    elements: dict[str, dict[str, str]] = {}
    for path in sorted((ROOT / "rpages" / "truth").glob("*.json")):
        for d in json.loads(path.read_text())["definitions"]:
            el = d.get("element") or ""
            prefix, _, name = el.partition("_")
            if prefix in NAMESPACES and name and "=" not in el:
                elements.setdefault(el, d)
    (OUT / "META-INF").mkdir(parents=True, exist_ok=True)
    (OUT / "elts").mkdir(exist_ok=True)
    (OUT / "META-INF" / "taxonomyPackage.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<tp:taxonomyPackage xmlns:tp="http://xbrl.org/2016/taxonomy-package" xml:lang="en-US">\n'
        "  <tp:identifier>http://xbrl.example.org/rpages-elements/2024</tp:identifier>\n"
        "  <tp:name>Standard elements of the warehouse's truth pages</tp:name>\n"
        "  <tp:version>2024</tp:version>\n"
        "  <tp:publicationDate>2024-01-31</tp:publicationDate>\n"
        "</tp:taxonomyPackage>\n"
    )
    for prefix, ns in NAMESPACES.items():
        mine = {k: v for k, v in elements.items() if k.startswith(prefix + "_")}
        if not mine:
            continue
        decls = []
        docs = []
        for el, d in sorted(mine.items()):
            name = el.partition("_")[2]
            heading = name.endswith(("Abstract", "LineItems", "Table", "RollForward"))
            abstract = ' abstract="true"' if heading else ""
            balance = f' xbrli:balance="{d["balance"]}"' if d.get("balance") in ("debit", "credit") else ""
            period = d.get("period_type") or "duration"
            dtype = d.get("data_type") or "xbrli:stringItemType"
            decls.append(
                f'  <xs:element id="{el}" name="{name}"{abstract} nillable="true" '
                f'substitutionGroup="xbrli:item" type="{dtype}"{balance} xbrli:periodType="{period}"/>'
            )
            if d.get("definition"):
                docs.append(
                    f'    <link:loc xlink:type="locator" xlink:href="{prefix}-2024.xsd#{el}" '
                    f'xlink:label="loc_{name}"/>\n'
                    f'    <link:label xlink:type="resource" xlink:label="lab_{name}" '
                    f'xlink:role="http://www.xbrl.org/2003/role/documentation" xml:lang="en-US">'
                    f"{escape(d['definition'])}</link:label>\n"
                    f'    <link:labelArc xlink:type="arc" '
                    f'xlink:arcrole="http://www.xbrl.org/2003/arcrole/concept-label" '
                    f'xlink:from="loc_{name}" xlink:to="lab_{name}"/>'
                )
        (OUT / "elts" / f"{prefix}-2024.xsd").write_text(
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" '
            'xmlns:xbrli="http://www.xbrl.org/2003/instance" '
            'xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink" '
            f"xmlns:{prefix}={quoteattr(ns)} targetNamespace={quoteattr(ns)} "
            'elementFormDefault="qualified">\n' + "\n".join(decls) + "\n</xs:schema>\n"
        )
        (OUT / "elts" / f"{prefix}-doc-2024.xml").write_text(
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<link:linkbase xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink">\n'
            '  <link:labelLink xlink:type="extended" xlink:role="http://www.xbrl.org/2003/role/link">\n'
            + "\n".join(docs)
            + "\n  </link:labelLink>\n</link:linkbase>\n"
        )
    print(f"{len(elements)} elements written to {OUT}")


if __name__ == "__main__":
    main()
