-- Care leavers to 25 and stability, visible (issue 12, sections 3 and 4).
-- A pathway plan for an eligible, relevant or former relevant young person (16 to 25): the needs assessment summary,
-- its Staying Put (18 to 21 with former foster carers) and Staying Close arrangements; one section per area (goals and
-- the young person's own words), actions (owner, due), reviews (the review clock runs from the plan and each review),
-- the young person's comments, and their asks for help (to 25, re-opening support without a new referral).
-- Schools attended (an address-like history) so the stability index can count school moves; and the child's own
-- "keep seeing" mark on a person who matters, a tie a proposed placement move is checked against.

CREATE TABLE pathway_plans (
    papl_plan_id                uuid PRIMARY KEY,
    papl_person_id              uuid NOT NULL REFERENCES ssd_person,
    papl_plan_start_date        date NOT NULL,
    papl_plan_end_date          date,
    papl_eligibility            text NOT NULL,
    papl_needs_assessment       text NOT NULL,
    papl_staying_put_start      date,
    papl_staying_put_end        date,
    papl_staying_put_carer      text,
    papl_staying_close_start    date,
    papl_staying_close_end      date,
    papl_staying_close_provider text
);
CREATE INDEX pathway_plans_person ON pathway_plans (papl_person_id);

CREATE TABLE pathway_plan_sections (
    paps_section_id          uuid PRIMARY KEY,
    paps_person_id           uuid NOT NULL REFERENCES ssd_person,
    paps_plan_id             uuid NOT NULL,
    paps_area                text NOT NULL,
    paps_updated_date        date NOT NULL,
    paps_goals               text,
    paps_young_persons_words text,
    UNIQUE (paps_plan_id, paps_area)
);
CREATE INDEX pathway_plan_sections_person ON pathway_plan_sections (paps_person_id);

CREATE TABLE pathway_plan_actions (
    papa_action_id    uuid PRIMARY KEY,
    papa_person_id    uuid NOT NULL REFERENCES ssd_person,
    papa_plan_id      uuid NOT NULL,
    papa_area         text NOT NULL,
    papa_set_date     date NOT NULL,
    papa_action_text  text NOT NULL,
    papa_owner        text NOT NULL,
    papa_due_date     date NOT NULL
);
CREATE INDEX pathway_plan_actions_person ON pathway_plan_actions (papa_person_id);

CREATE TABLE pathway_plan_reviews (
    papr_review_id           uuid PRIMARY KEY,
    papr_person_id           uuid NOT NULL REFERENCES ssd_person,
    papr_plan_id             uuid NOT NULL,
    papr_review_date         date NOT NULL,
    papr_young_person_took_part boolean NOT NULL,
    papr_review_summary      text NOT NULL,
    papr_next_review_date    date NOT NULL,
    papr_reviewed_by         text
);
CREATE INDEX pathway_plan_reviews_person ON pathway_plan_reviews (papr_person_id);

CREATE TABLE pathway_plan_comments (
    papc_comment_id   uuid PRIMARY KEY,
    papc_person_id    uuid NOT NULL REFERENCES ssd_person,
    papc_plan_id      uuid NOT NULL,
    papc_comment_date date NOT NULL,
    papc_area         text,
    papc_comment_text text NOT NULL,
    papc_written_by   text
);
CREATE INDEX pathway_plan_comments_person ON pathway_plan_comments (papc_person_id);

CREATE TABLE care_leaver_help_requests (
    clhr_request_id   uuid PRIMARY KEY,
    clhr_person_id    uuid NOT NULL REFERENCES ssd_person,
    clhr_asked_date   date NOT NULL,
    clhr_about        text NOT NULL,
    clhr_words        text,
    clhr_asked_by     text
);
CREATE INDEX care_leaver_help_requests_person ON care_leaver_help_requests (clhr_person_id);

CREATE TABLE child_school (
    csch_school_id    uuid PRIMARY KEY,
    csch_person_id    uuid NOT NULL REFERENCES ssd_person,
    csch_school_name  text NOT NULL,
    csch_school_urn   text,
    csch_start_date   date NOT NULL,
    csch_end_date     date
);
CREATE INDEX child_school_person ON child_school (csch_person_id);

ALTER TABLE people_who_matter ADD COLUMN pwma_keep_seeing boolean NOT NULL DEFAULT false;
