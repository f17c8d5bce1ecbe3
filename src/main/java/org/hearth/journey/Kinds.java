package org.hearth.journey;

import java.util.List;
import java.util.Optional;
import org.hearth.allocation.Allocation;
import org.hearth.allocation.SocialWorkerEpisode;
import org.hearth.assessment.Assessment;
import org.hearth.assessment.CinPlan;
import org.hearth.care.CareOutcome;
import org.hearth.care.CarePeriod;
import org.hearth.care.DeprivationOfLiberty;
import org.hearth.care.CareReview;
import org.hearth.care.LegalStatus;
import org.hearth.care.MissingEpisode;
import org.hearth.care.Placement;
import org.hearth.earlyhelp.EarlyHelpEpisode;
import org.hearth.leaving.CareLeaverContact;
import org.hearth.people.Address;
import org.hearth.people.ImmigrationStatus;
import org.hearth.people.MothersChild;
import org.hearth.people.PersonWhoMatters;
import org.hearth.people.Relationship;
import org.hearth.permanence.Permanence;
import org.hearth.permanence.PreviousPermanence;
import org.hearth.platform.jdbc.RecordTable;
import org.hearth.protection.CpPlan;
import org.hearth.protection.CpReview;
import org.hearth.protection.InitialConference;
import org.hearth.protection.S47Enquiry;
import org.hearth.protection.StrategyDiscussion;
import org.hearth.referral.Contact;
import org.hearth.referral.Referral;
import org.hearth.returns.ReturnedRow;
import org.hearth.visits.Visit;

/** Every kind of record on a child's journey, in the order of the journey. */
public final class Kinds {
    private Kinds() {}

    public static final EpisodeKind<EarlyHelpEpisode> EARLY_HELP = kind("early-help", "Family help episode",
            EarlyHelpEpisode.class, "ssd_early_help_episodes", "earl_", "earl_episode_id");
    public static final EpisodeKind<Contact> CONTACTS = kind("contacts", "Contact",
            Contact.class, "ssd_contacts", "cont_", "cont_contact_id");
    public static final EpisodeKind<Referral> REFERRALS = kind("referrals", "Referral",
            Referral.class, "ssd_cin_episodes", "cine_", "cine_referral_id");
    public static final EpisodeKind<Assessment> ASSESSMENTS = kind("assessments", "Assessment",
            Assessment.class, "ssd_cin_assessments", "cina_", "cina_assessment_id");
    public static final EpisodeKind<CinPlan> CIN_PLANS = kind("cin-plans", "Child in need plan",
            CinPlan.class, "ssd_cin_plans", "cinp_", "cinp_cin_plan_id");
    public static final EpisodeKind<StrategyDiscussion> STRATEGY_DISCUSSIONS = kind("strategy-discussions",
            "Strategy discussion", StrategyDiscussion.class, "strategy_discussions", "stra_", "stra_strategy_discussion_id");
    public static final EpisodeKind<S47Enquiry> S47_ENQUIRIES = kind("s47-enquiries", "Section 47 enquiry",
            S47Enquiry.class, "ssd_s47_enquiry", "s47e_", "s47e_s47_enquiry_id");
    public static final EpisodeKind<InitialConference> INITIAL_CONFERENCES = kind("initial-conferences",
            "Initial child protection conference", InitialConference.class, "ssd_initial_cp_conference", "icpc_",
            "icpc_icpc_id");
    public static final EpisodeKind<CpPlan> CP_PLANS = kind("cp-plans", "Child protection plan",
            CpPlan.class, "ssd_cp_plans", "cppl_", "cppl_cp_plan_id");
    public static final EpisodeKind<CpReview> CP_REVIEWS = kind("cp-reviews", "Child protection review",
            CpReview.class, "ssd_cp_reviews", "cppr_", "cppr_cp_review_id");
    public static final EpisodeKind<CarePeriod> CARE_PERIODS = kind("care-periods", "Period of care",
            CarePeriod.class, "cla_periods", "clpe_", "clpe_period_id");
    public static final EpisodeKind<LegalStatus> LEGAL_STATUSES = kind("legal-statuses", "Legal status",
            LegalStatus.class, "ssd_legal_status", "lega_", "lega_legal_status_id");
    public static final EpisodeKind<Placement> PLACEMENTS = kind("placements", "Placement",
            Placement.class, "ssd_cla_placement", "clap_", "clap_cla_placement_id");
    public static final EpisodeKind<CareReview> CARE_REVIEWS = kind("care-reviews", "Looked-after review",
            CareReview.class, "ssd_cla_reviews", "clar_", "clar_cla_review_id");
    public static final EpisodeKind<MissingEpisode> MISSING = kind("missing", "Missing or away episode",
            MissingEpisode.class, "ssd_missing", "miss_", "miss_table_id");
    public static final EpisodeKind<Visit> VISITS = kind("visits", "Visit",
            Visit.class, "visits", "visi_", "visi_visit_id");
    public static final EpisodeKind<Allocation> ALLOCATIONS = kind("allocations", "Allocation",
            Allocation.class, "ssd_involvements", "invo_", "invo_involvements_id");
    public static final EpisodeKind<Permanence> PERMANENCE = kind("permanence", "Permanence",
            Permanence.class, "ssd_permanence", "perm_", "perm_table_id");
    public static final EpisodeKind<CareLeaverContact> CARE_LEAVER_CONTACTS = kind("care-leaver-contacts",
            "Care leaver contact", CareLeaverContact.class, "ssd_care_leavers", "clea_", "clea_table_id");
    public static final EpisodeKind<PersonWhoMatters> PEOPLE_WHO_MATTER = kind("people-who-matter",
            "Person who matters", PersonWhoMatters.class, "people_who_matter", "pwma_", "pwma_table_id");
    public static final EpisodeKind<Relationship> RELATIONSHIPS = kind("relationships", "Relationship",
            Relationship.class, "person_relationship", "rela_", "rela_relationship_id");
    public static final EpisodeKind<Address> ADDRESSES = kind("addresses", "Address",
            Address.class, "ssd_address", "addr_", "addr_table_id");

