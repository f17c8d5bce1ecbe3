-- A request its sender may send twice — a double click, a resubmit after going back, a retry after a timeout — and
-- the first answer to it, so the second is answered with that answer and nothing is recorded twice.
-- The key is the sender's: an API client's Idempotency-Key header, or the one-time token of a web form. Keys are
-- per user (two users may choose the same key) and kept for a day. A row with no status is a request still being
-- answered; a request that failed leaves no row, so it can be sent again.
CREATE TABLE idempotency_key (
    idem_username     text        NOT NULL,
    idem_key          text        NOT NULL,
    idem_kind         text        NOT NULL CHECK (idem_kind IN ('api', 'form')),
    idem_fingerprint  text        NOT NULL, -- SHA-256 of the method, the address and the body
    idem_created_at   timestamptz NOT NULL DEFAULT now(),
    idem_status       integer,
    idem_location     text,
    idem_etag         text,
    idem_content_type text,
    idem_body         bytea,
    PRIMARY KEY (idem_username, idem_key)
);

-- Keys older than a day are deleted by age.
CREATE INDEX idempotency_key_created ON idempotency_key (idem_created_at);
