-- DealerDesk schema 6: the walk-around inspection, damage that belongs to the vehicle, the key cabinet,
-- and every document the shop issues (with a snapshot of what was printed).

-- The promised completion time belongs to the work order; the inspection screen sets it first.
ALTER TABLE work_orders ADD COLUMN promised_at TEXT;

-- One walk-around inspection per work order (环车检查).
CREATE TABLE inspections (
    id                   {{id}},
    work_order_id        BIGINT NOT NULL UNIQUE REFERENCES work_orders (id),
    vehicle_id           BIGINT NOT NULL REFERENCES vehicles (id),
    state                TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'completed')),
    odometer_km          INTEGER CHECK (odometer_km >= 0),
    odometer_previous_km INTEGER,
    odometer_reason      TEXT NOT NULL DEFAULT '',
    fuel_eighths         INTEGER CHECK (fuel_eighths BETWEEN 0 AND 8),
    warning_lamps        TEXT NOT NULL DEFAULT '',
    belongings           TEXT NOT NULL DEFAULT '',
    belongings_other     TEXT NOT NULL DEFAULT '',
    valuables_reminded   INTEGER NOT NULL DEFAULT 0,
    old_parts            TEXT NOT NULL DEFAULT '' CHECK (old_parts IN ('', 'customer_takes', 'shop_disposes')),
    covers_fitted        INTEGER NOT NULL DEFAULT 0,
    wash                 INTEGER NOT NULL DEFAULT 0,
    customer_waits       INTEGER NOT NULL DEFAULT 0,
    key_tag              {{key}} NOT NULL DEFAULT '',
    -- Set when the key leaves the cabinet with the car (delivery) or the visit is cancelled.
    key_released_at      TEXT,
    completed_at         TEXT,
    completed_by         TEXT NOT NULL DEFAULT '',
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    updated_by           TEXT NOT NULL,
    updated_station      TEXT NOT NULL,
    version              INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX inspections_vehicle ON inspections (vehicle_id);
-- A key tag is on one car at a time: unique among the keys now in the cabinet.
CREATE UNIQUE INDEX inspections_key_tag ON inspections (key_tag) WHERE key_tag <> '' AND key_released_at IS NULL;

-- Quick checks (tyres, glass, lamps, wipers, battery): green, yellow or red with a note.
-- Yellow and red ones are findings the work order turns into lines or recommendations.
CREATE TABLE inspection_checks (
    id            {{id}},
    inspection_id BIGINT NOT NULL REFERENCES inspections (id),
    item          TEXT NOT NULL,
    rating        TEXT NOT NULL CHECK (rating IN ('green', 'yellow', 'red')),
    note          TEXT NOT NULL DEFAULT '',
    UNIQUE (inspection_id, item)
);

-- Damage belongs to the vehicle: a mark stays from visit to visit until a later inspection finds it repaired.
-- Position in thousandths of the view's width and height.
CREATE TABLE damage_marks (
    id                    {{id}},
    vehicle_id            BIGINT NOT NULL REFERENCES vehicles (id),
    inspection_id         BIGINT NOT NULL REFERENCES inspections (id),
    view                  TEXT NOT NULL CHECK (view IN ('top', 'front', 'rear', 'left', 'right')),
    x_permille            INTEGER NOT NULL CHECK (x_permille BETWEEN 0 AND 1000),
    y_permille            INTEGER NOT NULL CHECK (y_permille BETWEEN 0 AND 1000),
    kind                  TEXT NOT NULL CHECK (kind IN ('scratch', 'dent', 'crack', 'chip', 'broken', 'other')),
    note                  TEXT NOT NULL DEFAULT '',
    repaired_inspection_id BIGINT REFERENCES inspections (id),
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    updated_by            TEXT NOT NULL,
    updated_station       TEXT NOT NULL,
    version               INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX damage_marks_vehicle ON damage_marks (vehicle_id);

-- Each later inspection confirms each earlier mark: still present, or repaired.
CREATE TABLE damage_mark_checks (
    inspection_id BIGINT NOT NULL REFERENCES inspections (id),
    mark_id       BIGINT NOT NULL REFERENCES damage_marks (id),
    status        TEXT NOT NULL CHECK (status IN ('present', 'repaired')),
    PRIMARY KEY (inspection_id, mark_id)
);

CREATE TABLE damage_photos (
    id          {{id}},
    mark_id     BIGINT NOT NULL REFERENCES damage_marks (id),
    image       {{blob}} NOT NULL,
    mime_type   TEXT NOT NULL,
    taken_at    TEXT NOT NULL,
    taken_by    TEXT NOT NULL
);
CREATE INDEX damage_photos_mark ON damage_photos (mark_id);

-- Every document handed out: which form, which number, who, when, how many copies, where it went, and a
-- compressed snapshot of exactly what was printed, so a reprint gives the same content.
CREATE TABLE issued_documents (
    id          {{id}},
    form        TEXT NOT NULL,
    number      {{key}} NOT NULL,
    language    TEXT NOT NULL,
    copies      INTEGER NOT NULL DEFAULT 1 CHECK (copies > 0),
    output      TEXT NOT NULL,
    reprint_of  BIGINT REFERENCES issued_documents (id),
    content_hash TEXT NOT NULL,
    snapshot    {{blob}} NOT NULL,
    issued_at   TEXT NOT NULL,
    issued_by   TEXT NOT NULL,
    station     TEXT NOT NULL
);
CREATE INDEX issued_documents_number ON issued_documents (form, number);
