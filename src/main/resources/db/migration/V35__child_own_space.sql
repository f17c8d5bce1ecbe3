-- The child's and young person's own space (issue 12 §1). A child signs in with an account linked to their own
-- record by a role_assignment (holder USER, role 'SELF', scope CHILD); what they may see and write is decided by the
-- access policy from that link. Pausing ends the link at once (valid_to = now) and the account's sessions with it.

-- The portal account: who invited the child, the contact the one-time codes go to, the memorable PIN (hashed).
-- The username is made up by Hearth (never the child's LA id); the child signs in with their phone or email.
CREATE TABLE portal_account (
    username     text PRIMARY KEY REFERENCES hearth_user (username),
    child_id     uuid NOT NULL REFERENCES ssd_person (pers_person_id),
    contact      text UNIQUE,                 -- a verified phone number or email address, normalised
    contact_kind text CHECK (contact_kind IN ('PHONE', 'EMAIL')),
    verified_at  timestamptz,                 -- when the child first signed in with a code sent to it
    pin_hash     text,                        -- BCrypt of the memorable PIN
    invited_by   text NOT NULL,
    invited_at   timestamptz NOT NULL DEFAULT now(),
    paused_at    timestamptz,
    paused_by    text
);
CREATE INDEX portal_account_child ON portal_account (child_id);

-- One-time sign-in codes (hashed; a code works once, for 15 minutes).
CREATE TABLE portal_code (
    code_id     uuid PRIMARY KEY,
    username    text NOT NULL REFERENCES portal_account (username),
    code_hash   text NOT NULL,
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz
);
CREATE INDEX portal_code_user ON portal_code (username, expires_at);

-- What the Notifier sent, in demo and development: shown on the child's portal page to their worker, never logged.
CREATE TABLE portal_outbox (
    message_id  uuid PRIMARY KEY,
    child_id    uuid NOT NULL REFERENCES ssd_person (pers_person_id),
    recipient   text NOT NULL,
    body        text NOT NULL,
    sent_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX portal_outbox_child ON portal_outbox (child_id, sent_at);

-- What the child said: their views before a meeting (with the participation they chose for a looked-after review),
-- after going missing, a message to their worker, good news. Flagged when it may suggest harm.
CREATE TABLE child_says (
    says_id       uuid PRIMARY KEY,
    child_id      uuid NOT NULL REFERENCES ssd_person (pers_person_id),
    kind          text NOT NULL CHECK (kind IN ('VIEWS', 'MESSAGE', 'GOOD_NEWS', 'HELP')),
    occasion      text CHECK (occasion IN ('care-review', 'cp-conference', 'cin-review', 'visit', 'missing')),
    answers       text,                       -- the guided answers, "question=answer" lines
    words         text,                       -- in the child's own words
    participation text,                       -- a PARTICIPATION code (PN1–PN7) the child chose, for a care review
    flagged       boolean NOT NULL DEFAULT false,
    written_by    text NOT NULL,
    written_at    timestamptz NOT NULL DEFAULT now(),
    seen_by       text,
    seen_at       timestamptz,
    CHECK (kind = 'VIEWS' OR occasion IS NULL),
    CHECK (participation IS NULL OR occasion = 'care-review')
);
CREATE INDEX child_says_child ON child_says (child_id, written_at);

-- The child's 1-, 3- and 5-year hopes, one row per child, versioned.
CREATE TABLE child_ambition (
    child_id    uuid PRIMARY KEY REFERENCES ssd_person (pers_person_id),
    one_year    text,
    three_years text,
    five_years  text,
    version     int NOT NULL DEFAULT 1,
    updated_by  text NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now()
);

-- People (and pets) who matter to the child, in the child's words. They belong to the child, not to a placement, so
-- they stay across every move; a past carer is one of them.
CREATE TABLE child_person (
    person_id    uuid PRIMARY KEY,
    child_id     uuid NOT NULL REFERENCES ssd_person (pers_person_id),
    kind         text NOT NULL CHECK (kind IN ('PERSON', 'PET')),
    name         text NOT NULL,
    who          text,                        -- who they are to the child ("my old foster carer", "my dog")
    words        text,                        -- what the child says about them
    keep_seeing  boolean NOT NULL DEFAULT false,
    version      int NOT NULL DEFAULT 1,
    added_by     text NOT NULL,
    added_at     timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    removed_at   timestamptz,
    keep_in_touch_done_by text,               -- the worker who acted on a request to keep seeing them
    keep_in_touch_done_at timestamptz
);
CREATE INDEX child_person_child ON child_person (child_id);

-- "My plan in my words": what the worker writes for the child (per goal: the goal, what each person will do; and
-- what was decided and why), and the child's next review date as the worker tells it. Only these are shown.
CREATE TABLE child_plan_words (
    words_id    uuid PRIMARY KEY,
    child_id    uuid NOT NULL REFERENCES ssd_person (pers_person_id),
    kind        text NOT NULL CHECK (kind IN ('GOAL', 'DECIDED')),
    title       text NOT NULL,
    words       text NOT NULL,
    who_does    text,
    position    int NOT NULL DEFAULT 0,
    written_by  text NOT NULL,
    written_at  timestamptz NOT NULL DEFAULT now(),
    removed_at  timestamptz
);
CREATE INDEX child_plan_words_child ON child_plan_words (child_id);
CREATE TABLE child_plan_dates (
    child_id     uuid PRIMARY KEY REFERENCES ssd_person (pers_person_id),
    next_review  date,
    updated_by   text NOT NULL,
    updated_at   timestamptz NOT NULL DEFAULT now()
);

-- Advocacy: the offer (by the worker) or the ask (by the child), the child's answer, the advocate once known.
CREATE TABLE child_advocacy (
    advocacy_id  uuid PRIMARY KEY,
    child_id     uuid NOT NULL REFERENCES ssd_person (pers_person_id),
    asked_by_child boolean NOT NULL,
    recorded_by  text NOT NULL,
    recorded_at  timestamptz NOT NULL DEFAULT now(),
    answer       text CHECK (answer IN ('YES', 'NO', 'NOT_SURE')),
    answered_at  timestamptz,
    advocate_name text,
    advocate_contact text
);
CREATE INDEX child_advocacy_child ON child_advocacy (child_id, recorded_at);
