-- The council's administrator manages partner organisations and their users (issue 10 §1): each organisation keeps
-- the identifier its type needs (a school's URN, an early years setting's Ofsted URN, an NHS ODS code, a police force
-- code), how to reach it, a version (a stale edit is refused) and whether it is closed. A closed organisation's users
-- cannot sign in, and its sharing decisions were ended (through sharing's EndSharing) when it closed. Rows are never
-- deleted: sharing decisions, referrals and the audit name them.
ALTER TABLE organisation ADD COLUMN police_force_code text CHECK (police_force_code IS NULL OR police_force_code ~ '^[0-9]{2}$');
ALTER TABLE organisation ADD COLUMN address text;
ALTER TABLE organisation ADD COLUMN email text;
ALTER TABLE organisation ADD COLUMN phone text;
ALTER TABLE organisation ADD COLUMN version int NOT NULL DEFAULT 0;
ALTER TABLE organisation ADD COLUMN created_by text;
ALTER TABLE organisation ADD COLUMN changed_by text;
ALTER TABLE organisation ADD COLUMN changed_at timestamptz;
ALTER TABLE organisation ADD COLUMN closed_on date;
ALTER TABLE organisation ADD COLUMN closed_reason text;
ALTER TABLE organisation ADD CONSTRAINT organisation_closed_reason CHECK ((closed_on IS NULL) = (closed_reason IS NULL));
-- An early years setting's Ofsted URN may be EY and six digits (older registrations) or six or seven digits.
ALTER TABLE organisation DROP CONSTRAINT organisation_urn;
ALTER TABLE organisation ADD CONSTRAINT organisation_urn CHECK (urn IS NULL
    OR (type = 'SCHOOL' AND urn ~ '^[0-9]{6,7}$')
    OR (type = 'EARLY_YEARS' AND urn ~ '^(EY[0-9]{6}|[0-9]{6,7})$'));

-- A partner user's email (how their organisation's administrator and the council reach them), who last changed the
-- account, and a version so a stale change (disable, enable, a new password) is refused.
ALTER TABLE hearth_user ADD COLUMN email text;
ALTER TABLE hearth_user ADD COLUMN version int NOT NULL DEFAULT 0;
ALTER TABLE hearth_user ADD COLUMN changed_by text;
ALTER TABLE hearth_user ADD COLUMN changed_at timestamptz;
