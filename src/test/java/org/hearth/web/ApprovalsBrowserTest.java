package org.hearth.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.UserDirectory;
import org.hearth.approval.ApprovalType;
import org.hearth.approval.Approvals;
import org.hearth.assessment.Assessment;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyService;
import org.hearth.referral.Referral;
import org.hearth.support.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.hearth.assessment.AssessmentStage;
import org.hearth.referral.ReferralStage;

/**
 * A worker writes up an assessment through the task list and sends it; their team manager approves it (or returns
 * it with a reason the worker then sees). A real headless Chromium, axe on every page.
 */
class ApprovalsBrowserTest extends BrowserTest {
    @Autowired JourneyService journeys;
    @Autowired UserDirectory users;
    @Autowired Approvals approvals;

    Actor worker;
    String manager;
    UUID child;
    UUID referral;
    String name;

    @BeforeEach
    void setUp() {
        String team = fixtures.team();
        worker = users.find(fixtures.user(Role.SOCIAL_WORKER, team)).orElseThrow();
        manager = fixtures.user(Role.TEAM_MANAGER, team);
        LocalDate referred = LocalDate.now().minusDays(10);
        child = fixtures.child(LocalDate.of(2017, 9, 12), worker.username(), referred.minusDays(1));
        String forename = Browser.uniqueName("Ria", child);
        name = forename + " Adeyemi";
        jdbc.update("UPDATE ssd_person SET pers_forename = ?, pers_surname = 'Adeyemi' WHERE pers_person_id = ?", forename, child);
        referral = UUID.randomUUID();
        fixtures.history(child, new Referral(referral, child, null, referred, "5A", "N1", referred, false, null, null));
    }

