-- The DfE children's social care data flow (spec 0.8): each send, what the DfE last accepted for each child (the
-- hash of its canonical JSON, to send only what changed, and the payload, to purge parts that have gone), and the
-- DfE's answer for every record sent. The application role is granted these like every table, after migrating
-- (AppRoleGrants).

CREATE TABLE dfeapi_send_run (
    run_id           uuid PRIMARY KEY,
    started_at       timestamptz NOT NULL DEFAULT now(),
    finished_at      timestamptz,
    operator         text NOT NULL,
    mode             text NOT NULL CHECK (mode IN ('FULL', 'PARTIAL')),
    dry_run          boolean NOT NULL,
    window_start     date NOT NULL,
    window_end       date NOT NULL,
    children_in_flow integer NOT NULL,
    left_out_no_id   integer NOT NULL DEFAULT 0,
    records          integer NOT NULL,
    purges           integer NOT NULL,
    batches          integer NOT NULL,
    accepted         integer NOT NULL DEFAULT 0,
    rejected         integer NOT NULL DEFAULT 0,
    failed           integer NOT NULL DEFAULT 0,
    outcome          text CHECK (outcome IN ('SENT', 'SENT_WITH_REFUSALS', 'DRY_RUN', 'STOPPED'))
);

-- One row per child the DfE has been sent and accepted; a purge accepted leaves the row, purged, with no hash.
-- No foreign key to ssd_person: a deleted child's row is what tells the next send to purge them.
CREATE TABLE dfeapi_child_state (
    person_id    uuid PRIMARY KEY,
    la_child_id  text NOT NULL,
    mis_child_id text NOT NULL,
    last_hash    text,
    last_payload text,
    purged       boolean NOT NULL DEFAULT false,
    last_run_id  uuid NOT NULL REFERENCES dfeapi_send_run (run_id),
    accepted_at  timestamptz NOT NULL DEFAULT now(),
    CHECK (purged OR (last_hash IS NOT NULL AND last_payload IS NOT NULL))
);

CREATE TABLE dfeapi_record_result (
    run_id      uuid NOT NULL REFERENCES dfeapi_send_run (run_id),
    batch_no    integer NOT NULL,
    position    integer NOT NULL CHECK (position BETWEEN 0 AND 99),
    person_id   uuid NOT NULL,
    la_child_id text NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('CHILD', 'PURGE')),
    hash        text,
    http_status integer NOT NULL,
    attempts    integer NOT NULL,
    status      text NOT NULL CHECK (status IN ('ACCEPTED', 'REJECTED', 'FAILED')),
    receipt     text,
    message     text,
    recorded_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (run_id, batch_no, position)
);
CREATE INDEX dfeapi_record_result_child ON dfeapi_record_result (person_id, recorded_at);
