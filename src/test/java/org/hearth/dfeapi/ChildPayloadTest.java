package org.hearth.dfeapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.dfeapi.Child.d;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.allocation.Allocation;
import org.hearth.allocation.AllocationStage;
import org.hearth.allocation.SocialWorkerEpisode;
import org.hearth.assessment.Assessment;
import org.hearth.assessment.AssessmentStage;
import org.hearth.assessment.CinPlan;
import org.hearth.care.CareOutcome;
import org.hearth.care.CarePeriod;
import org.hearth.care.CareStage;
import org.hearth.care.LegalStatus;
import org.hearth.care.Placement;
import org.hearth.leaving.CareLeaverContact;
import org.hearth.leaving.LeavingCareStage;
import org.hearth.people.Address;
import org.hearth.people.ImmigrationStatus;
import org.hearth.people.PeopleStage;
import org.hearth.permanence.Permanence;
import org.hearth.permanence.PermanenceStage;
import org.hearth.protection.CpPlan;
import org.hearth.protection.InitialConference;
import org.hearth.protection.ProtectionStage;
import org.hearth.protection.S47Enquiry;
import org.hearth.referral.Referral;
import org.hearth.referral.ReferralStage;
import org.junit.jupiter.api.Test;

/** A child's record as the data flow's JSON: the spec's names, nesting, ISO dates and codes, nothing null. */
class ChildPayloadTest {
    static final LocalDate TODAY = d("2026-04-30");
    static final Cohort.Window WINDOW = Cohort.Window.endingOn(TODAY);

    /** A child with one of everything the flow carries, and a few things it must leave out. */
    static Child everything() {
        Child c = Child.born("C0001", d("2014-03-02"));
        UUID child = c.id();
        Referral old = new Referral(UUID.randomUUID(), child, null, d("2019-01-01"), "2B", "N2", d("2019-01-01"), true,
                "RC8", d("2019-02-01"));
        Referral r = new Referral(UUID.randomUUID(), child, null, d("2025-01-10"), "1A", "N1", d("2025-01-10"), false,
                null, null);
        c.with(ReferralStage.REFERRALS, old).with(ReferralStage.REFERRALS, r);
        c.with(AssessmentStage.ASSESSMENTS, new Assessment(UUID.randomUUID(), child, r.id(), d("2025-01-11"),
                d("2025-01-12"), d("2025-02-01"), List.of("2A", "3a"), false, null));
        c.with(AssessmentStage.CIN_PLANS, new CinPlan(UUID.randomUUID(), child, r.id(), d("2025-02-05"), d("2025-05-01")));
        S47Enquiry s47 = new S47Enquiry(UUID.randomUUID(), child, r.id(), null, d("2025-05-02"), d("2025-05-10"), true);
        c.with(ProtectionStage.S47_ENQUIRIES, s47);
        InitialConference icpc = new InitialConference(UUID.randomUUID(), child, s47.id(), r.id(), d("2025-05-20"), true);
        c.with(ProtectionStage.INITIAL_CONFERENCES, icpc);
        c.with(ProtectionStage.CP_PLANS, new CpPlan(UUID.randomUUID(), child, r.id(), icpc.id(), d("2025-05-20"),
                d("2025-06-01"), "NEG", "NEG", 0));
        c.with(CareStage.CARE_PERIODS, new CarePeriod(UUID.randomUUID(), child, d("2025-06-01"), null, null, "N1"));
        c.with(CareStage.LEGAL_STATUSES, new LegalStatus(UUID.randomUUID(), child, "C2", d("2025-06-01"), null));
        Placement first = new Placement(UUID.randomUUID(), child, d("2025-06-01"), null, "U1", "PR1", "LS1 1UR", null,
                null, null);
        c.with(CareStage.PLACEMENTS, first.endingOn(d("2025-09-01"), "CARPL"));
        c.with(CareStage.PLACEMENTS, new Placement(UUID.randomUUID(), child, d("2025-09-01"), null, "U3", "PR1",
                "ls2 9jt", null, null, null));
        c.with(PeopleStage.ADDRESSES, new Address(UUID.randomUUID(), child, "Primary Address", "1 Any Street",
                "LS2 7EY", d("2020-01-01"), null));
        c.with(PeopleStage.ADDRESSES, new Address(UUID.randomUUID(), child, "Primary Address", "Refuge", "LS6 1AA",
                d("2026-01-01"), null, true));
        c.with(AllocationStage.ALLOCATIONS, new Allocation(UUID.randomUUID(), child, "sw.demo", "SW", "Team A",
                d("2025-01-10"), null, null));
        c.with(AllocationStage.ALLOCATIONS, new Allocation(UUID.randomUUID(), child, "iro.demo", "IRO", "Team A",
                d("2025-06-10"), null, null));
        c.with(AllocationStage.SOCIAL_WORKER_EPISODES, new SocialWorkerEpisode(UUID.randomUUID(), child, "SW12345",
                d("2024-12-01"), d("2025-01-10"), null));
        c.with(PeopleStage.IMMIGRATION_STATUSES, new ImmigrationStatus(UUID.randomUUID(), child, "UASC", d("2024-10-01"),
                d("2025-12-01")));
        c.with(CareStage.CARE_OUTCOMES, new CareOutcome(UUID.randomUUID(), child, d("2026-03-31"), "17", null, null,
                null, null, null, null, null, null, null));
        c.with(CareStage.CARE_OUTCOMES, new CareOutcome(UUID.randomUUID(), child, d("2023-03-31"), "30", null, null,
                null, null, null, null, null, null, null));
        return c;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) {
        return (List<Object>) o;
    }

