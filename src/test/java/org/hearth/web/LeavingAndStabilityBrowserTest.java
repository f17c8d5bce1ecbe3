package org.hearth.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.care.CarePeriod;
import org.hearth.care.LegalStatus;
import org.hearth.care.Placement;
import org.hearth.codes.CollectionYear;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyService;
import org.hearth.people.PersonWhoMatters;
import org.hearth.people.SchoolAttended;
import org.hearth.returns.export.Ssda903Export;
import org.hearth.returns.export.Ssda903Table;
import org.hearth.returns.geography.PostcodeDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 12 §3 and §4 in a real headless Chromium with axe at 375 and 1280 px: a personal adviser records a contact
 * with the OC3 answers chosen by label (and the derived 903 OC3 row carries them), starts a pathway plan, writes an
 * area and records a review from the web, and sees the plan's review clock on My work; a social worker sees the
 * stability index on the child's page and is warned, on the change of placement form, of the ties the child named.
 */
class LeavingAndStabilityBrowserTest extends BrowserTest {
    static final int[] WIDTHS = {375, 1280};

    @Autowired
    JourneyService journeys;

    void assertAccessibleAtEveryWidth() {
        for (int width : WIDTHS) {
            page.setViewportSize(width, 900);
            Browser.assertAccessible(page);
        }
        page.setViewportSize(1280, 900);
    }

