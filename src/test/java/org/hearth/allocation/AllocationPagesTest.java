package org.hearth.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.carePeriod;
import static org.hearth.journey.JourneyBuilder.legalStatus;
import static org.hearth.journey.JourneyBuilder.placement;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.hearth.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 9 §4: there was no way to allocate an IRO in the web app, so a looked-after child never reached an IRO. */
class AllocationPagesTest extends HearthIntegrationTest {
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldLetTheTeamManagerAllocateAnIroToALookedAfterChildFromTheChildsPage() {
        String team = fixtures.team();
        String worker = fixtures.user(Role.SOCIAL_WORKER, team);
        String manager = fixtures.user(Role.TEAM_MANAGER, team);
        String iro = fixtures.user(Role.IRO, fixtures.team());
        UUID child = fixtures.child(LocalDate.of(2014, 2, 2), worker, LocalDate.now().minusMonths(6));
        LocalDate start = LocalDate.now().minusMonths(1);
        fixtures.history(child, carePeriod(start, null), legalStatus(start, null), placement(start, null));

        WebSession asWorker = WebSession.signIn(port, worker);
        assertThat(asWorker.get("/children/" + child).body()).doesNotContain("Allocate an IRO");
        assertThat(asWorker.get("/children/" + child + "/allocations/iro").statusCode()).isEqualTo(403);

        WebSession web = WebSession.signIn(port, manager);
        assertThat(web.get("/children/" + child).body()).contains("Allocate an IRO").contains("Change social worker");
        String form = "/children/" + child + "/allocations/iro";
        HttpResponse<String> page = web.get(form);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("The child has no independent reviewing officer").contains(iro);
        String version = page.body().replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("version", version);
        LocalDate today = LocalDate.now();
        answers.put("date-day", Integer.toString(today.getDayOfMonth()));
        answers.put("date-month", Integer.toString(today.getMonthValue()));
        answers.put("date-year", Integer.toString(today.getYear()));
        HttpResponse<String> missing = web.submit(form, form, answers);
        assertThat(missing.statusCode()).isEqualTo(200);
        assertThat(missing.body()).contains("Select the child&#39;s IRO");
        answers.put("iro", iro);
        HttpResponse<String> saved = web.submit(form, form, answers);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(web.get("/children/" + child + "?saved=iro-allocated").body()).contains("IRO allocated")
                .contains("Change IRO");
        assertThat(jdbc.queryForObject("SELECT invo_allocated_by FROM ssd_involvements WHERE invo_person_id = ? "
                + "AND invo_professional_role_id = 'IRO'", String.class, child)).isEqualTo(manager);
        assertThat(WebSession.signIn(port, iro).get("/children/" + child).statusCode()).isEqualTo(200);
    }
}