    // What the 903 return holds that the kinds above do not (brought in by the 903 import, written back by the export).
    public static final EpisodeKind<CareOutcome> CARE_OUTCOMES = kind("care-outcomes", "Outcomes for the year",
            CareOutcome.class, "cla_outcomes", "clao_", "clao_outcome_id");
    public static final EpisodeKind<PreviousPermanence> PREVIOUS_PERMANENCE = kind("previous-permanence",
            "Permanence before care", PreviousPermanence.class, "ssd_cla_previous_permanence", "lapp_", "lapp_table_id");
    public static final EpisodeKind<MothersChild> MOTHERS_CHILDREN = kind("mothers-children", "Child born",
            MothersChild.class, "ssd_mother", "moth_", "moth_table_id");
    public static final EpisodeKind<ImmigrationStatus> IMMIGRATION_STATUSES = kind("immigration-statuses",
            "Immigration status", ImmigrationStatus.class, "ssd_immigration_status", "immi_", "immi_immigration_status_id");
    public static final EpisodeKind<SocialWorkerEpisode> SOCIAL_WORKER_EPISODES = kind("social-worker-episodes",
            "Social worker episode", SocialWorkerEpisode.class, "cla_social_worker_episodes", "swep_", "swep_episode_id");
    public static final EpisodeKind<DeprivationOfLiberty> DEPRIVATIONS_OF_LIBERTY = kind("deprivations-of-liberty",
            "Deprivation of liberty order", DeprivationOfLiberty.class, "cla_dolo", "dolo_", "dolo_order_id");
    public static final EpisodeKind<ReturnedRow> RETURNED_ROWS = kind("returned-rows", "Row of an imported 903 return",
            ReturnedRow.class, "returns_returned_rows", "retr_", "retr_row_id");

    public static final List<EpisodeKind<?>> ALL = List.of(EARLY_HELP, CONTACTS, REFERRALS, ASSESSMENTS, CIN_PLANS,
            STRATEGY_DISCUSSIONS, S47_ENQUIRIES, INITIAL_CONFERENCES, CP_PLANS, CP_REVIEWS, CARE_PERIODS,
            LEGAL_STATUSES, PLACEMENTS, CARE_REVIEWS, MISSING, VISITS, ALLOCATIONS, PERMANENCE, CARE_LEAVER_CONTACTS,
            PEOPLE_WHO_MATTER, RELATIONSHIPS, ADDRESSES, CARE_OUTCOMES, PREVIOUS_PERMANENCE, MOTHERS_CHILDREN,
            IMMIGRATION_STATUSES, SOCIAL_WORKER_EPISODES, DEPRIVATIONS_OF_LIBERTY, RETURNED_ROWS);

    public static Optional<EpisodeKind<?>> byName(String name) {
        return ALL.stream().filter(k -> k.name().equals(name)).findFirst();
    }

    @SuppressWarnings("unchecked")
    public static <T extends Record & JourneyRecord> EpisodeKind<T> of(Class<T> type) {
        return (EpisodeKind<T>) ALL.stream().filter(k -> k.type() == type).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a journey record: " + type));
    }

    private static <T extends Record & JourneyRecord> EpisodeKind<T> kind(String name, String label, Class<T> type,
                                                                          String table, String prefix, String idColumn) {
        return new EpisodeKind<>(name, label, new RecordTable<>(type, table, prefix, idColumn));
    }
}
