-- "Confirm this query": a data analyst (or the performance team) confirms that a value a DfE query rule flags (CIN
-- rules ending in Q, the 903 queries) is right, and says why. A later run shows the same child's same rule on the
-- same values as confirmed, not as an open issue, until the values change: the confirmation is keyed by a SHA-256
-- digest of the flagged fields and values, so it holds no value itself. An issue about the whole return (2886Q) has
-- no child: la_child_id is '' there, so the key stays unique. The hearth_app role gets its privileges from
-- AppRoleGrants on start, as for every table.
CREATE TABLE return_query_confirmation (
    confirmation_id uuid PRIMARY KEY,
    return_kind     text NOT NULL CHECK (return_kind IN ('SSDA903', 'CIN')),
    rule_code       text NOT NULL,
    la_child_id     text NOT NULL,
    values_digest   text NOT NULL CHECK (values_digest ~ '^[0-9a-f]{64}$'),
    reason          text NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 500),
    collection_year text NOT NULL,
    confirmed_by    text NOT NULL,
    confirmed_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (return_kind, rule_code, la_child_id, values_digest)
);
CREATE INDEX return_query_confirmation_rule ON return_query_confirmation (return_kind, rule_code);
