package org.hearth.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ShareWithOrganisationTest {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final PartnerOrganisation POLICE = new PartnerOrganisation("POL", "Example Valley Police", "POLICE_FORCE",
            "Police force");
    static final Episode S47 = new Episode("s47-enquiries", UUID.randomUUID(), "Section 47 enquiry",
            TODAY.minusDays(3), null);

    static ShareWithOrganisation.Context context(Optional<PartnerOrganisation> org, Map<String, Episode> open,
                                                 List<SharingDecision> existing) {
        return new ShareWithOrganisation.Context(org, open, existing, TODAY, "sw");
    }

    static ShareWithOrganisation police(String basis, Boolean sought, Boolean given, Set<String> parts, LocalDate end) {
        return new ShareWithOrganisation("POL", "SAFEGUARDING_ENQUIRY", basis, sought, given, parts, end);
    }

    @Test
    void shouldShareTheChosenPartsUntilTheEndDateFollowingTheOpenEnquiry() {
        var outcome = police("CA1989_S47", false, null, Set.of("s47-enquiries", "cp-plans"), TODAY.plusMonths(2))
                .decide(context(Optional.of(POLICE), Map.of("s47-enquiries", S47), List.of()));
        assertThat(outcome.refusals()).isEmpty();
        SharingDecision d = outcome.shared().orElseThrow().decision();
        assertThat(d.parts()).containsExactlyInAnyOrder("person", "s47-enquiries", "cp-plans");
        assertThat(d.endsOn()).isEqualTo(TODAY.plusMonths(2));
        assertThat(d.episodeId()).isEqualTo(S47.id());
    }

    @Test
    void shouldRefuseAnUnknownOrganisation() {
        var outcome = police("CA1989_S47", false, null, Set.of("cp-plans"), TODAY.plusMonths(1))
                .decide(context(Optional.empty(), Map.of("s47-enquiries", S47), List.of()));
        assertThat(outcome.shared()).isEmpty();
        assertThat(outcome.refusals()).extracting(Refusal::field).contains("organisation");
    }

    @Test
    void shouldRefuseSharingWhenNoEpisodeIsOpenForThePurpose() {
        var outcome = police("CA1989_S47", false, null, Set.of("cp-plans"), TODAY.plusMonths(1))
                .decide(context(Optional.of(POLICE), Map.of(), List.of()));
        assertThat(outcome.refusals()).extracting(Refusal::message)
                .anyMatch(m -> m.contains("no open section 47 enquiry"));
    }

    @Test
    void shouldRefusePartsTheOrganisationTypeIsNotOffered() {
        var outcome = police("CA1989_S47", false, null, Set.of("case-notes", "placements"), TODAY.plusMonths(1))
                .decide(context(Optional.of(POLICE), Map.of("s47-enquiries", S47), List.of()));
        assertThat(outcome.refusals()).extracting(Refusal::field).containsOnly("parts");
    }

    @Test
    void shouldRefuseConsentAsTheBasisWithoutConsent() {
        var outcome = police("CONSENT", true, false, Set.of("cp-plans"), TODAY.plusMonths(1))
                .decide(context(Optional.of(POLICE), Map.of("s47-enquiries", S47), List.of()));
        assertThat(outcome.refusals()).extracting(Refusal::field).contains("lawfulBasis");
    }

    @Test
    void shouldRefuseAnEndDateInThePastOrBeyondAYear() {
        assertThat(police("CA1989_S47", false, null, Set.of("cp-plans"), TODAY.minusDays(1))
                .decide(context(Optional.of(POLICE), Map.of("s47-enquiries", S47), List.of())).refusals())
                .extracting(Refusal::field).contains("endsOn");
        assertThat(police("CA1989_S47", false, null, Set.of("cp-plans"), TODAY.plusMonths(13))
                .decide(context(Optional.of(POLICE), Map.of("s47-enquiries", S47), List.of())).refusals())
                .extracting(Refusal::field).contains("endsOn");
    }

    @Test
    void shouldRenewACurrentDecisionForTheSameOrganisation() {
        SharingDecision current = new SharingDecision(UUID.randomUUID(), UUID.randomUUID(), "POL", "SAFEGUARDING_ENQUIRY",
                "CA1989_S47", false, null, null, Set.of("person", "cp-plans"), TODAY.minusDays(10), TODAY.plusDays(10),
                "s47-enquiries", S47.id(), null, null, UUID.randomUUID(), "sw", null, 0);
        var outcome = police("CA1989_S47", false, null, Set.of("cp-plans"), TODAY.plusMonths(1))
                .decide(context(Optional.of(POLICE), Map.of("s47-enquiries", S47), List.of(current)));
        assertThat(outcome.shared().orElseThrow().renewed()).containsExactly(current);
    }

    @Test
    void shouldRefuseEndingADecisionAlreadyEndedOrStale() {
        SharingDecision ended = new SharingDecision(UUID.randomUUID(), UUID.randomUUID(), "POL", "SAFEGUARDING_ENQUIRY",
                "CA1989_S47", false, null, null, Set.of("person"), TODAY.minusDays(10), TODAY.plusDays(10),
                null, null, TODAY.minusDays(1), "done", UUID.randomUUID(), "sw", null, 1);
        assertThat(new EndSharing("over", 1).decide(Optional.of(ended), TODAY)).extracting(Refusal::message)
                .containsExactly("This sharing decision has already ended");
        SharingDecision open = new SharingDecision(ended.id(), ended.childId(), "POL", "SAFEGUARDING_ENQUIRY",
                "CA1989_S47", false, null, null, Set.of("person"), TODAY.minusDays(10), TODAY.plusDays(10),
                null, null, null, null, UUID.randomUUID(), "sw", null, 2);
        assertThat(new EndSharing("over", 1).decide(Optional.of(open), TODAY)).extracting(Refusal::field)
                .containsExactly("version");
        assertThat(new EndSharing(" ", 2).decide(Optional.of(open), TODAY)).extracting(Refusal::field)
                .containsExactly("reason");
        assertThat(new EndSharing("over", 2).decide(Optional.of(open), TODAY)).isEmpty();
    }

    @Test
    void shouldRefuseWithdrawingConsentNeverGivenOrInTheFuture() {
        SharingDecision noConsent = new SharingDecision(UUID.randomUUID(), UUID.randomUUID(), "POL",
                "SAFEGUARDING_ENQUIRY", "CA1989_S47", false, null, null, Set.of("person"), TODAY.minusDays(10),
                TODAY.plusDays(10), null, null, null, null, UUID.randomUUID(), "sw", null, 0);
        assertThat(new RecordConsentWithdrawn(TODAY, 0).decide(Optional.of(noConsent), TODAY)).isNotEmpty();
        SharingDecision consented = new SharingDecision(noConsent.id(), noConsent.childId(), "POL", "FAMILY_HELP",
                "CONSENT", true, true, null, Set.of("person"), TODAY.minusDays(10), TODAY.plusDays(10), null, null,
                null, null, UUID.randomUUID(), "sw", null, 0);
        assertThat(new RecordConsentWithdrawn(TODAY.plusDays(1), 0).decide(Optional.of(consented), TODAY))
                .extracting(Refusal::field).containsExactly("withdrawnOn");
        assertThat(new RecordConsentWithdrawn(TODAY, 0).decide(Optional.of(consented), TODAY)).isEmpty();
        assertThat(RecordConsentWithdrawn.endsSharing(consented)).isTrue();
        assertThat(RecordConsentWithdrawn.endsSharing(noConsent)).isFalse();
    }

    @Test
    void shouldLetOnlyTheOrganisationAskedAnswerARequestInOrder() {
        ServiceRequest asked = new ServiceRequest(UUID.randomUUID(), UUID.randomUUID(), null, "CAMHS", "Assessment",
                "Low mood", null, ServiceRequest.State.REQUESTED, null, null, "sw", null, null, null, 0);
        assertThat(new AnswerServiceRequest(AnswerServiceRequest.Answer.ACCEPT, null, 0).decide(Optional.of(asked),
                "SCHOOL")).extracting(Refusal::field).containsExactly("request");
        assertThat(new AnswerServiceRequest(AnswerServiceRequest.Answer.DONE, null, 0).decide(Optional.of(asked),
                "CAMHS")).extracting(Refusal::field).containsExactly("answer");
        assertThat(new AnswerServiceRequest(AnswerServiceRequest.Answer.DECLINE, " ", 0).decide(Optional.of(asked),
                "CAMHS")).extracting(Refusal::field).containsExactly("declineReason");
        assertThat(new AnswerServiceRequest(AnswerServiceRequest.Answer.ACCEPT, null, 0).decide(Optional.of(asked),
                "CAMHS")).isEmpty();
        assertThat(new RequestService("NOPE", "x", "y", null, "CA2004_S10").decide(null, Optional.empty(), TODAY))
                .extracting(Refusal::field).contains("toOrganisation");
    }
}
