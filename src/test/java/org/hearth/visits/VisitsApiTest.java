package org.hearth.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.support.Api;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 15 (High, safeguarding): future-dated visits through the API moved statutory clocks. */
class VisitsApiTest extends HearthIntegrationTest {
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldRefuseAFutureVisitAndAnIrosVisitButRecordTheWorkersVisit() {
        String team = fixtures.team();
        String worker = fixtures.user(Role.SOCIAL_WORKER, team);
        String iro = fixtures.user(Role.IRO, team);
        UUID child = fixtures.child(LocalDate.of(2015, 6, 1), worker, LocalDate.now().minusMonths(3));
        fixtures.allocate(child, iro, "IRO", LocalDate.now().minusMonths(1));
        Api api = new Api(port);
        String path = "/api/children/" + child + "/visits";

        for (String date : new String[] {"2030-01-01", "9999-12-31"}) {
            HttpResponse<String> r = api.call("POST", path, worker, "{\"date\":\"" + date
                    + "\",\"context\":\"CP\",\"seen\":true,\"seenAlone\":true}");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
            assertThat(r.body()).contains("The date of the visit must be today or in the past").contains("/date");
        }
        HttpResponse<String> byIro = api.call("POST", path, iro, "{\"date\":\"" + LocalDate.now()
                + "\",\"context\":\"CIN\",\"seen\":true}");
        // The IRO's view does not open visits to change, so the seam refuses first; RecordVisitTest shows the command
        // refusing an IRO's visit too, in the words the page gives.
        assertThat(byIro.statusCode()).as(byIro.body()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM visits WHERE visi_person_id = ?", Long.class, child))
                .isZero();

        HttpResponse<String> ok = api.call("POST", path, worker, "{\"date\":\"" + LocalDate.now().minusDays(1)
                + "\",\"context\":\"CIN\",\"seen\":true,\"seenAlone\":false,\"note\":\"Seen at school\"}");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
        assertThat(ok.headers().firstValue("ETag")).isPresent();
        assertThat(api.call("POST", path, worker, "null").statusCode()).isEqualTo(400);
        assertThat(api.call("POST", path, worker, "{\"date\":\"2026-13-01\",\"seen\":true}").statusCode())
                .isEqualTo(400);
    }
}
