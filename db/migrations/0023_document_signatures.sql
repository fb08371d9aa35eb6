-- DealerDesk schema 23: signatures given on screen. The customer signs a document at the counter (a pad, a
-- touchscreen or the mouse); the document is issued as shown (issued_documents keeps its frozen snapshot,
-- signature included) and this row keeps the ink, who signed, how, when, at which station, and the hash of
-- the content the customer saw, so the signed paper can be proven to be what was signed.
CREATE TABLE document_signatures (
    id           {{id}},
    document_id  BIGINT NOT NULL REFERENCES issued_documents (id),
    role         TEXT NOT NULL CHECK (role IN ('customer')),
    signer_name  TEXT NOT NULL CHECK (signer_name <> ''),
    device       TEXT NOT NULL CHECK (device IN ('pen', 'touch', 'mouse')),
    image        {{blob}} NOT NULL,
    content_hash TEXT NOT NULL,
    signed_at    TEXT NOT NULL,
    station      TEXT NOT NULL,
    taken_by     TEXT NOT NULL
);
CREATE UNIQUE INDEX document_signatures_document ON document_signatures (document_id, role);