    void link(String name) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).first().click();
    }

    UUID named(UUID child, String forename) {
        jdbc.update("UPDATE ssd_person SET pers_forename = ?, pers_surname = 'Adebayo' WHERE pers_person_id = ?",
                Browser.uniqueName(forename, child), child);
        return child;
    }

    @Test
    void shouldRecordAContactWithOc3LabelsAndRunAPathwayPlanFromTheWeb() {
        String team = fixtures.team();
        String pa = fixtures.user(Role.PERSONAL_ADVISER, team);
        LocalDate today = LocalDate.now();
        // 19 ten days ago (so in this year's OC3 cohort), looked after from 14 and a half to 18 in foster care
        LocalDate dob = today.minusYears(19).minusDays(10);
        UUID child = named(fixtures.child(dob, null, null), "Kemi");
        LocalDate in = dob.plusYears(14).plusMonths(6);
        LocalDate out = dob.plusYears(18);
        fixtures.history(child, new CarePeriod(UUID.randomUUID(), child, in, out, "E13", "N1"),
                new LegalStatus(UUID.randomUUID(), child, "C2", in, out),
                new Placement(UUID.randomUUID(), child, in, out, "U4", "PR1", null, null, null, null));
        fixtures.allocate(child, pa, "PA", out);

        signIn(pa);
        page.navigate(url("/children/" + child));
        link("Record a care leaver contact");
        assertAccessibleAtEveryWidth();
        save("Save contact");
        assertThat(page.locator(".govuk-error-summary")).containsText("Select whether you are in touch with the young person");
        page.getByLabel("In touch (YES)").check();
        page.getByLabel("Full-time apprenticeship (F5)").check();
        page.getByLabel("Supported lodgings, suitable (E1)").check();
        save("Save contact");
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Care leaver contact recorded");

        // The 903's OC3 row is derived from the contact just recorded in the web app
        ChildJourney j = journeys.readForReturn("leaving-test", "check the OC3 row", List.of(child)).get(0);
        Map<Ssda903Table, List<String[]>> tables = new Ssda903Export("E10000016", PostcodeDirectory.none())
                .tables(List.of(j), CollectionYear.containing(dob.plusYears(19)));
        assertThat(tables.get(Ssda903Table.OC3)).singleElement()
                .satisfies(row -> assertThat(List.of(row).subList(2, 5)).containsExactly("YES", "F5", "E1"));

        // The pathway plan: start it, write an area, record a review
        link("Start a pathway plan");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Pathway plan"))).isVisible();
        assertAccessibleAtEveryWidth();
        save("Start the plan");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter a summary of the needs assessment");
        Browser.assertAccessible(page);
        page.getByLabel("Needs assessment").fill("Settled in supported lodgings; wants an apprenticeship in catering");
        save("Start the plan");
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Pathway plan started");
        assertThat(page.locator("#next-review")).containsText(uk(today.plusMonths(6)));

        link("Update Accommodation");
        assertAccessibleAtEveryWidth();
        page.getByLabel("Goals").fill("A flat of her own near college by September");
        page.getByLabel("In the young person’s own words").fill("I want to be near my sister");
        page.getByLabel("What is to be done?").fill("Apply for a care leaver tenancy");
        page.getByLabel("Who will do it?").fill("Kemi, with her PA");
        fillDate("dueDate", today.minusDays(1));
        save("Save this area");
        assertThat(page.locator(".govuk-error-summary")).containsText("The action must be due today or later");
        Browser.assertAccessible(page);
        fillDate("dueDate", today.plusMonths(1));
        save("Save this area");
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Pathway plan section updated");
        assertThat(page.locator("#area-ACCOMMODATION")).containsText("I want to be near my sister");
        assertThat(page.locator("#area-ACCOMMODATION")).containsText("Apply for a care leaver tenancy");
        assertAccessibleAtEveryWidth();
        Browser.screenshot(page, "pathway-plan");

        link("Record a review");
        assertAccessibleAtEveryWidth();
        fillDate("nextReviewDate", today.plusMonths(7));
        save("Save review");
        assertThat(page.locator(".govuk-error-summary")).containsText("Select whether the young person took part in the review");
        assertThat(page.locator(".govuk-error-summary")).containsText("The next review must be no more than six months after this one");
        page.getByLabel("Yes").check();
        page.getByLabel("What did the review find and agree?").fill("Tenancy application in; apprenticeship interview booked");
        fillDate("nextReviewDate", today.plusMonths(4));
        save("Save review");
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Pathway plan review recorded");
        assertThat(page.locator("#reviews")).isVisible();
        assertThat(page.locator("main")).containsText("apprenticeship interview booked");
        assertThat(page.locator("#next-review")).containsText(uk(today.plusMonths(4)));

        // The plan's review clock runs from the review just recorded, on My work
        page.navigate(url("/"));
        assertThat(page.locator("main")).containsText("Pathway plan review — "
                + today.plusMonths(6).format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK)));
        Browser.assertAccessible(page);

        // Staying Put is refused after a residential ... here she was fostered: accepted
        page.navigate(url("/children/" + child + "/pathway-plan/staying"));
        assertAccessibleAtEveryWidth();
        page.getByLabel("Staying Put: living on with former foster carers (18 to 21)").check();
        fillDate("from", out);
        page.getByLabel("Former foster carers, or Staying Close provider").fill("Grace and Tom Okafor");
        save("Save arrangement");
        assertThat(page.locator("#staying-put")).containsText("With Grace and Tom Okafor, from " + uk(out));
        link("The council's local offer for care leavers");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Our offer to care leavers"))).isVisible();
        assertAccessibleAtEveryWidth();
    }

    @Test
    void shouldShowTheStabilityIndexAndWarnOfTiesBeforeAMove() {
        String team = fixtures.team();
        String worker = fixtures.user(Role.SOCIAL_WORKER, team);
        LocalDate today = LocalDate.now();
        UUID child = named(fixtures.child(today.minusYears(11), worker, today.minusYears(3)), "Tobi");
        LocalDate in = today.minusYears(3);
        fixtures.history(child, new CarePeriod(UUID.randomUUID(), child, in, null, null, "N1"),
                new LegalStatus(UUID.randomUUID(), child, "C2", in, null),
                new Placement(UUID.randomUUID(), child, in, today.minusMonths(20), "U6", "PR1", "LS1 4AP", null, "CARPL", null),
                new Placement(UUID.randomUUID(), child, today.minusMonths(20), today.minusMonths(5), "U6", "PR1", "LS2 7EW", null, "CARPL", null),
                new Placement(UUID.randomUUID(), child, today.minusMonths(5), null, "U4", "PR1", "LS6 1AA", null, null, null),
                new SchoolAttended(UUID.randomUUID(), child, "Hillside Academy", "999123", today.minusYears(2), null),
                new PersonWhoMatters(UUID.randomUUID(), child, "Nan", "PERSON", "Grandmother", "She makes the best stew",
                        null, null, null, false, true));

        signIn(worker);
        page.navigate(url("/children/" + child));
        assertThat(page.locator("#stability-placements")).containsText("Placement moves");
        assertThat(page.locator("#stability-placements td").nth(0)).hasText("1");
        assertThat(page.locator("#stability-placements td").nth(1)).hasText("2");
        assertThat(page.locator("#stability-warning")).containsText("2 or more placement moves in the last 2 years");
        assertAccessibleAtEveryWidth();

        // A school recorded from the web counts as a school move
        link("Record a school");
        assertAccessibleAtEveryWidth();
        page.getByLabel("Name of the school").fill("Northgate Academy");
        fillDate("startDate", today.minusDays(1));
        save("Save school");
        assertThat(page.locator("#stability-schools td").nth(0)).hasText("1");

        link("Change placement");
        assertThat(page.locator("#ties-warning")).containsText("Their school, Northgate Academy");
        assertThat(page.locator("#ties-warning")).containsText("Nan (Grandmother), who they want to keep seeing");
        assertAccessibleAtEveryWidth();
        fillDate("date", today);
        page.getByLabel("Change to or implementing the care plan (CARPL)").check();
        page.getByLabel("(U4)").check();
        page.getByLabel("Own local authority provision (PR1)").check();
        page.getByLabel("Postcode of the placement").fill("LS7 3QB");
        save("Save change of placement");
        assertThat(page.locator(".govuk-error-summary")).containsText("Confirm you have considered the ties the child named");
        Browser.assertAccessible(page);
        page.locator("#tiesConsidered").check();
        save("Save change of placement");
        assertThat(page.getByText("Change of placement recorded")).isVisible();
        assertThat(page.locator("#stability-placements td").nth(1)).hasText("3");
    }

    @Test
    void shouldShowTheCouncilStabilityFigureToAnAnalystOnlyAsAnAggregate() {
        String analyst = fixtures.user(Role.DATA_ANALYST, fixtures.team());
        signIn(analyst);
        assertThat(page.locator("main")).containsText("The council's placement stability");
        page.navigate(url("/stability"));
        assertThat(page.locator("#stability-figure")).containsText("looked-after children had 2 or more placement moves in 2 years");
        assertThat(page.locator("#stability-goal")).containsText("goal");
        assertAccessibleAtEveryWidth();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = ? AND part = 'stability' "
                + "AND basis = 'AGGREGATE'", Long.class, analyst)).isPositive();

        String worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        signInAfresh(worker);
        page.navigate(url("/stability"));
        assertThat(page.locator("main")).containsText("The council's stability figure is for data analysts and team managers");
    }

    /**
     * Issue 12's "a care leaver commenting on their pathway plan", at a phone's width and a desktop's: the young person
     * reads the plan their adviser wrote in their own space, is asked for words when they send none, comments on one
     * area, and the adviser sees the comment on the plan.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "at {0} px")
    @org.junit.jupiter.params.provider.ValueSource(ints = {375, 1280})
    void shouldLetACareLeaverCommentOnTheirPathwayPlan(int px) {
        String team = fixtures.team();
        String pa = fixtures.user(Role.PERSONAL_ADVISER, team);
        LocalDate today = LocalDate.now();
        LocalDate dob = today.minusYears(19).minusDays(40);
        UUID child = named(fixtures.child(dob, null, null), "Tola");
        LocalDate in = dob.plusYears(14).plusMonths(6);
        LocalDate out = dob.plusYears(18);
        fixtures.history(child, new CarePeriod(UUID.randomUUID(), child, in, out, "E13", "N1"),
                new LegalStatus(UUID.randomUUID(), child, "C2", in, out),
                new Placement(UUID.randomUUID(), child, in, out, "U4", "PR1", null, null, null, null));
        fixtures.allocate(child, pa, "PA", out);
        org.hearth.access.Actor adviser = new org.hearth.access.Actor(pa, "Pat Adviser", Role.PERSONAL_ADVISER, team);
        ChildJourney j = journeys.read(adviser, child, "pathway-plans", "test: start the plan");
        journeys.execute(adviser, child, j.version(), new org.hearth.leaving.StartPathwayPlan(today.minusDays(7),
                "Settled in supported lodgings; wants to train as an electrician"), "test: start the plan");
        j = journeys.read(adviser, child, "pathway-plans", "test: write an area");
        UUID plan = org.hearth.leaving.PathwayPlans.open(j).orElseThrow().id();
        journeys.execute(adviser, child, j.version(), new org.hearth.leaving.UpdatePathwayPlanSection(plan, "EET",
                "An electrical apprenticeship from September", "I like fixing things", List.of(
                        new org.hearth.leaving.UpdatePathwayPlanSection.NewAction("Book the college open day",
                                "Tola, with her adviser", today.plusWeeks(3)))), "test: write an area");
        String youngPerson = fixtures.user(Role.YOUNG_PERSON, null);
        jdbc.update("UPDATE hearth_user SET display_name = 'Tola' WHERE username = ?", youngPerson);
        jdbc.update("INSERT INTO portal_account (username, child_id, invited_by, verified_at) VALUES (?, ?, ?, now())",
                youngPerson, child, pa);
        jdbc.update("INSERT INTO role_assignment (assignment_id, holder_kind, holder_id, role, scope_kind, scope_id, "
                + "grant_type, valid_from, reason) VALUES (?, 'USER', ?, 'SELF', 'CHILD', ?, 'STANDARD', now() - "
                + "interval '1 minute', 'test')", UUID.randomUUID(), youngPerson, child.toString());

        page.setViewportSize(px, px < 600 ? 812 : 900);
        Browser.signIn(page, url(""), youngPerson);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hi Tola"))).isVisible();
        page.navigate(url("/me/pathway-plan"));
        assertThat(page.locator("#pathway-plan")).containsText("An electrical apprenticeship from September");
        assertThat(page.locator("#pathway-plan")).containsText("Book the college open day");
        Browser.assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send to my adviser")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Write what you want to say about your plan");
        Browser.assertAccessible(page);
        page.getByLabel("Which part is it about?").selectOption("EET");
        page.getByLabel("What do you want to say?").fill("Can we look at evening courses too?");
        // Meanwhile the adviser changes the plan: the young person is told kindly, in their own words, with no
        // one's name and no part of the record, and keeps what they typed
        j = journeys.read(adviser, child, "pathway-plans", "test: meanwhile");
        journeys.execute(adviser, child, j.version(), new org.hearth.leaving.UpdatePathwayPlanSection(plan, "EET",
                "An electrical apprenticeship from September, or evening classes", "I like fixing things", List.of()),
                "test: meanwhile");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send to my adviser")).click();
        String kindly = "Something changed since you opened this page. Your words are below: check them and send again";
        assertThat(page.locator(".govuk-error-summary__list")).hasText(kindly);
        assertThat(page.locator("#text-error")).hasText("Error: " + kindly);
        assertThat(page.locator(".govuk-error-summary")).not().containsText("changed the");
        assertThat(page.locator(".govuk-error-summary")).not().containsText("version");
        assertThat(page.getByLabel("What do you want to say?")).hasValue("Can we look at evening courses too?");
        assertThat(page.getByLabel("Which part is it about?")).hasValue("EET");
        Browser.assertAccessible(page);
        // sending again is judged against the plan as it is now, and kept
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send to my adviser")).click();
        assertThat(page.getByText("We saved what you said. Your adviser will see it.")).isVisible();
        assertThat(page.locator("#comments")).containsText("Can we look at evening courses too?");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "young-person-pathway-plan-" + px);
        // Their own plan only: the adviser's pages and another record stay closed to them
        org.assertj.core.api.Assertions.assertThat(page.navigate(url("/children/" + child + "/pathway-plan")).status())
                .isEqualTo(403);

        context.close();
        context = Browser.get().newContext();
        page = context.newPage();
        signIn(pa);
        page.navigate(url("/children/" + child + "/pathway-plan"));
        assertThat(page.locator("main")).containsText("Can we look at evening courses too?");
    }
}
