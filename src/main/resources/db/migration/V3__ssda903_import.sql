-- What the SSDA903 return holds that the record had no place for, so a 903 import re-exports faithfully.
-- SSD names where the Standard Safeguarding Dataset has the table; every new column is optional.

-- AD1: the adopters (FOSTER_CARE, NB_ADOPTR, SEX_ADOPTR, LS_ADOPTR), as the DfE codes them
ALTER TABLE ssd_permanence ADD COLUMN perm_adopted_by_carer_flag text;
ALTER TABLE ssd_permanence ADD COLUMN perm_number_of_adopters text;
ALTER TABLE ssd_permanence ADD COLUMN perm_adopter_sex text;
ALTER TABLE ssd_permanence ADD COLUMN perm_adopter_legal_status text;

CREATE TABLE cla_outcomes (                 -- Hearth: the OC2 answers for one year (SSD spreads them over
    clao_outcome_id               uuid PRIMARY KEY,   -- ssd_sdq_scores, ssd_cla_health, ssd_cla_immunisations,
    clao_person_id                uuid NOT NULL REFERENCES ssd_person, -- ssd_cla_convictions, ssd_cla_substance_misuse)
    clao_outcome_year_end         date NOT NULL,      -- the 31 March the answers are for
    clao_sdq_score                text,
    clao_sdq_reason               text,
    clao_convicted                text,
    clao_health_check             text,
    clao_immunisations            text,
    clao_teeth_check              text,
    clao_health_assessment        text,
    clao_substance_misuse         text,
    clao_intervention_received    text,
    clao_intervention_offered     text
);
CREATE INDEX cla_outcomes_person ON cla_outcomes (clao_person_id);

CREATE TABLE ssd_cla_previous_permanence (  -- PrevPerm
    lapp_table_id                       uuid PRIMARY KEY,
    lapp_person_id                      uuid NOT NULL REFERENCES ssd_person,
    lapp_previous_permanence_option     text,
    lapp_previous_permanence_la         text,
    lapp_previous_permanence_order_date text   -- dd/mm/yyyy, or zz for the parts not known
);
CREATE INDEX ssd_cla_previous_permanence_person ON ssd_cla_previous_permanence (lapp_person_id);

CREATE TABLE ssd_mother (                   -- Header MC_DOB
    moth_table_id          uuid PRIMARY KEY,
    moth_person_id         uuid NOT NULL REFERENCES ssd_person,
    moth_childs_person_id  uuid,
    moth_childs_dob        date
);
CREATE INDEX ssd_mother_person ON ssd_mother (moth_person_id);

CREATE TABLE ssd_immigration_status (       -- UASC and its DUC
    immi_immigration_status_id          uuid PRIMARY KEY,
    immi_person_id                      uuid NOT NULL REFERENCES ssd_person,
    immi_immigration_status             text NOT NULL,
    immi_immigration_status_start_date  date,
    immi_immigration_status_end_date    date
);
CREATE INDEX ssd_immigration_status_person ON ssd_immigration_status (immi_person_id);

CREATE TABLE cla_social_worker_episodes (   -- Hearth: SWEpisodes for workers without a Hearth account
    swep_episode_id           uuid PRIMARY KEY,       -- (ssd_involvements names a Hearth user)
    swep_person_id            uuid NOT NULL REFERENCES ssd_person,
    swep_social_worker_id     text NOT NULL,
    swep_sw_episode_start_date date NOT NULL,
    swep_sw_episode_end_date  date,
    swep_sw_change_reason     text
);
CREATE INDEX cla_social_worker_episodes_person ON cla_social_worker_episodes (swep_person_id);

CREATE TABLE cla_dolo (                     -- Hearth: DoLo (deprivation of liberty orders, from 2026/27)
    dolo_order_id        uuid PRIMARY KEY,
    dolo_person_id       uuid NOT NULL REFERENCES ssd_person,
    dolo_dolo_start_date date NOT NULL,
    dolo_dolo_end_date   date
);
CREATE INDEX cla_dolo_person ON cla_dolo (dolo_person_id);
