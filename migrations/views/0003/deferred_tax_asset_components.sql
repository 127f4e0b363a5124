-- deferred_tax_asset_components: the component lines of deferred tax asset schedules (operating loss carryforwards, allowance for doubtful accounts, share-based compensation, other, ...).
-- Grain: one row per component line and balance date.
-- Columns:
--   filing_id: the filing
--   source_path: the page
--   balance_date: the balance sheet date
--   row_index: the line's row on the page
--   component: the line's label as shown
--   amount: the amount as reported
--   rule: how the line was identified: definition (its standard documentation says it is a deferred tax asset component) or above_total (listed above the gross total, below the nearest heading)
CREATE VIEW deferred_tax_asset_components AS
SELECT
    l.filing_id AS filing_id,
    l.source_path AS source_path,
    l.period_end AS balance_date,
    l.row_index AS row_index,
    l.row_label AS component,
    l.value AS amount,
    l.rule AS rule
FROM deferred_tax_lines AS l
WHERE l.role = 'component';
