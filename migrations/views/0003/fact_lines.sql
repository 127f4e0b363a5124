-- fact_lines: every fact with everything the schedule views need to recognise it (building block of the other views).
-- Grain: one row per fact.
-- Columns:
--   fact_id: the fact's id in facts
--   filing_id: the filing (a loose text page is a filing of its own)
--   company_name: the filer's name when known
--   cik: the filer's CIK when known
--   accession_number: the EDGAR accession number when known
--   report_id: the page (report) holding the fact
--   source_path: path of the page's file relative to the loaded folder
--   report_title: the page title without units
--   report_kind: statement, parenthetical, details, details_narrative, tables, policies, cover, note, other
--   row_index: 0-based row of the fact on the page
--   column_index: 0-based column of the fact on the page
--   column_certain: false when the text did not fully determine the column
--   row_label: the row label as shown
--   lower_label: the row label in lower case, for wording rules
--   member_labels: the row's members in display order joined by " | ", '' when none
--   n_members: number of dimension members of the fact's context (row, column and title members)
--   period_type: instant, duration or null
--   period_start: first day of a duration
--   period_end: last day of a duration or the date of an instant
--   unit: the unit code (USD, shares, pure, ...)
--   value: exact scaled number, null for non-numeric values
--   value_text: non-numeric value
--   raw_value: the value as shown
--   context_id: the context (period and members) in contexts
--   concept_id: the concept in concepts
--   concept_key: the concept's identity key (same for the same standard element in every filing)
--   concept_name: prefix:LocalName when known
--   definition: the definition text matched to the row
--   definition_rule: how that definition was matched (text_match, elimination, no_documentation, ...)
CREATE VIEW fact_lines AS
SELECT
    f.id AS fact_id,
    f.filing_id AS filing_id,
    fl.company_name AS company_name,
    fl.cik AS cik,
    fl.accession_number AS accession_number,
    f.report_id AS report_id,
    sf.source_path AS source_path,
    r.report_name AS report_title,
    r.kind AS report_kind,
    f.row_index AS row_index,
    f.column_index AS column_index,
    f.column_certain AS column_certain,
    rr.label AS row_label,
    LOWER(rr.label) AS lower_label,
    rr.member_labels AS member_labels,
    cx.n_members AS n_members,
    cx.period_type AS period_type,
    cx.period_start AS period_start,
    cx.period_end AS period_end,
    u.code AS unit,
    f.value AS value,
    f.value_text AS value_text,
    f.raw_value AS raw_value,
    f.context_id AS context_id,
    f.concept_id AS concept_id,
    c.concept_key AS concept_key,
    c.concept_name AS concept_name,
    d.definition AS definition,
    d.match_rule AS definition_rule
FROM facts AS f
JOIN filings AS fl ON fl.id = f.filing_id
JOIN reports AS r ON r.id = f.report_id
JOIN source_files AS sf ON sf.id = r.source_file_id
JOIN report_rows AS rr ON rr.report_id = f.report_id AND rr.row_index = f.row_index
JOIN contexts AS cx ON cx.id = f.context_id
JOIN concepts AS c ON c.id = f.concept_id
LEFT JOIN units AS u ON u.id = f.unit_id
LEFT JOIN definitions AS d ON d.report_id = rr.report_id AND d.block_index = rr.block_index;
