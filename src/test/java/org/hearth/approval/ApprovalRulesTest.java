package org.hearth.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.approval.ApprovalRules.Decision;
import org.hearth.approval.ApprovalRules.Kind;
import org.junit.jupiter.api.Test;

class ApprovalRulesTest {
    static final Instant ASKED = Instant.parse("2025-03-03T10:15:00Z");
    static final Instant NOW = Instant.parse("2025-03-04T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2025, 3, 4);
    final Actor worker = new Actor("sam", "Sam", Role.SOCIAL_WORKER, "team-a");
    final Actor manager = new Actor("taylor", "Taylor", Role.TEAM_MANAGER, "team-a");
    final Approval request = Approval.request(UUID.randomUUID(), ApprovalType.ASSESSMENT_AUTHORISATION,
            UUID.randomUUID(), "team-a", "sam", ASKED, null);

    @Test
    void shouldLetTheWorkersTeamManagerApproveAndRecordWhoAndWhen() {
        ApprovalRules.Outcome o = ApprovalRules.decide(request, manager, 0, Decision.APPROVE, "Analysis is sound and the plan follows from it", NOW, TODAY);

        assertThat(o.refused()).isFalse();
        assertThat(o.approval().status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(o.approval().decidedBy()).isEqualTo("taylor");
        assertThat(o.approval().decidedOn()).isEqualTo(TODAY);
        assertThat(o.approval().version()).isEqualTo(1);
        assertThat(o.approval().requestedBy()).isEqualTo("sam");
    }

    @Test
    void shouldReturnWithTheReasonForTheWorker() {
        ApprovalRules.Outcome o = ApprovalRules.decide(request, manager, 0, Decision.RETURN,
                "  Add the child's own words  ", NOW, TODAY);

        assertThat(o.approval().status()).isEqualTo(ApprovalStatus.RETURNED);
        assertThat(o.approval().reason()).isEqualTo("Add the child's own words");
    }

    @Test
    void shouldRefuseAReturnWithNoReason() {
        ApprovalRules.Outcome o = ApprovalRules.decide(request, manager, 0, Decision.RETURN, " ", NOW, TODAY);

        assertThat(o.refused()).isTrue();
        assertThat(o.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.INPUT);
            assertThat(p.field()).isEqualTo("reason");
            assertThat(p.message()).contains("why you are returning it");
        });
    }

