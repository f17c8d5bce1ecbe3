package org.hearth.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.access.AccessDenied;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.UserDirectory;
import org.hearth.assessment.Assessment;
import org.hearth.journey.JourneyService;
import org.hearth.journey.RuleViolations;
import org.hearth.platform.web.HearthProblem;
import org.hearth.referral.Referral;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.hearth.assessment.AssessmentStage;

/** Approvals against the real database: the seam, the audit, the assessment's authorisation and the refusals. */
class ApprovalsTest extends HearthIntegrationTest {
    @Autowired TestFixtures fixtures;
    @Autowired UserDirectory users;
    @Autowired JourneyService journeys;
    @Autowired Approvals approvals;
    @Autowired JdbcTemplate jdbc;

    String team;
    Actor worker;
    Actor manager;
    UUID child;
    UUID assessment;

    @BeforeEach
    void setUp() {
        team = fixtures.team();
        worker = users.find(fixtures.user(Role.SOCIAL_WORKER, team)).orElseThrow();
        manager = users.find(fixtures.user(Role.TEAM_MANAGER, team)).orElseThrow();
        LocalDate referred = LocalDate.now().minusDays(20);
        child = fixtures.child(LocalDate.of(2014, 5, 1), worker.username(), referred.minusDays(1));
        UUID referral = UUID.randomUUID();
        fixtures.history(child, new Referral(referral, child, null, referred, "5A", "N1", referred, false, null, null));
        assessment = assessment(referral, List.of("3B"), "Family help offered");
    }

    /** A written assessment, not authorised, as the worker sends it. */
    UUID assessment(UUID referral, List<String> factors, String helpOffered) {
        UUID id = UUID.randomUUID();
        fixtures.history(child, new Assessment(id, child, referral, LocalDate.now().minusDays(18), null, null, factors,
                false, helpOffered, "Wants to stay at school", "Coping with support", "Overcrowded flat",
                "Needs met with family help"));
        return id;
    }

    Assessment stored() {
        return journeys.read(manager, child, "assessments", "test").find(AssessmentStage.ASSESSMENTS, assessment).orElseThrow();
    }

