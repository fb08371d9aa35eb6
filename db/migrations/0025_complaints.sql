-- DealerDesk schema 25: complaints (投诉, issue 18) with their deadlines and every step taken, and the
-- satisfaction answers (CSI, NPS) a follow-up call records. Seed 002: a complaint is received, analysed, solved
-- and called back; the first receiver stays responsible unless a handover is recorded; it closes only after the
-- call-back in which the customer says whether they are satisfied. The deadlines are computed when it is
-- received (the dealership's hours per severity) and stored, so a later change of the setting does not move
-- them. Times are UTC text.
CREATE TABLE complaints (
    id              {{id}},
    number          TEXT NOT NULL UNIQUE,
    customer_id     BIGINT NOT NULL REFERENCES customers (id),
    vehicle_id      BIGINT REFERENCES vehicles (id),
    work_order_id   BIGINT REFERENCES work_orders (id),
    follow_up_id    BIGINT REFERENCES follow_ups (id),
    source          TEXT NOT NULL CHECK (source IN ('follow_up', 'counter', 'phone', 'letter', 'hotline', 'online')),
    category        TEXT NOT NULL CHECK (category IN ('repair_quality', 'price', 'attitude', 'waiting', 'parts', 'damage', 'other')),
    severity        TEXT NOT NULL CHECK (severity IN ('general', 'major')),
    words           TEXT NOT NULL,
    received_at     TEXT NOT NULL,
    received_by     TEXT NOT NULL,
    responsible     TEXT NOT NULL,
    responsible_id  BIGINT REFERENCES users (id),
    reply_by        TEXT NOT NULL,
    resolve_by      TEXT NOT NULL,
    replied_at      TEXT,
    state           TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed')),
    satisfied       INTEGER,
    closed_at       TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    updated_station TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX complaints_open ON complaints (state, resolve_by);
CREATE INDEX complaints_customer ON complaints (customer_id, state);
CREATE INDEX complaints_work_order ON complaints (work_order_id);
CREATE INDEX complaints_closed ON complaints (closed_at);
CREATE TABLE complaint_actions (
    id              {{id}},
    complaint_id    BIGINT NOT NULL REFERENCES complaints (id),
    at              TEXT NOT NULL,
    by_name         TEXT NOT NULL,
    station         TEXT NOT NULL,
    action          TEXT NOT NULL CHECK (action IN ('received', 'called', 'investigated', 'comeback', 'goodwill', 'replied',
                                                    'handed_over', 'called_back', 'reopened')),
    notes           TEXT NOT NULL DEFAULT '',
    work_order_id   BIGINT REFERENCES work_orders (id),
    handed_to       TEXT NOT NULL DEFAULT '',
    satisfied       INTEGER,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    updated_station TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX complaint_actions_complaint ON complaint_actions (complaint_id, at);
-- One questionnaire per follow-up call: the five factors (1–10, 0 unanswered), the recommend question (0–10,
-- -1 unanswered), the customer's words; the advisor who served, for the scorecard.
CREATE TABLE surveys (
    id              {{id}},
    follow_up_id    BIGINT NOT NULL UNIQUE REFERENCES follow_ups (id),
    work_order_id   BIGINT NOT NULL REFERENCES work_orders (id),
    customer_id     BIGINT NOT NULL REFERENCES customers (id),
    advisor         TEXT NOT NULL DEFAULT '',
    advisor_id      BIGINT REFERENCES users (id),
    at              TEXT NOT NULL,
    initiation      INTEGER NOT NULL DEFAULT 0 CHECK (initiation BETWEEN 0 AND 10),
    advisor_score   INTEGER NOT NULL DEFAULT 0 CHECK (advisor_score BETWEEN 0 AND 10),
    facility        INTEGER NOT NULL DEFAULT 0 CHECK (facility BETWEEN 0 AND 10),
    pickup          INTEGER NOT NULL DEFAULT 0 CHECK (pickup BETWEEN 0 AND 10),
    quality         INTEGER NOT NULL DEFAULT 0 CHECK (quality BETWEEN 0 AND 10),
    recommend       INTEGER NOT NULL DEFAULT -1 CHECK (recommend BETWEEN -1 AND 10),
    comment         TEXT NOT NULL DEFAULT '',
    complaint_id    BIGINT REFERENCES complaints (id),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    updated_station TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX surveys_customer ON surveys (customer_id, at);
CREATE INDEX surveys_advisor ON surveys (advisor_id, at);
CREATE INDEX surveys_at ON surveys (at);
-- The complaint's printed number (客户投诉处理单): its own prefix and daily sequence, like the other documents.
ALTER TABLE dealership ADD COLUMN prefix_complaint TEXT NOT NULL DEFAULT 'TS';
