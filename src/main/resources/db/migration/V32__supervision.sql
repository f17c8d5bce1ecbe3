-- Supervision (issue 13 §3): a supervision session between a supervisor (a team manager) and a worker. It is a staff
-- record, not a part of any child's record: the decisions taken about a child are written on that child's record as
-- supervision-decision case notes (through the seam) and only linked from here by id, so no child's content is
-- kept outside the child's record.

-- When a worker began their assessed and supported year in employment (ASYE): newly qualified social workers are
-- supervised more often in their first months (clocks/timescales.tsv, SUPERVISION_ASYE*). Null: not in the ASYE.
ALTER TABLE hearth_user ADD COLUMN asye_start date;

CREATE TABLE supervision_session (
    supn_session_id      uuid PRIMARY KEY,
    supn_supervisor      text NOT NULL REFERENCES hearth_user (username),
    supn_worker          text NOT NULL REFERENCES hearth_user (username),
    supn_team_id         text REFERENCES ssd_department (dept_team_id),
    supn_date            date NOT NULL,
    supn_type            text NOT NULL,              -- codes/SUPERVISION_TYPE.tsv
    supn_wellbeing       text,                       -- the worker's personal part: the two of them only
    supn_caseload        text,
    supn_learning        text,                       -- learning and development
    supn_next_date       date,
    supn_worker_comments text,
    supn_agreed_at       timestamptz,                -- "I agree this is an accurate record", by the worker
    supn_recorded_by     text NOT NULL REFERENCES hearth_user (username),
    supn_recorded_at     timestamptz NOT NULL,
    supn_changed_by      text NOT NULL REFERENCES hearth_user (username),   -- who last changed it (a stale edit names them)
    supn_changed_at      timestamptz NOT NULL,
    supn_version         bigint NOT NULL DEFAULT 1,
    CHECK (supn_supervisor <> supn_worker),
    CHECK (supn_next_date IS NULL OR supn_next_date > supn_date)
);
CREATE INDEX supervision_session_worker ON supervision_session (supn_worker, supn_date DESC);
CREATE INDEX supervision_session_team ON supervision_session (supn_team_id, supn_date DESC);

-- A decision about a child discussed in the session: the child and the case note that holds the decision.
CREATE TABLE supervision_case_decision (
    supd_session_id uuid NOT NULL REFERENCES supervision_session,
    supd_person_id  uuid NOT NULL REFERENCES ssd_person (pers_person_id),
    supd_note_id    uuid NOT NULL,
    supd_position   int NOT NULL,
    PRIMARY KEY (supd_session_id, supd_position)
);
CREATE INDEX supervision_case_decision_person ON supervision_case_decision (supd_person_id);

-- Actions agreed in the session: what, whose, by when, and when done.
CREATE TABLE supervision_action (
    supa_action_id  uuid PRIMARY KEY,
    supa_session_id uuid NOT NULL REFERENCES supervision_session,
    supa_text       text NOT NULL,
    supa_owner      text NOT NULL REFERENCES hearth_user (username),
    supa_due_date   date NOT NULL,
    supa_done_on    date,
    supa_position   int NOT NULL
);
CREATE INDEX supervision_action_session ON supervision_action (supa_session_id);
CREATE INDEX supervision_action_owner_open ON supervision_action (supa_owner) WHERE supa_done_on IS NULL;

-- Whether the child needs an interpreter, as a field of the child's own (issue 13 §6), shown in the identity bar with
-- the first language. Null: not recorded (an INTERPRETER warning, from before, still says it is needed).
ALTER TABLE ssd_person ADD COLUMN pers_interpreter_needed boolean;
