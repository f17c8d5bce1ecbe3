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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 "in the app", in a real browser: a worker adding a child whose details nearly match a child already on
 * Hearth sees the matcher's candidate with its score and evidence, says it is not the same child and adds the child;
 * another worker links two records of one child and undoes the link; a record the worker may not see is only hinted
 * at. Every decision is audited; pages axe-clean at 375, 768 and 1280 px.
 */
class IdentityCandidatesBrowserTest extends BrowserTest {
    static final int[] WIDTHS = {375, 768, 1280};
    String team;
    String worker;
    String surname;

    @BeforeEach
    void setUp() {
        team = fixtures.team();
        worker = fixtures.user(Role.SOCIAL_WORKER, team);
        surname = Browser.uniqueName("Quarm", UUID.randomUUID());
    }

    UUID child(String forename, LocalDate dob, String owner) {
        UUID id = fixtures.child(dob, owner, LocalDate.now().minusMonths(3));
        jdbc.update("UPDATE ssd_person SET pers_forename = ?, pers_surname = ? WHERE pers_person_id = ?", forename,
                surname, id);
        return id;
    }

    void accessibleAtEveryWidth() {
        for (int width : WIDTHS) {
            page.setViewportSize(width, 900);
            Browser.assertAccessible(page);
        }
        page.setViewportSize(1280, 900);
    }

    void search(String q) {
        page.navigate(url("/children"));
        page.getByLabel("Name, date of birth").fill(q);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
    }

    List<Map<String, Object>> audit(String purpose) {
        return jdbc.queryForList("SELECT person_id, action, outcome, detail FROM audit_entry WHERE actor = ? AND purpose = ? "
                + "ORDER BY seq", worker, purpose);
    }

