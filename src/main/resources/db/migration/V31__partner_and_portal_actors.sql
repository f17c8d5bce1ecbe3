-- The actors of the partners and the child's-own-space issues: a partner organisation's practitioner (police, school,
-- Cafcass, health…), a child, a young person (care leaver) and a carer. Each signs in as a Hearth user; what each may
-- see of a child's record is decided by the access policy (sharing decisions for partners, the person's own link for
-- the portal), never by the role alone.
ALTER TABLE hearth_user DROP CONSTRAINT hearth_user_role_check;
ALTER TABLE hearth_user ADD CONSTRAINT hearth_user_role_check CHECK (role IN ('SOCIAL_WORKER','TEAM_MANAGER','IRO',
    'EARLY_HELP_WORKER','PERSONAL_ADVISER','DATA_ANALYST','ADMINISTRATOR','HEALTH_PARTNER','PARTNER','CHILD',
    'YOUNG_PERSON','CARER'));
-- A partner's practitioner belongs to their organisation; children, young people and carers to none.
ALTER TABLE hearth_user ADD CONSTRAINT hearth_user_partner_in_organisation
    CHECK (role <> 'PARTNER' OR organisation_id IS NOT NULL);
ALTER TABLE hearth_user ADD CONSTRAINT hearth_user_portal_not_in_organisation
    CHECK (role NOT IN ('CHILD','YOUNG_PERSON','CARER') OR organisation_id IS NULL);
