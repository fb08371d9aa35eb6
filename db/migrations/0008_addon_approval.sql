-- DealerDesk schema 8: add-on repairs (增修). A finding from the workshop or the inspection proposes lines;
-- the customer decides each line, and who decided, how, on which number and when is kept for good.

CREATE TABLE addon_findings (
    id               {{id}},
    work_order_id    BIGINT NOT NULL REFERENCES work_orders (id),
    source           TEXT NOT NULL CHECK (source IN ('workshop', 'inspection')),
    description      TEXT NOT NULL,
    reason           TEXT NOT NULL DEFAULT '',
    safety_critical  INTEGER NOT NULL DEFAULT 0,
    extra_minutes    INTEGER NOT NULL DEFAULT 0 CHECK (extra_minutes >= 0),
    new_promised_at  TEXT,
    warranty         TEXT NOT NULL DEFAULT '' CHECK (warranty IN ('', 'eligible', 'not_eligible')),
    warranty_reason  TEXT NOT NULL DEFAULT '',
    state            TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'decided')),
    found_by         TEXT NOT NULL DEFAULT '',
    relayed_to       TEXT NOT NULL DEFAULT '',
    relayed_at       TEXT,
    customer_told_at TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    updated_station  TEXT NOT NULL,
    version          INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX addon_findings_order ON addon_findings (work_order_id);
CREATE INDEX addon_findings_state ON addon_findings (state, created_at);

CREATE TABLE addon_photos (
    id         {{id}},
    finding_id BIGINT NOT NULL REFERENCES addon_findings (id),
    image      {{blob}} NOT NULL,
    mime_type  TEXT NOT NULL,
    taken_at   TEXT NOT NULL,
    taken_by   TEXT NOT NULL
);
CREATE INDEX addon_photos_finding ON addon_photos (finding_id);

-- The lines a finding proposes are work-order lines (status 'proposed' until decided).
ALTER TABLE work_order_lines ADD COLUMN finding_id BIGINT REFERENCES addon_findings (id);
-- What the customer approved for the line; a later price change sends it back for a new approval.
ALTER TABLE work_order_lines ADD COLUMN approved_amount_fen BIGINT;

-- Every decision, never updated or deleted: who decided, how, the number used, when, the amount.
CREATE TABLE line_decisions (
    id             {{id}},
    line_id        BIGINT NOT NULL REFERENCES work_order_lines (id),
    finding_id     BIGINT REFERENCES addon_findings (id),
    decision       TEXT NOT NULL CHECK (decision IN ('approved', 'declined', 'deferred')),
    decided_by     TEXT NOT NULL,
    method         TEXT NOT NULL CHECK (method IN ('in_person', 'phone', 'message')),
    contact_number TEXT NOT NULL DEFAULT '',
    decided_at     TEXT NOT NULL,
    amount_fen     BIGINT NOT NULL,
    reason         TEXT NOT NULL DEFAULT '',
    due_date       TEXT,
    recorded_at    TEXT NOT NULL,
    recorded_by    TEXT NOT NULL,
    station        TEXT NOT NULL
);
CREATE INDEX line_decisions_line ON line_decisions (line_id);