    @Test
    void shouldGiveTheChildsIdsAndDetailsInTheSpecsNames() {
        Child c = everything();
        Map<String, Object> p = Json.object(Json.text(ChildPayload.of(c.journey(), WINDOW)));
        assertThat(p).containsKeys("la_child_id", "mis_child_id", "purge", "child_details", "health_and_wellbeing",
                "social_care_episodes");
        assertThat(p.get("la_child_id")).isEqualTo("C0001");
        assertThat(p.get("mis_child_id")).isEqualTo(c.id().toString());
        assertThat(p.get("purge")).isEqualTo(false);
        Map<String, Object> details = map(p.get("child_details"));
        assertThat(details).containsEntry("unique_pupil_number", "A123456789012").containsEntry("first_name", "Alex")
                .containsEntry("surname", "Example").containsEntry("date_of_birth", "2014-03-02")
                .containsEntry("sex", "F").containsEntry("ethnicity", "WBRI")
                .containsEntry("disabilities", List.of("HAND")).containsEntry("uasc_flag", true)
                .containsEntry("uasc_end_date", "2025-12-01").containsEntry("purge", false)
                .doesNotContainKeys("expected_date_of_birth", "unique_pupil_number_unknown_reason", "nhs_number");
        assertThat(details.get("postcode")).as("the refuge's postcode is never sent").isEqualTo("LS2 7EY");
        assertThat(map(p.get("health_and_wellbeing")).get("sdq_assessments"))
                .as("only SDQs dated in the window").isEqualTo(List.of(Map.of("date", "2026-03-31", "score", 17)));
    }

    @Test
    void shouldNestTheEpisodesRecordsAndLeaveOutTheEpisodeClosedBeforeTheWindow() {
        Child c = everything();
        Map<String, Object> p = Json.object(Json.text(ChildPayload.of(c.journey(), WINDOW)));
        List<Object> episodes = list(p.get("social_care_episodes"));
        assertThat(episodes).hasSize(1);
        Map<String, Object> e = map(episodes.get(0));
        assertThat(e).containsEntry("referral_date", "2025-01-10").containsEntry("referral_source", "1A")
                .containsEntry("referral_no_further_action_flag", false).doesNotContainKeys("closure_date", "closure_reason");
        Map<String, Object> assessment = map(list(e.get("child_and_family_assessments")).get(0));
        assertThat(assessment).containsEntry("start_date", "2025-01-11").containsEntry("authorisation_date", "2025-02-01")
                .containsEntry("factors", List.of("2A", "3A"));
        assertThat(map(list(e.get("child_in_need_plans")).get(0))).containsEntry("start_date", "2025-02-05")
                .containsEntry("end_date", "2025-05-01");
        assertThat(map(list(e.get("section_47_assessments")).get(0))).containsEntry("start_date", "2025-05-02")
                .containsEntry("icpc_required_flag", true).containsEntry("icpc_date", "2025-05-20")
                .containsEntry("end_date", "2025-05-10");
        assertThat(map(list(e.get("child_protection_plans")).get(0))).containsEntry("start_date", "2025-05-20")
                .containsEntry("end_date", "2025-06-01");
        List<Object> placements = list(e.get("child_looked_after_placements"));
        assertThat(placements).hasSize(2);
        Map<String, Object> latest = map(placements.get(0));
        Map<String, Object> firstPlaced = map(placements.get(1));
        assertThat(firstPlaced).containsEntry("start_date", "2025-06-01").containsEntry("start_reason", "S")
                .containsEntry("placement_type", "U1").containsEntry("postcode", "LS1 1UR")
                .containsEntry("end_date", "2025-09-01").containsEntry("end_reason", "X1")
                .containsEntry("change_reason", "CARPL");
        assertThat(latest).containsEntry("start_date", "2025-09-01").containsEntry("start_reason", "P")
                .containsEntry("placement_type", "U3").containsEntry("postcode", "LS2 9JT").doesNotContainKey("end_date");
    }

    @Test
    void shouldSendSocialWorkersOnlyWithIdsTheSpecAcceptsAndNoUsername() {
        Map<String, Object> e = map(list(Json.object(Json.text(ChildPayload.of(everything().journey(), WINDOW)))
                .get("social_care_episodes")).get(0));
        List<Object> workers = list(e.get("care_worker_details"));
        assertThat(workers).hasSize(2).as("the IRO is not the child's social worker");
        assertThat(map(workers.get(0)).get("worker_id")).asString().matches("W[0-9a-f]{11}").isNotEqualTo("sw.demo");
        assertThat(map(workers.get(0))).containsEntry("start_date", "2025-01-10").doesNotContainKey("end_date");
        assertThat(map(workers.get(1))).containsEntry("worker_id", "SW12345").containsEntry("end_date", "2025-01-10");
        assertThat(ChildPayload.workerId("sw.demo")).isEqualTo(ChildPayload.workerId("sw.demo"))
                .isNotEqualTo(ChildPayload.workerId("tm.demo"));
    }

