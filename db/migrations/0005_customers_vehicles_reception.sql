-- DealerDesk schema 5: customers, vehicles, appointments, arrivals and the work orders that check-in opens.
-- Search keys (pinyin, reversed VIN and phone) are stored so that every search keystroke is an index lookup.

CREATE TABLE customers (
    id                   {{id}},
    kind                 TEXT NOT NULL DEFAULT 'person' CHECK (kind IN ('person', 'company')),
    name                 TEXT NOT NULL,
    name_key             {{key}} NOT NULL DEFAULT '',
    name_pinyin          {{key}} NOT NULL DEFAULT '',
    name_initials        {{key}} NOT NULL DEFAULT '',
    id_number            TEXT NOT NULL DEFAULT '',
    address              TEXT NOT NULL DEFAULT '',
    notes                TEXT NOT NULL DEFAULT '',
    preferred_contact    TEXT NOT NULL DEFAULT 'phone',
    preferred_time       TEXT NOT NULL DEFAULT '',
    followup_consent     INTEGER NOT NULL DEFAULT 0,
    followup_consent_at  TEXT,
    marketing_consent    INTEGER NOT NULL DEFAULT 0,
    marketing_consent_at TEXT,
    tax_number           TEXT NOT NULL DEFAULT '',
    on_account           INTEGER NOT NULL DEFAULT 0,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    updated_by           TEXT NOT NULL,
    updated_station      TEXT NOT NULL,
    version              INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX customers_name_key ON customers (name_key);
CREATE INDEX customers_name_pinyin ON customers (name_pinyin);
CREATE INDEX customers_name_initials ON customers (name_initials);

CREATE TABLE customer_phones (
    id             {{id}},
    customer_id    BIGINT NOT NULL REFERENCES customers (id),
    position       INTEGER NOT NULL DEFAULT 0,
    phone          {{key}} NOT NULL,
    phone_reversed {{key}} NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('mobile', 'landline')),
    label          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX customer_phones_customer ON customer_phones (customer_id);
CREATE INDEX customer_phones_phone ON customer_phones (phone);
CREATE INDEX customer_phones_reversed ON customer_phones (phone_reversed);

CREATE TABLE customer_contacts (
    id          {{id}},
    customer_id BIGINT NOT NULL REFERENCES customers (id),
    position    INTEGER NOT NULL DEFAULT 0,
    name        TEXT NOT NULL,
    phone       TEXT NOT NULL DEFAULT '',
    title       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX customer_contacts_customer ON customer_contacts (customer_id);

CREATE TABLE vehicles (
    id                 {{id}},
    vin                {{key}} NOT NULL DEFAULT '',
    vin_reversed       {{key}} NOT NULL DEFAULT '',
    vin_warning        TEXT NOT NULL DEFAULT '',
    plate              {{key}} NOT NULL DEFAULT '',
    brand              TEXT NOT NULL DEFAULT '',
    series             TEXT NOT NULL DEFAULT '',
    model              TEXT NOT NULL DEFAULT '',
    model_year         INTEGER,
    color              TEXT NOT NULL DEFAULT '',
    engine_no          TEXT NOT NULL DEFAULT '',
    first_registration TEXT,
    purchase_date      TEXT,
    mileage_km         INTEGER,
    mileage_at         TEXT,
    owner_id           BIGINT REFERENCES customers (id),
    next_service_km    INTEGER,
    next_service_date  TEXT,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    updated_by         TEXT NOT NULL,
    updated_station    TEXT NOT NULL,
    version            INTEGER NOT NULL DEFAULT 1,
    CHECK (vin <> '' OR plate <> '')
);
CREATE UNIQUE INDEX vehicles_vin ON vehicles (vin) WHERE vin <> '';
CREATE UNIQUE INDEX vehicles_plate ON vehicles (plate) WHERE plate <> '';
CREATE INDEX vehicles_vin_reversed ON vehicles (vin_reversed);
CREATE INDEX vehicles_owner ON vehicles (owner_id);

-- Plate and owner history: a car can change plates and hands. valid_to NULL = current.
CREATE TABLE vehicle_plates (
    id          {{id}},
    vehicle_id  BIGINT NOT NULL REFERENCES vehicles (id),
    plate       TEXT NOT NULL,
    valid_from  TEXT NOT NULL,
    valid_to    TEXT,
    recorded_by TEXT NOT NULL
);
CREATE INDEX vehicle_plates_vehicle ON vehicle_plates (vehicle_id);

CREATE TABLE vehicle_owners (
    id          {{id}},
    vehicle_id  BIGINT NOT NULL REFERENCES vehicles (id),
    customer_id BIGINT NOT NULL REFERENCES customers (id),
    valid_from  TEXT NOT NULL,
    valid_to    TEXT,
    recorded_by TEXT NOT NULL
);
CREATE INDEX vehicle_owners_vehicle ON vehicle_owners (vehicle_id);

-- Substring search on plates and names: FTS5 trigram on SQLite, pg_trgm on PostgreSQL.
-- @dialect sqlite
CREATE VIRTUAL TABLE vehicles_fts USING fts5 (plate, content = 'vehicles', content_rowid = 'id',
                                             tokenize = 'trigram');
CREATE TRIGGER vehicles_fts_insert AFTER INSERT ON vehicles
BEGIN
    INSERT INTO vehicles_fts (rowid, plate) VALUES (new.id, new.plate);
END;
CREATE TRIGGER vehicles_fts_update AFTER UPDATE OF plate ON vehicles
BEGIN
    INSERT INTO vehicles_fts (vehicles_fts, rowid, plate) VALUES ('delete', old.id, old.plate);
    INSERT INTO vehicles_fts (rowid, plate) VALUES (new.id, new.plate);
END;
CREATE VIRTUAL TABLE customers_fts USING fts5 (name, content = 'customers', content_rowid = 'id',
                                              tokenize = 'trigram');
CREATE TRIGGER customers_fts_insert AFTER INSERT ON customers
BEGIN
    INSERT INTO customers_fts (rowid, name) VALUES (new.id, new.name);
END;
CREATE TRIGGER customers_fts_update AFTER UPDATE OF name ON customers
BEGIN
    INSERT INTO customers_fts (customers_fts, rowid, name) VALUES ('delete', old.id, old.name);
    INSERT INTO customers_fts (rowid, name) VALUES (new.id, new.name);
END;
-- @dialect postgresql
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX vehicles_plate_trgm ON vehicles USING gin (plate gin_trgm_ops);
CREATE INDEX customers_name_trgm ON customers USING gin (name gin_trgm_ops);
-- @dialect all

-- Workshop bays, for appointments and (later) dispatch.
CREATE TABLE bays (
    id              {{id}},
    code            TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    active          INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    updated_station TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE appointments (
    id              {{id}},
    number          TEXT NOT NULL UNIQUE,
    customer_id     BIGINT NOT NULL REFERENCES customers (id),
    vehicle_id      BIGINT NOT NULL REFERENCES vehicles (id),
    starts_at       TEXT NOT NULL,
    duration_min    INTEGER NOT NULL CHECK (duration_min > 0),
    service_type    TEXT NOT NULL,
    concerns        TEXT NOT NULL DEFAULT '',
    advisor_id      BIGINT REFERENCES users (id),
    bay_id          BIGINT REFERENCES bays (id),
    deposit_fen     BIGINT NOT NULL DEFAULT 0 CHECK (deposit_fen >= 0),
    parts_price_fen BIGINT NOT NULL DEFAULT 0 CHECK (parts_price_fen >= 0),
    deposit_paid    INTEGER NOT NULL DEFAULT 0,
    state           TEXT NOT NULL DEFAULT 'booked'
                    CHECK (state IN ('booked', 'confirmed', 'arrived', 'no_show', 'cancelled')),
    cancel_reason   TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    updated_station TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX appointments_starts ON appointments (starts_at);
CREATE INDEX appointments_vehicle ON appointments (vehicle_id);

-- Reminder calls: who called, when, and what came of it.
CREATE TABLE appointment_calls (
    id             {{id}},
    appointment_id BIGINT NOT NULL REFERENCES appointments (id),
    called_at      TEXT NOT NULL,
    called_by      TEXT NOT NULL,
    result         TEXT NOT NULL CHECK (result IN ('confirmed', 'rescheduled', 'no_answer', 'cancelled', 'message')),
    note           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX appointment_calls_appointment ON appointment_calls (appointment_id);

-- A vehicle on the premises: arrival, greeting by an advisor, check-in into a work order.
CREATE TABLE visits (
    id              {{id}},
    arrived_at      TEXT NOT NULL,
    plate           TEXT NOT NULL DEFAULT '',
    vehicle_id      BIGINT REFERENCES vehicles (id),
    appointment_id  BIGINT REFERENCES appointments (id),
    advisor_id      BIGINT REFERENCES users (id),
    received_at     TEXT,
    work_order_id   BIGINT,
    state           TEXT NOT NULL DEFAULT 'waiting'
                    CHECK (state IN ('waiting', 'in_reception', 'checked_in', 'left')),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    updated_station TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX visits_arrived ON visits (arrived_at);

CREATE TABLE work_orders (
    id              {{id}},
    number          {{key}} NOT NULL UNIQUE,
    vehicle_id      BIGINT NOT NULL REFERENCES vehicles (id),
    customer_id     BIGINT NOT NULL REFERENCES customers (id),
    visit_id        BIGINT REFERENCES visits (id),
    appointment_id  BIGINT REFERENCES appointments (id),
    booked          INTEGER NOT NULL DEFAULT 0,
    state           TEXT NOT NULL DEFAULT 'draft',
    wo_type         TEXT NOT NULL DEFAULT '',
    advisor_id      BIGINT REFERENCES users (id),
    advisor_name    TEXT NOT NULL DEFAULT '',
    opened_at       TEXT NOT NULL,
    closed_at       TEXT,
    mileage_km      INTEGER,
    drop_off_name   TEXT NOT NULL DEFAULT '',
    drop_off_phone  TEXT NOT NULL DEFAULT '',
    total_fen       BIGINT NOT NULL DEFAULT 0,
    cancel_reason   TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    updated_station TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX work_orders_vehicle ON work_orders (vehicle_id, opened_at);
CREATE INDEX work_orders_state ON work_orders (state);

-- The customer's concerns, in their own words, one per row (cause and correction follow in the work order).
CREATE TABLE work_order_concerns (
    id            {{id}},
    work_order_id BIGINT NOT NULL REFERENCES work_orders (id),
    position      INTEGER NOT NULL,
    text          TEXT NOT NULL,
    cause         TEXT NOT NULL DEFAULT '',
    correction    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX work_order_concerns_order ON work_order_concerns (work_order_id);

-- Labor, parts and other lines. Declined and deferred lines stay, with their reason and due date.
CREATE TABLE work_order_lines (
    id             {{id}},
    work_order_id  BIGINT NOT NULL REFERENCES work_orders (id),
    position       INTEGER NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('labor', 'part', 'other')),
    code           TEXT NOT NULL DEFAULT '',
    description    TEXT NOT NULL,
    quantity_milli BIGINT NOT NULL DEFAULT 1000,
    unit_price_fen BIGINT NOT NULL DEFAULT 0,
    amount_fen     BIGINT NOT NULL DEFAULT 0,
    pay_type       TEXT NOT NULL DEFAULT 'customer',
    status         TEXT NOT NULL DEFAULT 'approved'
                   CHECK (status IN ('proposed', 'approved', 'declined', 'deferred')),
    reason         TEXT NOT NULL DEFAULT '',
    due_date       TEXT
);
CREATE INDEX work_order_lines_order ON work_order_lines (work_order_id);

-- Promises made to the customer, which come back at the counter until kept.
CREATE TABLE promises (
    id              {{id}},
    vehicle_id      BIGINT NOT NULL REFERENCES vehicles (id),
    work_order_id   BIGINT REFERENCES work_orders (id),
    text            TEXT NOT NULL,
    due_date        TEXT,
    kept_at         TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    updated_station TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX promises_vehicle ON promises (vehicle_id);

ALTER TABLE dealership ADD COLUMN greeting_limit_seconds INTEGER NOT NULL DEFAULT 120;
