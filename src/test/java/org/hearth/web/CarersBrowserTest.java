package org.hearth.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hearth.journey.JourneyBuilder.carePeriod;
import static org.hearth.journey.JourneyBuilder.legalStatus;
import static org.hearth.journey.JourneyBuilder.placement;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.access.UserDirectory;
import org.hearth.care.ChangePlacement;
import org.hearth.care.NewPlacement;
import org.hearth.care.Placement;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 12 §2's "done when", in a real browser at a phone's width and a desktop's: the social worker links a carer to
 * the placement and agrees the delegated authority; the carer asks for a decision that is not theirs; the request is a
 * task on the social worker's My work, answered there; the carer sees the answer; the chronology shows both. A carer's
 * log reaches the social worker's chronology with the carer as its source. A carer is refused a child not placed with
 * them, and the child they cared for once the placement has ended. The looked-after review shows who decides what and
 * records that it was reviewed. axe on every page at 375 and 1280 px.
 */
class CarersBrowserTest extends BrowserTest {
    private static final int[] WIDTHS = {375, 1280};
    private static final Map<String, String> WHO = Map.of("HAIRCUT", "CARER", "SLEEPOVER", "SOCIAL_WORKER",
            "SCHOOL_TRIP", "CARER", "ROUTINE_MEDICAL", "CARER", "ROUTINE_DENTAL", "CARER", "SOCIAL_MEDIA",
            "SOCIAL_WORKER", "HOLIDAY_UK", "CARER", "HOLIDAY_ABROAD", "PARENT");

    @Autowired
    JourneyService journeys;
    @Autowired
    UserDirectory users;

    String worker;
    String carer;
    UUID child;
    Placement placement;

    @BeforeEach
    void setUp() {
        worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        carer = fixtures.user(Role.CARER, null);
        child = fixtures.child(LocalDate.of(2014, 5, 3), worker, LocalDate.now().minusMonths(6));
        LocalDate placed = LocalDate.now().minusDays(30);
        placement = placement(placed, null);
        fixtures.history(child, carePeriod(placed, null), legalStatus(placed, null), placement);
    }

    private void accessibleAtEveryWidth() {
        for (int width : WIDTHS) {
            page.setViewportSize(width, 900);
            Browser.assertAccessible(page);
        }
        page.setViewportSize(375, 900);
    }

    private void signInAsCarer() {
        context.close();
        context = Browser.get().newContext();
        page = context.newPage();
        page.setViewportSize(375, 900);
        Browser.signIn(page, url(""), carer);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Children placed with you")))
                .isVisible();
    }

    /** The worker links the carer to the placement and agrees who takes each decision, through the pages. */
    private void linkAndAgree() {
        signIn(worker);
        page.setViewportSize(375, 900);
        page.navigate(url("/children/" + child));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Carers and delegated authority")).click();
        assertThat(page.locator("h1")).hasText("Carers and delegated authority");
        page.getByText("Link a carer to the current placement").click();
        page.locator("#carer").selectOption(carer);
        page.getByLabel("Foster carer").check();
        save("Link carer");
        assertThat(page.getByText("Carer linked to the placement")).isVisible();
        accessibleAtEveryWidth();

        save("Save delegated authority");
        assertThat(page.locator(".govuk-error-summary")).containsText("Say who decides about haircuts");
        Browser.assertAccessible(page);
        WHO.forEach((decision, who) -> {
            page.locator("#who-" + decision + "-" + who).check();
            page.locator("#reason-" + decision).fill("Agreed at the placement planning meeting");
        });
        save("Save delegated authority");
        assertThat(page.getByText("Delegated authority saved")).isVisible();
        accessibleAtEveryWidth();
        Browser.screenshot(page, "carers-delegated-authority");
    }

