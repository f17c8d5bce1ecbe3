-- Case notes (issue 13 §1): what a worker writes about the child, of a typed kind, linked to the step it belongs to.
-- A note is never overwritten: a correction is a row of case_note_amendments, the original kept beside it.
CREATE TABLE case_notes (
    note_note_id       uuid PRIMARY KEY,
    note_person_id     uuid NOT NULL REFERENCES ssd_person,
    note_note_date     date NOT NULL,           -- the day the work happened (not the day it was typed)
    note_note_kind     text NOT NULL,           -- codes/CASE_NOTE_KIND.tsv (VISIT, PHONE_CALL, MEETING, ...)
    note_seen          text,                    -- who was seen or spoken to, in the worker's words
    note_note_text     text NOT NULL,
    note_restricted_note boolean NOT NULL DEFAULT false,  -- shown only to the allocated worker and their manager
    note_step_id       uuid,                    -- the episode or event the note belongs to (any kind's record id)
    note_step_kind     text,                    -- that record's kind by its API name ("visits", "cp-plans")
    note_written_by    text NOT NULL,           -- the username of the worker who wrote it
    note_written_at    timestamptz NOT NULL
);
CREATE INDEX case_notes_person ON case_notes (note_person_id);

CREATE TABLE case_note_amendments (
    amnd_amendment_id  uuid PRIMARY KEY,
    amnd_person_id     uuid NOT NULL REFERENCES ssd_person,
    amnd_note_id       uuid NOT NULL REFERENCES case_notes (note_note_id),
    amnd_amended_on    date NOT NULL,
    amnd_note_text     text NOT NULL,           -- the note as it now reads
    amnd_reason        text NOT NULL,           -- why it was corrected
    amnd_restricted_note boolean NOT NULL DEFAULT false,  -- follows the note it corrects
    amnd_amended_by    text NOT NULL,
    amnd_amended_at    timestamptz NOT NULL
);
CREATE INDEX case_note_amendments_person ON case_note_amendments (amnd_person_id);

-- A chronology entry marked as a significant event (the court-style chronology): why it matters, who marked it.
-- Unmarking deletes the row; both are audited through the access seam.
CREATE TABLE chronology_significance (
    chsi_entry_id      bigint PRIMARY KEY REFERENCES chronology_entry (chro_entry_id),
    chsi_person_id     uuid NOT NULL REFERENCES ssd_person,
    chsi_significance  text NOT NULL,
    chsi_marked_by     text NOT NULL,
    chsi_marked_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX chronology_significance_person ON chronology_significance (chsi_person_id);
