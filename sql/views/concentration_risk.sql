-- concentration_risk: concentration risk percentages with their benchmark (revenue, accounts receivable, ...), risk type and the customer or group they concern.
-- Grain: one row per concentration risk percentage fact.
-- Columns:
--   filing_id: the filing
--   source_path: the page
--   period_type: instant or duration
--   period_start: first day of a duration
--   period_end: end of the period, or the date of an instant
--   benchmark: the benchmark member (e.g. Revenue Benchmark [Member], Accounts Receivable [Member]), null when none is shown
--   risk_type: the risk type member (e.g. Customer Concentration Risk [Member]), null when none is shown
--   members: the other members of the row (customer, group, geography) joined by " | "
--   percentage: the percentage as a fraction (31.00% -> 0.31)
--   raw_value: the value as shown
--   column_certain: false when the text did not fully determine the column
--   rule: how the line was identified: element, definition, label
CREATE VIEW concentration_risk AS
WITH lines AS (
    SELECT
        fl.*,
        CASE
            WHEN fl.concept_name IN ('us-gaap:ConcentrationRiskPercentage1', 'us-gaap:ConcentrationRiskPercentage') THEN 'element'
            WHEN fl.definition_rule = 'text_match'
                AND fl.definition LIKE 'For an entity that discloses a concentration risk%' THEN 'definition'
            WHEN fl.lower_label LIKE '%concentration risk%' AND fl.unit = 'pure' THEN 'label'
        END AS rule,
        (SELECT MIN(d.label) FROM context_members AS cm JOIN dimensions AS d ON d.id = cm.dimension_id
         WHERE cm.context_id = fl.context_id
           AND (LOWER(d.label) LIKE '%benchmark%' OR LOWER(d.label) LIKE 'accounts receivable%'
                OR LOWER(d.label) LIKE 'revenue%' OR LOWER(d.label) LIKE 'sales%'
                OR LOWER(d.label) LIKE 'accounts payable%' OR LOWER(d.label) LIKE 'cost of goods%'
                OR LOWER(d.label) LIKE '%purchases%')) AS benchmark,
        (SELECT MIN(d.label) FROM context_members AS cm JOIN dimensions AS d ON d.id = cm.dimension_id
         WHERE cm.context_id = fl.context_id AND LOWER(d.label) LIKE '%concentration risk%') AS risk_type
    FROM fact_lines AS fl
    WHERE fl.unit = 'pure'
)
SELECT
    l.filing_id AS filing_id,
    l.source_path AS source_path,
    l.period_type AS period_type,
    l.period_start AS period_start,
    l.period_end AS period_end,
    l.benchmark AS benchmark,
    l.risk_type AS risk_type,
    TRIM(
        REPLACE(
            REPLACE(' | ' || l.member_labels || ' | ', ' | ' || COALESCE(l.benchmark, '#') || ' | ', ' | '),
            ' | ' || COALESCE(l.risk_type, '#') || ' | ', ' | '
        ),
        ' |'
    ) AS members,
    l.value AS percentage,
    l.raw_value AS raw_value,
    l.column_certain AS column_certain,
    l.rule AS rule
FROM lines AS l
WHERE l.rule IS NOT NULL;
