package org.hearth.ssd;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.hearth.allocation.Allocation;
import org.hearth.allocation.AllocationRoles;
import org.hearth.allocation.AllocationStage;
import org.hearth.assessment.Assessment;
import org.hearth.assessment.AssessmentStage;
import org.hearth.assessment.CinPlan;
import org.hearth.care.CareOutcome;
import org.hearth.codes.CodeLists;
import org.hearth.codes.CollectionYear;
import org.hearth.care.CarePeriod;
import org.hearth.care.CareReview;
import org.hearth.care.CareStage;
import org.hearth.care.LegalStatus;
import org.hearth.care.MissingEpisode;
import org.hearth.care.Placement;
import org.hearth.earlyhelp.EarlyHelpEpisode;
import org.hearth.earlyhelp.EarlyHelpStage;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyRecord;
import org.hearth.journey.child.Person;
import org.hearth.leaving.CareLeaverContact;
import org.hearth.leaving.LeavingCareStage;
import org.hearth.people.Address;
import org.hearth.people.ImmigrationStatus;
import org.hearth.people.MothersChild;
import org.hearth.people.PeopleStage;
import org.hearth.permanence.Permanence;
import org.hearth.permanence.PermanenceStage;
import org.hearth.permanence.PreviousPermanence;
import org.hearth.protection.CpPlan;
import org.hearth.protection.CpReview;
import org.hearth.protection.InitialConference;
import org.hearth.protection.ProtectionStage;
import org.hearth.protection.S47Enquiry;
import org.hearth.referral.Contact;
import org.hearth.referral.Referral;
import org.hearth.referral.ReferralStage;
import org.hearth.returns.export.Ssda903Episode;
import org.hearth.returns.export.Ssda903Episodes;
import org.hearth.returns.geography.PostcodeDirectory;
import org.hearth.visits.Visit;
import org.hearth.visits.VisitsStage;

/**
 * Derives the SSD's rows from one child's record (plain Java, no database). Keys are stable: a record's own id, a
 * person's key from their Hearth id ({@link #personKey}), and for rows Hearth derives (CLA episodes, assessment
 * factors, disabilities, linked identifiers, OC2 answers) a name-based UUID of what they are derived from. Records
 * are taken in a fixed order (start date, then id), so the same record gives the same rows in the same order.
 * Addresses marked "do not disclose" are left out: the SSD is a bulk extract, and the address is withheld from it
 * as from any view that does not need it.
 */
public final class SsdDerivation {
    private final Ssda903Episodes episodes = new Ssda903Episodes(null, PostcodeDirectory.none());

    /** Counts of what was withheld, for the export's summary (never which child). */
    private long withheldAddresses;

    /** Visits the SSD has no table for (family help visits), counted for the summary. */
    private long otherVisits;

    public long withheldAddresses() {
        return withheldAddresses;
    }

    public long otherVisits() {
        return otherVisits;
    }

    /**
     * A person's SSD id: the first 20 hex digits of their Hearth id (the spec allows 20 letters or digits, kept for
     * life and never reused; 80 random bits do not collide among a council's children, and the export's uniqueness
     * check would refuse it if they did).
     */
    public static String personKey(UUID id) {
        return id == null ? "" : id.toString().replace("-", "").substring(0, 20).toUpperCase(Locale.ROOT);
    }

