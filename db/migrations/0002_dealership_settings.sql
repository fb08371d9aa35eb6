-- DealerDesk schema 2: the dealership's own data and its labour rates.

CREATE TABLE dealership (
    id                 INTEGER PRIMARY KEY CHECK (id = 1),
    name               TEXT NOT NULL DEFAULT '',
    address            TEXT NOT NULL DEFAULT '',
    phone              TEXT NOT NULL DEFAULT '',
    tax_number         TEXT NOT NULL DEFAULT '',
    logo_png           {{blob}},
    vat_rate_bp        INTEGER NOT NULL DEFAULT 1300,
    prefix_work_order  TEXT NOT NULL DEFAULT 'WO',
    prefix_settlement  TEXT NOT NULL DEFAULT 'ST',
    prefix_appointment TEXT NOT NULL DEFAULT 'AP',
    handover_terms     TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    updated_by         TEXT NOT NULL,
    updated_station    TEXT NOT NULL,
    version            INTEGER NOT NULL DEFAULT 1
);
INSERT INTO dealership (id, created_at, updated_at, updated_by, updated_station)
VALUES (1, '1970-01-01T00:00:00.000Z', '1970-01-01T00:00:00.000Z', 'DealerDesk', 'setup');

CREATE TABLE labor_rates (
    id              {{id}},
    code            TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    rate_per_hour   BIGINT NOT NULL CHECK (rate_per_hour > 0),
    active          INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    updated_station TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1
);