    @Test
    void shouldRefuseAnApprovalWithNoRationale() {
        ApprovalRules.Outcome o = ApprovalRules.decide(request, manager, 0, Decision.APPROVE, "   ", NOW, TODAY);

        assertThat(o.refused()).isTrue();
        assertThat(o.approval()).isNull();
        assertThat(o.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.INPUT);
            assertThat(p.field()).isEqualTo("reason");
            assertThat(p.message()).contains("rationale for approving");
        });
    }

    @Test
    void shouldKeepTheRationaleOfAnApprovalAsManagementOversight() {
        Approval approved = ApprovalRules.decide(request, manager, 0, Decision.APPROVE, " Sound analysis ", NOW, TODAY)
                .approval();

        assertThat(approved.reason()).isEqualTo("Sound analysis");
    }

    @Test
    void shouldRefuseNoDecision() {
        assertThat(ApprovalRules.decide(request, manager, 0, null, null, NOW, TODAY).problems())
                .extracting(ApprovalRules.Problem::field).containsExactly("decision");
    }

    @Test
    void shouldRefuseAnOverlongReason() {
        assertThat(ApprovalRules.decide(request, manager, 0, Decision.RETURN, "x".repeat(ApprovalRules.REASON_MAX + 1),
                NOW, TODAY).problems()).extracting(ApprovalRules.Problem::field).containsExactly("reason");
    }

    @Test
    void shouldRefuseAWorkerDecidingAnything() {
        Actor colleague = new Actor("kim", "Kim", Role.SOCIAL_WORKER, "team-a");
        ApprovalRules.Outcome o = ApprovalRules.decide(request, colleague, 0, Decision.APPROVE, "Analysis is sound and the plan follows from it", NOW, TODAY);

        assertThat(o.problems()).singleElement().extracting(ApprovalRules.Problem::kind).isEqualTo(Kind.FORBIDDEN);
    }

    @Test
    void shouldRefuseApprovingYourOwnWorkEvenAsATeamManager() {
        Approval own = Approval.request(UUID.randomUUID(), ApprovalType.CIN_PLAN_SIGN_OFF, UUID.randomUUID(), "team-a",
                "taylor", ASKED, null);
        ApprovalRules.Outcome o = ApprovalRules.decide(own, manager, 0, Decision.APPROVE, "Analysis is sound and the plan follows from it", NOW, TODAY);

        assertThat(o.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.FORBIDDEN);
            assertThat(p.message()).contains("your own work");
        });
    }

    @Test
    void shouldRefuseAManagerOfAnotherTeam() {
        Actor other = new Actor("morgan", "Morgan", Role.TEAM_MANAGER, "team-b");
        ApprovalRules.Outcome o = ApprovalRules.decide(request, other, 0, Decision.APPROVE, "Analysis is sound and the plan follows from it", NOW, TODAY);

        assertThat(o.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.FORBIDDEN);
            assertThat(p.message()).contains("sam's team");
        });
    }

    @Test
    void shouldRefuseDecidingTwiceSayingWhoDecidedAndWhen() {
        Approval approved = ApprovalRules.decide(request, manager, 0, Decision.APPROVE, "Analysis is sound and the plan follows from it", NOW, TODAY).approval();
        Actor deputy = new Actor("dee", "Dee", Role.TEAM_MANAGER, "team-a");

        ApprovalRules.Outcome o = ApprovalRules.decide(approved, deputy, 1, Decision.RETURN, "Too late", NOW, TODAY);

        assertThat(o.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.STALE);
            assertThat(p.message()).isEqualTo("This request was already approved by taylor on 4 March 2025 at 09:00");
        });
    }

    @Test
    void shouldRefuseADecisionOnAVersionNoLongerCurrent() {
        ApprovalRules.Outcome o = ApprovalRules.decide(request, manager, 3, Decision.APPROVE, "Analysis is sound and the plan follows from it", NOW, TODAY);

        assertThat(o.problems()).singleElement().extracting(ApprovalRules.Problem::kind).isEqualTo(Kind.STALE);
    }

    @Test
    void shouldLetAWorkerInATeamAsk() {
        assertThat(ApprovalRules.checkRequest(worker, ApprovalType.ASSESSMENT_AUTHORISATION, Optional.empty(), false, null))
                .isEmpty();
    }

    @Test
    void shouldRefuseAskingTwiceWhileARequestIsWaiting() {
        assertThat(ApprovalRules.checkRequest(worker, ApprovalType.ASSESSMENT_AUTHORISATION, Optional.of(request), false,
                null)).singleElement().satisfies(p -> {
                    assertThat(p.kind()).isEqualTo(Kind.STALE);
                    assertThat(p.message()).isEqualTo("This assessment is already waiting for a decision, asked for by sam "
                            + "on 3 March 2025 at 10:15");
                });
    }

    @Test
    void shouldRefuseAskingForWhatIsAlreadyApproved() {
        assertThat(ApprovalRules.checkRequest(worker, ApprovalType.CIN_PLAN_SIGN_OFF, Optional.empty(), true, null))
                .extracting(ApprovalRules.Problem::message).containsExactly("This child in need plan has already been approved");
    }

    @Test
    void shouldRefuseAWorkerWithNoTeamAndNoOneToAsk() {
        Actor loner = new Actor("lee", "Lee", Role.SOCIAL_WORKER, null);
        assertThat(ApprovalRules.checkRequest(loner, ApprovalType.ASSESSMENT_AUTHORISATION, Optional.empty(), false, null))
                .extracting(ApprovalRules.Problem::kind).containsExactly(Kind.FORBIDDEN);
    }

    @Test
    void shouldRefuseAnAnalystAsking() {
        Actor analyst = new Actor("ana", "Ana", Role.DATA_ANALYST, "team-a");
        assertThat(ApprovalRules.checkRequest(analyst, ApprovalType.ASSESSMENT_AUTHORISATION, Optional.empty(), false, null))
                .extracting(ApprovalRules.Problem::kind).containsExactly(Kind.FORBIDDEN);
    }
}
