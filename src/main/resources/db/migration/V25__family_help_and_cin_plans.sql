-- Family help as a service and child in need plans with substance (issue 13, section 3).
-- A family help plan belongs to a family help episode and names its lead practitioner (any practitioner, from any
-- agency); its goals have actions (owner, due date, done or not) and it is reviewed (progress per goal, next review).
-- A child in need plan has outcomes with actions (who, what, by when), review meetings (attendance, progress per
-- outcome) and, a year after it ends, the Children's Commissioner's "better off?" follow-up.

-- A family help episode carried on through a referral (the worker chose to continue it rather than end it).
ALTER TABLE ssd_early_help_episodes ADD COLUMN earl_episode_continued_at_referral date;

CREATE TABLE family_help_plans (
    fhpl_plan_id          uuid PRIMARY KEY,
    fhpl_person_id        uuid NOT NULL REFERENCES ssd_person,
    fhpl_episode_id       uuid NOT NULL,
    fhpl_plan_start_date  date NOT NULL,
    fhpl_plan_end_date    date,
    fhpl_lead_name        text NOT NULL,
    fhpl_lead_agency      text NOT NULL,
    fhpl_lead_contact     text NOT NULL
);
CREATE INDEX family_help_plans_person ON family_help_plans (fhpl_person_id);

CREATE TABLE family_help_goals (
    fhgo_goal_id          uuid PRIMARY KEY,
    fhgo_person_id        uuid NOT NULL REFERENCES ssd_person,
    fhgo_plan_id          uuid NOT NULL,
    fhgo_goal_set_date    date NOT NULL,
    fhgo_goal_text        text NOT NULL
);
CREATE INDEX family_help_goals_person ON family_help_goals (fhgo_person_id);

CREATE TABLE family_help_actions (
    fhac_action_id        uuid PRIMARY KEY,
    fhac_person_id        uuid NOT NULL REFERENCES ssd_person,
    fhac_plan_id          uuid NOT NULL,
    fhac_goal_id          uuid NOT NULL,
    fhac_action_set_date  date NOT NULL,
    fhac_action_text      text NOT NULL,
    fhac_action_owner     text NOT NULL,
    fhac_action_due_date  date NOT NULL,
    fhac_action_done_date date
);
CREATE INDEX family_help_actions_person ON family_help_actions (fhac_person_id);

CREATE TABLE family_help_reviews (
    fhre_review_id        uuid PRIMARY KEY,
    fhre_person_id        uuid NOT NULL REFERENCES ssd_person,
    fhre_plan_id          uuid NOT NULL,
    fhre_review_date      date NOT NULL,
    fhre_goal_ids         text[] NOT NULL DEFAULT '{}',
    fhre_goal_progress    text[] NOT NULL DEFAULT '{}',
    fhre_review_summary   text,
    fhre_next_review_date date
);
CREATE INDEX family_help_reviews_person ON family_help_reviews (fhre_person_id);

CREATE TABLE cin_plan_outcomes (
    cpou_outcome_id       uuid PRIMARY KEY,
    cpou_person_id        uuid NOT NULL REFERENCES ssd_person,
    cpou_cin_plan_id      uuid NOT NULL,
    cpou_outcome_set_date date NOT NULL,
    cpou_outcome_text     text NOT NULL
);
CREATE INDEX cin_plan_outcomes_person ON cin_plan_outcomes (cpou_person_id);

CREATE TABLE cin_plan_actions (
    cpac_action_id        uuid PRIMARY KEY,
    cpac_person_id        uuid NOT NULL REFERENCES ssd_person,
    cpac_cin_plan_id      uuid NOT NULL,
    cpac_outcome_id       uuid NOT NULL,
    cpac_action_set_date  date NOT NULL,
    cpac_action_what      text NOT NULL,
    cpac_action_who       text NOT NULL,
    cpac_action_by_when   date NOT NULL,
    cpac_action_done_date date
);
CREATE INDEX cin_plan_actions_person ON cin_plan_actions (cpac_person_id);

CREATE TABLE cin_plan_reviews (
    cprv_review_id        uuid PRIMARY KEY,
    cprv_person_id        uuid NOT NULL REFERENCES ssd_person,
    cprv_cin_plan_id      uuid NOT NULL,
    cprv_review_date      date NOT NULL,
    cprv_attendees        text[] NOT NULL DEFAULT '{}',
    cprv_child_attended   boolean,
    cprv_outcome_ids      text[] NOT NULL DEFAULT '{}',
    cprv_outcome_progress text[] NOT NULL DEFAULT '{}',
    cprv_review_summary   text,
    cprv_next_review_date date
);
CREATE INDEX cin_plan_reviews_person ON cin_plan_reviews (cprv_person_id);

CREATE TABLE cin_plan_follow_ups (
    cpfu_follow_up_id       uuid PRIMARY KEY,
    cpfu_person_id          uuid NOT NULL REFERENCES ssd_person,
    cpfu_cin_plan_id        uuid NOT NULL,
    cpfu_follow_up_date     date NOT NULL,
    cpfu_follow_up_answer   text NOT NULL,
    cpfu_follow_up_evidence text NOT NULL
);
CREATE INDEX cin_plan_follow_ups_person ON cin_plan_follow_ups (cpfu_person_id);
