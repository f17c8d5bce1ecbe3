-- What the child said in their own space, used by a record: the child's views as the worker recorded them with that
-- record (a CP conference, CIN review, visit or return home interview) are kept with the record's id, linked to what
-- the child wrote. The looked-after review keeps the views in its own row (ssd_cla_reviews). That the answer set was
-- used (so the next form does not offer it again) is a mark beside the child's words (V44), never a change to them.

-- The child may now say how they will take part in a child protection conference or child in need review too
-- (CONFERENCE_PARTICIPATION), not only in a looked-after review (PARTICIPATION).
DO $$
DECLARE c record;
BEGIN
    FOR c IN SELECT conname FROM pg_constraint WHERE conrelid = 'child_says'::regclass AND contype = 'c'
             AND pg_get_constraintdef(oid) LIKE '%participation%' LOOP
        EXECUTE 'ALTER TABLE child_says DROP CONSTRAINT ' || quote_ident(c.conname);
    END LOOP;
END $$;
ALTER TABLE child_says ADD CONSTRAINT child_says_participation_occasion
    CHECK (participation IS NULL OR occasion IN ('care-review', 'cp-conference', 'cin-review'));

CREATE TABLE record_child_views (
    record_id     uuid PRIMARY KEY,               -- the conference, review, visit or missing episode
    child_id      uuid NOT NULL REFERENCES ssd_person (pers_person_id),
    record_kind   text NOT NULL,                  -- its kind: initial-conferences, cp-reviews, cin-plan-reviews, visits, missing
    views         text,                           -- the child's views as recorded, in their words
    participation text,                           -- how the child took part (CONFERENCE_PARTICIPATION), meetings only
    says_id       uuid REFERENCES child_says (says_id), -- what the child wrote in their own space, when it started from that
    recorded_by   text NOT NULL,
    recorded_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX record_child_views_child ON record_child_views (child_id);

-- How to reach a worker at work, for the people the child lives with: a work phone and a work email.
ALTER TABLE hearth_user ADD COLUMN work_phone text, ADD COLUMN work_email text;

-- What a carer needs to know about the child's health: their health needs and allergies, as the worker records them.
CREATE TABLE child_health_needs (
    child_id    uuid PRIMARY KEY REFERENCES ssd_person (pers_person_id),
    needs       text,
    allergies   text,
    version     int NOT NULL DEFAULT 1,
    updated_by  text NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now()
);
