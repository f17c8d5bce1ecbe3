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
import java.util.regex.Pattern;
import org.hearth.access.Role;
import org.hearth.care.CarePeriod;
import org.hearth.care.LegalStatus;
import org.hearth.care.Placement;
import org.hearth.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The child's own words on the worker's forms, in a real headless Chromium at a phone's width (375 px) and a
 * desktop's (1280 px), axe on every page: the child answers before their conference (choosing how they will take
 * part), before a visit and after going missing, in their own space; the worker's initial conference, visit and
 * missing episode forms each start from the child's words ("From Maya's own words on …"), editable, and the
 * conference from the participation the child chose; once saved the words are kept with that record and not offered
 * again.
 */
class OwnWordsBrowserTest extends BrowserTest {
    String worker;
    String childUser;
    UUID child;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        LocalDate start = LocalDate.now().minusMonths(5);
        child = fixtures.child(LocalDate.now().minusYears(12).minusDays(40), worker, start);
        jdbc.update("UPDATE ssd_person SET pers_forename = 'Maya', pers_surname = ? WHERE pers_person_id = ?",
                Browser.uniqueName("Words", child), child);
        fixtures.history(child, new CarePeriod(null, child, start, null, null, "N1"),
                new LegalStatus(null, child, "C2", start, null),
                new Placement(null, child, start, null, "U4", "PR1", "LS1 4AP", null, null, null));
        childUser = fixtures.user(Role.CHILD, null);
        jdbc.update("UPDATE hearth_user SET display_name = 'Maya' WHERE username = ?", childUser);
        jdbc.update("INSERT INTO portal_account (username, child_id, invited_by, verified_at) VALUES (?, ?, ?, now())",
                childUser, child, worker);
        jdbc.update("INSERT INTO role_assignment (assignment_id, holder_kind, holder_id, role, scope_kind, scope_id, "
                + "grant_type, valid_from, reason) VALUES (?, 'USER', ?, 'SELF', 'CHILD', ?, 'STANDARD', now() - "
                + "interval '1 minute', 'test')", UUID.randomUUID(), childUser, child.toString());
    }

    void width(int px) {
        page.setViewportSize(px, px < 600 ? 812 : 900);
    }

    /** The child answers one occasion in their own space. */
    void say(String occasion, String wordsQuestion, String words, String takingPart) {
        page.navigate(url("/me/say"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(occasion)).click();
        Browser.assertAccessible(page);
        if (takingPart != null) {
            assertThat(page.getByText("How will you take part in the meeting?")).isVisible();
            page.getByLabel(takingPart).check();
        }
        page.getByLabel(wordsQuestion).fill(words);
        save("Send to my worker");
        assertThat(page.getByText("Thank you. Your worker will see it.")).isVisible();
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {375, 1280})
    void shouldStartTheConferenceVisitAndMissingFormsFromTheChildsOwnWordsAndOfferThemOnce(int px) {
        String s47 = startEnquiry();
        width(px);
        Browser.signIn(page, url(""), childUser);
        say("A meeting to keep me safe", "What do you want the people at the meeting to know?",
                "I feel safer at home now. I want my mum to stop shouting.",
                "I will not go. What I wrote here can tell them what I think");
        say("When my worker visits", "What do you want the people at the meeting to know?",
                "Can we talk in the park next time?", null);
        say("After I was away", "What would help you? Is there anything you want your worker to know?",
                "I went to my friend's house because I was upset.", null);
        String today = LocalDate.now().format(DateTimeFormatter.ofPattern("d MMMM", Locale.UK));

        signInAfresh(worker);
        width(px);
        // The initial conference: the child's words and how they chose to take part, editable
        page.navigate(url("/children/" + child + "/initial-conferences/new?s47=" + s47));
        assertThat(page.locator("#own-words h2")).hasText("From Maya's own words on " + today);
        assertThat(page.locator("#own-words")).containsText("Child does not attend but conveys their views by another means");
        assertThat(page.locator("#childViews")).hasValue(Pattern.compile("^I feel safer at home now\\. I want my mum to stop shouting\\."));
        assertThat(page.locator("input[name=childParticipation][value=MP6]")).isChecked();
        Browser.assertAccessible(page);
        Browser.screenshot(page, "own-words-conference-" + px);
        fillDate("icpcDate", weekday(LocalDate.now().minusDays(1)));
        page.getByLabel("A child protection plan").check();
        page.getByLabel("Physical abuse").check();
        page.locator("#childViews").fill("Maya feels safer at home now; she wants the shouting to stop.");
        save("Save conference");
        assertThat(page.locator(".govuk-notification-banner--success")).isVisible();
        UUID conference = jdbc.queryForObject("SELECT icpc_icpc_id FROM ssd_initial_cp_conference WHERE icpc_person_id = ?",
                UUID.class, child);
        assertThat(jdbc.queryForMap("SELECT record_kind, views, participation, says_id IS NOT NULL AS linked FROM "
                + "record_child_views WHERE record_id = ?", conference))
                .containsEntry("record_kind", "initial-conferences")
                .containsEntry("views", "Maya feels safer at home now; she wants the shouting to stop.")
                .containsEntry("participation", "MP6").containsEntry("linked", true);
        assertThat(jdbc.queryForObject("SELECT m.note FROM child_says s JOIN child_space_mark m ON m.record_id = "
                + "s.says_id AND m.mark = 'USED' WHERE s.person_id = ? AND s.occasion = 'cp-conference'", String.class,
                child)).isEqualTo("initial-conferences " + conference);
        // and the conference's chronology entry shows the child's views back, with how they took part
        page.navigate(url("/children/" + child + "/chronology/record/" + conference));
        assertThat(page.locator("#child-views-text")).hasText("Maya feels safer at home now; she wants the shouting to stop.");
        assertThat(page.locator("main")).containsText("Child does not attend but conveys their views by another means");
        for (int w : new int[] {375, 768, 1280}) {
            width(w);
            Browser.assertAccessible(page);
        }
        width(px);
        // read in the entry's own read through the seam (audited with the entry's purpose: the step's link and the
        // entry itself), not as a second read of its own
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = ? AND person_id = ? AND "
                + "purpose LIKE 'read the child''s views with the record%'", Long.class, worker, child)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = ? AND person_id = ? AND "
                + "purpose LIKE 'casework: open a chronology entry%' AND outcome = 'ALLOWED'", Long.class, worker, child))
                .isEqualTo(2);

        // The visit: the child's words, saved with the visit, then not offered again
        page.navigate(url("/children/" + child + "/visits/new"));
        assertThat(page.locator("#own-words h2")).hasText("From Maya's own words on " + today);
        assertThat(page.locator("#childViews")).hasValue("Can we talk in the park next time?");
        Browser.assertAccessible(page);
        page.locator("#visitSeen").check();
        page.locator("#seenAlone").check();
        save("Save visit");
        assertThat(page.getByText("Visit recorded")).isVisible();
        assertThat(jdbc.queryForObject("SELECT v.views FROM record_child_views v JOIN visits ON visi_visit_id = "
                + "v.record_id WHERE v.child_id = ?", String.class, child)).isEqualTo("Can we talk in the park next time?");
        page.navigate(url("/children/" + child + "/visits/new"));
        assertThat(page.locator("#own-words")).hasCount(0);
        assertThat(page.locator("#childViews")).hasValue("");

        // After going missing: the return interview starts from the child's account
        page.navigate(url("/children/" + child + "/missing/new"));
        assertThat(page.locator("#own-words h2")).hasText("From Maya's own words on " + today);
        assertThat(page.locator("#childAccount")).hasValue("I went to my friend's house because I was upset.");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "own-words-missing-" + px);
        fillDate("start", LocalDate.now().minusDays(2));
        page.getByLabel("Missing from care").check();
        save("Save");
        assertThat(page.locator(".govuk-notification-banner--success")).isVisible();
        UUID episode = jdbc.queryForObject("SELECT miss_table_id FROM ssd_missing WHERE miss_person_id = ?", UUID.class,
                child);
        assertThat(jdbc.queryForObject("SELECT views FROM record_child_views WHERE record_id = ?", String.class, episode))
                .isEqualTo("I went to my friend's house because I was upset.");
        // The episode's return keeps the account it was recorded with, and the child's words are not offered again
        page.navigate(url("/children/" + child + "/missing/" + episode));
        assertThat(page.locator("#own-words")).hasCount(0);
        assertThat(page.locator("#childAccount")).hasValue("I went to my friend's house because I was upset.");
        Browser.assertAccessible(page);
    }

    String startEnquiry() {
        LocalDate referral = weekday(LocalDate.now().minusDays(14));
        HttpResponse<String> r = api.call("POST", "/api/children/" + child + "/contacts", worker,
                "{\"contactDate\":\"" + referral + "\",\"source\":\"5A\",\"reason\":\"Police concern\",\"decision\":"
                        + "\"REFERRAL\",\"decisionDate\":\"" + referral + "\",\"primaryNeed\":\"N1\"}");
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 201);
        String police = "POL-" + child.toString().substring(0, 8);
        jdbc.update("INSERT INTO organisation (organisation_id, name, type) VALUES (?, ?, 'POLICE_FORCE')", police,
                "Example Valley Police " + police);
        HttpResponse<String> sd = api.call("POST", "/api/children/" + child + "/strategy-discussions", worker,
                "{\"date\":\"" + weekday(LocalDate.now().minusDays(8)) + "\",\"participants\":[{\"organisationId\":\""
                        + police + "\",\"name\":\"DC Rowe\",\"role\":\"DC\"}],\"outcome\":\"S47\","
                        + "\"policeOrHealthAbsentBecause\":\"The school nurse was on leave\"}");
        assertThat(sd.statusCode()).as(sd.body()).isEqualTo(201);
        return sd.body().replaceAll("(?s).*\"kind\":\"s47-enquiries\",\"id\":\"([0-9a-f-]{36})\".*", "$1");
    }

    static LocalDate weekday(LocalDate d) {
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.minusDays(1);
        }
        return d;
    }
}