    @Test
    void shouldShowTheCarerTheSchoolHealthNeedsAllergiesWorkersContactsAndNextReview() {
        linkAndAgree();
        var sw = users.find(worker).orElseThrow();
        journeys.execute(sw, child, journeys.read(sw, child, "schools", "test").version(),
                new org.hearth.people.RecordSchool("Hillside Academy", "999123", LocalDate.now().minusDays(20), null),
                "test");
        users.setWorkContact(worker, "01632 960 111", worker + "@council.example");
        // the worker records the health needs and allergies on the child's record
        page.navigate(url("/children/" + child));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Health needs and allergies")).click();
        assertThat(page.locator("h1")).hasText("Health needs and allergies");
        page.getByLabel("Allergies").fill("x".repeat(2_001));
        save("Save");
        assertThat(page.locator(".govuk-error-summary")).containsText("2,000 characters or fewer");
        accessibleAtEveryWidth();
        page.getByLabel("Health needs").fill("Asthma: blue inhaler before PE");
        page.getByLabel("Allergies").fill("Peanuts: carries an adrenaline pen");
        save("Save");
        assertThat(page.getByText("Health needs and allergies saved")).isVisible();

        signInAsCarer();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Test Child")).click();
        assertThat(page.locator("#school")).containsText("Hillside Academy");
        assertThat(page.locator("#health-needs")).containsText("Asthma: blue inhaler before PE");
        assertThat(page.locator("#allergies")).containsText("Peanuts: carries an adrenaline pen");
        assertThat(page.locator("#contact-0")).containsText("01632 960 111");
        assertThat(page.locator("#contact-0")).containsText(worker + "@council.example");
        assertThat(page.locator("#next-review")).containsText("Due by");
        accessibleAtEveryWidth();
        Browser.screenshot(page, "carers-child-essentials");
    }

    @Test
    void shouldLetACarerAskForADecisionOutsideTheirAuthorityAndTheSocialWorkerAnswerIt() {
        linkAndAgree();

        signInAsCarer();
        accessibleAtEveryWidth();
        Browser.screenshot(page, "carers-home");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Test Child")).click();
        assertThat(page.locator("main")).containsText("You decide");
        assertThat(page.locator("body")).containsText("The social worker decides");
        accessibleAtEveryWidth();
        Browser.screenshot(page, "carers-child");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ask for a decision").setExact(true)).first().click();
        assertThat(page.locator("h1")).hasText("Ask for a decision");
        assertThat(page.getByLabel("Haircuts")).hasCount(0); // the carer's own decision is not offered
        save("Send to the social worker");
        assertThat(page.locator(".govuk-error-summary")).containsText("Select what the decision is about");
        assertThat(page.locator(".govuk-error-summary")).containsText("Say what you are asking for");
        accessibleAtEveryWidth();
        page.getByLabel("Sleepovers with friends").check();
        page.getByLabel("What are you asking?").fill("Can she stay at her friend Amy's house on Saturday night?");
        save("Send to the social worker");
        assertThat(page.getByText("Your request has been sent to the social worker")).isVisible();
        assertThat(page.locator("body")).containsText("Waiting");

        signInAfresh(worker);
        page.setViewportSize(375, 900);
        assertThat(page.locator("main")).containsText("Decisions carers asked for");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sleepovers with friends for Test Child")).click();
        assertThat(page.locator("h1")).containsText("asks for a decision: Sleepovers with friends");
        assertThat(page.locator("main")).containsText("Can she stay at her friend Amy's house on Saturday night?");
        accessibleAtEveryWidth();
        save("Send answer");
        assertThat(page.locator(".govuk-error-summary")).containsText("Say whether you agree");
        page.getByLabel("Yes, I agree").check();
        page.getByLabel("Why?").fill("Amy's parents are known to us. Back by 10am on Sunday.");
        save("Send answer");
        assertThat(page.getByText("Answer sent to the carer")).isVisible();

        page.navigate(url("/children/" + child)); // the chronology is on the record
        assertThat(page.locator("main")).containsText("From Test " + carer + " (carer): asks for a decision on sleepovers with friends");
        assertThat(page.locator("main")).containsText("Answer to the carer's request: agreed by Test " + worker);
        page.navigate(url("/"));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sleepovers with friends for Test Child")))
                .hasCount(0);

        signInAsCarer();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Test Child")).click();
        assertThat(page.locator("main")).containsText("Agreed");
        assertThat(page.locator("main")).containsText("Amy's parents are known to us. Back by 10am on Sunday.");
        accessibleAtEveryWidth();
    }

