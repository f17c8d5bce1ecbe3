-- Hearth schema baseline.
-- Table and column names follow the Standard Safeguarding Dataset (SSD v1.4.5) where it has one
-- (ssd_*, with the SSD's column prefixes). Tables Hearth adds have plain names and say why below.

-- ---------------------------------------------------------------------------------------------------------
-- Access: users, teams, roles, grants
-- ---------------------------------------------------------------------------------------------------------
CREATE TABLE ssd_department (               -- teams
    dept_team_id        text PRIMARY KEY,
    dept_team_name      text NOT NULL,
    dept_team_parent_id text REFERENCES ssd_department (dept_team_id)
);

CREATE TABLE hearth_user (                  -- Hearth's accounts (SSD's ssd_professionals holds the HR view)
    username      text PRIMARY KEY,
    display_name  text NOT NULL,
    role          text NOT NULL CHECK (role IN ('SOCIAL_WORKER','TEAM_MANAGER','IRO','EARLY_HELP_WORKER',
                                                'PERSONAL_ADVISER','DATA_ANALYST','ADMINISTRATOR')),
    team_id       text REFERENCES ssd_department (dept_team_id),
    password_hash text,                     -- null for accounts that sign in only through the council's OIDC
    enabled       boolean NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX hearth_user_team ON hearth_user (team_id);

-- ---------------------------------------------------------------------------------------------------------
-- People
-- ---------------------------------------------------------------------------------------------------------
CREATE TABLE ssd_person (
    pers_person_id       uuid PRIMARY KEY,
    pers_legacy_id       text UNIQUE,       -- the LA child id (LAchildID / CHILD in the returns)
    pers_kind            text NOT NULL CHECK (pers_kind IN ('CHILD','ADULT')),
    pers_forename        text,
    pers_surname         text,
    pers_known_as        text,
    pers_sex             text,
    pers_gender          text,
    pers_ethnicity       text,
    pers_dob             date,
    pers_expected_dob    date,
    pers_death_date      date,
    pers_nhs_number      text,
    pers_upn             text,
    pers_upn_unknown     text,
    pers_former_upn      text,
    pers_nationality     text,
    pers_first_language  text,
    pers_religion        text,
    pers_immigration_status text,
    pers_uasc            boolean,
    pers_is_mother       boolean,
    pers_version         bigint NOT NULL DEFAULT 0,  -- the child's record is one aggregate: every write bumps it
    pers_changed_by      text,
    pers_changed_at      timestamptz,
    pers_changed_part    text,
    CONSTRAINT person_born_or_expected CHECK (pers_kind = 'ADULT' OR pers_dob IS NOT NULL OR pers_expected_dob IS NOT NULL)
);
CREATE INDEX ssd_person_surname ON ssd_person (lower(pers_surname));
CREATE INDEX ssd_person_dob ON ssd_person (pers_dob);
CREATE INDEX ssd_person_nhs ON ssd_person (pers_nhs_number);

CREATE TABLE ssd_disability (
    disa_table_id        uuid PRIMARY KEY,
    disa_person_id       uuid NOT NULL REFERENCES ssd_person,
    disa_disability_code text NOT NULL
);
CREATE INDEX ssd_disability_person ON ssd_disability (disa_person_id);

CREATE TABLE ssd_address (
    addr_table_id           uuid PRIMARY KEY,
    addr_person_id          uuid NOT NULL REFERENCES ssd_person,
    addr_address_type       text,
    addr_address_line       text,
    addr_address_postcode   text,
    addr_address_start_date date,
    addr_address_end_date   date
);
CREATE INDEX ssd_address_person ON ssd_address (addr_person_id);

CREATE TABLE person_relationship (          -- Hearth: SSD has only ssd_family/ssd_mother; practice needs typed links
    rela_relationship_id    uuid PRIMARY KEY,
    rela_person_id          uuid NOT NULL REFERENCES ssd_person,   -- the child
    rela_related_person_id  uuid NOT NULL REFERENCES ssd_person,
    rela_relationship_type  text NOT NULL,
    rela_parental_responsibility boolean,
    rela_start_date         date,
    rela_end_date           date
);
CREATE INDEX person_relationship_person ON person_relationship (rela_person_id);

CREATE TABLE people_who_matter (            -- Hearth: the child's own network, which may include a pet
    pwma_table_id      uuid PRIMARY KEY,
    pwma_person_id     uuid NOT NULL REFERENCES ssd_person,
    pwma_name          text NOT NULL,
    pwma_kind          text NOT NULL CHECK (pwma_kind IN ('PERSON','PET')),
    pwma_relationship  text,
    pwma_childs_words  text,
    pwma_related_person_id uuid REFERENCES ssd_person,
    pwma_start_date    date,
    pwma_end_date      date
);
CREATE INDEX people_who_matter_person ON people_who_matter (pwma_person_id);

-- ---------------------------------------------------------------------------------------------------------
-- The journey
-- ---------------------------------------------------------------------------------------------------------
CREATE TABLE ssd_early_help_episodes (
    earl_episode_id          uuid PRIMARY KEY,
    earl_person_id           uuid NOT NULL REFERENCES ssd_person,
    earl_episode_start_date  date NOT NULL,
    earl_episode_end_date    date,
    earl_episode_reason      text,
    earl_episode_end_reason  text,
    earl_episode_organisation text,
    earl_episode_worker_id   text
);
CREATE INDEX ssd_early_help_person ON ssd_early_help_episodes (earl_person_id);

CREATE TABLE ssd_contacts (
    cont_contact_id          uuid PRIMARY KEY,
    cont_person_id           uuid NOT NULL REFERENCES ssd_person,
    cont_contact_date        date NOT NULL,
    cont_contact_source_code text,
    cont_contact_outcome     text,
    cont_decision_date       date
);
CREATE INDEX ssd_contacts_person ON ssd_contacts (cont_person_id);

CREATE TABLE ssd_cin_episodes (             -- a referral and the CIN episode it opens
    cine_referral_id          uuid PRIMARY KEY,
    cine_person_id            uuid NOT NULL REFERENCES ssd_person,
    cine_contact_id           uuid,
    cine_referral_date        date NOT NULL,
    cine_referral_source_code text,
    cine_cin_primary_need_code text,
    cine_referral_decision_date date,
    cine_referral_nfa         boolean,
    cine_close_reason         text,
    cine_close_date           date
);
CREATE INDEX ssd_cin_episodes_person ON ssd_cin_episodes (cine_person_id);

CREATE TABLE ssd_cin_assessments (
    cina_assessment_id         uuid PRIMARY KEY,
    cina_person_id             uuid NOT NULL REFERENCES ssd_person,
    cina_referral_id           uuid,
    cina_assessment_start_date date NOT NULL,
    cina_assessment_child_seen date,
    cina_assessment_auth_date  date,
    cina_assessment_factors    text[],      -- SSD keeps these in ssd_assessment_factors as json; an array is queryable
    cina_assessment_outcome_nfa boolean,
    cina_assessment_help_offered text       -- recorded whatever the outcome (support, not surveillance)
);
CREATE INDEX ssd_cin_assessments_person ON ssd_cin_assessments (cina_person_id);

CREATE TABLE ssd_cin_plans (
    cinp_cin_plan_id         uuid PRIMARY KEY,
    cinp_person_id           uuid NOT NULL REFERENCES ssd_person,
    cinp_referral_id         uuid,
    cinp_cin_plan_start_date date NOT NULL,
    cinp_cin_plan_end_date   date
);
CREATE INDEX ssd_cin_plans_person ON ssd_cin_plans (cinp_person_id);

CREATE TABLE strategy_discussions (         -- Hearth: SSD has no strategy discussion table; the ICPC clock starts here
    stra_strategy_discussion_id uuid PRIMARY KEY,
    stra_person_id           uuid NOT NULL REFERENCES ssd_person,
    stra_referral_id         uuid,
    stra_discussion_date     date NOT NULL,
    stra_agencies            text,
    stra_outcome             text
);
CREATE INDEX strategy_discussions_person ON strategy_discussions (stra_person_id);

CREATE TABLE ssd_s47_enquiry (
    s47e_s47_enquiry_id        uuid PRIMARY KEY,
    s47e_person_id             uuid NOT NULL REFERENCES ssd_person,
    s47e_referral_id           uuid,
    s47e_strategy_discussion_id uuid,
    s47e_s47_start_date        date NOT NULL,
    s47e_s47_end_date          date,
    s47e_icpc_required         boolean
);
CREATE INDEX ssd_s47_enquiry_person ON ssd_s47_enquiry (s47e_person_id);

CREATE TABLE ssd_initial_cp_conference (
    icpc_icpc_id          uuid PRIMARY KEY,
    icpc_person_id        uuid NOT NULL REFERENCES ssd_person,
    icpc_s47_enquiry_id   uuid,
    icpc_referral_id      uuid,
    icpc_icpc_date        date NOT NULL,
    icpc_icpc_outcome_cp_flag boolean
);
CREATE INDEX ssd_icpc_person ON ssd_initial_cp_conference (icpc_person_id);

CREATE TABLE ssd_cp_plans (
    cppl_cp_plan_id          uuid PRIMARY KEY,
    cppl_person_id           uuid NOT NULL REFERENCES ssd_person,
    cppl_referral_id         uuid,
    cppl_icpc_id             uuid,
    cppl_cp_plan_start_date  date NOT NULL,
    cppl_cp_plan_end_date    date,
    cppl_cp_plan_initial_category text,
    cppl_cp_plan_latest_category  text,
    cppl_number_of_previous_plans int
);
CREATE INDEX ssd_cp_plans_person ON ssd_cp_plans (cppl_person_id);

CREATE TABLE ssd_cp_reviews (
    cppr_cp_review_id      uuid PRIMARY KEY,
    cppr_person_id         uuid NOT NULL REFERENCES ssd_person,
    cppr_cp_plan_id        uuid,
    cppr_cp_review_date    date NOT NULL,
    cppr_cp_review_outcome_continue_cp boolean
);
CREATE INDEX ssd_cp_reviews_person ON ssd_cp_reviews (cppr_person_id);

CREATE TABLE cla_periods (                  -- Hearth: a period of being looked after; SSD's ssd_cla_episodes are derived
    clpe_period_id         uuid PRIMARY KEY,
    clpe_person_id         uuid NOT NULL REFERENCES ssd_person,
    clpe_period_start_date date NOT NULL,
    clpe_period_end_date   date,
    clpe_reason_ceased     text,
    clpe_cin_code          text              -- category of need (N1–N8) at entry, the 903's CIN field
);
CREATE INDEX cla_periods_person ON cla_periods (clpe_person_id);

CREATE TABLE ssd_legal_status (
    lega_legal_status_id         uuid PRIMARY KEY,
    lega_person_id               uuid NOT NULL REFERENCES ssd_person,
    lega_legal_status            text NOT NULL,
    lega_legal_status_start_date date NOT NULL,
    lega_legal_status_end_date   date
);
CREATE INDEX ssd_legal_status_person ON ssd_legal_status (lega_person_id);

CREATE TABLE ssd_cla_placement (
    clap_cla_placement_id         uuid PRIMARY KEY,
    clap_person_id                uuid NOT NULL REFERENCES ssd_person,
    clap_cla_placement_start_date date NOT NULL,
    clap_cla_placement_end_date   date,
    clap_cla_placement_type       text NOT NULL,
    clap_cla_placement_provider   text,
    clap_cla_placement_postcode   text,
    clap_cla_placement_urn        text,
    clap_cla_placement_change_reason text,
    clap_cla_placement_distance   numeric(7,2)
);
CREATE INDEX ssd_cla_placement_person ON ssd_cla_placement (clap_person_id);

CREATE TABLE ssd_cla_reviews (
    clar_cla_review_id            uuid PRIMARY KEY,
    clar_person_id                uuid NOT NULL REFERENCES ssd_person,
    clar_cla_review_date          date NOT NULL,
    clar_cla_review_participation text,
    clar_cla_review_cancelled     boolean
);
CREATE INDEX ssd_cla_reviews_person ON ssd_cla_reviews (clar_person_id);

CREATE TABLE ssd_missing (
    miss_table_id                   uuid PRIMARY KEY,
    miss_person_id                  uuid NOT NULL REFERENCES ssd_person,
    miss_missing_episode_start_date date NOT NULL,
    miss_missing_episode_type       text NOT NULL,
    miss_missing_episode_end_date   date,
    miss_missing_rhi_offered        boolean,
    miss_missing_rhi_accepted       boolean
);
CREATE INDEX ssd_missing_person ON ssd_missing (miss_person_id);

CREATE TABLE visits (                       -- Hearth: one table for SSD's ssd_cin_visits, ssd_cp_visits, ssd_cla_visits
    visi_visit_id      uuid PRIMARY KEY,
    visi_person_id     uuid NOT NULL REFERENCES ssd_person,
    visi_visit_date    date NOT NULL,
    visi_visit_context text NOT NULL,       -- CIN, CP or CLA: which statutory visit this counts towards
    visi_visit_seen    boolean,
    visi_visit_seen_alone boolean,
    visi_visit_bedroom boolean,
    visi_visit_note    text
);
CREATE INDEX visits_person ON visits (visi_person_id);

CREATE TABLE ssd_involvements (             -- allocation history: social worker, IRO, personal adviser…
    invo_involvements_id       uuid PRIMARY KEY,
    invo_person_id             uuid NOT NULL REFERENCES ssd_person,
    invo_professional_id       text NOT NULL REFERENCES hearth_user (username),
    invo_professional_role_id  text NOT NULL,
    invo_professional_team     text,
    invo_involvement_start_date date NOT NULL,
    invo_involvement_end_date  date,
    invo_worker_change_reason  text
);
CREATE INDEX ssd_involvements_person ON ssd_involvements (invo_person_id);
CREATE INDEX ssd_involvements_open ON ssd_involvements (invo_professional_id) WHERE invo_involvement_end_date IS NULL;

CREATE TABLE ssd_permanence (
    perm_table_id                uuid PRIMARY KEY,
    perm_person_id               uuid NOT NULL REFERENCES ssd_person,
    perm_permanence_plan         text NOT NULL,
    perm_adm_decision_date       date,
    perm_matched_date            date,
    perm_placed_for_adoption_date date,
    perm_decision_reversed_date  date,
    perm_decision_reversed_reason text,
    perm_permanence_order_date   date,
    perm_permanence_order_type   text
);
CREATE INDEX ssd_permanence_person ON ssd_permanence (perm_person_id);

CREATE TABLE ssd_care_leavers (             -- one row per contact with a care leaver
    clea_table_id                  uuid PRIMARY KEY,
    clea_person_id                 uuid NOT NULL REFERENCES ssd_person,
    clea_care_leaver_latest_contact date NOT NULL,
    clea_care_leaver_eligibility   text,
    clea_care_leaver_in_touch      text,
    clea_care_leaver_activity      text,
    clea_care_leaver_accommodation text,
    clea_care_leaver_accom_suitable text
);
CREATE INDEX ssd_care_leavers_person ON ssd_care_leavers (clea_person_id);

-- ---------------------------------------------------------------------------------------------------------
-- Chronology: written from domain events, never typed
-- ---------------------------------------------------------------------------------------------------------
CREATE TABLE chronology_entry (
    chro_entry_id    bigserial PRIMARY KEY,
    chro_person_id   uuid NOT NULL REFERENCES ssd_person,
    chro_event_date  date NOT NULL,
    chro_kind        text NOT NULL,
    chro_summary     text NOT NULL,
    chro_record_id   uuid,
    chro_recorded_by text NOT NULL,
    chro_recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX chronology_person ON chronology_entry (chro_person_id, chro_event_date);

-- ---------------------------------------------------------------------------------------------------------
-- Access grants and break-glass
-- ---------------------------------------------------------------------------------------------------------
CREATE TABLE access_grant (
    grant_id     uuid PRIMARY KEY,
    person_id    uuid NOT NULL REFERENCES ssd_person,
    username     text NOT NULL REFERENCES hearth_user (username),
    kind         text NOT NULL CHECK (kind IN ('GRANT','BREAK_GLASS')),
    reason       text NOT NULL,
    granted_by   text NOT NULL,
    granted_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    reviewed_by  text,
    reviewed_at  timestamptz
);
CREATE INDEX access_grant_lookup ON access_grant (person_id, username, expires_at);
CREATE INDEX access_grant_unreviewed ON access_grant (granted_at) WHERE kind = 'BREAK_GLASS' AND reviewed_at IS NULL;

-- ---------------------------------------------------------------------------------------------------------
-- Audit: append-only, hash-chained
-- ---------------------------------------------------------------------------------------------------------
CREATE TABLE audit_entry (
    seq         bigint PRIMARY KEY,
    at          timestamptz NOT NULL,
    actor       text NOT NULL,
    person_id   uuid,
    part        text NOT NULL,
    action      text NOT NULL,
    purpose     text,
    outcome     text NOT NULL,
    basis       text,
    detail      text,
    prev_hash   text NOT NULL,
    hash        text NOT NULL
);
CREATE INDEX audit_entry_person ON audit_entry (person_id, at);
CREATE INDEX audit_entry_actor ON audit_entry (actor, at);

CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit entries are append-only';
END $$;
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();
