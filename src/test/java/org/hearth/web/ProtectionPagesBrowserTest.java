package org.hearth.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.calendar.WorkingDayCalendar;
import org.hearth.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Child protection in a real headless Chromium: strategy discussion → section 47 enquiry → initial conference → plan,
 * the clocks and the "Child protection" card that follow, and the refusals in the user's words. axe on every page.
 */
class ProtectionPagesBrowserTest extends BrowserTest {
    static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);


    Api api;
    String worker;
    UUID child;
    String name;
    String referralId;
    LocalDate referral;
    LocalDate discussion;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        child = fixtures.child(LocalDate.of(2015, 6, 1), worker, LocalDate.now().minusMonths(2));
        String forename = Browser.uniqueName("Ola", child);
        name = forename + " Mensah";
        jdbc.update("UPDATE ssd_person SET pers_forename = ?, pers_surname = 'Mensah' WHERE pers_person_id = ?", forename, child);
        referral = weekday(LocalDate.now().minusDays(14));
        discussion = weekday(LocalDate.now().minusDays(8));
        HttpResponse<String> r = api.call("POST", "/api/children/" + child + "/contacts", worker,
                "{\"contactDate\":\"" + referral + "\",\"source\":\"5A\",\"reason\":\"Police concern\",\"decision\":"
                        + "\"REFERRAL\",\"decisionDate\":\"" + referral + "\",\"primaryNeed\":\"N1\"}");
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 201);
        referralId = r.body().replaceAll("(?s).*?\"kind\":\"referrals\",\"id\":\"([0-9a-f-]{36})\".*", "$1");
    }

    @Test
    void shouldStartAnEnquiryAtTheStrategyDiscussionAndPutTheChildOnAPlanAtTheConference() {
        signIn(worker);
        openRecord();
        Browser.screenshot(page, "protection-record-with-referral");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a strategy discussion")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Record a strategy discussion"))).isVisible();
        assertThat(page.locator("main")).containsText("For the referral received on " + FULL.format(referral));
        assertThat(page.locator("#discussionDate-day")).hasValue(Integer.toString(LocalDate.now().getDayOfMonth()));
        Browser.assertAccessible(page);
        Browser.screenshot(page, "strategy-discussion");

        fillDate("discussionDate", "31", "2", "2026");
        save("Save strategy discussion");
        assertThat(page.locator(".govuk-error-summary")).containsText("as a real date");
        assertThat(page.locator(".govuk-error-summary")).containsText("Select the agencies that took part");
        assertThat(page.locator(".govuk-error-summary")).containsText("Select what the strategy discussion decided");
        assertThat(page.locator("#outcome-error")).containsText("Select what the strategy discussion decided");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "strategy-discussion-errors");

        fillDate("discussionDate", discussion);
        page.getByLabel("Police").check();
        page.getByLabel("Health").check();
        page.getByLabel("Start a section 47 enquiry").check();
        save("Save strategy discussion");

        LocalDate icpcDue = WorkingDayCalendar.england().plusWorkingDays(discussion, 15);
        assertThat(page.locator(".govuk-notification-banner")).containsText("section 47 enquiry started");
        assertThat(page.locator("main")).containsText("Initial conference after strategy discussion of "
                + FULL.format(discussion) + " — " + SHORT.format(icpcDue));
        assertThat(page.locator("#protection")).containsText("Started " + FULL.format(discussion));
        assertThat(page.locator("#protection")).containsText("Initial conference due by " + FULL.format(icpcDue));
        assertThat(page.locator(".moj-timeline")).containsText("Strategy discussion, outcome: start a section 47 enquiry");
        assertThat(page.locator(".moj-timeline")).containsText("Section 47 enquiry started");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "protection-record-s47-open");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record the initial conference")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Record an initial child protection conference"))).isVisible();
        assertThat(page.locator("#icpcDate-year")).hasValue(Integer.toString(LocalDate.now().getYear()));
        Browser.assertAccessible(page);
        Browser.screenshot(page, "initial-conference");

        LocalDate conference = weekdayOnOrBefore(LocalDate.now());
        fillDate("icpcDate", conference);
        page.getByLabel("A child protection plan").check();
        page.getByLabel("Neglect").check();
        Browser.assertAccessible(page);
        Browser.screenshot(page, "initial-conference-plan-chosen");
        save("Save conference");

        assertThat(page.locator(".govuk-notification-banner")).containsText("Initial child protection conference and child protection plan recorded");
        assertThat(page.locator(".hearth-identity")).containsText("Child protection");
        assertThat(page.locator("#protection")).containsText("Child protection plan");
        assertThat(page.locator("#protection")).containsText("Started " + FULL.format(conference));
        assertThat(page.locator("#protection")).containsText("Neglect");
        assertThat(page.locator("#protection .govuk-summary-list__row", new Page.LocatorOptions().setHasText("Next review due")))
                .containsText(FULL.format(conference.plusMonths(3)));
        assertThat(page.locator("main")).containsText("Child protection review — " + SHORT.format(conference.plusMonths(3)));
        assertThat(page.locator("main")).not().containsText("Initial conference after strategy discussion");
        assertThat(page.locator(".moj-timeline")).containsText("Child protection plan started, category: neglect");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "protection-record-cp-plan");
    }

    @Test
    void shouldRecordAStrategyDiscussionDecidingNoFurtherActionWithoutStartingAnEnquiry() {
        signIn(worker);
        openRecord();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a strategy discussion")).click();
        fillDate("discussionDate", referral.minusDays(3));
        page.getByLabel("Police").check();
        page.getByLabel("No further action").check();
        save("Save strategy discussion");
        assertThat(page.locator("#discussionDate-error")).containsText("cannot be before the referral on " + FULL.format(referral));
        assertThat(page.locator("#outcome-NFA")).isChecked();
        Browser.assertAccessible(page);

        fillDate("discussionDate", discussion);
        save("Save strategy discussion");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Strategy discussion recorded");
        assertThat(page.locator(".moj-timeline")).containsText("Strategy discussion, outcome: no further action");
        assertThat(page.locator("#protection")).hasCount(0);
        assertThat(page.locator("main")).not().containsText("Initial conference");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ssd_s47_enquiry WHERE s47e_person_id = ?",
                Long.class, child)).isZero();
        Browser.assertAccessible(page);
        Browser.screenshot(page, "protection-record-after-nfa");
    }

    @Test
    void shouldRefuseAConferenceAtAWeekendWithDfeRule8875AndSaveNothing() {
        String s47 = startEnquiryThroughTheApi();
        signIn(worker);
        openRecord();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record the initial conference")).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/initial-conferences/new\\?s47=" + s47));

        save("Save conference");
        assertThat(page.locator(".govuk-error-summary")).containsText("Select whether the conference decided on a child protection plan");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "initial-conference-no-decision");

        page.getByLabel("A child protection plan").check();
        save("Save conference");
        assertThat(page.locator(".govuk-error-summary")).containsText("Select the category of abuse");
        assertThat(page.locator("#category-error")).isVisible();
        Browser.assertAccessible(page);

        LocalDate saturday = LocalDate.now();
        while (saturday.getDayOfWeek() != DayOfWeek.SATURDAY) {
            saturday = saturday.minusDays(1);
        }
        fillDate("icpcDate", saturday);
        page.getByLabel("Physical abuse").check();
        save("Save conference");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("There is a problem"))).isVisible();
        assertThat(page.locator(".govuk-error-summary")).containsText("cannot be held at a weekend");
        assertThat(page.locator(".govuk-error-summary")).containsText("(DfE rule 8875)");
        assertThat(page.locator("#icpcDate-error")).containsText("(DfE rule 8875)");
        assertThat(page.locator("#icpcDate-day")).hasValue(Integer.toString(saturday.getDayOfMonth()));
        assertThat(page.locator("#category-PHY")).isChecked();
        assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Error: "));
        Browser.assertAccessible(page);
        Browser.screenshot(page, "initial-conference-weekend-refused");

        assertThat(jdbc.queryForObject("SELECT count(*) FROM ssd_initial_cp_conference WHERE icpc_person_id = ?",
                Long.class, child)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ssd_cp_plans WHERE cppl_person_id = ?",
                Long.class, child)).isZero();
    }

    @Test
    void shouldStopTheConferenceClockWhenTheEnquiryEndsWithNoConferenceNeeded() {
        startEnquiryThroughTheApi();
        signIn(worker);
        openRecord();
        assertThat(page.locator("main")).containsText("Initial conference after strategy discussion");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record the outcome of the section 47 enquiry")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Outcome of the section 47 enquiry"))).isVisible();
        Browser.assertAccessible(page);
        Browser.screenshot(page, "s47-outcome");

        fillDate("s47EndDate", "99", "xx", "");
        save("Save outcome");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the date the enquiry ended as a real date");
        assertThat(page.locator(".govuk-error-summary")).containsText("Select yes if an initial child protection conference is needed");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "s47-outcome-errors");

        fillDate("s47EndDate", discussion.minusDays(1));
        page.locator("#icpcRequired-no").check();
        save("Save outcome");
        assertThat(page.locator("#s47EndDate-error")).containsText("before it starts on " + FULL.format(discussion));
        Browser.assertAccessible(page);

        fillDate("s47EndDate", weekdayOnOrBefore(LocalDate.now()));
        save("Save outcome");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Outcome of the section 47 enquiry recorded");
        assertThat(page.locator("main")).not().containsText("Initial conference after strategy discussion");
        assertThat(page.locator(".moj-timeline")).containsText("no conference required");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "protection-record-s47-ended");
    }

    @Test
    void shouldShowANotFoundPageRatherThanFailForAConferenceWithNoEnquiryToFollow() {
        signIn(worker);
        page.navigate(url("/children/" + child + "/initial-conferences/new?s47=not-an-id"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Not found"))).isVisible();
        assertThat(page.locator("main")).containsText("A section 47 enquiry awaiting a conference was not found");
        Browser.assertAccessible(page);
        page.navigate(url("/children/" + child + "/initial-conferences/new"));
        assertThat(page.locator("main")).containsText("was not found");
        Browser.assertAccessible(page);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    String startEnquiryThroughTheApi() {
        HttpResponse<String> sd = api.call("POST", "/api/children/" + child + "/strategy-discussions", worker,
                "{\"date\":\"" + discussion + "\",\"agencies\":[\"POLICE\"],\"outcome\":\"S47\"}");
        assertThat(sd.statusCode()).as(sd.body()).isEqualTo(201);
        return sd.body().replaceAll("(?s).*\"kind\":\"s47-enquiries\",\"id\":\"([0-9a-f-]{36})\".*", "$1");
    }

    void openRecord() {
        page.navigate(url("/children/" + child));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name))).isVisible();
        Browser.assertAccessible(page);
    }

    static String id(HttpResponse<String> r) {
        return r.body().replaceAll("(?s).*?\"id\":\"([0-9a-f-]{36})\".*", "$1");
    }

    static LocalDate weekday(LocalDate d) {
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }
}