    @Test
    void shouldWriteEveryDateAsIsoAndNeverANull() {
        String json = Json.text(ChildPayload.of(everything().journey(), WINDOW));
        assertThat(json).doesNotContain("null");
        assertThat(json).doesNotContainPattern("\\d{2}/\\d{2}/\\d{4}");
        assertThat(json).containsPattern("\"start_date\":\"\\d{4}-\\d{2}-\\d{2}\"");
    }

    @Test
    void shouldGiveAnUnbornChildTheExpectedDateOfBirthAndTheUpnUnknownReason() {
        Child c = Child.unborn("U0001", d("2026-07-01"));
        c.with(ProtectionStage.CP_PLANS, new CpPlan(UUID.randomUUID(), c.id(), null, null, d("2026-03-01"), null,
                "NEG", "NEG", 0));
        Map<String, Object> details = map(ChildPayload.of(c.journey(), WINDOW).get("child_details"));
        assertThat(details).containsEntry("expected_date_of_birth", "2026-07-01").containsEntry("sex", "U")
                .containsEntry("unique_pupil_number_unknown_reason", "UN1").containsEntry("uasc_flag", false)
                .doesNotContainKeys("date_of_birth", "unique_pupil_number", "first_name", "disabilities");
    }

    @Test
    void shouldHangPlacementsOnThePeriodOfCareWhenTheChildHasNoCinEpisode() {
        Child c = Child.born("C0002", d("2010-05-05"));
        CarePeriod period = new CarePeriod(UUID.randomUUID(), c.id(), d("2024-08-01"), d("2025-08-01"), "E11", "N1");
        c.with(CareStage.CARE_PERIODS, period);
        c.with(CareStage.LEGAL_STATUSES, new LegalStatus(UUID.randomUUID(), c.id(), "E1", d("2024-08-01"), d("2025-08-01")));
        c.with(CareStage.PLACEMENTS, new Placement(UUID.randomUUID(), c.id(), d("2024-08-01"), d("2025-08-01"), "A5",
                "PR1", "LS1 1UR", null, null, null));
        c.with(PermanenceStage.PERMANENCE, new Permanence(UUID.randomUUID(), c.id(), "ADOPTION", d("2024-09-01"),
                d("2025-01-15"), d("2025-02-01"), null, null, null, null));
        c.with(LeavingCareStage.CARE_LEAVER_CONTACTS, new CareLeaverContact(UUID.randomUUID(), c.id(), d("2026-01-05"),
                "RELEVANT", "YES", "F2", "S2", "2"));
        Map<String, Object> e = map(list(ChildPayload.of(c.journey(), WINDOW).get("social_care_episodes")).get(0));
        assertThat(e).containsEntry("social_care_episode_id", period.id().toString())
                .containsEntry("referral_date", "2024-08-01").containsEntry("closure_date", "2025-08-01");
        assertThat(map(list(e.get("child_looked_after_placements")).get(0))).containsEntry("end_reason", "E11")
                .containsEntry("placement_type", "A5");
        assertThat(map(e.get("adoption"))).containsEntry("initial_decision_date", "2024-09-01")
                .containsEntry("matched_date", "2025-01-15").containsEntry("placed_date", "2025-02-01");
        assertThat(map(e.get("care_leavers"))).containsEntry("contact_date", "2026-01-05")
                .containsEntry("activity", "F2").containsEntry("accommodation", "S");
    }

    @Test
    void shouldSendTheCareLeaversAccommodationTypeWithoutThe903sSuitabilityAndLeaveOutNoInformation() {
        assertThat(ChildPayload.accommodation("K1")).isEqualTo("K");
        assertThat(ChildPayload.accommodation("d2")).isEqualTo("D");
        assertThat(ChildPayload.accommodation("Z1")).isNull();
        assertThat(ChildPayload.activity("G6")).isEqualTo("G6");
        assertThat(ChildPayload.activity("0")).isNull();
    }

    @Test
    void shouldGiveTheSameBytesAndHashForTheSameRecordOnEveryRun() {
        Child c = everything();
        Map<String, Object> first = ChildPayload.of(c.journey(), WINDOW);
        Map<String, Object> second = ChildPayload.of(c.journey(), WINDOW);
        assertThat(Json.text(second)).isEqualTo(Json.text(first));
        assertThat(Json.hash(second)).isEqualTo(Json.hash(first)).hasSize(64);
        String placementId = (String) map(list(map(list(first.get("social_care_episodes")).get(0))
                .get("child_looked_after_placements")).get(0)).get("child_looked_after_placement_id");
        assertThat(placementId).matches(ChildPayload.ID.pattern());
    }
}
