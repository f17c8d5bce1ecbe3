package org.hearth.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.UserDirectory;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What a search tells each role about children outside their view, and what it leaves in the audit. */
class FindChildAccessTest extends HearthIntegrationTest {
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDirectory users;
    @Autowired
    FindChildPage page;

    String surname;
    UUID child;
    String worker;

    @BeforeEach
    void setUp() {
        worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        child = fixtures.child(LocalDate.of(2013, 11, 2), worker, LocalDate.now().minusMonths(1));
        surname = "Zanzibarre" + child.toString().substring(0, 6).replaceAll("[0-9-]", "q");
        jdbc.update("UPDATE ssd_person SET pers_forename = 'Liam', pers_surname = ? WHERE pers_person_id = ?", surname,
                child);
    }

    Actor actor(String username) {
        return users.find(username).orElseThrow();
    }

    List<Map<String, Object>> searches(String username) {
        return jdbc.queryForList("SELECT action, outcome, detail, disclosed FROM audit_entry WHERE actor = ? "
                + "AND action = 'SEARCH' ORDER BY seq", username);
    }

    @Test
    void shouldTellAnAnalystOrAdministratorNothingAboutAMatchingChild() {
        for (Role role : List.of(Role.DATA_ANALYST, Role.ADMINISTRATOR)) {
            String who = fixtures.user(role, null);
            FindChildPage.Found found = page.found(actor(who), SearchQuery.parse("Liam " + surname + " 2/11/2013"));
            assertThat(found.visible()).isEmpty();
            assertThat(found.hidden()).as("not even a count of hidden matches").isEmpty();
            assertThat(searches(who)).singleElement().satisfies(e -> assertThat(e.get("detail"))
                    .isEqualTo("0 shown, 0 hidden"));
        }
    }

    @Test
    void shouldCountAMatchAPractitionerMayNotSeeAndAuditIt() {
        String stranger = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        FindChildPage.Found found = page.found(actor(stranger), SearchQuery.parse("Liam " + surname));
        assertThat(found.visible()).isEmpty();
        assertThat(found.hidden()).extracting(SearchRanking.Match::id).contains(child);
        assertThat(searches(stranger)).singleElement().satisfies(e -> assertThat(e.get("detail"))
                .isEqualTo("0 shown, " + found.hidden().size() + " hidden"));
    }

    @Test
    void shouldAuditWhichChildrenASearchShowedButNotWhatWasTyped() {
        page.found(actor(worker), SearchQuery.parse("Liam " + surname));
        assertThat(searches(worker)).singleElement().satisfies(e -> {
            // Children of other tests in the shared database may match broadly and be counted as hidden.
            assertThat((String) e.get("detail")).startsWith("1 shown, ").endsWith(": " + child);
            assertThat(e.toString()).doesNotContain(surname);
        });
    }
}
