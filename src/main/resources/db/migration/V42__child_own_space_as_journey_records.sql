-- The child's own space becomes parts of the child's record like any other (issue 12): what the child said, their
-- hopes, the people who matter to them and advocacy are journey kinds, written by plain-Java commands through
-- JourneyService.execute (access seam, version, rules, audit, domain events). The journey maps a record's components to
-- columns by name (the kind's prefix, here none, plus the component in snake case) and finds a child's records by
-- person_id, so the tables keep their data and are renamed to fit. What workers and Hearth mark on them (a flag that
-- the words may suggest harm, read by the worker, a request to keep in touch acted on) is not the child's writing: it
-- moves beside them, to child_space_mark.

CREATE TABLE child_space_mark (
    record_id  uuid NOT NULL,                 -- the child_says or child_person row marked
    person_id  uuid NOT NULL REFERENCES ssd_person (pers_person_id),
    mark       text NOT NULL CHECK (mark IN ('FLAGGED', 'SEEN', 'KEPT_IN_TOUCH')),
    marked_by  text NOT NULL,
    marked_at  timestamptz NOT NULL DEFAULT now(),
    note       text,                          -- for FLAGGED: the phrase of the word list found
    PRIMARY KEY (record_id, mark)
);
CREATE INDEX child_space_mark_person ON child_space_mark (person_id, mark);

-- What the child said
INSERT INTO child_space_mark (record_id, person_id, mark, marked_by, marked_at)
    SELECT says_id, child_id, 'FLAGGED', 'hearth', written_at FROM child_says WHERE flagged;
INSERT INTO child_space_mark (record_id, person_id, mark, marked_by, marked_at)
    SELECT says_id, child_id, 'SEEN', seen_by, seen_at FROM child_says WHERE seen_at IS NOT NULL AND seen_by IS NOT NULL;
ALTER TABLE child_says DROP COLUMN flagged;
ALTER TABLE child_says DROP COLUMN seen_by;
ALTER TABLE child_says DROP COLUMN seen_at;
ALTER TABLE child_says RENAME COLUMN child_id TO person_id;

-- The child's hopes: one row per child, now with its own id
ALTER TABLE child_ambition ADD COLUMN ambition_id uuid;
UPDATE child_ambition SET ambition_id = gen_random_uuid();
ALTER TABLE child_ambition ALTER COLUMN ambition_id SET NOT NULL;
ALTER TABLE child_ambition DROP CONSTRAINT child_ambition_pkey;
ALTER TABLE child_ambition ADD PRIMARY KEY (ambition_id);
ALTER TABLE child_ambition RENAME COLUMN child_id TO person_id;
ALTER TABLE child_ambition ADD CONSTRAINT child_ambition_one_per_child UNIQUE (person_id);

-- People and pets who matter: the request to keep seeing someone is dated, the worker's action on it is a mark
ALTER TABLE child_person ADD COLUMN keep_seeing_since timestamptz;
UPDATE child_person SET keep_seeing_since = least(updated_at, coalesce(keep_in_touch_done_at, updated_at))
    WHERE keep_seeing;
INSERT INTO child_space_mark (record_id, person_id, mark, marked_by, marked_at)
    SELECT person_id, child_id, 'KEPT_IN_TOUCH', keep_in_touch_done_by, keep_in_touch_done_at FROM child_person
    WHERE keep_in_touch_done_at IS NOT NULL AND keep_in_touch_done_by IS NOT NULL;
ALTER TABLE child_person DROP COLUMN keep_in_touch_done_by;
ALTER TABLE child_person DROP COLUMN keep_in_touch_done_at;
ALTER TABLE child_person RENAME COLUMN person_id TO matters_id;
ALTER TABLE child_person RENAME COLUMN child_id TO person_id;

-- Advocacy
ALTER TABLE child_advocacy RENAME COLUMN child_id TO person_id;
