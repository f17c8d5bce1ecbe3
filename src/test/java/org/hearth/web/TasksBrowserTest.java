package org.hearth.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.UserDirectory;
import org.hearth.approval.Approval;
import org.hearth.approval.ApprovalRules;
import org.hearth.approval.ApprovalType;
import org.hearth.approval.Approvals;
import org.hearth.assessment.Assessment;
import org.hearth.iro.Challenge;
import org.hearth.iro.ChallengeStage;
import org.hearth.iro.Challenges;
import org.hearth.journey.JourneyBuilder;
import org.hearth.referral.Referral;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A day's work in one place (issue 13 §6): a team manager's task list with an assessment they returned and an IRO
 * challenge escalated to them, which they answer and which then leaves the list; the IRO sees the answer waiting for
 * them; analysts and administrators land on their own work. Real headless Chromium, axe at 375, 768 and 1280 px.
 */
class TasksBrowserTest extends BrowserTest {
    @Autowired UserDirectory users;
    @Autowired Approvals approvals;
    @Autowired Challenges challenges;

    String team;
    Actor worker;
    Actor manager;
    Actor iro;
    UUID child;
    String name;

    @BeforeEach
    void setUp() {
        team = fixtures.team();
        worker = users.find(fixtures.user(Role.SOCIAL_WORKER, team)).orElseThrow();
        manager = users.find(fixtures.user(Role.TEAM_MANAGER, team)).orElseThrow();
        iro = users.find(fixtures.user(Role.IRO, fixtures.team())).orElseThrow();
        LocalDate referred = LocalDate.now().minusDays(30);
        child = fixtures.child(LocalDate.of(2016, 4, 9), worker.username(), referred.minusDays(1));
        fixtures.allocate(child, iro.username(), "IRO", referred.minusDays(1));
        String forename = Browser.uniqueName("Kit", child);
        name = forename + " Marsh";
        jdbc.update("UPDATE ssd_person SET pers_forename = ?, pers_surname = 'Marsh' WHERE pers_person_id = ?", forename, child);
        Referral referral = JourneyBuilder.referral(referred);
        Assessment assessment = JourneyBuilder.assessment(referral, referred.plusDays(1));
        fixtures.history(child, referral, assessment);
        Approval asked = approvals.request(worker, child, ApprovalType.ASSESSMENT_AUTHORISATION, assessment.id(), "Ready");
        approvals.decide(manager, asked.id(), asked.version(), ApprovalRules.Decision.RETURN,
                "Add the father's views before I authorise it");
    }

    Challenge escalatedToTheTeamManager() {
        LocalDate raised = LocalDate.now().minusDays(20);
        Challenge c = challenges.raise(iro, child, raised, "CONTACT", "Family time with her brother has stopped.");
        return challenges.escalate(iro, child, c.id(), c.version(), ChallengeStage.TEAM_MANAGER, raised.plusDays(7),
                "Team manager", "No reply to the informal request within five working days");
    }

    void accessibleAtEveryWidth(String shot) {
        for (int width : new int[] {375, 768, 1280}) {
            page.setViewportSize(width, 900);
            Browser.assertAccessible(page);
            Browser.screenshot(page, shot + "-" + width);
        }
    }

    @Test
    void shouldShowAManagerTheReturnedAssessmentAndTheEscalationUntilTheyAnswerIt() {
        Challenge c = escalatedToTheTeamManager();
        signIn(manager.username());
        assertThat(page.locator(".hearth-caseload")).hasCount(0);
        assertThat(page.getByText("allocated to you")).hasCount(0);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Returned to your team (1)")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Assessment for " + name)))
                .isVisible();
        assertThat(page.locator(".hearth-tasks")).containsText("Add the father's views before I authorise it");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("IRO challenges to answer (1)")))
                .isVisible();
        accessibleAtEveryWidth("tasks-manager");

        page.setViewportSize(1280, 900);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Family time and contact for " + name)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Answer the challenge"))).isVisible();
        assertThat(page.locator(".govuk-inset-text")).containsText("No reply to the informal request");
        accessibleAtEveryWidth("tasks-answer-form");
        page.setViewportSize(1280, 900);

        save("Save answer");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter your answer to the challenge");
        Browser.assertAccessible(page);
        page.getByLabel("Your answer").fill("Family time restarts on Saturday; the plan is updated to say so.");
        save("Save answer");
        assertThat(page.getByText("Your answer is recorded and the IRO can see it")).isVisible();
        assertThat(page.locator(".moj-timeline")).containsText("Family time restarts on Saturday");
        Browser.assertAccessible(page);

        page.navigate(url("/"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Returned to your team (1)")))
                .isVisible();
        assertThat(page.getByText("IRO challenges to answer")).hasCount(0);
        assertThat(jdbc.queryForObject("SELECT ches_answered_by FROM iro_challenge_escalation WHERE ches_challenge_id = ?",
                String.class, c.id())).isEqualTo(manager.username());

        // A second answer from a stale page is refused, not saved twice.
        page.navigate(url("/children/" + child + "/challenges/" + c.id() + "/answer"));
        page.getByLabel("Your answer").fill("Again");
        save("Save answer");
        assertThat(page.locator(".govuk-error-summary")).containsText("already answered");

        signInAfresh(iro.username());
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your open challenges (1)")))
                .isVisible();
        assertThat(page.locator(".hearth-tasks")).containsText("Answered by the team manager");
        accessibleAtEveryWidth("tasks-iro");
    }

    @Test
    void shouldShowTheWorkerTheirReturnedAssessmentLinkingToIt() {
        signIn(worker.username());
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Returned to you (1)"))).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Assessment for " + name)).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/children/" + child + "/assessment$"));
    }

    @Test
    void shouldRefuseTheAnswerToAnyoneButATeamManager() {
        Challenge c = escalatedToTheTeamManager();
        signIn(worker.username());
        page.navigate(url("/children/" + child + "/challenges/" + c.id() + "/answer"));
        page.getByLabel("Your answer").fill("I will sort it");
        save("Save answer");
        assertThat(page.locator("main")).containsText("Only a team manager answers an escalated challenge");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM iro_challenge_escalation WHERE ches_challenge_id = ? "
                + "AND ches_answer IS NOT NULL", Integer.class, c.id())).isZero();
    }

    @Test
    void shouldLandAnAnalystOnTheReturnsAndAnAdministratorOnTheAuditCheck() {
        signIn(fixtures.user(Role.DATA_ANALYST, team));
        assertThat(page.getByText("allocated to you")).hasCount(0);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Statutory returns (2)"))).isVisible();
        accessibleAtEveryWidth("tasks-analyst");
        page.setViewportSize(1280, 900);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Return files")).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/returns/files$"));

        signInAfresh(fixtures.user(Role.ADMINISTRATOR, null));
        assertThat(page.locator(".hearth-tasks")).containsText("Not checked since Hearth started");
        accessibleAtEveryWidth("tasks-admin");
        page.setViewportSize(1280, 900);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Verify the audit log")).click();
        save("Check the audit log now");
        assertThat(page.locator("#audit-check")).containsText("Checked");
        Browser.assertAccessible(page);
        page.navigate(url("/"));
        assertThat(page.locator(".hearth-tasks")).containsText("when last checked");
    }
}
