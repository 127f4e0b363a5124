-- facts_flat: every fact with its page position, period, unit and members, in one flat table.
-- Grain: one row per fact (a value at one row and column of one loaded page).
-- Columns: source_path (relative to the folder given to `warehouse load`, "/" separators),
--   report_title (title without units), row_index and column_index (0-based page position),
--   column_certain (false when the text did not fully determine the column), row_label,
--   member_labels (the row's members in display order joined by " | ", '' when none),
--   period_type ('instant' | 'duration' | null), period_start, period_end, unit ('USD', 'shares',
--   'USD/shares', 'pure', ...), raw_value (as shown), value (exact, scaled), value_text
--   (non-numeric values), definition (the definition block matched to the row), concept_name ('prefix:LocalName' when known).
CREATE VIEW facts_flat AS
SELECT
    sf.source_path AS source_path,
    r.report_name AS report_title,
    f.row_index AS row_index,
    f.column_index AS column_index,
    f.column_certain AS column_certain,
    rr.label AS row_label,
    rr.member_labels AS member_labels,
    cx.period_type AS period_type,
    cx.period_start AS period_start,
    cx.period_end AS period_end,
    u.code AS unit,
    f.raw_value AS raw_value,
    f.value AS value,
    f.value_text AS value_text,
    d.definition AS definition,
    c.concept_name AS concept_name
FROM facts AS f
JOIN reports AS r ON r.id = f.report_id
JOIN source_files AS sf ON sf.id = r.source_file_id
JOIN report_rows AS rr ON rr.report_id = f.report_id AND rr.row_index = f.row_index
JOIN contexts AS cx ON cx.id = f.context_id
JOIN concepts AS c ON c.id = f.concept_id
LEFT JOIN units AS u ON u.id = f.unit_id
LEFT JOIN definitions AS d ON d.report_id = rr.report_id AND d.block_index = rr.block_index;