    /** A stable id for a row derived from others: the same inputs give the same id on every run. */
    static String derivedId(String... parts) {
        return UUID.nameUUIDFromBytes(("hearth-ssd:" + String.join("|", parts)).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    public void derive(ChildJourney journey, SsdRows rows) {
        Person p = journey.child();
        String pk = personKey(p.id());
        List<MothersChild> babies = sorted(journey.all(PeopleStage.MOTHERS_CHILDREN));
        person(p, pk, babies, rows);
        for (String code : p.disabilities().stream().sorted().distinct().toList()) {
            rows.add("ssd_disability").set("disa_table_id", derivedId("disability", p.id().toString(), code))
                    .set("disa_person_id", pk).set("disa_disability_code", code);
        }
        linkedIdentifiers(p, pk, rows);
        for (MothersChild b : babies) {
            rows.add("ssd_mother").set("moth_table_id", id(b.id())).set("moth_person_id", pk)
                    .set("moth_childs_person_id", personKey(b.childsPersonId())).set("moth_childs_dob", date(b.childsDob()));
        }
        for (ImmigrationStatus s : sorted(journey.all(PeopleStage.IMMIGRATION_STATUSES))) {
            rows.add("ssd_immigration_status").set("immi_immigration_status_id", id(s.id())).set("immi_person_id", pk)
                    .set("immi_immigration_status", s.immigrationStatus())
                    .set("immi_immigration_status_start_date", date(s.immigrationStatusStartDate()))
                    .set("immi_immigration_status_end_date", date(s.immigrationStatusEndDate()));
        }
        for (Address a : sorted(journey.all(PeopleStage.ADDRESSES))) {
            if (Boolean.TRUE.equals(a.doNotDisclose())) {
                withheldAddresses++;
                continue;
            }
            rows.add("ssd_address").set("addr_table_id", id(a.id())).set("addr_person_id", pk)
                    .set("addr_address_json", Objects.requireNonNullElse(
                            Json.object("ADDRESS", a.addressLine(), "POSTCODE", a.addressPostcode()), "{}"))
                    .set("addr_address_type", a.addressType()).set("addr_address_postcode", a.addressPostcode())
                    .set("addr_address_start_date", date(a.addressStartDate()))
                    .set("addr_address_end_date", date(a.addressEndDate()));
        }
        frontDoor(journey, pk, rows);
        protection(journey, pk, rows);
        care(journey, pk, rows);
        for (Allocation a : sorted(journey.all(AllocationStage.ALLOCATIONS))) {
            rows.add("ssd_involvements").set("invo_involvements_id", id(a.id())).set("invo_person_id", pk)
                    .set("invo_professional_id", a.professionalId()).set("invo_professional_role_id", a.professionalRoleId())
                    .set("invo_professional_team", a.professionalTeam())
                    .set("invo_involvement_start_date", date(a.involvementStartDate()))
                    .set("invo_involvement_end_date", date(a.involvementEndDate()))
                    .set("invo_worker_change_reason", a.workerChangeReason());
        }
        List<Allocation> advisers = journey.all(AllocationStage.ALLOCATIONS).stream()
                .filter(a -> AllocationRoles.PA.equals(a.professionalRoleId())).toList();
        for (CareLeaverContact c : sorted(journey.all(LeavingCareStage.CARE_LEAVER_CONTACTS))) {
            Allocation pa = inForce(advisers, c.careLeaverLatestContact(), Allocation::involvementStartDate,
                    Allocation::involvementEndDate);
            rows.add("ssd_care_leavers").set("clea_table_id", id(c.id())).set("clea_person_id", pk)
                    .set("clea_care_leaver_eligibility", c.careLeaverEligibility())
                    .set("clea_care_leaver_in_touch", c.careLeaverInTouch())
                    .set("clea_care_leaver_latest_contact", date(c.careLeaverLatestContact()))
                    .set("clea_care_leaver_accommodation", c.careLeaverAccommodation())
                    .set("clea_care_leaver_accom_suitable", c.careLeaverAccomSuitable())
                    .set("clea_care_leaver_activity", c.careLeaverActivity())
                    .set("clea_care_leaver_personal_advisor", pa == null ? null : pa.professionalId())
                    .set("clea_care_leaver_allocated_team", pa == null ? null : pa.professionalTeam());
        }
    }

    private static void person(Person p, String pk, List<MothersChild> babies, SsdRows rows) {
        String mother = Boolean.TRUE.equals(p.isMother()) || !babies.isEmpty() ? "Y"
                : Boolean.FALSE.equals(p.isMother()) ? "N" : "";
        rows.add("ssd_person").set("pers_person_id", pk).set("pers_forename", p.forename())
                .set("pers_surname", p.surname()).set("pers_sex", sex(p.sex())).set("pers_gender", gender(p.gender()))
                .set("pers_ethnicity", blank(p.ethnicity()) ? "NOBT" : p.ethnicity().trim())
                .set("pers_dob", date(p.dob())).set("pers_common_child_id", p.nhsNumber())
                .set("pers_legacy_id", p.legacyId()).set("pers_upn_unknown", p.upnUnknown())
                .set("pers_expected_dob", date(p.expectedDob())).set("pers_death_date", date(p.deathDate()))
                .set("pers_is_mother", mother).set("pers_nationality", p.nationality());
    }

    private static void linkedIdentifiers(Person p, String pk, SsdRows rows) {
        if (!blank(p.upn())) {
            rows.add("ssd_linked_identifiers").set("link_table_id", derivedId("upn", p.id().toString()))
                    .set("link_person_id", pk).set("link_identifier_type", "Unique Pupil Number")
                    .set("link_identifier_value", p.upn().trim());
        }
        if (!blank(p.formerUpn())) {
            rows.add("ssd_linked_identifiers").set("link_table_id", derivedId("former-upn", p.id().toString()))
                    .set("link_person_id", pk).set("link_identifier_type", "Former Unique Pupil Number")
                    .set("link_identifier_value", p.formerUpn().trim());
        }
    }

    private void frontDoor(ChildJourney journey, String pk, SsdRows rows) {
        for (EarlyHelpEpisode e : sorted(journey.all(EarlyHelpStage.EARLY_HELP))) {
            rows.add("ssd_early_help_episodes").set("earl_episode_id", id(e.id())).set("earl_person_id", pk)
                    .set("earl_episode_start_date", date(e.episodeStartDate()))
                    .set("earl_episode_end_date", date(e.episodeEndDate())).set("earl_episode_reason", e.episodeReason())
                    .set("earl_episode_end_reason", e.episodeEndReason())
                    .set("earl_episode_organisation", e.episodeOrganisation())
                    .set("earl_episode_worker_id", e.episodeWorkerId());
        }
        for (Contact c : sorted(journey.all(ReferralStage.CONTACTS))) {
            rows.add("ssd_contacts").set("cont_contact_id", id(c.id())).set("cont_person_id", pk)
                    .set("cont_contact_date", date(c.contactDate())).set("cont_contact_source_code", c.contactSourceCode())
                    .set("cont_contact_source_desc", sourceLabel(c.contactSourceCode(), c.contactDate()))
                    .set("cont_contact_outcome_json", blank(c.contactOutcome()) ? null
                            : Json.object("OUTCOME", c.contactOutcome(), "DECISION_DATE", date(c.decisionDate())));
        }
        for (Referral r : sorted(journey.all(ReferralStage.REFERRALS))) {
            rows.add("ssd_cin_episodes").set("cine_referral_id", id(r.id())).set("cine_person_id", pk)
                    .set("cine_referral_date", date(r.referralDate()))
                    .set("cine_cin_primary_need_code", r.cinPrimaryNeedCode())
                    .set("cine_referral_source_code", r.referralSourceCode())
                    .set("cine_referral_source_desc", sourceLabel(r.referralSourceCode(), r.referralDate()))
                    .set("cine_referral_nfa", yn(r.referralNfa())).set("cine_close_reason", r.closeReason())
                    .set("cine_close_date", date(r.closeDate()));
        }
        for (Assessment a : sorted(journey.all(AssessmentStage.ASSESSMENTS))) {
            rows.add("ssd_cin_assessments").set("cina_assessment_id", id(a.id())).set("cina_person_id", pk)
                    .set("cina_referral_id", id(a.referralId()))
                    .set("cina_assessment_start_date", date(a.assessmentStartDate()))
                    .set("cina_assessment_child_seen", a.assessmentChildSeen() != null ? "Y" : "")
                    .set("cina_assessment_auth_date", date(a.assessmentAuthDate()))
                    .set("cina_assessment_outcome_nfa", yn(a.assessmentOutcomeNfa()));
            if (a.assessmentFactors() != null && !a.assessmentFactors().isEmpty()) {
                rows.add("ssd_assessment_factors").set("cinf_table_id", derivedId("factors", a.id().toString()))
                        .set("cinf_assessment_id", id(a.id()))
                        .set("cinf_assessment_factors_json", Json.array(a.assessmentFactors()));
            }
        }
        for (CinPlan c : sorted(journey.all(AssessmentStage.CIN_PLANS))) {
            rows.add("ssd_cin_plans").set("cinp_cin_plan_id", id(c.id())).set("cinp_referral_id", id(c.referralId()))
                    .set("cinp_person_id", pk).set("cinp_cin_plan_start_date", date(c.cinPlanStartDate()))
                    .set("cinp_cin_plan_end_date", date(c.cinPlanEndDate()));
        }
    }

    private void protection(ChildJourney journey, String pk, SsdRows rows) {
        List<S47Enquiry> enquiries = sorted(journey.all(ProtectionStage.S47_ENQUIRIES));
        List<CpPlan> plans = sorted(journey.all(ProtectionStage.CP_PLANS));
        for (S47Enquiry s : enquiries) {
            rows.add("ssd_s47_enquiry").set("s47e_s47_enquiry_id", id(s.id())).set("s47e_referral_id", id(s.referralId()))
                    .set("s47e_person_id", pk).set("s47e_s47_start_date", date(s.s47StartDate()))
                    .set("s47e_s47_end_date", date(s.s47EndDate()))
                    .set("s47e_s47_outcome_json", s.icpcRequired() == null ? null
                            : Json.object("ICPC_REQUIRED", yn(s.icpcRequired())));
        }
        for (InitialConference c : sorted(journey.all(ProtectionStage.INITIAL_CONFERENCES))) {
            CpPlan plan = plans.stream().filter(p -> c.id().equals(p.icpcId())).findFirst().orElse(null);
            S47Enquiry enquiry = enquiries.stream().filter(s -> s.id().equals(c.s47EnquiryId())).findFirst().orElse(null);
            rows.add("ssd_initial_cp_conference").set("icpc_icpc_id", id(c.id()))
                    .set("icpc_s47_enquiry_id", id(c.s47EnquiryId())).set("icpc_person_id", pk)
                    .set("icpc_cp_plan_id", plan == null ? null : id(plan.id())).set("icpc_referral_id", id(c.referralId()))
                    .set("icpc_icpc_target_date", enquiry == null ? null : date(enquiry.icpcTargetDate()))
                    .set("icpc_icpc_date", date(c.icpcDate())).set("icpc_icpc_outcome_cp_flag", yn(c.icpcOutcomeCpFlag()));
        }
        for (CpPlan p : plans) {
            rows.add("ssd_cp_plans").set("cppl_cp_plan_id", id(p.id())).set("cppl_referral_id", id(p.referralId()))
                    .set("cppl_icpc_id", id(p.icpcId())).set("cppl_person_id", pk)
                    .set("cppl_cp_plan_start_date", date(p.cpPlanStartDate()))
                    .set("cppl_cp_plan_end_date", date(p.cpPlanEndDate()))
                    .set("cppl_cp_plan_initial_category", p.cpPlanInitialCategory())
                    .set("cppl_cp_plan_latest_category", p.cpPlanLatestCategory());
        }
        for (CpReview r : sorted(journey.all(ProtectionStage.CP_REVIEWS))) {
            rows.add("ssd_cp_reviews").set("cppr_cp_review_id", id(r.id())).set("cppr_person_id", pk)
                    .set("cppr_cp_plan_id", id(r.cpPlanId())).set("cppr_cp_review_date", date(r.cpReviewDate()))
                    .set("cppr_cp_review_outcome_continue_cp", yn(r.cpReviewOutcomeContinueCp()));
        }
        List<CarePeriod> periods = sorted(journey.all(CareStage.CARE_PERIODS));
        for (Visit v : sorted(journey.all(VisitsStage.VISITS))) {
            String context = v.visitContext() == null ? "" : v.visitContext().toUpperCase(Locale.ROOT);
            switch (context) {
                case "CIN" -> rows.add("ssd_cin_visits").set("cinv_cin_visit_id", id(v.id())).set("cinv_person_id", pk)
                        .set("cinv_cin_visit_date", date(v.visitDate())).set("cinv_cin_visit_seen", yn(v.visitSeen()))
                        .set("cinv_cin_visit_seen_alone", yn(v.visitSeenAlone()))
                        .set("cinv_cin_visit_bedroom", yn(v.visitBedroom()));
                case "CP" -> {
                    CpPlan plan = inForce(plans, v.visitDate(), CpPlan::cpPlanStartDate, CpPlan::cpPlanEndDate);
                    rows.add("ssd_cp_visits").set("cppv_cp_visit_id", id(v.id())).set("cppv_person_id", pk)
                            .set("cppv_cp_plan_id", plan == null ? null : id(plan.id()))
                            .set("cppv_cp_visit_date", date(v.visitDate())).set("cppv_cp_visit_seen", yn(v.visitSeen()))
                            .set("cppv_cp_visit_seen_alone", yn(v.visitSeenAlone()))
                            .set("cppv_cp_visit_bedroom", yn(v.visitBedroom()));
                }
                case "CLA" -> {
                    CarePeriod period = inForce(periods, v.visitDate(), CarePeriod::periodStartDate,
                            CarePeriod::periodEndDate);
                    rows.add("ssd_cla_visits").set("clav_cla_visit_id", id(v.id()))
                            .set("clav_cla_id", period == null ? null : id(period.id())).set("clav_person_id", pk)
                            .set("clav_cla_visit_date", date(v.visitDate())).set("clav_cla_visit_seen", yn(v.visitSeen()))
                            .set("clav_cla_visit_seen_alone", yn(v.visitSeenAlone()));
                }
                default -> otherVisits++; // a family help visit: the SSD has no table for early help visits
            }
        }
    }

    private void care(ChildJourney journey, String pk, SsdRows rows) {
        List<CarePeriod> periods = sorted(journey.all(CareStage.CARE_PERIODS));
        List<Placement> placements = sorted(journey.all(CareStage.PLACEMENTS));
        for (Ssda903Episode e : episodes.all(journey)) {
            CarePeriod period = inForce(periods, e.decom(), CarePeriod::periodStartDate, CarePeriod::periodEndDate);
            Placement placement = latestFrom(placements, e.decom());
            String periodId = period == null ? "" : id(period.id());
            rows.add("ssd_cla_episodes").set("clae_cla_episode_id", derivedId("cla-episode", pk, e.decom().toString()))
                    .set("clae_person_id", pk).set("clae_cla_episode_start_date", date(e.decom()))
                    .set("clae_cla_episode_start_reason", e.rne()).set("clae_cla_primary_need_code", e.cin())
                    .set("clae_cla_episode_ceased_date", date(e.dec())).set("clae_cla_episode_ceased_reason", e.rec())
                    .set("clae_cla_id", periodId).set("clae_cla_placement_id", placement == null ? null : id(placement.id()))
                    .set("clae_entered_care_date", period == null ? null : date(period.periodStartDate()));
        }
        for (Placement pl : placements) {
            CarePeriod period = inForce(periods, pl.claPlacementStartDate(), CarePeriod::periodStartDate,
                    CarePeriod::periodEndDate);
            rows.add("ssd_cla_placement").set("clap_cla_placement_id", id(pl.id()))
                    .set("clap_cla_placement_start_date", date(pl.claPlacementStartDate()))
                    .set("clap_cla_placement_type", pl.claPlacementType()).set("clap_cla_placement_urn", pl.claPlacementUrn())
                    .set("clap_cla_placement_distance", pl.claPlacementDistance() == null ? null
                            : pl.claPlacementDistance().stripTrailingZeros().toPlainString())
                    .set("clap_cla_id", period == null ? null : id(period.id()))
                    .set("clap_cla_placement_provider", pl.claPlacementProvider())
                    .set("clap_cla_placement_postcode", pl.claPlacementPostcode())
                    .set("clap_cla_placement_end_date", date(pl.claPlacementEndDate()))
                    .set("clap_cla_placement_change_reason", pl.claPlacementChangeReason()).set("clap_person_id", pk);
        }
        for (LegalStatus l : sorted(journey.all(CareStage.LEGAL_STATUSES))) {
            rows.add("ssd_legal_status").set("lega_legal_status_id", id(l.id())).set("lega_person_id", pk)
                    .set("lega_legal_status", l.legalStatus()).set("lega_legal_status_start_date", date(l.legalStatusStartDate()))
                    .set("lega_legal_status_end_date", date(l.legalStatusEndDate()));
        }
        for (CareReview r : sorted(journey.all(CareStage.CARE_REVIEWS))) {
            CarePeriod period = inForce(periods, r.claReviewDate(), CarePeriod::periodStartDate, CarePeriod::periodEndDate);
            rows.add("ssd_cla_reviews").set("clar_cla_review_id", id(r.id()))
                    .set("clar_cla_id", period == null ? null : id(period.id()))
                    .set("clar_cla_review_date", date(r.claReviewDate())).set("clar_cla_review_cancelled", yn(r.claReviewCancelled()))
                    .set("clar_cla_review_participation", r.claReviewParticipation());
        }
        for (MissingEpisode m : sorted(journey.all(CareStage.MISSING))) {
            rows.add("ssd_missing").set("miss_table_id", id(m.id())).set("miss_person_id", pk)
                    .set("miss_missing_episode_start_date", date(m.missingEpisodeStartDate()))
                    .set("miss_missing_episode_type", m.missingEpisodeType())
                    .set("miss_missing_episode_end_date", date(m.missingEpisodeEndDate()))
                    .set("miss_missing_rhi_offered", yn(m.missingRhiOffered()))
                    .set("miss_missing_rhi_accepted", yn(m.missingRhiAccepted()));
        }
        for (Permanence p : sorted(journey.all(PermanenceStage.PERMANENCE))) {
            LocalDate on = p.startDate();
            CarePeriod period = on == null ? null : inForce(periods, on, CarePeriod::periodStartDate, CarePeriod::periodEndDate);
            rows.add("ssd_permanence").set("perm_table_id", id(p.id())).set("perm_person_id", pk)
                    .set("perm_cla_id", period == null ? null : id(period.id()))
                    .set("perm_adm_decision_date", date(p.admDecisionDate()))
                    .set("perm_placed_for_adoption_date", date(p.placedForAdoptionDate()))
                    .set("perm_matched_date", date(p.matchedDate()))
                    .set("perm_adopted_by_carer_flag", flag(p.adoptedByCarerFlag()))
                    .set("perm_decision_reversed_date", date(p.decisionReversedDate()))
                    .set("perm_decision_reversed_reason", p.decisionReversedReason())
                    .set("perm_permanence_order_date", date(p.permanenceOrderDate()))
                    .set("perm_permanence_order_type", p.permanenceOrderType()).set("perm_adopter_sex", p.adopterSex())
                    .set("perm_adopter_legal_status", p.adopterLegalStatus())
                    .set("perm_number_of_adopters", p.numberOfAdopters());
        }
        for (PreviousPermanence p : sorted(journey.all(PermanenceStage.PREVIOUS_PERMANENCE))) {
            rows.add("ssd_cla_previous_permanence").set("lapp_table_id", id(p.id())).set("lapp_person_id", pk)
                    .set("lapp_previous_permanence_order_date", p.previousPermanenceOrderDate())
                    .set("lapp_previous_permanence_option", p.previousPermanenceOption())
                    .set("lapp_previous_permanence_la", p.previousPermanenceLa());
        }
        for (CareOutcome o : sorted(journey.all(CareStage.CARE_OUTCOMES))) {
            String yearEnd = date(o.outcomeYearEnd());
            if (!blank(o.sdqScore()) || !blank(o.sdqReason())) {
                rows.add("ssd_sdq_scores").set("csdq_table_id", id(o.id())).set("csdq_person_id", pk)
                        .set("csdq_sdq_reason", o.sdqReason()).set("csdq_sdq_score", o.sdqScore());
            }
            if (!flag(o.immunisations()).isEmpty()) {
                rows.add("ssd_cla_immunisations").set("clai_person_id", pk)
                        .set("clai_immunisations_status", flag(o.immunisations()))
                        .set("clai_immunisations_status_date", yearEnd);
            }
            if (!flag(o.substanceMisuse()).isEmpty()) {
                rows.add("ssd_cla_substance_misuse").set("clas_substance_misuse_id", derivedId("substance", id(o.id())))
                        .set("clas_person_id", pk).set("clas_substance_misuse_date", yearEnd)
                        .set("clas_substance_misused", flag(o.substanceMisuse()))
                        .set("clas_intervention_received", flag(o.interventionReceived()));
            }
        }
    }

    /** The record in force on a day: the latest to start by then that has not ended before it. */
    private static <T> T inForce(List<T> records, LocalDate day, Function<T, LocalDate> start, Function<T, LocalDate> end) {
        T found = null;
        if (day == null) {
            return null;
        }
        for (T r : records) {
            LocalDate s = start.apply(r);
            LocalDate e = end.apply(r);
            if (s != null && !s.isAfter(day) && (e == null || !e.isBefore(day))
                    && (found == null || !s.isBefore(start.apply(found)))) {
                found = r;
            }
        }
        return found;
    }

    private static Placement latestFrom(List<Placement> placements, LocalDate day) {
        Placement found = null;
        for (Placement p : placements) {
            if (!p.claPlacementStartDate().isAfter(day)
                    && (found == null || !p.claPlacementStartDate().isBefore(found.claPlacementStartDate()))) {
                found = p;
            }
        }
        return found;
    }

    /** Records in a fixed order: by start date (undated first), then id. */
    static <T extends JourneyRecord> List<T> sorted(List<T> records) {
        List<T> out = new ArrayList<>(records);
        out.sort(Comparator.comparing((T r) -> r.startDate(), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(r -> r.id() == null ? "" : r.id().toString()));
        return out;
    }

    /** The label of a CIN referral source (contacts use the same list) in the year of the day it was given. */
    static String sourceLabel(String code, LocalDate day) {
        if (blank(code)) {
            return "";
        }
        CodeLists lists = CodeLists.standard();
        if (day != null) {
            java.util.Optional<String> label = lists.list("REFERRAL_SOURCE", CollectionYear.containing(day)).label(code.trim());
            if (label.isPresent()) {
                return label.get();
            }
        }
        return lists.list("REFERRAL_SOURCE", CollectionYear.containing(LocalDate.now())).label(code.trim()).orElse("");
    }

    static String id(UUID id) {
        return id == null ? "" : id.toString();
    }

    static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    static String yn(Boolean b) {
        return b == null ? "" : b ? "Y" : "N";
    }

    /** A 903 yes/no answer (1/0, or already Y/N) as a flag; anything else is not a yes or no and stays empty. */
    static String flag(String answer) {
        if (answer == null) {
            return "";
        }
        return switch (answer.trim().toUpperCase(Locale.ROOT)) {
            case "1", "Y", "YES", "TRUE" -> "Y";
            case "0", "N", "NO", "FALSE" -> "N";
            default -> "";
        };
    }

    /** Sex as the SSD's guidance codes it, from either coding Hearth holds (M/F/U or the 903's 1/2). */
    static String sex(String held) {
        String s = held == null ? "" : held.trim().toUpperCase(Locale.ROOT);
        return switch (s) {
            case "M", "1" -> "M";
            case "F", "2" -> "F";
            case "U", "0", "9" -> "U";
            default -> "";
        };
    }

    /** Gender in the CIN coding gender.yml lists (0, 1, 2, 9); a leading zero (the guidance's 00, 01…) dropped. */
    static String gender(String held) {
        if (blank(held)) {
            return "";
        }
        String g = held.trim();
        return g.matches("0\\d") ? g.substring(1) : g;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
