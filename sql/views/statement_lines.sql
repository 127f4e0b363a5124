-- statement_lines: the lines of the primary financial statements in long form.
-- Grain: one row per statement line and period (dimensional facts left out, so components never mix into totals).
-- Columns:
--   filing_id: the filing
--   company_name: the filer when known
--   source_path: the statement's page
--   statement: balance_sheet, income_statement, comprehensive_income, cash_flow, equity or other (from the report title)
--   report_title: the statement's title without units
--   row_index: the line's row on the page (the statement's order)
--   line: the line's label as shown
--   concept_key: the concept's identity key (joins the same standard element across filings)
--   period_type: instant or duration
--   period_start: first day of a duration
--   period_end: end of the period, or the date of an instant
--   unit: the unit
--   value: the exact scaled amount
--   raw_value: the value as shown
--   column_certain: false when the text did not fully determine the column
CREATE VIEW statement_lines AS
SELECT
    fl.filing_id AS filing_id,
    fl.company_name AS company_name,
    fl.source_path AS source_path,
    CASE
        WHEN LOWER(fl.report_title) LIKE '%comprehensive income%' OR LOWER(fl.report_title) LIKE '%comprehensive loss%' THEN 'comprehensive_income'
        WHEN LOWER(fl.report_title) LIKE '%cash flow%' THEN 'cash_flow'
        WHEN LOWER(fl.report_title) LIKE '%balance sheet%' OR LOWER(fl.report_title) LIKE '%financial position%'
            OR LOWER(fl.report_title) LIKE '%financial condition%' THEN 'balance_sheet'
        WHEN LOWER(fl.report_title) LIKE '%equity%' OR LOWER(fl.report_title) LIKE '%stockholders%'
            OR LOWER(fl.report_title) LIKE '%shareholders%' OR LOWER(fl.report_title) LIKE '%partners%capital%' THEN 'equity'
        WHEN LOWER(fl.report_title) LIKE '%operations%' OR LOWER(fl.report_title) LIKE '%income%'
            OR LOWER(fl.report_title) LIKE '%earnings%' OR LOWER(fl.report_title) LIKE '%loss%' THEN 'income_statement'
        ELSE 'other'
    END AS statement,
    fl.report_title AS report_title,
    fl.row_index AS row_index,
    fl.row_label AS line,
    fl.concept_key AS concept_key,
    fl.period_type AS period_type,
    fl.period_start AS period_start,
    fl.period_end AS period_end,
    fl.unit AS unit,
    fl.value AS value,
    fl.raw_value AS raw_value,
    fl.column_certain AS column_certain
FROM fact_lines AS fl
WHERE fl.report_kind = 'statement' AND fl.n_members = 0 AND fl.value IS NOT NULL;
