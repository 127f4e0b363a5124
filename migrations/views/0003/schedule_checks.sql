-- schedule_checks: every roll-up that does not add up: gross - allowance vs net deferred tax assets, components vs their total, beginning balance + movements vs ending balance.
-- Grain: one row per failed check (a filing, page, column or date, and the two amounts that differ).
-- Columns:
--   check_name: dta_net (gross - valuation allowance <> net reported), dta_components (components <> gross), roll_forward (beginning + movements <> ending, statements of equity)
--   filing_id: the filing
--   source_path: the page
--   period_end: the balance date checked
--   column_index: [integer] the page column checked (roll forwards), else null
--   detail: what was compared
--   expected: [numeric] the amount computed from the parts
--   reported: [numeric] the amount the page reports
--   difference: [numeric] reported - expected
CREATE VIEW schedule_checks AS
SELECT
    'dta_net' AS check_name,
    n.filing_id AS filing_id,
    n.source_path AS source_path,
    n.balance_date AS period_end,
    CAST(NULL AS INTEGER) AS column_index,
    'gross deferred tax assets - valuation allowance vs net deferred tax assets' AS detail,
    n.net_computed AS expected,
    n.net_reported AS reported,
    n.difference AS difference
FROM net_deferred_tax_assets AS n
WHERE n.net_reported IS NOT NULL AND n.gross IS NOT NULL AND ABS(n.difference) >= 0.005
UNION ALL
SELECT
    'dta_components',
    g.filing_id,
    g.source_path,
    g.period_end,
    g.column_index,
    'sum of deferred tax asset components vs gross deferred tax assets',
    s.total,
    g.value,
    g.value - s.total
FROM deferred_tax_lines AS g
JOIN (
    SELECT report_id, column_index, SUM(value) AS total
    FROM deferred_tax_lines WHERE role = 'component'
    GROUP BY report_id, column_index
) AS s ON s.report_id = g.report_id AND s.column_index = g.column_index
WHERE g.role = 'gross' AND ABS(g.value - s.total) >= 0.005
UNION ALL
SELECT
    'roll_forward',
    b.filing_id,
    b.source_path,
    b.period_end,
    b.column_index,
    'beginning balance + movements vs ending balance: ' || b.row_label,
    b.start_value + b.movements,
    b.value,
    b.value - (b.start_value + b.movements)
FROM (
    SELECT
        e.filing_id, e.source_path, e.period_end, e.column_index, e.row_label, e.value,
        st.value AS start_value,
        COALESCE((
            SELECT SUM(m.value) FROM fact_lines AS m
            JOIN report_rows AS mr ON mr.report_id = m.report_id AND mr.row_index = m.row_index
            WHERE m.report_id = e.report_id AND m.column_index = e.column_index
              AND m.row_index > st.row_index AND m.row_index < e.row_index
              AND mr.period_type = 'duration' AND mr.kind = 'value'
              AND COALESCE(mr.unit_hint, '') = COALESCE(er.unit_hint, '')
        ), 0) AS movements
    FROM fact_lines AS e
    JOIN report_rows AS er ON er.report_id = e.report_id AND er.row_index = e.row_index
    JOIN fact_lines AS st ON st.report_id = e.report_id AND st.column_index = e.column_index
    JOIN report_rows AS sr ON sr.report_id = st.report_id AND sr.row_index = st.row_index
    WHERE er.period_type = 'instant' AND sr.period_type = 'instant'
      AND COALESCE(sr.unit_hint, '') = COALESCE(er.unit_hint, '')
      AND st.row_index = (
          SELECT MAX(p.row_index) FROM report_rows AS p
          WHERE p.report_id = e.report_id AND p.row_index < e.row_index AND p.period_type = 'instant'
            AND COALESCE(p.unit_hint, '') = COALESCE(er.unit_hint, '')
      )
      AND sr.period_end < er.period_end
      AND e.value IS NOT NULL AND st.value IS NOT NULL
) AS b
WHERE ABS(b.value - (b.start_value + b.movements)) >= 0.005;