    @Test
    void shouldShowACarersSignificantEventInTheSocialWorkersChronologyWithTheCarerAsSource() {
        linkAndAgree();
        signInAsCarer();
        page.setViewportSize(1280, 900);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Write today's log")).click();
        assertThat(page.locator("h1")).hasText("Write a log");
        save("Save log");
        assertThat(page.locator(".govuk-error-summary")).containsText("Say what happened");
        accessibleAtEveryWidth();
        page.getByLabel("Upset").check();
        page.getByLabel("What happened?").fill("Fell off her bike on the way home; grazed knee, cleaned and dressed.");
        page.getByLabel("Yes, this is a significant event").check();
        save("Save log");
        assertThat(page.getByText("Your log has been saved")).isVisible();
        assertThat(page.locator("#logs ~ ul")).containsText("Fell off her bike");

        signInAfresh(worker);
        page.navigate(url("/children/" + child)); // the chronology is on the record
        assertThat(page.locator("main")).containsText("From Test " + carer
                + " (foster carer): significant event: Fell off her bike on the way home");
        Browser.assertAccessible(page);
    }

    @Test
    void shouldShowTheDelegatedAuthorityAtTheLookedAfterReviewAndRecordThatItWasReviewed() {
        String iro = fixtures.user(Role.IRO, fixtures.team());
        fixtures.allocate(child, iro, "IRO", LocalDate.now().minusDays(30));
        linkAndAgree();
        signInAfresh(iro);
        page.setViewportSize(1280, 900);
        page.navigate(url("/children/" + child + "/care-reviews/new"));
        assertThat(page.locator("main")).containsText("Haircuts: the carer decides");
        assertThat(page.locator("main")).containsText("Holidays abroad: the parents must agree");
        accessibleAtEveryWidth();
        page.getByLabel("Child attends and speaks for themself (PN1)").check();
        page.getByLabel("The child's views, in their own words").fill("I want to go to Amy's party.");
        page.getByLabel("What the review decided").fill("Placement to continue; carers may agree sleepovers.");
        page.getByLabel("The delegated authority was reviewed at this review. Not reviewed yet.").check();
        save("Save review");
        assertThat(page.getByText("Looked-after review recorded")).isVisible();

        signInAfresh(worker);
        page.navigate(url("/children/" + child + "/delegated-authority"));
        assertThat(page.locator("main")).containsText("Last reviewed on " + uk(LocalDate.now()));
        signInAsCarer();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Test Child")).click();
        assertThat(page.locator("main")).containsText("Last reviewed on " + uk(LocalDate.now()));
    }

    @Test
    void shouldRefuseACarerAChildNotPlacedWithThemAndTheirChildOnceThePlacementHasEnded() {
        UUID other = fixtures.child(LocalDate.of(2013, 2, 2), worker, LocalDate.now().minusMonths(2));
        linkAndAgree();
        signInAsCarer();
        page.navigate(url("/carer/children/" + other));
        assertThat(page.locator("main")).containsText("not placed with you");
        accessibleAtEveryWidth();
        page.navigate(url("/children/" + child));
        assertThat(page.locator("main")).not().containsText("Test Child");
        page.navigate(url("/children/" + child + "/delegated-authority"));
        assertThat(page.locator("main")).containsText("This page is for the child's workers");

        // The child moves: the placement ends, and with it the carer's link and their access.
        var actor = users.find(worker).orElseThrow();
        ChildJourney j = journeys.read(actor, child, "placements", "test: the child moves");
        journeys.execute(actor, child, j.version(), new ChangePlacement(LocalDate.now().minusDays(1), "CARPL",
                new NewPlacement("U1", "PR1", "AB1 2CD", null)), "test: the child moves");
        Integer open = jdbc.queryForObject("SELECT count(*) FROM placement_carers WHERE pcar_person_id = ? AND "
                + "pcar_link_end_date IS NULL", Integer.class, child);
        org.assertj.core.api.Assertions.assertThat(open).as("the link ended with the placement").isZero();
        page.navigate(url("/carer/children/" + child));
        assertThat(page.locator("main")).containsText("not placed with you");
        page.navigate(url("/carer"));
        assertThat(page.locator("main")).containsText("No children are placed with you");
        accessibleAtEveryWidth();
    }
}
