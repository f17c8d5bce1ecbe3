-- The audit hash chain moves off the request path. Chaining at insert time needed one lock held until commit, so
-- every audited request in the council queued behind every other one's disk flush. Now a request appends its entry
-- (numbered by a sequence, so requests no longer wait for each other) and a sealer chains entries a moment later,
-- in the order it finds them, into audit_seal. Both tables are append-only.
CREATE SEQUENCE audit_entry_seq;
SELECT setval('audit_entry_seq', coalesce((SELECT max(seq) FROM audit_entry), 0) + 1, false);
ALTER TABLE audit_entry ALTER COLUMN seq SET DEFAULT nextval('audit_entry_seq');

CREATE TABLE audit_seal (
    pos         bigint PRIMARY KEY,           -- place in the chain, 1, 2, 3 … with no gaps
    entry_seq   bigint NOT NULL UNIQUE REFERENCES audit_entry (seq),
    sealed_at   timestamptz NOT NULL,
    prev_hash   text NOT NULL,
    hash        text NOT NULL                 -- SHA-256 of the entry's contents and prev_hash
);

-- Entries chained the old way keep their hashes: the hash formula is the same, with the chain in seq order.
INSERT INTO audit_seal (pos, entry_seq, sealed_at, prev_hash, hash)
    SELECT seq, seq, at, prev_hash, hash FROM audit_entry ORDER BY seq;
ALTER TABLE audit_entry DROP COLUMN prev_hash, DROP COLUMN hash;

CREATE TRIGGER audit_seal_append_only BEFORE UPDATE OR DELETE ON audit_seal
    FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();
