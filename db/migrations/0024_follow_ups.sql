-- DealerDesk schema 24: the follow-up calls (回访) a delivery creates by the dealership's rules (issue 18), one
-- row per call with its due date (the dealership's local date), and every attempt at a call. A visit whose
-- customer has not agreed to be called gets one 'skipped' row that says why, so the desk sees it was not missed.
-- A call-back the customer asked for moves the call's due date; a refusal ends the visit's calls.
CREATE TABLE follow_ups (
    id              {{id}},
    work_order_id   BIGINT NOT NULL REFERENCES work_orders (id),
    customer_id     BIGINT NOT NULL REFERENCES customers (id),
    kind            TEXT NOT NULL CHECK (kind IN ('next_day', 'first', 'second')),
    due_date        TEXT NOT NULL,
    survey          INTEGER NOT NULL DEFAULT 1,
    state           TEXT NOT NULL DEFAULT 'due' CHECK (state IN ('due', 'done', 'messaged', 'closed', 'skipped', 'refused')),
    note            TEXT NOT NULL DEFAULT '',
    serving_advisor TEXT NOT NULL DEFAULT '',
    serving_advisor_id BIGINT REFERENCES users (id),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    updated_station TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX follow_ups_queue ON follow_ups (state, due_date);
CREATE UNIQUE INDEX follow_ups_visit ON follow_ups (work_order_id, kind);
CREATE INDEX follow_ups_customer ON follow_ups (customer_id, due_date);
CREATE TABLE follow_up_attempts (
    id            {{id}},
    follow_up_id  BIGINT NOT NULL REFERENCES follow_ups (id),
    at            TEXT NOT NULL,
    by_name       TEXT NOT NULL,
    station       TEXT NOT NULL,
    number        TEXT NOT NULL DEFAULT '',
    outcome       TEXT NOT NULL CHECK (outcome IN ('reached', 'no_answer', 'busy', 'wrong_number', 'call_back', 'refused')),
    call_back_at  TEXT,
    notes         TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    updated_station TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX follow_up_attempts_call ON follow_up_attempts (follow_up_id, at);