    @Test
    void shouldShowTheNearMatchWithScoreAndEvidenceThenAddTheChildOnlyAfterNotTheSameChild() {
        UUID existing = child("Maisie", LocalDate.of(2019, 5, 17), worker);
        signIn(worker);
        search("Maisy " + surname);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a new child")).click();
        fillDate("dob", LocalDate.of(2019, 5, 17));
        page.locator("#born").check();
        page.getByLabel("Female (F)").check();
        save("Add child");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Is the child already on Hearth?"))).isVisible();
        assertThat(page.locator("legend").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Is Maisie " + surname + " the child?"))).hasCount(1);
        assertThat(page.locator(".hearth-candidate .govuk-tag")).containsText("likely the same child");
        assertThat(page.locator(".hearth-candidate")).containsText("Agrees: date of birth, surname, sex.");
        assertThat(page.locator(".hearth-candidate")).containsText("Partly agrees: first name (variant or nickname).");
        page.getByText("Evidence field by field").click();
        assertThat(page.locator(".hearth-candidate .govuk-details__text"))
                .containsText("Date of birth: same (agrees, counts for a match)");
        accessibleAtEveryWidth();
        Browser.screenshot(page, "identity-new-child-candidate");

        // Adding needs an answer about the candidate: nothing is saved without it.
        save("Add child");
        assertThat(page.locator(".govuk-error-summary")).containsText("Say whether Maisie " + surname + " is the child");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ssd_person WHERE pers_surname = ?", Long.class, surname)).isEqualTo(1);
        accessibleAtEveryWidth();

        page.getByLabel("No, not the same child").check();
        save("Add child");
        // The answer given, the child is created and their record opens (another test's Maisie has a different birthday)
        page.waitForURL(java.util.regex.Pattern.compile(".*/children/[0-9a-f-]{36}$"),
                new Page.WaitForURLOptions().setTimeout(60_000));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Maisy " + surname))).isVisible();
        UUID added = jdbc.queryForObject("SELECT pers_person_id FROM ssd_person WHERE pers_surname = ? AND pers_forename = 'Maisy'",
                UUID.class, surname);

        Map<String, Object> decision = jdbc.queryForMap("SELECT subject_person_id, candidate_person_id, decision, score, "
                + "evidence, context, decided_by FROM identity_decision WHERE subject_person_id = ?", added);
        assertThat(decision.get("candidate_person_id")).isEqualTo(existing);
        assertThat(decision.get("decision")).isEqualTo("NOT_SAME_CHILD");
        assertThat(decision.get("context")).isEqualTo("new child");
        assertThat(decision.get("decided_by")).isEqualTo(worker);
        assertThat((Double) decision.get("score")).isGreaterThan(0.5);
        assertThat((String) decision.get("evidence")).contains("Agrees: date of birth");
        assertThat(audit("identity: not the same child")).extracting(r -> r.get("person_id"))
                .containsExactlyInAnyOrder(added, existing);
        assertThat(audit("identity: not the same child")).allSatisfy(r -> {
            assertThat(r.get("outcome")).isEqualTo("ALLOWED");
            assertThat((String) r.get("detail")).startsWith("NOT_SAME_CHILD (new child), score ");
        });
        assertThat(audit("possible matches for a new child")).isNotEmpty();

        // The pair is settled: the new child's other records no longer offer the one said not to be them.
        page.navigate(url("/children/" + added + "/identity"));
        assertThat(page.locator("main")).containsText("The matcher found no other record that may be this child.");
        assertThat(page.locator("table")).containsText("Not the same child — new child");
        accessibleAtEveryWidth();
    }

    @Test
    void shouldLinkTwoRecordsOfOneChildAndUndoTheLinkAuditingBoth() {
        UUID first = child("Jayden", LocalDate.of(2016, 9, 21), worker);
        UUID second = child("Jaden", LocalDate.of(2016, 9, 21), worker);
        jdbc.update("UPDATE ssd_person SET pers_sex = 'M' WHERE pers_person_id IN (?, ?)", first, second);
        signIn(worker);
        page.navigate(url("/children/" + first));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Check for other records of this child")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Jayden " + surname
                + " Other records of this child"))).isVisible();
        assertThat(page.locator(".hearth-candidate")).containsText("Jaden " + surname);
        assertThat(page.locator(".hearth-candidate .govuk-tag")).containsText("likely the same child");
        accessibleAtEveryWidth();
        Browser.screenshot(page, "identity-review-candidate");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Same child: link the records of Jaden " + surname)).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Linked: the two records are the same child");
        assertThat(page.locator(".hearth-identity-link")).containsText("Jaden " + surname);
        assertThat(page.locator(".hearth-candidate")).hasCount(0);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM identity_link WHERE undone_at IS NULL AND ? IN (person_low, person_high)",
                Long.class, first)).isEqualTo(1);
        // nothing merged: both records are still there, each with its own details
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ssd_person WHERE pers_surname = ?", Long.class, surname)).isEqualTo(2);
        accessibleAtEveryWidth();
        Browser.screenshot(page, "identity-review-linked");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Undo link with Jaden " + surname)).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Link undone");
        assertThat(page.locator("main")).containsText("No other record is linked to this child.");
        assertThat(page.locator(".hearth-candidate")).containsText("Jaden " + surname);
        assertThat(page.locator("table")).containsText("Link undone — record review");
        assertThat(page.locator("table")).containsText("Same child (linked) — record review");
        accessibleAtEveryWidth();

        Map<String, Object> link = jdbc.queryForMap("SELECT linked_by, undone_by, undone_at FROM identity_link WHERE ? IN "
                + "(person_low, person_high)", first);
        assertThat(link.get("linked_by")).isEqualTo(worker);
        assertThat(link.get("undone_by")).isEqualTo(worker);
        assertThat(link.get("undone_at")).isNotNull();
        assertThat(audit("identity: confirm the same child")).extracting(r -> r.get("person_id"))
                .containsExactlyInAnyOrder(first, second);
        assertThat(audit("identity: undo a link")).extracting(r -> r.get("person_id"))
                .containsExactlyInAnyOrder(first, second);
        assertThat(audit("identity: undo a link")).allSatisfy(r ->
                assertThat((String) r.get("detail")).startsWith("LINK_UNDONE (record review), score "));
    }

    @Test
    void shouldOnlyHintAtAPossibleMatchInARecordTheWorkerCannotSee() {
        String otherWorker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        child("Oliwia", LocalDate.of(2018, 1, 30), otherWorker);
        signIn(worker);
        search("Olivia " + surname);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a new child")).click();
        fillDate("dob", LocalDate.of(2018, 1, 30));
        page.locator("#born").check();
        page.getByLabel("Female (F)").check();
        save("Add child");

        assertThat(page.locator("main")).containsText("A possible match exists in a record you can’t see — ask the front "
                + "door or duty manager before going on.");
        assertThat(page.locator("main")).not().containsText("Oliwia");
        accessibleAtEveryWidth();
        save("Add child");
        assertThat(page.locator(".govuk-error-summary")).containsText("Confirm that you have asked the front door or duty manager");
        page.getByLabel("I have asked the front door or duty manager: this is a new child").check();
        save("Add child");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Olivia " + surname))).isVisible();
        // no decision could be made about a record the worker cannot see
        assertThat(jdbc.queryForObject("SELECT count(*) FROM identity_decision WHERE decided_by = ?", Long.class, worker)).isZero();
    }
}
