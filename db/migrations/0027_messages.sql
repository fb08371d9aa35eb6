-- DealerDesk schema 27: the messages the follow-up desk sends instead of a call it could not make (issue 18: after
-- three failed attempts or days without reaching the customer, an SMS, a WeChat message or a letter), each logged:
-- to whom, by which channel, the text as sent, who queued it and when. The shop may have no internet: the day's
-- messages are exported as CSV for its bulk-SMS platform (dealerdesk messages --date DATE --csv FILE), and
-- exported_at says they went out that way. The dealership's template for the text (empty: the default).
CREATE TABLE messages (
    id              {{id}},
    customer_id     BIGINT NOT NULL REFERENCES customers (id),
    follow_up_id    BIGINT REFERENCES follow_ups (id),
    channel         TEXT NOT NULL CHECK (channel IN ('sms', 'wechat', 'letter')),
    recipient       TEXT NOT NULL,
    body            TEXT NOT NULL,
    queued_at       TEXT NOT NULL,
    by_name         TEXT NOT NULL,
    exported_at     TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    updated_station TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX messages_day ON messages (queued_at);
CREATE INDEX messages_customer ON messages (customer_id, queued_at);
ALTER TABLE dealership ADD COLUMN fallback_template TEXT NOT NULL DEFAULT '';
