-- Carers (issue 12 §2): a foster carer, kinship carer or residential key worker is a Hearth user (role CARER) linked to
-- the child's placement; everyday decisions are delegated to them (or kept by the social worker or the parents), they
-- ask for the decisions that are not theirs, and they keep daily logs. Every table is a kind of the child's journey
-- (org.hearth.carers.CarersStage), written only through JourneyService.

-- A carer linked to a placement. The link ends when the placement ends (the stage's consequence of the placement's end).
CREATE TABLE placement_carers (
    pcar_placement_carer_id uuid PRIMARY KEY,
    pcar_person_id          uuid NOT NULL REFERENCES ssd_person,
    pcar_placement_id       uuid NOT NULL,           -- the ssd_cla_placement it belongs to
    pcar_carer_username     text NOT NULL REFERENCES hearth_user (username),
    pcar_carer_kind         text NOT NULL,           -- codes/CARER_KIND.tsv (FOSTER, KINSHIP, RESIDENTIAL_KEY_WORKER)
    pcar_link_start_date    date NOT NULL,
    pcar_link_end_date      date,                    -- inclusive; null while the placement is open
    pcar_linked_by          text NOT NULL
);
CREATE INDEX placement_carers_person ON placement_carers (pcar_person_id);
CREATE INDEX placement_carers_carer ON placement_carers (pcar_carer_username);

-- The link is the carer's access: a role assignment (holder USER, role CARER, scope CHILD) mirrored from it by trigger,
-- as allocations are, so no writer of links can forget it, and it ends the day after the link's (inclusive) end date.
CREATE UNIQUE INDEX role_assignment_placement_carer ON role_assignment (source_id) WHERE source = 'placement_carers';
CREATE FUNCTION role_assignment_follow_placement_carer() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM role_assignment a USING old_rows o
            WHERE a.source = 'placement_carers' AND a.source_id = o.pcar_placement_carer_id::text;
        RETURN NULL;
    END IF;
    INSERT INTO role_assignment (assignment_id, holder_id, role, scope_kind, scope_id, grant_type, valid_from,
                                 valid_to, reason, granted_by, source, source_id)
    SELECT gen_random_uuid(), n.pcar_carer_username, 'CARER', 'CHILD', n.pcar_person_id::text, 'STANDARD',
           n.pcar_link_start_date::timestamptz, (n.pcar_link_end_date + 1)::timestamptz,
           'Carer of the child''s placement', n.pcar_linked_by, 'placement_carers', n.pcar_placement_carer_id::text
    FROM new_rows n
    ON CONFLICT (source_id) WHERE source = 'placement_carers' DO UPDATE
        SET holder_id = excluded.holder_id, scope_id = excluded.scope_id, valid_from = excluded.valid_from,
            valid_to = excluded.valid_to;
    RETURN NULL;
END $$;
CREATE TRIGGER placement_carers_assignment_insert AFTER INSERT ON placement_carers
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION role_assignment_follow_placement_carer();
CREATE TRIGGER placement_carers_assignment_update AFTER UPDATE ON placement_carers
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION role_assignment_follow_placement_carer();
CREATE TRIGGER placement_carers_assignment_delete AFTER DELETE ON placement_carers
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION role_assignment_follow_placement_carer();

-- Delegated authority: for each everyday decision (codes/DELEGATED_DECISION.tsv), who takes it (codes/DECIDED_BY.tsv:
-- the carer, the social worker, or the parents must agree) and why; one current row per decision, changed in place
-- (the chronology keeps each change).
CREATE TABLE delegated_authority (
    dlga_delegation_id uuid PRIMARY KEY,
    dlga_person_id     uuid NOT NULL REFERENCES ssd_person,
    dlga_decision      text NOT NULL,
    dlga_decided_by    text NOT NULL,
    dlga_reason        text NOT NULL,
    dlga_agreed_on     date NOT NULL,
    dlga_recorded_by   text NOT NULL
);
CREATE INDEX delegated_authority_person ON delegated_authority (dlga_person_id);

-- That the delegated authority was reviewed (at a looked-after review, named when it was).
CREATE TABLE delegated_authority_reviews (
    dlgr_review_id      uuid PRIMARY KEY,
    dlgr_person_id      uuid NOT NULL REFERENCES ssd_person,
    dlgr_reviewed_on    date NOT NULL,
    dlgr_care_review_id uuid,
    dlgr_reviewed_by    text NOT NULL
);
CREATE INDEX delegated_authority_reviews_person ON delegated_authority_reviews (dlgr_person_id);

-- A carer asks for a decision that is not theirs; it is due an answer by a day (clocks/timescales.tsv DECISION_REQUEST).
CREATE TABLE decision_requests (
    dreq_request_id    uuid PRIMARY KEY,
    dreq_person_id     uuid NOT NULL REFERENCES ssd_person,
    dreq_decision      text NOT NULL,
    dreq_asked         text NOT NULL,           -- what the carer asks, in their words
    dreq_asked_on      date NOT NULL,
    dreq_answer_due_on date NOT NULL,
    dreq_asked_by      text NOT NULL,
    dreq_asked_at      timestamptz NOT NULL
);
CREATE INDEX decision_requests_person ON decision_requests (dreq_person_id);

-- The social worker's answer: agreed or refused, with the reason. One answer per request.
CREATE TABLE decision_answers (
    dans_answer_id   uuid PRIMARY KEY,
    dans_person_id   uuid NOT NULL REFERENCES ssd_person,
    dans_request_id  uuid NOT NULL UNIQUE REFERENCES decision_requests (dreq_request_id),
    dans_answer      text NOT NULL CHECK (dans_answer IN ('AGREED', 'REFUSED')),
    dans_reason      text NOT NULL,
    dans_answered_on date NOT NULL,
    dans_answered_by text NOT NULL,
    dans_answered_at timestamptz NOT NULL
);
CREATE INDEX decision_answers_person ON decision_answers (dans_person_id);

-- A carer's daily log or significant event: the carer's own case note, shown in the chronology with the carer as source.
CREATE TABLE carer_logs (
    clog_log_id         uuid PRIMARY KEY,
    clog_person_id      uuid NOT NULL REFERENCES ssd_person,
    clog_log_date       date NOT NULL,
    clog_mood           text,                   -- codes/MOOD.tsv
    clog_what_happened  text NOT NULL,
    clog_significant    boolean NOT NULL DEFAULT false,
    clog_written_by     text NOT NULL,
    clog_carer_kind     text NOT NULL,          -- what kind of carer wrote it, as linked then
    clog_written_at     timestamptz NOT NULL
);
CREATE INDEX carer_logs_person ON carer_logs (clog_person_id);
