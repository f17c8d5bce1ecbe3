-- A change stamp on every child's record, moved by the database itself whenever anything a journey is read from
-- changes: the child's row (ssd_person), their disabilities, and every table a kind of journey record lives in
-- (JourneyRepository.loadAll reads exactly these). The application keeps loaded journeys in memory keyed by the
-- stamp and the row version's transaction id (JourneyCache): a write by any path (a command through the journey
-- seam, a bulk load, a fixture, a hand-run UPDATE) moves the stamp in the same transaction, so a cached journey is
-- never served after its record changed. JourneyCacheTest fails if a kind's table has no trigger.
ALTER TABLE ssd_person ADD COLUMN pers_touched bigint NOT NULL DEFAULT 0;

-- Any update of the child's own row moves the stamp (and makes a new row version, so a new xmin).
CREATE FUNCTION hearth_person_touched() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.pers_touched := OLD.pers_touched + 1;
    RETURN NEW;
END $$;
CREATE TRIGGER ssd_person_touched BEFORE UPDATE ON ssd_person FOR EACH ROW EXECUTE FUNCTION hearth_person_touched();

-- A write to a journey table moves the stamp of every child whose rows it touched, once per statement. The person
-- column's name is the trigger's argument.
CREATE FUNCTION hearth_journey_touched() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        EXECUTE format('UPDATE ssd_person SET pers_touched = pers_touched + 1 WHERE pers_person_id IN '
                       '(SELECT %I FROM old_rows)', TG_ARGV[0]);
    ELSIF TG_OP = 'UPDATE' THEN
        EXECUTE format('UPDATE ssd_person SET pers_touched = pers_touched + 1 WHERE pers_person_id IN '
                       '(SELECT %I FROM new_rows UNION SELECT %I FROM old_rows)', TG_ARGV[0], TG_ARGV[0]);
    ELSE
        EXECUTE format('UPDATE ssd_person SET pers_touched = pers_touched + 1 WHERE pers_person_id IN '
                       '(SELECT %I FROM new_rows)', TG_ARGV[0]);
    END IF;
    RETURN NULL;
END $$;

-- TRUNCATE fires no row or statement trigger of the above: every child's stamp moves (no table of the record is
-- truncated by Hearth; this keeps a hand-run one from leaving journeys held).
CREATE FUNCTION hearth_journey_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE ssd_person SET pers_touched = pers_touched + 1;
    RETURN NULL;
END $$;

DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT * FROM (VALUES
        ('agency_involvements', 'agin_person_id'),
        ('care_leaver_help_requests', 'clhr_person_id'),
        ('carer_logs', 'clog_person_id'),
        ('case_note_amendments', 'amnd_person_id'),
        ('case_notes', 'note_person_id'),
        ('child_advocacy', 'person_id'),
        ('child_ambition', 'person_id'),
        ('child_person', 'person_id'),
        ('child_says', 'person_id'),
        ('child_school', 'csch_person_id'),
        ('cin_plan_actions', 'cpac_person_id'),
        ('cin_plan_follow_ups', 'cpfu_person_id'),
        ('cin_plan_outcomes', 'cpou_person_id'),
        ('cin_plan_reviews', 'cprv_person_id'),
        ('cla_dolo', 'dolo_person_id'),
        ('cla_milestones', 'clam_person_id'),
        ('cla_outcomes', 'clao_person_id'),
        ('cla_periods', 'clpe_person_id'),
        ('cla_social_worker_episodes', 'swep_person_id'),
        ('core_groups', 'cogr_person_id'),
        ('cp_plan_outcomes', 'cpou_person_id'),
        ('decision_answers', 'dans_person_id'),
        ('decision_requests', 'dreq_person_id'),
        ('delegated_authority', 'dlga_person_id'),
        ('delegated_authority_reviews', 'dlgr_person_id'),
        ('documents', 'docu_person_id'),
        ('family_adult', 'fadu_person_id'),
        ('family_help_actions', 'fhac_person_id'),
        ('family_help_goals', 'fhgo_person_id'),
        ('family_help_plans', 'fhpl_person_id'),
        ('family_help_reviews', 'fhre_person_id'),
        ('information_requests', 'inrq_person_id'),
        ('partner_assessments', 'paas_person_id'),
        ('pathway_plan_actions', 'papa_person_id'),
        ('pathway_plan_comments', 'papc_person_id'),
        ('pathway_plan_reviews', 'papr_person_id'),
        ('pathway_plan_sections', 'paps_person_id'),
        ('pathway_plans', 'papl_person_id'),
        ('people_who_matter', 'pwma_person_id'),
        ('person_relationship', 'rela_person_id'),
        ('person_warning', 'pwar_person_id'),
        ('placement_carers', 'pcar_person_id'),
        ('protection_actions', 'prac_person_id'),
        ('protection_attendees', 'prat_person_id'),
        ('returns_returned_rows', 'retr_person_id'),
        ('ssd_address', 'addr_person_id'),
        ('ssd_care_leavers', 'clea_person_id'),
        ('ssd_cin_assessments', 'cina_person_id'),
        ('ssd_cin_episodes', 'cine_person_id'),
        ('ssd_cin_plans', 'cinp_person_id'),
        ('ssd_cla_placement', 'clap_person_id'),
        ('ssd_cla_previous_permanence', 'lapp_person_id'),
        ('ssd_cla_reviews', 'clar_person_id'),
        ('ssd_contacts', 'cont_person_id'),
        ('ssd_cp_plans', 'cppl_person_id'),
        ('ssd_cp_reviews', 'cppr_person_id'),
        ('ssd_early_help_episodes', 'earl_person_id'),
        ('ssd_immigration_status', 'immi_person_id'),
        ('ssd_initial_cp_conference', 'icpc_person_id'),
        ('ssd_involvements', 'invo_person_id'),
        ('ssd_legal_status', 'lega_person_id'),
        ('ssd_missing', 'miss_person_id'),
        ('ssd_mother', 'moth_person_id'),
        ('ssd_permanence', 'perm_person_id'),
        ('ssd_s47_enquiry', 's47e_person_id'),
        ('strategy_discussions', 'stra_person_id'),
        ('visits', 'visi_person_id'),
        ('ssd_disability', 'disa_person_id')
    ) AS v(tab, col) LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION hearth_journey_touched(%L)', t.tab || '_touched_ins', t.tab, t.col);
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION hearth_journey_touched(%L)', t.tab || '_touched_upd', t.tab, t.col);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION hearth_journey_touched(%L)', t.tab || '_touched_del', t.tab, t.col);
        EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT '
                       'EXECUTE FUNCTION hearth_journey_truncated()', t.tab || '_touched_trunc', t.tab);
    END LOOP;
END $$;