    void button(String label) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(label)).click();
    }

    /** Follows a link and waits for the page's scripts: typing before the draft script runs saves no draft. */
    void link(String label) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(label).setExact(true)).click();
        page.waitForLoadState();
    }

    void checked(String name) {
        Browser.assertAccessible(page);
        Browser.screenshot(page, name);
    }

    @Test
    void shouldLetAWorkerCompleteAnAssessmentAndTheirManagerApproveIt() {
        signIn(worker.username());
        page.navigate(url("/children/" + child));
        link("Assessment");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Child and family assessment"))).isVisible();
        assertThat(page.locator("#status-needs")).hasText("Not started");
        checked("assessment-task-list");

        link("The child's needs and views");
        assertThat(page.locator("#startDate-day")).not().hasValue("");
        page.getByLabel("The child's needs, and what the child said").fill("Ria wants to stay at her school and sees her nan every week.");
        assertThat(page.locator(".hearth-draft-status")).containsText("Draft saved");
        checked("assessment-needs");
        button("Save and continue");
        assertThat(page.locator("#status-needs")).hasText("Completed");

        button("Send to my team manager");
        assertThat(page.locator(".govuk-error-summary")).containsText("Complete \"Parenting capacity\" before sending");
        checked("assessment-incomplete");

        link("Parenting capacity");
        page.locator("#parenting").fill("Mother is warm and attentive; routines slip when she is unwell.");
        button("Save and continue");
        // Back on the task list (so the save has landed) before the next part is opened.
        assertThat(page.locator("#status-parenting")).hasText("Completed");
        link("Family and environment");
        page.locator("#family").fill("Two-bedroom flat, overcrowded; rent arrears.");
        button("Save and continue");
        assertThat(page.locator("#status-family")).hasText("Completed");

        link("Factors identified at the end of the assessment");
        page.getByLabel("Mental health of a parent or carer (4B)").check();
        page.getByLabel("No factors identified (no further action) (21)").check();
        button("Save and continue");
        assertThat(page.locator(".govuk-error-summary")).containsText("cannot be selected with any other factor (DfE rule 8869)");
        checked("assessment-factors-error");
        page.getByLabel("No factors identified (no further action) (21)").uncheck();
        button("Save and continue");
        assertThat(page.locator("#status-factors")).hasText("Completed");

        link("Analysis, outcome and help offered");
        page.getByLabel("Your analysis").fill("The family needs practical help; no risk of significant harm.");
        page.locator("#nfa").check();
        page.getByLabel("Help offered to the child and family").fill("Family help worker and a housing referral.");
        checked("assessment-outcome");
        button("Save and continue");
        assertThat(page.locator("main")).containsText("You have completed 5 of 5 parts");
        button("Send to my team manager");
        assertThat(page.getByText("Assessment sent to your team manager for authorisation")).isVisible();
        assertThat(page.locator("main")).containsText("Waiting for your team manager to authorise it");
        checked("assessment-sent");

        signInAfresh(manager);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Approvals")).first().click();
        assertThat(page.locator("main table")).containsText(name);
        assertThat(page.locator("main table")).containsText("Assessment authorisation");
        checked("approvals-queue");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Decide on assessment authorisation for " + name)).click();
        assertThat(page.locator("main")).containsText("Mental health of a parent or carer (4B)");
        assertThat(page.locator("main")).containsText("Family help worker and a housing referral.");
        checked("approval-decision");
        button("Save decision");
        assertThat(page.locator(".govuk-error-summary")).containsText("Select approve or return");
        checked("approval-decision-error");
        page.locator("#decision").check();
        button("Save decision");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter your rationale for approving it");
        page.locator("#decision").check();
        page.locator("#reason").fill("Thorough analysis; the child's views drive the plan.");
        button("Save decision");
        assertThat(page.getByText("Approved")).isVisible();
        checked("approvals-after-approval");

        page.navigate(url("/children/" + child));
        assertThat(page.locator("main")).containsText("Assessment authorised, factors: Mental health of a parent or carer");
        checked("child-record-assessment-authorised");
        // The manager's rationale is kept with the decision, on the child's approvals (management oversight)
        page.navigate(url("/children/" + child + "/approvals"));
        assertThat(page.locator("main table")).containsText("Thorough analysis; the child's views drive the plan.");
        page.navigate(url("/children/" + child));
        link("Assessment");
        assertThat(page.locator(".govuk-panel")).containsText("Assessment authorised");
        checked("assessment-authorised");
        assertThat(jdbc.queryForObject("SELECT cina_assessment_auth_date FROM ssd_cin_assessments WHERE cina_person_id = ?",
                LocalDate.class, child)).isEqualTo(LocalDate.now());

        link("Team");
        assertThat(page.locator("#workload")).containsText(worker.displayName());
        checked("team");
    }

    @Test
    void shouldKeepAnAssessmentPartThroughASessionTimeout() {
        signIn(worker.username());
        page.navigate(url("/children/" + child + "/assessment/parenting"));
        page.locator("#parenting").fill("Half-written view of parenting capacity that must not be lost");
        assertThat(page.locator(".hearth-draft-status")).containsText("Draft saved");

        jdbc.update("DELETE FROM spring_session WHERE principal_name = ?", worker.username());
        page.reload();
        page.getByLabel("Username").fill(worker.username());
        page.getByLabel("Password").fill(TestFixtures.PASSWORD);
        button("Sign in");

        assertThat(page.locator("#parenting")).hasValue("Half-written view of parenting capacity that must not be lost");
        page.navigate(url("/children/" + child + "/assessment"));
        assertThat(page.locator("#status-parenting")).hasText("In progress");
        checked("assessment-draft-restored");
    }

    @Test
    void shouldShowTheWorkerWhyTheirManagerReturnedTheAssessment() {
        UUID assessment = UUID.randomUUID();
        fixtures.history(child, new Assessment(assessment, child, referral, LocalDate.now().minusDays(9),
                LocalDate.now().minusDays(8), null, List.of("3B"), false, "Family help", "Wants to stay home",
                "Good enough", "Stable housing", "Short analysis"));
        approvals.request(worker, child, ApprovalType.ASSESSMENT_AUTHORISATION, assessment, "Please authorise");

        signIn(manager);
        page.navigate(url("/approvals"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Decide on assessment authorisation for " + name)).click();
        // The decision by keyboard alone: choose, then submit with Enter.
        page.locator("#decision-return").focus();
        page.keyboard().press("Space");
        page.locator("#reason").focus();
        page.keyboard().press("Tab");
        page.keyboard().press("Enter");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter why you are returning it");
        checked("approval-return-error");
        page.locator("#reason").focus();
        page.keyboard().type("Say what the child told you in their own words.");
        page.keyboard().press("Tab");
        page.keyboard().press("Enter");
        assertThat(page.getByText("Returned to the worker with your reason")).isVisible();

        signInAfresh(worker.username());
        page.navigate(url("/children/" + child + "/assessment"));
        assertThat(page.locator(".govuk-warning-text")).containsText("Say what the child told you in their own words.");
        assertThat(page.locator("#status-needs")).hasText("Completed");
        checked("assessment-returned");

        link("The child's needs and views");
        assertThat(page.locator("#childViews")).hasValue("Wants to stay home");
        page.locator("#childViews").fill("\"I want to stay at home with my mum,\" she said.");
        button("Save and continue");
        button("Send to my team manager");
        assertThat(page.getByText("Assessment sent to your team manager for authorisation")).isVisible();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM approval_request WHERE appr_person_id = ? AND appr_status = 'PENDING'",
                Long.class, child)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT cina_assessment_child_views FROM ssd_cin_assessments WHERE cina_assessment_id = ?",
                String.class, assessment)).startsWith("\"I want to stay");

        fixtures.history(child, new org.hearth.assessment.CinPlan(null, child, referral, LocalDate.now().minusDays(1), null));
        link("Everything sent for approval for this child");
        assertThat(page.locator("main table")).containsText("Say what the child told you in their own words.");
        button("Ask for sign-off of the child in need plan started "
                + LocalDate.now().minusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH)));
        assertThat(page.getByText("Sent to your team manager for approval")).isVisible();
        assertThat(page.locator("main table")).containsText("Child in need plan sign-off");
        checked("child-approvals");
    }
}
