-- Who else is involved with a child, and requests between agencies (issue 10 §3 §4): each agency's involvement and
-- the lead practitioner; partners' referrals to the front door with the outcome returned; the front door's (MASH)
-- requests for information with their due time and answer; and another agency's assessment accepted as the basis of
-- family help (joint thresholds).

-- An agency involved with the child: which organisation, its practitioner and how to reach them, the kind of
-- involvement (code list INVOLVEMENT_KIND), since when, the last contact, and whether its practitioner leads.
CREATE TABLE agency_involvements (
    agin_involvement_id    uuid PRIMARY KEY,
    agin_person_id         uuid NOT NULL REFERENCES ssd_person,
    agin_organisation_id   text NOT NULL REFERENCES organisation (organisation_id),
    agin_organisation_name text NOT NULL,            -- as it was named when recorded
    agin_involvement_kind  text NOT NULL,
    agin_practitioner_name text,
    agin_practitioner_role text,
    agin_phone             text,
    agin_email             text,
    agin_start_date        date NOT NULL,
    agin_end_date          date,
    agin_end_reason        text,
    agin_last_contact_date date,
    agin_lead              boolean NOT NULL DEFAULT false
);
CREATE INDEX agency_involvements_person ON agency_involvements (agin_person_id);
CREATE INDEX agency_involvements_organisation ON agency_involvements (agin_organisation_id) WHERE agin_end_date IS NULL;

-- A request for information from the front door to an organisation about a child of a contact, due in 4 or 24 hours;
-- the answer is part of the child's record, with who gave it and when.
CREATE TABLE information_requests (
    inrq_request_id        uuid PRIMARY KEY,
    inrq_person_id         uuid NOT NULL REFERENCES ssd_person,
    inrq_contact_id        uuid NOT NULL,
    inrq_organisation_id   text NOT NULL REFERENCES organisation (organisation_id),
    inrq_organisation_name text NOT NULL,
    inrq_question          text NOT NULL,
    inrq_hours             int NOT NULL CHECK (inrq_hours IN (4, 24)),
    inrq_asked_by          text NOT NULL,
    inrq_asked_at          timestamptz NOT NULL,
    inrq_due_at            timestamptz NOT NULL,
    inrq_answer            text,
    inrq_answered_by       text,
    inrq_answered_at       timestamptz,
    CHECK ((inrq_answer IS NULL) = (inrq_answered_at IS NULL))
);
CREATE INDEX information_requests_person ON information_requests (inrq_person_id);
CREATE INDEX information_requests_open ON information_requests (inrq_organisation_id) WHERE inrq_answered_at IS NULL;

-- Another agency's assessment (a school's early help assessment) accepted as the basis of the child's family help.
CREATE TABLE partner_assessments (
    paas_assessment_id     uuid PRIMARY KEY,
    paas_person_id         uuid NOT NULL REFERENCES ssd_person,
    paas_organisation_id   text NOT NULL REFERENCES organisation (organisation_id),
    paas_organisation_name text NOT NULL,
    paas_assessment_kind   text NOT NULL,
    paas_assessment_date   date NOT NULL,
    paas_summary           text NOT NULL,
    paas_early_help_id     uuid NOT NULL,            -- the family help episode it is the basis of
    paas_accepted_date     date NOT NULL,
    paas_accepted_by       text NOT NULL
);
CREATE INDEX partner_assessments_person ON partner_assessments (paas_person_id);

-- A referral from a partner organisation to the front door: who made it (structured), the child and family as the
-- referrer knows them, the concern, the consent position; then which child's record it became a contact on, and the
-- outcome returned to the referrer with its reasons. Not part of any child's record until the front door accepts it.
CREATE TABLE partner_referrals (
    pref_referral_id        uuid PRIMARY KEY,
    pref_organisation_id    text NOT NULL REFERENCES organisation (organisation_id),
    pref_made_by            text NOT NULL REFERENCES hearth_user (username),
    pref_referrer_name      text NOT NULL,
    pref_referrer_role      text NOT NULL,
    pref_referrer_phone     text NOT NULL,
    pref_referrer_email     text NOT NULL,
    pref_child_first_name   text NOT NULL,
    pref_child_last_name    text NOT NULL,
    pref_child_dob          date,
    pref_child_sex          text,
    pref_child_postcode     text,
    pref_child_address      text,
    pref_child_nhs_number   text,
    pref_family             text,
    pref_concern            text NOT NULL,
    pref_consent            text NOT NULL,
    pref_consent_reason     text,
    pref_consent_withdrawn_at timestamptz,
    pref_received_at        timestamptz NOT NULL,
    pref_child_id           uuid REFERENCES ssd_person,
    pref_contact_id         uuid,
    pref_accepted_by        text,
    pref_accepted_at        timestamptz,
    pref_outcome            text CHECK (pref_outcome IN ('CONTACT', 'REFERRAL', 'EARLY_HELP', 'NFA')),
    pref_outcome_reasons    text,
    pref_outcome_at         timestamptz
);
CREATE INDEX partner_referrals_organisation ON partner_referrals (pref_organisation_id, pref_received_at DESC);
CREATE INDEX partner_referrals_waiting ON partner_referrals (pref_received_at) WHERE pref_contact_id IS NULL;
CREATE UNIQUE INDEX partner_referrals_contact ON partner_referrals (pref_contact_id) WHERE pref_contact_id IS NOT NULL;

-- The front door's reasons for its decision on a contact: returned to a partner who referred through Hearth.
ALTER TABLE ssd_contacts ADD COLUMN cont_decision_reasons text;
