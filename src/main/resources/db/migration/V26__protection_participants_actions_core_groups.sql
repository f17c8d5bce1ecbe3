-- Child protection with substance: who took part in each meeting (by organisation), the actions agreed per agency
-- with due dates, the plan's outcomes, core group meetings, and the conferences' recommendations.

-- Strategy discussions keep their minutes and, when the police or health did not take part, why.
ALTER TABLE strategy_discussions
    ADD COLUMN stra_minutes        text,
    ADD COLUMN stra_absence_reason text;

-- Who took part in a strategy discussion, an initial or review conference, or a core group (attended false: sent
-- apologies). The agency is what the statutory guidance asks about (police and health must take part in a strategy
-- discussion); the organisation, when one of the organisations table, says which.
CREATE TABLE protection_attendees (
    prat_attendee_id       uuid PRIMARY KEY,
    prat_person_id         uuid NOT NULL REFERENCES ssd_person,
    prat_meeting_id        uuid NOT NULL,
    prat_meeting_kind      text NOT NULL CHECK (prat_meeting_kind IN ('strategy-discussions', 'initial-conferences',
                                                                      'cp-reviews', 'core-groups')),
    prat_agency            text NOT NULL CHECK (prat_agency IN ('POLICE', 'HEALTH', 'SCHOOL', 'SOCIAL_CARE', 'FAMILY',
                                                                'OTHER')),
    prat_organisation_id   text REFERENCES organisation (organisation_id),
    prat_organisation_name text,              -- as it was named on the day (or typed, for records before V26)
    prat_attendee_name     text,
    prat_attendee_role     text,
    prat_attended          boolean NOT NULL DEFAULT true
);
CREATE INDEX protection_attendees_person ON protection_attendees (prat_person_id);

-- The agencies a strategy discussion recorded as one line of text become one participant each, the words kept as
-- the organisation's name, so nothing typed is lost; then the text column goes (participants are the record now).
INSERT INTO protection_attendees (prat_attendee_id, prat_person_id, prat_meeting_id, prat_meeting_kind, prat_agency,
                                  prat_organisation_name, prat_attended)
SELECT gen_random_uuid(), s.stra_person_id, s.stra_strategy_discussion_id, 'strategy-discussions',
       CASE WHEN a.word ILIKE '%police%' THEN 'POLICE'
            WHEN a.word ILIKE '%health%' OR a.word ILIKE '%GP%' OR a.word ILIKE '%nurs%' OR a.word ILIKE '%hospital%'
                 OR a.word ILIKE '%midwi%' OR a.word ILIKE '%NHS%' OR a.word ILIKE '%CAMHS%' THEN 'HEALTH'
            WHEN a.word ILIKE '%school%' OR a.word ILIKE '%educat%' THEN 'SCHOOL'
            WHEN a.word ILIKE '%social care%' OR a.word ILIKE '%social work%' THEN 'SOCIAL_CARE'
            ELSE 'OTHER' END,
       a.word, true
FROM strategy_discussions s
CROSS JOIN LATERAL (SELECT trim(w) AS word FROM unnest(string_to_array(s.stra_agencies, ',')) AS w) a
WHERE s.stra_agencies IS NOT NULL AND a.word <> '';
ALTER TABLE strategy_discussions DROP COLUMN stra_agencies;

-- Actions agreed at a strategy discussion or on a child protection plan (then perhaps towards one of its outcomes):
-- which agency does what by when, and how far it has got.
CREATE TABLE protection_actions (
    prac_action_id         uuid PRIMARY KEY,
    prac_person_id         uuid NOT NULL REFERENCES ssd_person,
    prac_for_id            uuid NOT NULL,     -- the strategy discussion or CP plan
    prac_outcome_id        uuid,              -- the plan's outcome it works towards
    prac_agency            text NOT NULL CHECK (prac_agency IN ('POLICE', 'HEALTH', 'SCHOOL', 'SOCIAL_CARE', 'FAMILY',
                                                                'OTHER')),
    prac_organisation_id   text REFERENCES organisation (organisation_id),
    prac_owner             text NOT NULL,
    prac_action            text NOT NULL,
    prac_set_date          date NOT NULL,
    prac_due_date          date NOT NULL,
    prac_status            text NOT NULL CHECK (prac_status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'STOPPED')),
    prac_progress          text
);
CREATE INDEX protection_actions_person ON protection_actions (prac_person_id);

-- What must change for the child to be safe: the outcomes of a child protection plan.
CREATE TABLE cp_plan_outcomes (
    cpou_outcome_id uuid PRIMARY KEY,
    cpou_person_id  uuid NOT NULL REFERENCES ssd_person,
    cpou_cp_plan_id uuid NOT NULL,
    cpou_set_date   date NOT NULL,
    cpou_outcome    text NOT NULL
);
CREATE INDEX cp_plan_outcomes_person ON cp_plan_outcomes (cpou_person_id);

-- Core group meetings of a child protection plan (the first within 10 working days of the initial conference).
CREATE TABLE core_groups (
    cogr_core_group_id uuid PRIMARY KEY,
    cogr_person_id     uuid NOT NULL REFERENCES ssd_person,
    cogr_cp_plan_id    uuid NOT NULL,
    cogr_meeting_date  date NOT NULL,
    cogr_progress      text
);
CREATE INDEX core_groups_person ON core_groups (cogr_person_id);

-- Conferences: what they recommend, beside the decision they already record.
ALTER TABLE ssd_initial_cp_conference ADD COLUMN icpc_recommendations text;
ALTER TABLE ssd_cp_reviews ADD COLUMN cppr_cp_review_recommendations text;
