-- A day's work in one place (issue 13 §6).

-- A team manager's answer to an IRO challenge escalated to them: what they will do, when, and who answered. The
-- challenge stays open; the IRO then decides whether it is resolved or escalates it further.
ALTER TABLE iro_challenge_escalation ADD COLUMN ches_answer      text;
ALTER TABLE iro_challenge_escalation ADD COLUMN ches_answered_on date;
ALTER TABLE iro_challenge_escalation ADD COLUMN ches_answered_by text REFERENCES hearth_user (username);
ALTER TABLE iro_challenge_escalation ADD CONSTRAINT iro_challenge_escalation_answered
    CHECK ((ches_answer IS NULL) = (ches_answered_on IS NULL) AND (ches_answer IS NULL) = (ches_answered_by IS NULL));
ALTER TABLE iro_challenge_escalation ADD CONSTRAINT iro_challenge_escalation_answer_order
    CHECK (ches_answered_on IS NULL OR ches_answered_on >= ches_escalated_on);

-- Warnings on a child's record, shown in the identity bar to everyone who opens it: risk to staff, do not disclose
-- the address, an interpreter needed, and others (codes/WARNING.tsv). Added and ended through a command, never
-- deleted: an ended warning stays on the record with the day it ended.
CREATE TABLE person_warning (
    pwar_warning_id   uuid PRIMARY KEY,
    pwar_person_id    uuid NOT NULL REFERENCES ssd_person,
    pwar_warning_type text NOT NULL,
    pwar_detail       text,
    pwar_start_date   date NOT NULL,
    pwar_end_date     date,
    CHECK (pwar_end_date IS NULL OR pwar_end_date >= pwar_start_date)
);
CREATE INDEX person_warning_person ON person_warning (pwar_person_id);

-- Find a child by address or postcode (issue 13 §6): the postcode as typed without its space, and the address's words.
CREATE INDEX ssd_address_postcode_search ON ssd_address (upper(replace(addr_address_postcode, ' ', '')));
CREATE INDEX ssd_address_line_trgm ON ssd_address USING gin (lower(addr_address_line) gin_trgm_ops);

-- A visit where the child was not seen says why (issue 13 §7: "child seen: no" asks why).
ALTER TABLE visits ADD COLUMN visi_visit_not_seen_reason text;
