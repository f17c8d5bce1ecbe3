-- Partner organisations and the health flag service (CP-IS in FHIR R4).
--
-- Organisations are the basis of the partners issue: each has a type from a code list (kept as data, with the
-- collection years it applies to, like the other code lists) and its own users. A health partner (a user or a system
-- of a health organisation) may only look up, by NHS number, whether a child carries a flag.

CREATE TABLE organisation_type (
    code       text PRIMARY KEY,
    label      text NOT NULL,
    health     boolean NOT NULL DEFAULT false,   -- its users may be health partners (the flag look-up)
    from_year  int NOT NULL DEFAULT 2025,        -- the first collection year the code applies to
    to_year    int                               -- the last one; null while current
);
INSERT INTO organisation_type (code, label, health) VALUES
    ('POLICE_FORCE',     'Police force', false),
    ('NHS_TRUST',        'NHS trust', true),
    ('GP_PRACTICE',      'GP practice', true),
    ('HEALTH_VISITING',  'Health visiting service', true),
    ('SCHOOL_NURSING',   'School nursing service', true),
    ('CAMHS',            'Child and adolescent mental health service (CAMHS)', true),
    ('SCHOOL',           'School or academy', false),
    ('EARLY_YEARS',      'Early years setting', false),
    ('YOUTH_JUSTICE',    'Youth justice service', false),
    ('PROBATION',        'Probation service', false),
    ('HOUSING',          'Housing', false),
    ('CAFCASS',          'Cafcass', false),
    ('FAMILY_COURT',     'Family court', false),
    ('VOLUNTARY_SECTOR', 'Voluntary sector provider', false);

CREATE TABLE organisation (
    organisation_id text PRIMARY KEY,             -- Hearth's id for it (an ODS code where the NHS gives one)
    name            text NOT NULL,
    type            text NOT NULL REFERENCES organisation_type (code),
    ods_code        text,                         -- NHS Organisation Data Service code (NHS organisations)
    urn             text,                         -- a school's or early years setting's unique reference number
    created_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT organisation_urn CHECK (urn IS NULL OR (urn ~ '^[0-9]{6,7}$' AND type IN ('SCHOOL', 'EARLY_YEARS'))),
    CONSTRAINT organisation_school_urn CHECK (type <> 'SCHOOL' OR urn IS NOT NULL)
);

-- A user belongs to at most one partner organisation (council staff to none); a health partner to a health one.
ALTER TABLE hearth_user ADD COLUMN organisation_id text REFERENCES organisation (organisation_id);
ALTER TABLE hearth_user DROP CONSTRAINT hearth_user_role_check;
ALTER TABLE hearth_user ADD CONSTRAINT hearth_user_role_check CHECK (role IN ('SOCIAL_WORKER','TEAM_MANAGER','IRO',
    'EARLY_HELP_WORKER','PERSONAL_ADVISER','DATA_ANALYST','ADMINISTRATOR','HEALTH_PARTNER'));
ALTER TABLE hearth_user ADD CONSTRAINT hearth_user_partner_organisation
    CHECK (role <> 'HEALTH_PARTNER' OR organisation_id IS NOT NULL);
CREATE INDEX hearth_user_organisation ON hearth_user (organisation_id) WHERE organisation_id IS NOT NULL;

-- What was flagged when: every start, change and end of a child's flag, written from the record's domain events in
-- the same transaction as the change (never rebuilt by a nightly job). Append-only.
CREATE TABLE health_flag_history (
    hfh_entry_id       bigserial PRIMARY KEY,
    hfh_person_id      uuid NOT NULL REFERENCES ssd_person,
    hfh_flag           text NOT NULL CHECK (hfh_flag IN ('CPP', 'UCPP', 'CLA')),
    hfh_change         text NOT NULL CHECK (hfh_change IN ('STARTED', 'CHANGED', 'ENDED')),
    hfh_effective_date date NOT NULL,
    hfh_detail         text,
    hfh_record_id      uuid,                       -- the CP plan, period of care or legal status it follows
    hfh_recorded_by    text NOT NULL,
    hfh_recorded_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX health_flag_history_person ON health_flag_history (hfh_person_id, hfh_entry_id);

-- Every look-up that disclosed a child's flag: the access notification to the responsible council. Append-only.
CREATE TABLE health_lookup (
    helo_lookup_id      bigserial PRIMARY KEY,
    helo_person_id      uuid NOT NULL REFERENCES ssd_person,
    helo_organisation_id text NOT NULL REFERENCES organisation (organisation_id),
    helo_username       text NOT NULL,
    helo_setting        text NOT NULL,             -- where the child was seen (code: EMERGENCY_DEPARTMENT…)
    helo_purpose        text NOT NULL,             -- the stated purpose of use (code: TREAT, ETREAT)
    helo_flags          text NOT NULL,             -- the flags disclosed (CPP, UCPP, CLA)
    helo_looked_up_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX health_lookup_person ON health_lookup (helo_person_id, helo_looked_up_at DESC);
CREATE INDEX health_lookup_recent ON health_lookup (helo_looked_up_at);

-- The mother link an unborn child's flag is found by is looked up from the mother: V17's
-- person_relationship_related index serves it.
