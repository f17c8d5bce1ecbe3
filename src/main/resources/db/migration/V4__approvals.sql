-- The parts of a child and family assessment, written up in the task list (the SSD keeps only dates, factors and
-- outcome; the practice record needs the words behind them).
ALTER TABLE ssd_cin_assessments
    ADD COLUMN cina_assessment_child_views text,   -- the child's needs and what the child said
    ADD COLUMN cina_assessment_parenting   text,   -- parenting capacity
    ADD COLUMN cina_assessment_family      text,   -- family and environment
    ADD COLUMN cina_assessment_analysis    text;   -- analysis and the reasons for the outcome

-- Approvals as typed objects: a worker asks, their team manager approves or returns with a reason. One row per
-- request; a returned request stays as history and a resubmission is a new row.
CREATE TABLE approval_request (
    appr_request_id   uuid PRIMARY KEY,
    appr_person_id    uuid NOT NULL REFERENCES ssd_person,
    appr_type         text NOT NULL CHECK (appr_type IN ('ASSESSMENT_AUTHORISATION','CIN_PLAN_SIGN_OFF','CP_PLAN_SIGN_OFF')),
    appr_subject_id   uuid NOT NULL,                       -- the assessment or plan asked about
    appr_team_id      text REFERENCES ssd_department (dept_team_id),
    appr_requested_by text NOT NULL REFERENCES hearth_user (username),
    appr_requested_at timestamptz NOT NULL,
    appr_note         text,
    appr_status       text NOT NULL CHECK (appr_status IN ('PENDING','APPROVED','RETURNED')),
    appr_decided_by   text REFERENCES hearth_user (username),
    appr_decided_at   timestamptz,
    appr_decided_on   date,                                -- for an assessment: its authorisation date
    appr_reason       text,                                -- why it was returned (or a note with an approval)
    appr_version      int NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX approval_request_one_pending ON approval_request (appr_subject_id) WHERE appr_status = 'PENDING';
CREATE INDEX approval_request_team_pending ON approval_request (appr_team_id) WHERE appr_status = 'PENDING';
CREATE INDEX approval_request_person ON approval_request (appr_person_id);
