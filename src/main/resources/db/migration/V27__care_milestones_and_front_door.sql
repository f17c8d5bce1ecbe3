-- Steps of looked-after and leaving care work whose dates start or stop a statutory clock: the care plan, the
-- placement plan, the initial health assessment, the personal education plan, a return home interview, a pathway
-- plan review, and the confirmation that a placement is intended to last until the child is 18 (after whose first
-- year visits may be three-monthly, CPPCR 2010 reg 28). One row per step; the clocks are derived, never stored.
CREATE TABLE cla_milestones (
    clam_milestone_id     uuid PRIMARY KEY,
    clam_person_id        uuid NOT NULL REFERENCES ssd_person,
    clam_milestone_type   text NOT NULL,
    clam_milestone_date   date NOT NULL,
    clam_subject_id       uuid,            -- the placement or missing episode the step belongs to, when it has one
    clam_child_agreed     boolean,         -- long-term placement: the child, of sufficient understanding, agreed
    clam_iro_consulted    boolean          -- long-term placement: the IRO's view was sought
);
CREATE INDEX cla_milestones_person ON cla_milestones (clam_person_id);

-- The front door's queue: contacts still waiting for a decision (no outcome yet), oldest first.
CREATE INDEX ssd_contacts_awaiting ON ssd_contacts (cont_contact_date) WHERE cont_contact_outcome IS NULL;
