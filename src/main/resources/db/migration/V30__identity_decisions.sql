-- Identity candidates and the decisions people make on them (issue 11, "in the app"). Nothing is merged: a link says
-- two records are one child and can be undone; "not the same child" keeps the pair from being offered again.

-- Every decision, append-only: who, when, on which pair, the score and the evidence they saw.
CREATE TABLE identity_decision (
    decision_id          uuid PRIMARY KEY,
    subject_person_id    uuid NOT NULL REFERENCES ssd_person,  -- the record being checked (new, imported, reviewed)
    candidate_person_id  uuid NOT NULL REFERENCES ssd_person,  -- the record it was matched against
    decision             text NOT NULL CHECK (decision IN ('SAME_CHILD', 'NOT_SAME_CHILD', 'LINK_UNDONE')),
    score                double precision NOT NULL CHECK (score >= 0 AND score <= 1),
    evidence             text NOT NULL,
    context              text NOT NULL,                         -- new child, import, record review, partner referral
    decided_by           text NOT NULL,
    decided_at           timestamptz NOT NULL DEFAULT now(),
    CHECK (subject_person_id <> candidate_person_id)
);
CREATE INDEX identity_decision_subject ON identity_decision (subject_person_id);
CREATE INDEX identity_decision_candidate ON identity_decision (candidate_person_id);

-- Confirmed links between two records of one child; undone links are kept with who undid them and when.
CREATE TABLE identity_link (
    link_id              uuid PRIMARY KEY,
    person_low           uuid NOT NULL REFERENCES ssd_person,   -- the pair in uuid order, so one pair is one row
    person_high          uuid NOT NULL REFERENCES ssd_person,
    linked_by            text NOT NULL,
    linked_at            timestamptz NOT NULL,
    link_decision_id     uuid NOT NULL REFERENCES identity_decision,
    undone_by            text,
    undone_at            timestamptz,
    undo_decision_id     uuid REFERENCES identity_decision,
    CHECK (person_low < person_high),
    CHECK ((undone_at IS NULL) = (undone_by IS NULL))
);
CREATE UNIQUE INDEX identity_link_live ON identity_link (person_low, person_high) WHERE undone_at IS NULL;

-- Candidates an import found for the children it added, awaiting a person's decision on the child's record.
CREATE TABLE identity_candidate (
    subject_person_id    uuid NOT NULL REFERENCES ssd_person,
    candidate_person_id  uuid NOT NULL REFERENCES ssd_person,
    score                double precision NOT NULL,
    evidence             text NOT NULL,
    found_by             text NOT NULL,
    found_at             timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (subject_person_id, candidate_person_id)
);

-- The matcher's first broad look for a record's possible other records uses indexed conditions only (name, date of
-- birth, NHS number, postcode...); the UPN had no index, which made each look-up read every person.
CREATE INDEX identity_person_upn ON ssd_person (upper(pers_upn));
