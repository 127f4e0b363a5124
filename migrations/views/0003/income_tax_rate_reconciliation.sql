-- income_tax_rate_reconciliation: the reconciliation from the statutory income tax rate to the effective rate.
-- Grain: one row per reconciliation line and period of a filing (rates as fractions: 21.00% -> 0.21).
-- Columns:
--   filing_id: the filing
--   source_path: the page
--   period_start: first day of the period
--   period_end: last day of the period
--   row_index: the line's row on the page (the reconciliation's order)
--   line: the line's label as shown
--   role: statutory, reconciling_item or effective
--   rate: the rate as a fraction
--   raw_value: the value as shown
--   column_certain: false when the text did not fully determine the column
--   rule: how the role was identified: element, definition, label, or between (a rate listed between the statutory and the effective rate of the same page and column)
CREATE VIEW income_tax_rate_reconciliation AS
WITH rates AS (
    SELECT
        fl.*,
        CASE
            WHEN fl.concept_name = 'us-gaap:EffectiveIncomeTaxRateReconciliationAtFederalStatutoryIncomeTaxRate' THEN 'statutory'
            WHEN fl.concept_name = 'us-gaap:EffectiveIncomeTaxRateContinuingOperations' THEN 'effective'
            WHEN fl.concept_name LIKE 'us-gaap:EffectiveIncomeTaxRateReconciliation%' THEN 'reconciling_item'
        END AS element_role,
        CASE
            WHEN fl.definition_rule <> 'text_match' THEN NULL
            WHEN fl.definition LIKE 'Percentage of domestic federal statutory tax rate applicable to pretax income%' THEN 'statutory'
            WHEN fl.definition LIKE 'Percentage of current income tax expense (benefit) and deferred income tax expense (benefit) pertaining to continuing operations, to pretax income%' THEN 'effective'
            WHEN fl.definition LIKE 'Percentage of difference between reported income tax expense (benefit) and expected income tax expense (benefit)%' THEN 'reconciling_item'
        END AS definition_role,
        CASE
            WHEN LOWER(fl.report_title) NOT LIKE '%tax%' THEN NULL
            WHEN fl.lower_label LIKE '%statutory%' THEN 'statutory'
            WHEN fl.lower_label LIKE '%effective%' THEN 'effective'
        END AS label_role
    FROM fact_lines AS fl
    WHERE fl.unit = 'pure' AND fl.n_members = 0
),
known AS (
    SELECT
        r.*,
        COALESCE(r.element_role, r.definition_role, r.label_role) AS role,
        CASE
            WHEN r.element_role IS NOT NULL THEN 'element'
            WHEN r.definition_role IS NOT NULL THEN 'definition'
            WHEN r.label_role IS NOT NULL THEN 'label'
        END AS rule
    FROM rates AS r
)
SELECT filing_id, source_path, period_start, period_end, row_index, row_label AS line, role, value AS rate,
       raw_value, column_certain, rule
FROM known
WHERE role IS NOT NULL
UNION ALL
SELECT k.filing_id, k.source_path, k.period_start, k.period_end, k.row_index, k.row_label AS line,
       'reconciling_item' AS role, k.value AS rate, k.raw_value, k.column_certain, 'between' AS rule
FROM known AS k
WHERE k.role IS NULL
  AND EXISTS (SELECT 1 FROM known AS s WHERE s.report_id = k.report_id AND s.column_index = k.column_index
              AND s.role = 'statutory' AND s.row_index < k.row_index)
  AND EXISTS (SELECT 1 FROM known AS e WHERE e.report_id = k.report_id AND e.column_index = k.column_index
              AND e.role = 'effective' AND e.row_index > k.row_index);
