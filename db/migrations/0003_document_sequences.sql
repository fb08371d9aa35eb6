-- DealerDesk schema 3: document numbers from a transactional sequence, one per kind and business day.

CREATE TABLE document_sequences (
    kind       TEXT NOT NULL,
    period     TEXT NOT NULL,
    last_value BIGINT NOT NULL,
    PRIMARY KEY (kind, period)
);
