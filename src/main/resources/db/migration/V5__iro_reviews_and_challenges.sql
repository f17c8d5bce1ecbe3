-- The IRO's work: what a review heard from the child and decided, and the IRO's challenges (the dispute resolution
-- process) with each escalation and the outcome.

-- A looked-after review: the child's own views, in their words, and what the review decided.
ALTER TABLE ssd_cla_reviews ADD COLUMN clar_cla_review_child_views text;
ALTER TABLE ssd_cla_reviews ADD COLUMN clar_cla_review_decisions   text;

-- A child protection review conference: the child's views, and why the plan ended when it did.
ALTER TABLE ssd_cp_reviews ADD COLUMN cppr_cp_review_child_views     text;
ALTER TABLE ssd_cp_reviews ADD COLUMN cppr_cp_review_plan_end_reason text;

-- An IRO's challenge to a child's care plan or the practice around it. Stages run in order, from informal
-- resolution to a referral to Cafcass; a challenge with an outcome is closed.
CREATE TABLE iro_challenge (
    chal_challenge_id   uuid PRIMARY KEY,
    chal_person_id      uuid NOT NULL REFERENCES ssd_person,
    chal_raised_by      text NOT NULL REFERENCES hearth_user (username),
    chal_raised_on      date NOT NULL,
    chal_subject        text NOT NULL,
    chal_detail         text NOT NULL,
    chal_outcome        text CHECK (chal_outcome IN ('RESOLVED', 'NOT_RESOLVED')),
    chal_outcome_date   date,
    chal_outcome_summary text,
    chal_outcome_by     text REFERENCES hearth_user (username),
    chal_version        bigint NOT NULL DEFAULT 0,
    CHECK ((chal_outcome IS NULL) = (chal_outcome_date IS NULL)),
    CHECK (chal_outcome_date IS NULL OR chal_outcome_date >= chal_raised_on)
);
CREATE INDEX iro_challenge_person ON iro_challenge (chal_person_id);
CREATE INDEX iro_challenge_open ON iro_challenge (chal_person_id) WHERE chal_outcome IS NULL;

CREATE TABLE iro_challenge_escalation (
    ches_escalation_id uuid PRIMARY KEY,
    ches_challenge_id  uuid NOT NULL REFERENCES iro_challenge,
    ches_stage         text NOT NULL CHECK (ches_stage IN ('TEAM_MANAGER', 'SERVICE_MANAGER', 'DIRECTOR', 'CAFCASS')),
    ches_escalated_on  date NOT NULL,
    ches_escalated_to  text NOT NULL,
    ches_reason        text NOT NULL,
    ches_recorded_by   text NOT NULL REFERENCES hearth_user (username),
    UNIQUE (ches_challenge_id, ches_stage)
);
CREATE INDEX iro_challenge_escalation_challenge ON iro_challenge_escalation (ches_challenge_id);
