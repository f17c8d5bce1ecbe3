package org.hearth.permanence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.access.Role;
import org.hearth.care.CarePeriod;
import org.hearth.care.LegalStatus;
import org.hearth.care.Placement;
import org.hearth.support.Api;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** An adoption step by step over HTTP, each step refused out of order with the request's field named. */
class PermanenceApiTest extends HearthIntegrationTest {
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldRecordAnAdoptionStepByStepAndRefuseAStepOutOfOrder() {
        LocalDate today = LocalDate.now();
        LocalDate start = today.minusMonths(10);
        String worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        String iro = fixtures.user(Role.IRO, fixtures.team());
        UUID child = fixtures.child(LocalDate.of(2022, 6, 1), worker, start.minusMonths(1));
        fixtures.allocate(child, iro, "IRO", start);
        fixtures.history(child, new CarePeriod(null, child, start, null, null, "N1"),
                new LegalStatus(null, child, "E1", start, null),
                new Placement(null, child, start, null, "U1", "PR1", "LS1 4AP", null, null, null));
        Api api = new Api(port);
        String base = "/api/children/" + child + "/permanence";

        HttpResponse<String> byIro = api.call("POST", base, iro, "{\"plan\":\"ADOPTION\",\"date\":\""
                + start.plusMonths(1) + "\"}");
        // The IRO's view does not open permanence to change: the seam refuses before the command (PermanenceCommandsTest).
        assertThat(byIro.statusCode()).isEqualTo(403);
        HttpResponse<String> decided = api.call("POST", base, worker, "{\"plan\":\"ADOPTION\",\"date\":\""
                + start.plusMonths(1) + "\"}");
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(201);
        Matcher m = Pattern.compile("\"kind\":\"permanence\",\"id\":\"([0-9a-f-]+)\"").matcher(decided.body());
        assertThat(m.find()).isTrue();
        String plan = base + "/" + m.group(1);

        HttpResponse<String> early = api.call("POST", plan + "/placed-for-adoption", worker,
                "{\"date\":\"" + start.plusMonths(2) + "\"}", etag(decided));
        assertThat(early.statusCode()).isEqualTo(422);
        assertThat(early.body()).contains("Record the match with adopters before the placement for adoption");

        HttpResponse<String> matched = api.call("POST", plan + "/match", worker, "{\"date\":\"" + start.plusMonths(3)
                + "\",\"adoptedByFosterCarer\":\"0\",\"numberOfAdopters\":\"2\",\"adoptersSex\":\"MF\","
                + "\"adoptersLegalStatus\":\"L11\"}", etag(decided));
        assertThat(matched.statusCode()).as(matched.body()).isEqualTo(200);
        HttpResponse<String> placed = api.call("POST", plan + "/placed-for-adoption", worker,
                "{\"date\":\"" + start.plusMonths(4) + "\"}", etag(matched));
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(200);
        HttpResponse<String> future = api.call("POST", base + "/orders", worker, "{\"planId\":\"" + m.group(1)
                + "\",\"date\":\"" + today.plusDays(1) + "\",\"order\":\"ADOPTION\"}", etag(placed));
        assertThat(future.statusCode()).isEqualTo(422);
        assertThat(future.body()).contains("\"pointer\":\"/date\"");

        assertThat(jdbc.queryForObject("SELECT perm_adopter_sex FROM ssd_permanence WHERE perm_person_id = ?",
                String.class, child)).isEqualTo("MF");
    }

    private static String etag(HttpResponse<String> r) {
        return r.headers().firstValue("ETag").orElseThrow();
    }
}