    long audited(String actor, String outcome) {
        return jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = ? AND part = 'approvals' AND outcome = ?",
                Long.class, actor, outcome);
    }

    @Test
    void shouldAuthoriseTheAssessmentWhenTheTeamManagerApproves() {
        Approval asked = approvals.request(worker, child, ApprovalType.ASSESSMENT_AUTHORISATION, assessment, "Ready");
        assertThat(approvals.waitingFor(manager)).extracting(w -> w.approval().id()).contains(asked.id());

        Approval decided = approvals.decide(manager, asked.id(), 0, ApprovalRules.Decision.APPROVE, "Analysis is sound and the plan follows from it");

        assertThat(decided.status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(stored().assessmentAuthDate()).isEqualTo(LocalDate.now());
        assertThat(approvals.waitingFor(manager)).extracting(w -> w.approval().id()).doesNotContain(asked.id());
        assertThat(audited(worker.username(), "ALLOWED")).isPositive();
        assertThat(audited(manager.username(), "ALLOWED")).isPositive();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM chronology_entry WHERE chro_person_id = ? "
                + "AND chro_summary LIKE '%Assessment authorised%'", Long.class, child)).isEqualTo(1);
    }

    @Test
    void shouldLeaveTheAssessmentOpenWhenReturnedAndLetTheWorkerAskAgain() {
        Approval asked = approvals.request(worker, child, ApprovalType.ASSESSMENT_AUTHORISATION, assessment, null);

        approvals.decide(manager, asked.id(), 0, ApprovalRules.Decision.RETURN, "Add the child's views");

        assertThat(stored().assessmentAuthDate()).isNull();
        assertThat(approvals.forChild(worker, child)).first().satisfies(a -> {
            assertThat(a.status()).isEqualTo(ApprovalStatus.RETURNED);
            assertThat(a.reason()).isEqualTo("Add the child's views");
        });
        Approval again = approvals.request(worker, child, ApprovalType.ASSESSMENT_AUTHORISATION, assessment, null);
        assertThat(again.pending()).isTrue();
    }

    @Test
    void shouldRefuseAskingTwiceForTheSameAssessment() {
        approvals.request(worker, child, ApprovalType.ASSESSMENT_AUTHORISATION, assessment, null);

        assertThatThrownBy(() -> approvals.request(worker, child, ApprovalType.ASSESSMENT_AUTHORISATION, assessment, null))
                .isInstanceOf(Approvals.Refused.class).hasMessageContaining("already waiting for a decision");
        assertThat(audited(worker.username(), "REFUSED")).isEqualTo(1);
    }

    @Test
    void shouldRefuseAManagerApprovingTheirOwnRequest() {
        fixtures.allocate(child, manager.username(), "SW", LocalDate.now().minusDays(1));
        Approval own = approvals.request(manager, child, ApprovalType.ASSESSMENT_AUTHORISATION, assessment, null);

        assertThatThrownBy(() -> approvals.decide(manager, own.id(), 0, ApprovalRules.Decision.APPROVE, "Analysis is sound and the plan follows from it"))
                .isInstanceOf(HearthProblem.class).hasMessageContaining("your own work");
        assertThat(stored().assessmentAuthDate()).isNull();
        assertThat(audited(manager.username(), "REFUSED")).isEqualTo(1);
    }

    @Test
    void shouldRefuseAWorkerDecidingAndAManagerOfAnotherTeam() {
        Approval asked = approvals.request(worker, child, ApprovalType.ASSESSMENT_AUTHORISATION, assessment, null);
        Actor colleague = users.find(fixtures.user(Role.SOCIAL_WORKER, team)).orElseThrow();
        fixtures.allocate(child, colleague.username(), "SW", LocalDate.now().minusDays(1));
        Actor stranger = users.find(fixtures.user(Role.TEAM_MANAGER, fixtures.team())).orElseThrow();

        assertThatThrownBy(() -> approvals.decide(colleague, asked.id(), 0, ApprovalRules.Decision.APPROVE, "Analysis is sound and the plan follows from it"))
                .isInstanceOf(HearthProblem.class).hasMessageContaining("Only a team manager");
        assertThatThrownBy(() -> approvals.decide(stranger, asked.id(), 0, ApprovalRules.Decision.APPROVE, "Analysis is sound and the plan follows from it"))
                .isInstanceOf(AccessDenied.class);
        assertThat(approvals.waitingFor(stranger)).isEmpty();
        assertThat(stored().assessmentAuthDate()).isNull();
    }

    @Test
    void shouldRefuseAStaleDecision() {
        Approval asked = approvals.request(worker, child, ApprovalType.ASSESSMENT_AUTHORISATION, assessment, null);
        Actor deputy = users.find(fixtures.user(Role.TEAM_MANAGER, team)).orElseThrow();
        approvals.decide(manager, asked.id(), 0, ApprovalRules.Decision.RETURN, "Needs the analysis");

        assertThatThrownBy(() -> approvals.decide(deputy, asked.id(), 0, ApprovalRules.Decision.APPROVE, "Analysis is sound and the plan follows from it"))
                .isInstanceOf(Approvals.Refused.class).hasMessageContaining("already returned by " + manager.username());
        assertThat(stored().assessmentAuthDate()).isNull();
    }

    @Test
    void shouldRefuseApprovingAnIncompleteAssessmentAndLeaveTheRequestWaiting() {
        UUID referral = stored().referralId();
        UUID noHelp = assessment(referral, List.of("21"), null);
        Approval asked = approvals.request(worker, child, ApprovalType.ASSESSMENT_AUTHORISATION, noHelp, null);

        assertThatThrownBy(() -> approvals.decide(manager, asked.id(), 0, ApprovalRules.Decision.APPROVE, "Analysis is sound and the plan follows from it"))
                .isInstanceOf(RuleViolations.class).hasMessageContaining("help offered");
        assertThat(approvals.get(manager, asked.id()).pending()).isTrue();
        assertThat(journeys.read(manager, child, "assessments", "test").find(AssessmentStage.ASSESSMENTS, noHelp)
                .orElseThrow().assessmentAuthDate()).isNull();
    }

    @Test
    void shouldSignOffAChildInNeedPlanOnce() {
        UUID plan = UUID.randomUUID();
        fixtures.history(child, new org.hearth.assessment.CinPlan(plan, child, stored().referralId(),
                LocalDate.now().minusDays(2), null));
        Approval asked = approvals.request(worker, child, ApprovalType.CIN_PLAN_SIGN_OFF, plan, null);
        approvals.decide(manager, asked.id(), 0, ApprovalRules.Decision.APPROVE, "Analysis is sound and the plan follows from it");

        assertThatThrownBy(() -> approvals.request(worker, child, ApprovalType.CIN_PLAN_SIGN_OFF, plan, null))
                .isInstanceOf(Approvals.Refused.class).hasMessageContaining("already been approved");
    }

    @Test
    void shouldRefuseAskingAboutAChildTheWorkerHasNoRelationshipWith() {
        Actor stranger = users.find(fixtures.user(Role.SOCIAL_WORKER, fixtures.team())).orElseThrow();
        assertThatThrownBy(() -> approvals.request(stranger, child, ApprovalType.ASSESSMENT_AUTHORISATION, assessment, null))
                .isInstanceOf(AccessDenied.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = ? AND outcome = 'DENIED'",
                Long.class, stranger.username())).isEqualTo(1);
    }
}
