-- latest_facts: for each fact identity, the value from the most recent filing that reports it, so restated values supersede old ones.
-- Grain: one row per fact identity: concept, context (period, members, entity when known) and unit.
-- Columns:
--   concept_key: the concept's identity key
--   concept_name: prefix:LocalName when known
--   label: the row label of the chosen fact
--   member_labels: the chosen fact's row members in display order
--   context_id: the context (period and members) in contexts
--   entity: the filer's CIK when known
--   period_type: instant or duration
--   period_start: first day of a duration
--   period_end: end of the period or date of the instant
--   unit: the unit
--   value: the exact scaled number, null for text
--   value_text: the non-numeric value
--   raw_value: the value as shown
--   filing_id: the filing the value comes from
--   source_path: the page the value comes from
--   n_filings: [integer] how many filings report this identity
--   superseded_values: [integer] how many other reports of this identity show a different value
-- Most recent: the filing's period of report (else the latest period it reports), then its filing
-- date, accession number and load order.
CREATE VIEW latest_facts AS
WITH recency AS (
    SELECT f.filing_id AS filing_id, MAX(cx.period_end) AS latest_period
    FROM facts AS f JOIN contexts AS cx ON cx.id = f.context_id
    GROUP BY f.filing_id
),
ranked AS (
    SELECT
        fl.*,
        ROW_NUMBER() OVER newest AS rank_in_identity,
        FIRST_VALUE(fl.value) OVER newest AS newest_value,
        FIRST_VALUE(fl.value_text) OVER newest AS newest_text,
        DENSE_RANK() OVER (PARTITION BY fl.concept_id, fl.context_id, fl.unit ORDER BY fl.filing_id) AS filing_rank
    FROM fact_lines AS fl
    JOIN filings AS fg ON fg.id = fl.filing_id
    JOIN recency AS rc ON rc.filing_id = fl.filing_id
    WINDOW newest AS (
        PARTITION BY fl.concept_id, fl.context_id, fl.unit
        ORDER BY COALESCE(fg.period_of_report, rc.latest_period) DESC, fg.filed_at DESC,
                 fg.accession_number DESC, fl.filing_id DESC, fl.fact_id DESC
    )
),
counted AS (
    SELECT
        r.*,
        MAX(r.filing_rank) OVER identity AS n_filings,
        SUM(CASE WHEN r.value <> r.newest_value OR r.value_text <> r.newest_text THEN 1 ELSE 0 END)
            OVER identity AS superseded_values
    FROM ranked AS r
    WINDOW identity AS (PARTITION BY r.concept_id, r.context_id, r.unit)
)
SELECT
    c.concept_key AS concept_key,
    c.concept_name AS concept_name,
    c.row_label AS label,
    c.member_labels AS member_labels,
    c.context_id AS context_id,
    c.cik AS entity,
    c.period_type AS period_type,
    c.period_start AS period_start,
    c.period_end AS period_end,
    c.unit AS unit,
    c.value AS value,
    c.value_text AS value_text,
    c.raw_value AS raw_value,
    c.filing_id AS filing_id,
    c.source_path AS source_path,
    c.n_filings AS n_filings,
    c.superseded_values AS superseded_values
FROM counted AS c
WHERE c.rank_in_identity = 1;
