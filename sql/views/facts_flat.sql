-- facts_flat: every fact with its page position, period, unit and members, in one flat table (the parser's public contract).
-- Grain: one row per fact (a value at one row and column of one loaded page).
-- Columns:
--   source_path: path of the file relative to the folder given to `warehouse load`, "/" separators
--   report_title: the page title without its units
--   row_index: 0-based position of the fact's row among all body rows of the page
--   column_index: 0-based position of the fact's column among the value columns
--   column_certain: false when the text did not fully determine the column (see placement rules)
--   row_label: the row label as shown
--   member_labels: the row's members in display order joined by " | ", '' when none
--   period_type: 'instant', 'duration', or null when the page does not tell
--   period_start: first day of a duration; null for instants
--   period_end: last day of a duration, or the date of an instant
--   unit: USD, shares, USD/shares, pure, EUR, ...; null for text values
--   raw_value: the value as shown on the page
--   value: the exact number, scaled ("$ in Millions" applied); null for non-numeric values
--   value_text: non-numeric values (text, ISO dates and durations, true/false)
--   definition: the definition text of the row's element, as matched to the row
--   concept_name: the element as prefix:LocalName when known, else null
--   concept_key: the concept's identity, the same value for the same concept in every filing (def:<hash of its standard definition>, name:<element>, or a key private to the filer for extension and unmatched rows)
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
    c.concept_name AS concept_name,
    c.concept_key AS concept_key
FROM facts AS f
JOIN reports AS r ON r.id = f.report_id
JOIN source_files AS sf ON sf.id = r.source_file_id
JOIN report_rows AS rr ON rr.report_id = f.report_id AND rr.row_index = f.row_index
JOIN contexts AS cx ON cx.id = f.context_id
JOIN concepts AS c ON c.id = f.concept_id
LEFT JOIN units AS u ON u.id = f.unit_id
LEFT JOIN definitions AS d ON d.report_id = rr.report_id AND d.block_index = rr.block_index;
