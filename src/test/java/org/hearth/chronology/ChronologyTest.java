package org.hearth.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ChronologyTest extends HearthIntegrationTest {
    @Autowired
    Chronology chronology;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldShowWhatHasHappenedAndNotWhatIsDatedAhead() {
        String worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        UUID child = fixtures.child(LocalDate.of(2012, 3, 1), worker, LocalDate.now().minusMonths(6));
        entry(child, LocalDate.now().minusDays(3), "visits", "Visit: child seen alone");
        entry(child, LocalDate.now(), "visits", "Visit: child seen");
        entry(child, LocalDate.now().plusMonths(4), "care-outcomes", "Outcomes as at the year end");

        assertThat(chronology.of(child, Set.of())).extracting(Chronology.Entry::summary)
                .contains("Visit: child seen alone", "Visit: child seen")
                .doesNotContain("Outcomes as at the year end");
        // The record's filter counts the entries the page read, so it offers no kind dated ahead either.
        String page = org.hearth.support.WebSession.signIn(port, worker).get("/children/" + child).body();
        assertThat(page).contains("id=\"kind-visits\"", "Visits (2)").doesNotContain("kind-care-outcomes");
    }

    private void entry(UUID child, LocalDate on, String kind, String summary) {
        jdbc.update("INSERT INTO chronology_entry (chro_person_id, chro_event_date, chro_kind, chro_summary, "
                + "chro_recorded_by) VALUES (?, ?, ?, ?, 'test')", child, Date.valueOf(on), kind, summary);
    }
}
