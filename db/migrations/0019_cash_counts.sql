-- DealerDesk schema 19: the cash drawer counted at a shift handover between cashiers and at the day close,
-- with what it should have held and, when over or short, why; and how many cars ready for settlement were
-- still unsettled when the day was closed (the cashier was warned and went on).
CREATE TABLE cash_counts (
    id              {{id}},
    business_date   TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('shift', 'day')),
    cashier_name    TEXT NOT NULL,
    handed_to       TEXT NOT NULL DEFAULT '',
    expected_fen    BIGINT NOT NULL,
    counted_fen     BIGINT NOT NULL CHECK (counted_fen >= 0),
    over_short_fen  BIGINT NOT NULL,
    reason          TEXT NOT NULL DEFAULT '',
    counted_at      TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    updated_station TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX cash_counts_day ON cash_counts (business_date, counted_at);
ALTER TABLE day_closes ADD COLUMN unsettled_count INTEGER NOT NULL DEFAULT 0;
