-- The audit chain is keyed from here on (HMAC-SHA256 with a key kept outside the database, see AuditKey), and each
-- entry carries a MAC Hearth computes when it appends it, so an entry inserted by anyone else is told apart.
--
-- Entries sealed before this migration keep their unkeyed SHA-256 seals: rewriting them would mean Hearth
-- fabricating history, and nothing in the database can prove they were not edited before today. They become
-- epoch 0. The first keyed seal's HMAC covers the last legacy seal's hash, and the signed anchor kept outside the
-- database records where epoch 1 starts, so from now on the legacy part can no longer be recomputed unnoticed.
-- Entries written before this migration but not yet sealed have no MAC; their number is recorded so that exactly
-- that many MAC-less entries (numbered before the epoch) are accepted, and no more.
ALTER TABLE audit_entry ADD COLUMN mac text;
-- The sealer scans numbers from 1 up: an entry numbered 0 or below would never be sealed, nor checked.
ALTER TABLE audit_entry ADD CONSTRAINT audit_entry_seq_positive CHECK (seq > 0);

CREATE TABLE audit_epoch (
    epoch            int PRIMARY KEY,
    first_pos        bigint NOT NULL,   -- the first seal of this epoch
    first_seq        bigint NOT NULL,   -- entries numbered from here on must carry a MAC
    legacy_unsealed  bigint NOT NULL,   -- entries numbered before, still unsealed when the epoch began
    algorithm        text NOT NULL,
    started_at       timestamptz NOT NULL
);

INSERT INTO audit_epoch (epoch, first_pos, first_seq, legacy_unsealed, algorithm, started_at)
SELECT 1,
       coalesce((SELECT max(pos) FROM audit_seal), 0) + 1,
       (SELECT last_value + CASE WHEN is_called THEN 1 ELSE 0 END FROM audit_entry_seq),
       (SELECT count(*) FROM audit_entry e WHERE NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.entry_seq = e.seq)),
       'HMAC-SHA256',
       now();

CREATE TRIGGER audit_epoch_append_only BEFORE UPDATE OR DELETE ON audit_epoch
    FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();
