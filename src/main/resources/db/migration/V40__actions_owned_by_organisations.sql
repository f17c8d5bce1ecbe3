-- Issue 10: the actions for an agency reach that agency.
-- A child in need or family help plan action may be owned by a partner organisation (a school, a health service…):
-- that organisation's practitioners see it, and no other plan action, when the record is shared with them.
ALTER TABLE cin_plan_actions ADD COLUMN cpac_organisation_id text REFERENCES organisation (organisation_id);
ALTER TABLE family_help_actions ADD COLUMN fhac_organisation_id text REFERENCES organisation (organisation_id);

-- A strategy discussion's or child protection plan's action marked done: the day, and the organisation that said so
-- (its name as it was on the day), so the chronology can say "{organisation}: {action} done".
ALTER TABLE protection_actions
    ADD COLUMN prac_done_date date,
    ADD COLUMN prac_done_by   text;

-- A partner's home lists its organisation's open actions.
CREATE INDEX protection_actions_open_by_organisation ON protection_actions (prac_organisation_id)
    WHERE prac_organisation_id IS NOT NULL AND prac_status IN ('NOT_STARTED', 'IN_PROGRESS');
