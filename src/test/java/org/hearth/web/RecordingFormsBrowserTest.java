package org.hearth.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.care.CarePeriod;
import org.hearth.care.LegalStatus;
import org.hearth.care.MissingEpisode;
import org.hearth.care.Placement;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyService;
import org.hearth.protection.CpPlan;
import org.hearth.protection.EndCpPlan;
import org.hearth.protection.InitialConference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.hearth.care.CareStage;
import org.hearth.protection.ProtectionStage;

/**
 * Recording each step in a real headless Chromium: contact and referral, a CIN plan refused while a CP plan is open,
 * a missing episode, a change of social worker and closure; axe on every page, screenshots of each.
 */
class RecordingFormsBrowserTest extends BrowserTest {
    @Autowired
    JourneyService journeys;

    String team;
    String worker;
    String manager;
    UUID child;

    @BeforeEach
    void setUp() {
        team = fixtures.team();
        worker = fixtures.user(Role.SOCIAL_WORKER, team);
        manager = fixtures.user(Role.TEAM_MANAGER, team);
        child = fixtures.child(LocalDate.of(2015, 6, 1), worker, LocalDate.now().minusMonths(3));
    }

    @Test
    void shouldWalkFromContactToReferralThroughAPlanRefusedAMissingEpisodeAReallocationAndClosure() {
        LocalDate contactDay = LocalDate.now().minusDays(30);
        signIn(worker);
        page.navigate(url("/children/" + child));
        Browser.assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a contact")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Record a contact"))).isVisible();
        Browser.assertAccessible(page);
        Browser.screenshot(page, "forms-contact");

        // Nothing answered: every question named in the summary and inline, no 500
        save("Save contact");
        assertThat(page).hasTitle(Pattern.compile("^Error: Record a contact"));
        assertThat(page.locator(".govuk-error-summary")).containsText("Select who made the contact");
        assertThat(page.locator("#reason-error")).containsText("Enter the reason for the contact");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "forms-contact-errors");

        fillDate("contactDate", contactDay);
        fillDate("decisionDate", contactDay);
        page.getByLabel("Schools (2A)").check();
        page.getByLabel("Reason for the contact").fill("The school saw bruises in PE and is worried.");
        page.getByLabel("Referral to children's social care (REFERRAL)").check();
        page.getByLabel("Abuse or neglect (N1)").check();
        save("Save contact");
        assertThat(page.getByText("Contact recorded and referral to children's social care opened")).isVisible();
        assertThat(page.locator(".hearth-identity")).containsText("Child in need");
        assertThat(page.locator(".moj-timeline")).containsText("Referral (source: schools)");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "forms-record-after-referral");

        // A conference put the child on a CP plan (recorded by the protection forms; here straight to the service)
        LocalDate conference = weekdayOnOrBefore(LocalDate.now().minusDays(10));
        fixtures.history(child, new InitialConference(null, child, null, null, conference, true),
                new CpPlan(null, child, null, null, conference, null, "NEG", "NEG", 0));

        page.navigate(url("/children/" + child));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start a child in need plan"))).hasCount(0);
        page.navigate(url("/children/" + child + "/cin-plans/new"));
        Browser.assertAccessible(page);
        Browser.screenshot(page, "forms-cin-plan");
        save("Start plan");
        assertThat(page).hasTitle(Pattern.compile("^Error: Start a child in need plan"));
        assertThat(page.locator(".govuk-error-summary")).containsText(
                "A child in need plan cannot start while the child protection plan from " + uk(conference)
                        + " is open: the child protection plan is the child's plan (DfE rule 4001)");
        assertThat(page.locator("#date-error")).containsText("DfE rule 4001");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "forms-cin-plan-refused");

        // Missing, then back with a return home interview offered and declined
        page.navigate(url("/children/" + child));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a missing or away episode")).click();
        Browser.assertAccessible(page);
        fillDate("start", LocalDate.now().minusDays(1));
        page.getByLabel("Missing from care (M)").check();
        save("Save");
        assertThat(page.getByText("Missing or away episode recorded")).isVisible();
        assertThat(page.locator(".moj-timeline")).containsText("Missing (not yet returned)");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record the child's return")).click();
        Browser.assertAccessible(page);
        Browser.screenshot(page, "forms-missing-return");
        page.locator("#rhiOffered").check();
        save("Save");
        assertThat(page.locator("#rhiAccepted-error")).containsText("Select yes if the child accepted the return home interview");
        Browser.assertAccessible(page);
        page.locator("#rhiAccepted-no").check();
        save("Save");
        assertThat(page.getByText("The child's return recorded")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record the child's return"))).hasCount(0);

        // A worker cannot hand the child on: only their team manager can
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change social worker"))).hasCount(0);
        page.navigate(url("/children/" + child + "/allocations/change"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("You cannot change this child's social worker"))).isVisible();
        assertThat(page.locator("main")).containsText("Only the allocated worker's team manager can change a child's social worker");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "forms-allocation-refused");

        // The team manager reallocates to another worker of the team
        String next = fixtures.user(Role.SOCIAL_WORKER, team);
        signInAfresh(manager);
        page.navigate(url("/children/" + child));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change social worker")).click();
        assertThat(page.locator("main")).containsText("The child’s social worker is Test " + worker);
        Browser.assertAccessible(page);
        Browser.screenshot(page, "forms-allocation");
        page.locator("input[name=worker][value='" + next + "']").check();
        save("Change social worker");
        assertThat(page.locator(".govuk-error-summary")).containsText("Select the reason for the change of social worker");
        Browser.assertAccessible(page);
        page.locator("input[name=worker][value='" + next + "']").check();
        page.getByLabel("The worker left the role (LEFTRL)").check();
        save("Change social worker");
        assertThat(page.getByText("Social worker changed")).isVisible();
        assertThat(page.locator(".moj-timeline")).containsText("Allocated social worker ");
        assertThat(page.locator(".moj-timeline")).containsText("(reason for the change: the worker left the role)");

        // Closure is not offered, and refused, while the CP plan is open, and made once it has ended
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Close the child in need episode"))).hasCount(0);
        page.navigate(url("/children/" + child + "/referrals/" + journeys.read(actor(manager, Role.TEAM_MANAGER), child,
                "referrals", "test").all(org.hearth.referral.ReferralStage.REFERRALS).get(0).id() + "/close"));
        Browser.assertAccessible(page);
        Browser.screenshot(page, "forms-closure");
        page.getByLabel("Services ceased for any other reason, including no longer in need (RC7)").check();
        save("Close episode");
        assertThat(page.locator(".govuk-error-summary")).containsText("while the child protection plan from "
                + uk(conference) + " is open; end the plan first (DfE rule 8565)");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "forms-closure-refused");

        ChildJourney j = journeys.read(actor(manager, Role.TEAM_MANAGER), child, "cp-plans", "test");
        CpPlan plan = j.all(ProtectionStage.CP_PLANS).get(0);
        journeys.execute(actor(manager, Role.TEAM_MANAGER), child, j.version(), new EndCpPlan(plan.id(), LocalDate.now(),
                "NO_LONGER_AT_RISK", "Things are calmer at home."), "test: the plan ends at its review");

        page.navigate(url("/children/" + child));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Close the child in need episode")).click();
        page.getByLabel("Services ceased for any other reason, including no longer in need (RC7)").check();
        save("Close episode");
        assertThat(page.getByText("Child in need episode closed")).isVisible();
        assertThat(page.locator(".hearth-identity")).not().containsText("Child in need");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "forms-record-after-closure");
    }

    @Test
    void shouldRecordCeasingToBeLookedAfterEndingThePlacementAndLegalStatusTheSameDay() {
        LocalDate start = LocalDate.now().minusDays(40);
        fixtures.history(child, new CarePeriod(null, child, start, null, null, "N1"),
                new LegalStatus(null, child, "V2", start, null),
                new Placement(null, child, start, null, "U6", "PR1", "LS1 4AP", null, null, null));
        signIn(worker);
        page.navigate(url("/children/" + child));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record ceasing to be looked after")).click();
        Browser.assertAccessible(page);
        Browser.screenshot(page, "forms-care-end");
        fillDate("date", start.minusDays(1));
        save("Save");
        assertThat(page.locator("#date-error")).containsText("must be on or after " + uk(start));
        assertThat(page.locator("#reason-error")).containsText("Select the reason the child ceased to be looked after");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "forms-care-end-errors");
        fillDate("date", LocalDate.now().minusDays(1));
        page.getByLabel("(E4A)").check();

        // Meanwhile someone records a missing episode: the form was read from an older record, so it is refused
        journeys.execute(actor(worker, Role.SOCIAL_WORKER), child, null, org.hearth.care.RecordMissingEpisode.of(
                LocalDate.now().minusDays(3), "A", LocalDate.now().minusDays(2), false, null), "test: meanwhile");
        save("Save");
        assertThat(page.locator(".govuk-error-summary")).containsText("This child's record has changed since you opened it");
        assertThat(page.getByLabel("(E4A)")).isChecked();
        Browser.assertAccessible(page);
        Browser.screenshot(page, "forms-care-end-stale");

        page.navigate(url("/children/" + child + "/care/end"));
        fillDate("date", LocalDate.now().minusDays(1));
        page.getByLabel("(E4A)").check();
        save("Save");
        assertThat(page.getByText("Ceasing to be looked after recorded")).isVisible();
        assertThat(page.locator("#looked-after")).containsText("Not looked after");
        assertThat(page.locator(".moj-timeline")).containsText("Looked after (ceased: returned home to parent(s) or others");
        Browser.assertAccessible(page);
    }

    Actor actor(String username, Role role) {
        return new Actor(username, "Test " + username, role, team);
    }
}
