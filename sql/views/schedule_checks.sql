-- schedule_checks: every roll-up that does not add up: gross - allowance vs net deferred tax assets, components vs their total, beginning balance + movements vs ending balance, and totals against the calculation arcs of loaded taxonomies.
-- Grain: one row per failed check (a filing, page, column or date, and the two amounts that differ).
-- Columns:
--   check_name: dta_net (gross - valuation allowance <> net reported), dta_components (components <> gross), roll_forward (beginning + movements <> ending, statements of equity), calculation (a total <> the weighted sum of its items under a taxonomy's calculation arcs)
--   filing_id: the filing
--   source_path: the page
--   period_end: the balance date checked
--   column_index: [integer] the page column checked (roll forwards, calculations), else null
--   detail: what was compared
--   expected: [numeric] the amount computed from the parts
--   reported: [numeric] the amount the page reports
--   difference: [numeric] reported - expected
CREATE VIEW schedule_checks AS
-- Calculation arcs, once per network however often a linkbase repeats an arc, with the number of
-- items the network gives their total.
WITH calc_arcs AS (
    SELECT a.taxonomy_id, a.role, a.parent, a.child, MAX(a.weight) AS weight, MAX(n.n_children) AS n_children
    FROM taxonomy_calculations AS a
    JOIN (
        SELECT taxonomy_id, role, parent, COUNT(DISTINCT child) AS n_children
        FROM taxonomy_calculations
        GROUP BY taxonomy_id, role, parent
    ) AS n ON n.taxonomy_id = a.taxonomy_id AND n.role = a.role AND n.parent = a.parent
    GROUP BY a.taxonomy_id, a.role, a.parent, a.child
),
-- One number per named concept, page column, context (period and members) and unit; the rounding
-- power is the page's scale or an instance fact's negative decimals.
calc_items AS (
    SELECT
        f.report_id, f.column_index, f.context_id, f.unit_id, c.concept_name,
        MAX(f.value) AS value,
        MAX(CASE f.decimals
            WHEN '-3' THEN 3 WHEN '-4' THEN 4 WHEN '-5' THEN 5 WHEN '-6' THEN 6
            WHEN '-7' THEN 7 WHEN '-8' THEN 8 WHEN '-9' THEN 9 ELSE f.scale END) AS power
    FROM facts AS f
    JOIN concepts AS c ON c.id = f.concept_id
    WHERE f.value IS NOT NULL AND c.concept_name IS NOT NULL AND f.unit_id IS NOT NULL
    GROUP BY f.report_id, f.column_index, f.context_id, f.unit_id, c.concept_name
),
-- Each total under each network whose every item (two or more) the page names in the same column
-- and context. Filers replace standard items with their own elements and leave others out, so a
-- network with an item missing says nothing about the total.
-- Pages show some items with their sign flipped (negated labels: "Less: ... (1,223)" for a positive
-- fact), so three readings are tried: the weighted sum of the numbers as stored, their plain sum
-- (the page already subtracted), and the weighted sum of their magnitudes against the total's. A
-- total balances within half a rounding unit per number added.
calc_sums AS (
    SELECT
        t.report_id, t.column_index, t.context_id, t.concept_name, t.value AS reported,
        a.taxonomy_id, a.role,
        SUM(a.weight * i.value) AS weighted,
        SUM(i.value) AS shown,
        SUM(a.weight * ABS(i.value)) AS absolute,
        COUNT(*) AS n_items,
        0.5 * (COUNT(*) + 1) * (CASE MAX(CASE WHEN i.power > t.power THEN i.power ELSE t.power END)
            WHEN 0 THEN 1 WHEN 1 THEN 10 WHEN 2 THEN 100 WHEN 3 THEN 1000 WHEN 4 THEN 10000
            WHEN 5 THEN 100000 WHEN 6 THEN 1000000 WHEN 7 THEN 10000000 WHEN 8 THEN 100000000
            WHEN 9 THEN 1000000000 ELSE 1 END) AS tolerance
    FROM calc_items AS t
    JOIN calc_arcs AS a ON a.parent = t.concept_name
    JOIN calc_items AS i
        ON i.report_id = t.report_id AND i.column_index = t.column_index
        AND i.context_id = t.context_id AND i.unit_id = t.unit_id AND i.concept_name = a.child
    GROUP BY t.report_id, t.column_index, t.context_id, t.concept_name, t.value, a.taxonomy_id, a.role
    HAVING COUNT(*) >= 2 AND COUNT(*) = MAX(a.n_children)
),
-- A total fails only when no network balances it; the network naming the most items is shown.
calc_failures AS (
    SELECT
        s.*,
        -- the reading closer to the reported total: weighted (XBRL signs) or shown signs
        CASE WHEN ABS(s.reported - s.shown) < ABS(s.reported - s.weighted) THEN s.shown ELSE s.weighted END
            AS expected,
        ROW_NUMBER() OVER (
        PARTITION BY s.report_id, s.column_index, s.context_id, s.concept_name
        ORDER BY s.n_items DESC, s.role, s.taxonomy_id
    ) AS pick
    FROM calc_sums AS s
    WHERE NOT EXISTS (
        SELECT 1 FROM calc_sums AS ok
        WHERE ok.report_id = s.report_id AND ok.column_index = s.column_index
          AND ok.context_id = s.context_id AND ok.concept_name = s.concept_name
          AND (
              ABS(ok.reported - ok.weighted) <= ok.tolerance
              OR ABS(ok.reported - ok.shown) <= ok.tolerance
              OR ABS(ABS(ok.reported) - ok.absolute) <= ok.tolerance
          )
    )
)
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
WHERE ABS(b.value - (b.start_value + b.movements)) >= 0.005
UNION ALL
SELECT
    'calculation',
    r.filing_id,
    sf.source_path,
    cx.period_end,
    cf.column_index,
    cf.concept_name || ' vs the sum of ' || CAST(cf.n_items AS VARCHAR(12)) || ' items (' || cf.role || ')',
    cf.expected,
    cf.reported,
    cf.reported - cf.expected
FROM calc_failures AS cf
JOIN reports AS r ON r.id = cf.report_id
JOIN source_files AS sf ON sf.id = r.source_file_id
JOIN contexts AS cx ON cx.id = cf.context_id
WHERE cf.pick = 1;
