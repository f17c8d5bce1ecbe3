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
 * Child protection in a real headless Chromium: strategy discussion (police and health by organisation, minutes,
 * actions per agency) → section 47 enquiry → initial conference → plan with outcomes and actions → the first core
 * group within its clock, actions updated; the clocks and cards that follow, and the refusals in the user's words.
 * axe on every page (at 375, 768 and 1280 px on the new ones).
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
        String suffix = child.toString().substring(0, 8);
        police = "POL-" + suffix;
        trust = "NHS-" + suffix;
        jdbc.update("INSERT INTO organisation (organisation_id, name, type) VALUES (?, ?, 'POLICE_FORCE')", police,
                "Example Valley Police " + suffix);
        jdbc.update("INSERT INTO organisation (organisation_id, name, type, ods_code) VALUES (?, ?, 'NHS_TRUST', ?)",
                trust, "Example Valley Hospitals " + suffix, suffix);
    }

    String police;
    String trust;

    /** One participant row of a meeting form. */
    void participant(int row, String organisation, String name, String role) {
        page.locator("#participant-" + row + "-organisation").selectOption(organisation);
        page.locator("#participant-" + row + "-name").fill(name);
        page.locator("#participant-" + row + "-role").fill(role);
    }

    /** One action row of a meeting form. */
    void action(int row, String organisation, String owner, String what, LocalDate due) {
        page.locator("#action-" + row + "-organisation").selectOption(organisation);
        page.locator("#action-" + row + "-owner").fill(owner);
        page.locator("#action-" + row + "-action").fill(what);
        fillDate("action-" + row + "-dueDate", due);
    }

    /** axe at a phone's, a tablet's and a desktop's width (WCAG 2.2 AA, target size included). */
    void accessibleAtEveryWidth(String name) {
        for (int width : new int[] {375, 768, 1280}) {
            page.setViewportSize(width, 900);
            Browser.assertAccessible(page);
            Browser.screenshot(page, name + "-" + width);
        }
        page.setViewportSize(1280, 900);
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
        assertThat(page.locator(".govuk-error-summary")).containsText("Add the people who took part in the strategy discussion");
        assertThat(page.locator(".govuk-error-summary")).containsText("Select what the strategy discussion decided");
        assertThat(page.locator("#outcome-error")).containsText("Select what the strategy discussion decided");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "strategy-discussion-errors");

        fillDate("discussionDate", discussion);
        participant(1, police, "DC Sam Rowe", "Detective constable");
        participant(2, trust, "Jo Hart", "Named nurse for safeguarding");
        participant(3, "agency:SOCIAL_CARE", "Alex Kay", "Social worker");
        page.getByLabel("Start a section 47 enquiry").check();
        page.locator("#minutes").fill("School saw bruising on Ola's arm. Police and health agree a joint enquiry.");
        action(1, police, "DC Sam Rowe", "Police checks on the adults in the household", LocalDate.now().plusDays(2));
        action(2, trust, "Jo Hart", "Child protection medical", discussion.minusDays(1));
        save("Save strategy discussion");
        assertThat(page.locator("#action-2-dueDate-error")).containsText("must be on or after " + FULL.format(discussion));
        Browser.assertAccessible(page);
        action(2, trust, "Jo Hart", "Child protection medical", discussion.plusDays(1));
        save("Save strategy discussion");

        LocalDate icpcDue = WorkingDayCalendar.england().plusWorkingDays(discussion, 15);
        assertThat(page.locator(".govuk-notification-banner")).containsText("section 47 enquiry started");
        assertThat(page.locator("main")).containsText("Initial conference after strategy discussion of "
                + FULL.format(discussion) + " — " + SHORT.format(icpcDue));
        assertThat(page.locator("#protection")).containsText("Started " + FULL.format(discussion));
        assertThat(page.locator("#protection")).containsText("Initial conference due by " + FULL.format(icpcDue));
        assertThat(page.locator(".moj-timeline")).containsText("Strategy discussion: start a section 47 enquiry");
        assertThat(page.locator(".moj-timeline")).containsText("Section 47 enquiry started");
        assertThat(page.locator("#protection-detail")).containsText("DC Sam Rowe, Detective constable (Example Valley Police");
        assertThat(page.locator("#protection-detail")).containsText("Jo Hart, Named nurse for safeguarding");
        assertThat(page.locator("#protection-detail")).not().containsText("did not take part");
        assertThat(page.locator("#protection-detail")).containsText("2 agreed, 1 overdue");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "protection-record-s47-open");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Minutes, participants and actions of the "
                + "strategy discussion on " + FULL.format(discussion))).click();
        assertThat(page.locator("main")).containsText("School saw bruising");
        assertThat(page.locator("main table").first()).containsText("Detective constable");
        assertThat(page.locator("main")).containsText("Police checks on the adults in the household");
        assertThat(page.locator("main")).containsText("Overdue: not started");
        accessibleAtEveryWidth("strategy-discussion-view");
        page.navigate(url("/children/" + child));

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
        assertThat(page.locator(".moj-timeline")).containsText("Child protection plan started, category: Neglect");
        LocalDate coreGroupDue = WorkingDayCalendar.england().plusWorkingDays(conference, 10);
        assertThat(page.locator("#protection-detail")).containsText("First core group due by " + FULL.format(coreGroupDue));
        assertThat(page.locator("main")).containsText("First core group after the initial conference of "
                + FULL.format(conference) + " — " + SHORT.format(coreGroupDue));
        Browser.assertAccessible(page);
        Browser.screenshot(page, "protection-record-cp-plan");

        // The plan's substance: an outcome with its actions, then the first core group, within the clock.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Outcomes, actions and core groups")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Child protection plan").setExact(true))).isVisible();
        assertThat(page.locator("main")).containsText("No: the child's first plan");
        assertThat(page.locator("main")).containsText("Due by " + FULL.format(coreGroupDue));
        accessibleAtEveryWidth("cp-plan");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add an outcome and its actions")).click();
        save("Save outcome and actions");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the outcome");
        assertThat(page.locator(".govuk-error-summary")).containsText("Add at least one action towards the outcome");
        accessibleAtEveryWidth("cp-plan-outcome-errors");
        page.locator("#outcome").fill("Ola is safe at home: no further injuries, and bruises explained by a medical");
        action(1, "agency:SOCIAL_CARE", "Alex Kay", "Weekly visits, seeing Ola alone", LocalDate.now().plusDays(7));
        action(2, trust, "Jo Hart", "Health visitor reviews Ola fortnightly", LocalDate.now().plusDays(14));
        save("Save outcome and actions");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Outcome and its actions added to the plan");
        assertThat(page.locator("main")).containsText("Outcome 1: Ola is safe at home");
        assertThat(page.locator("main")).containsText("Weekly visits, seeing Ola alone");
        accessibleAtEveryWidth("cp-plan-with-outcome");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a core group")).click();
        fillDate("meetingDate", conference.minusDays(3));
        participant(1, "agency:FAMILY", "Kim Mensah", "Mother");
        save("Save core group");
        assertThat(page.locator("#meetingDate-error")).containsText("A core group meets after the initial child protection conference");
        accessibleAtEveryWidth("core-group-before-icpc");
        LocalDate met = weekdayOnOrBefore(LocalDate.now());
        fillDate("meetingDate", met);
        participant(2, trust, "Jo Hart", "Health visitor");
        page.locator("#participant-2-apologies").check();
        page.locator("#progress").fill("Ola seen alone twice; no new injuries.");
        String visitsAction = jdbc.queryForObject("SELECT prac_action_id::text FROM protection_actions WHERE "
                + "prac_person_id = ? AND prac_owner = 'Alex Kay'", String.class, child);
        page.locator("#action-" + visitsAction + "-status").selectOption("IN_PROGRESS");
        page.locator("#action-" + visitsAction + "-progress").fill("Two visits so far");
        save("Save core group");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Core group recorded");
        assertThat(page.locator("main")).containsText("Met " + FULL.format(met) + ", within 10 working days of the conference");
        assertThat(page.locator("main")).containsText("Ola seen alone twice");
        assertThat(page.locator("main")).containsText("Sent apologies");
        assertThat(page.locator("main")).containsText("Progress: Two visits so far");
        assertThat(page.locator("main")).containsText("In progress");
        accessibleAtEveryWidth("cp-plan-after-core-group");

        page.navigate(url("/children/" + child));
        assertThat(page.locator("main")).not().containsText("First core group after the initial conference");
        assertThat(page.locator("#protection-detail")).containsText("Last met " + FULL.format(met));
        assertThat(page.locator(".moj-timeline")).containsText("Core group meeting");
        Browser.assertAccessible(page);
    }

    @Test
    void shouldRecordAStrategyDiscussionDecidingNoFurtherActionWithoutStartingAnEnquiry() {
        signIn(worker);
        openRecord();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a strategy discussion")).click();
        fillDate("discussionDate", referral.minusDays(3));
        participant(1, police, "DC Sam Rowe", "Detective constable");
        page.getByLabel("No further action").check();
        save("Save strategy discussion");
        assertThat(page.locator("#discussionDate-error")).containsText("cannot be before the referral on " + FULL.format(referral));
        assertThat(page.locator("#outcome-NFA")).isChecked();
        Browser.assertAccessible(page);

        fillDate("discussionDate", discussion);
        save("Save strategy discussion");
        assertThat(page.locator("#absenceReason-error")).containsText("say why health did not");
        page.locator("#absenceReason").fill("The school nurse was on leave and no cover was available.");
        save("Save strategy discussion");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Strategy discussion recorded");
        assertThat(page.locator("#protection-detail")).containsText("Health did not take part.");
        assertThat(page.locator("#protection-detail")).containsText("Reason: The school nurse was on leave");
        assertThat(page.locator(".moj-timeline")).containsText("Strategy discussion: no further action");
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
                "{\"date\":\"" + discussion + "\",\"participants\":[{\"organisationId\":\"" + police
                        + "\",\"name\":\"DC Rowe\",\"role\":\"DC\"},{\"organisationId\":\"" + trust
                        + "\",\"name\":\"Jo Hart\",\"role\":\"Nurse\"}],\"outcome\":\"S47\"}");
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
