-- deferred_tax_lines: the lines of deferred tax asset schedules with the role each plays (gross, valuation allowance, net, component).
-- Grain: one row per fact of a deferred tax asset schedule line, without dimensional facts.
-- Columns:
--   fact_id: the fact
--   filing_id: the filing
--   report_id: the page
--   source_path: the page's file
--   row_index: row of the line on the page
--   column_index: column of the value
--   period_end: the balance date
--   row_label: the line's label as shown
--   role: gross, allowance, net or component
--   rule: what identified the role: element (concept name), definition (the standard documentation text matched to the row), label (wording), above_total (a line listed above the gross total)
--   value: the value as reported (sign as shown)
-- The element and definition rules come first; wording is used only where the row has neither
-- (a definition matched by elimination does not count). Wording rules apply on pages whose title
-- mentions tax.
CREATE VIEW deferred_tax_lines AS
WITH tagged AS (
    SELECT
        fl.*,
        CASE
            WHEN fl.concept_name = 'us-gaap:DeferredTaxAssetsGross' THEN 'gross'
            WHEN fl.concept_name = 'us-gaap:DeferredTaxAssetsValuationAllowance' THEN 'allowance'
            WHEN fl.concept_name = 'us-gaap:DeferredTaxAssetsNet' THEN 'net'
        END AS element_role,
        CASE
            WHEN fl.definition_rule <> 'text_match' THEN NULL
            WHEN fl.definition LIKE 'Amount before allocation of valuation allowance% of deferred tax asset attributable to deductible temporary differences and carryforwards%' THEN 'gross'
            WHEN fl.definition LIKE 'Amount after allocation of valuation allowance% of deferred tax asset attributable to deductible temporary differences and carryforwards%' THEN 'net'
            WHEN fl.definition LIKE '%deferred tax assets for which it is more likely than not that a tax benefit will not be realized%' THEN 'allowance'
            WHEN fl.definition LIKE 'Amount%before allocation of valuation allowance%of deferred tax asset attributable to%' THEN 'component'
        END AS definition_role,
        CASE
            WHEN LOWER(fl.report_title) NOT LIKE '%tax%' THEN NULL
            WHEN fl.lower_label LIKE '%net deferred tax asset%' OR fl.lower_label LIKE 'deferred tax asset%, net%'
                OR fl.lower_label LIKE '%deferred tax assets after valuation allowance%' THEN 'net'
            WHEN fl.lower_label LIKE '%valuation allowance%' THEN 'allowance'
            WHEN fl.lower_label LIKE '%total deferred tax asset%' OR fl.lower_label LIKE '%gross deferred tax asset%'
                OR fl.lower_label LIKE 'deferred tax asset%, gross%'
                OR fl.lower_label LIKE '%deferred tax assets before valuation allowance%' THEN 'gross'
        END AS label_role
    FROM fact_lines AS fl
    WHERE fl.n_members = 0 AND fl.value IS NOT NULL
),
roles AS (
    SELECT
        t.*,
        COALESCE(t.element_role, t.definition_role, t.label_role) AS known_role,
        CASE
            WHEN t.element_role IS NOT NULL THEN 'element'
            WHEN t.definition_role IS NOT NULL THEN 'definition'
            WHEN t.label_role IS NOT NULL THEN 'label'
        END AS known_rule
    FROM tagged AS t
)
SELECT fact_id, filing_id, report_id, source_path, row_index, column_index, period_end, row_label,
       known_role AS role, known_rule AS rule, value
FROM roles
WHERE known_role IS NOT NULL
UNION ALL
-- Lines listed above a gross total, below the nearest heading, are its components.
SELECT c.fact_id, c.filing_id, c.report_id, c.source_path, c.row_index, c.column_index, c.period_end, c.row_label,
       'component' AS role, 'above_total' AS rule, c.value
FROM roles AS c
JOIN roles AS g
    ON g.report_id = c.report_id AND g.column_index = c.column_index AND g.known_role = 'gross'
    AND c.row_index < g.row_index
WHERE c.known_role IS NULL
  AND c.row_index > COALESCE((
      SELECT MAX(h.row_index) FROM report_rows AS h
      WHERE h.report_id = g.report_id AND h.row_index < g.row_index
        AND h.kind IN ('abstract', 'heading', 'member', 'line_items', 'table', 'roll_forward')
  ), -1);
