package org.hearth.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.UserDirectory;
import org.hearth.approval.ApprovalRules;
import org.hearth.approval.ApprovalType;
import org.hearth.approval.Approvals;
import org.hearth.assessment.Assessment;
import org.hearth.assessment.CinPlan;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyService;
import org.hearth.referral.Referral;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.hearth.assessment.AssessmentStage;
import org.hearth.referral.ReferralStage;

/** The demo's waiting approvals land in the protection team's queue and can be decided as they are. */
class DemoApprovalsTest extends HearthIntegrationTest {
    @Autowired TestFixtures fixtures;
    @Autowired UserDirectory users;
    @Autowired JourneyService journeys;
    @Autowired Approvals approvals;
    @Autowired JdbcTemplate jdbc;

    @Test
    void shouldPutAssessmentsAndAPlanInTheProtectionTeamsQueueReadyToApprove() {
        users.addTeam(DemoStaff.PROTECTION, "Child Protection & Court");
        Actor worker = users.find(fixtures.user(Role.SOCIAL_WORKER, DemoStaff.PROTECTION)).orElseThrow();
        Actor manager = users.find(fixtures.user(Role.TEAM_MANAGER, DemoStaff.PROTECTION)).orElseThrow();
        LocalDate referred = LocalDate.now().minusDays(30);
        UUID child = fixtures.child(LocalDate.of(2013, 1, 1), worker.username(), referred);
        UUID referral = UUID.randomUUID();
        UUID assessment = UUID.randomUUID();
        fixtures.history(child, new Referral(referral, child, null, referred, "5A", "N1", referred, false, null, null),
                new Assessment(assessment, child, referral, referred.plusDays(1), null, null, List.of(), null, null),
                new CinPlan(null, child, referral, referred.plusDays(20), null));

        assertThat(DemoApprovals.add(jdbc, DemoData.writer(users, journeys))).isEqualTo(2);

        List<Approvals.Waiting> waiting = approvals.waitingFor(manager);
        assertThat(waiting).extracting(w -> w.approval().type())
                .containsExactlyInAnyOrder(ApprovalType.ASSESSMENT_AUTHORISATION, ApprovalType.CIN_PLAN_SIGN_OFF);
        UUID request = waiting.stream().filter(w -> w.approval().subjectId().equals(assessment)).findFirst()
                .orElseThrow().approval().id();
        approvals.decide(manager, request, 0, ApprovalRules.Decision.APPROVE, "Analysis is sound and the plan follows from it");
        Assessment authorised = journeys.read(manager, child, "assessments", "test").find(AssessmentStage.ASSESSMENTS, assessment)
                .orElseThrow();
        assertThat(authorised.assessmentAuthDate()).isEqualTo(LocalDate.now());
        assertThat(authorised.assessmentFactors()).isNotEmpty();
        assertThat(authorised.assessmentHelpOffered()).isNotBlank();
    }
}
