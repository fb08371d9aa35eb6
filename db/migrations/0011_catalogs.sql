-- DealerDesk schema 11: the catalogs the estimate is built from, each importable from CSV.
-- Labor operations with standard hours (one row per model family where the manufacturer gives one; an empty
-- family is the operation's hours for every other car), the parts price list, and canned jobs: a name for a
-- set of operations and parts ("10,000 km maintenance, 凯美瑞") added to a work order in one step.

CREATE TABLE labor_operations (
    id              {{id}},
    code            {{key}} NOT NULL,
    model_family    {{key}} NOT NULL DEFAULT '',
    description     TEXT NOT NULL,
    centi_hours     INTEGER NOT NULL CHECK (centi_hours > 0),
    labor_category  TEXT NOT NULL DEFAULT '',
    active          INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    updated_station TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX labor_operations_code ON labor_operations (code, model_family);

CREATE TABLE parts_catalog (
    id              {{id}},
    part_number     {{key}} NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    name_key        {{key}} NOT NULL,
    brand_spec      TEXT NOT NULL DEFAULT '',
    unit            TEXT NOT NULL DEFAULT '',
    price_fen       BIGINT NOT NULL CHECK (price_fen >= 0),
    source          TEXT NOT NULL DEFAULT 'oem' CHECK (source IN ('oem', 'equivalent', 'reconditioned')),
    active          INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    updated_station TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX parts_catalog_name_key ON parts_catalog (name_key);

CREATE TABLE canned_jobs (
    id              {{id}},
    code            {{key}} NOT NULL,
    model_family    {{key}} NOT NULL DEFAULT '',
    name            TEXT NOT NULL,
    active          INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    updated_station TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX canned_jobs_code ON canned_jobs (code, model_family);

-- A job's items refer to the catalogs by code, so a new price list or new standard hours apply at once.
CREATE TABLE canned_job_items (
    id              {{id}},
    job_id          BIGINT NOT NULL REFERENCES canned_jobs (id),
    position        INTEGER NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('labor', 'part')),
    code            {{key}} NOT NULL,
    quantity_milli  BIGINT NOT NULL DEFAULT 0 CHECK (quantity_milli >= 0)
);
CREATE INDEX canned_job_items_job ON canned_job_items (job_id, position);

-- Part names found by any part of three characters or more: FTS5 trigram on SQLite, pg_trgm on PostgreSQL.
-- @dialect sqlite
CREATE VIRTUAL TABLE parts_catalog_fts USING fts5 (name, content = 'parts_catalog', content_rowid = 'id',
                                                   tokenize = 'trigram');
CREATE TRIGGER parts_catalog_fts_insert AFTER INSERT ON parts_catalog
BEGIN
    INSERT INTO parts_catalog_fts (rowid, name) VALUES (new.id, new.name);
END;
CREATE TRIGGER parts_catalog_fts_update AFTER UPDATE OF name ON parts_catalog
BEGIN
    INSERT INTO parts_catalog_fts (parts_catalog_fts, rowid, name) VALUES ('delete', old.id, old.name);
    INSERT INTO parts_catalog_fts (rowid, name) VALUES (new.id, new.name);
END;
-- @dialect postgresql
CREATE INDEX parts_catalog_name_trgm ON parts_catalog USING gin (name gin_trgm_ops);
-- @dialect all

-- A part line keeps the brand or specification of the price list, for the settlement statement.
ALTER TABLE work_order_lines ADD COLUMN brand_spec TEXT NOT NULL DEFAULT '';
