package org.hearth.identity.candidates;

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

/** The matching service a partner's referral will call, and "not the same child" through the child-creating API. */
class IdentityApiTest extends HearthIntegrationTest {
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldNameTheCandidatesTheCallerMaySeeWithScoreAndEvidenceAndOnlyCountTheOthers() {
        String team = fixtures.team();
        String worker = fixtures.user(Role.SOCIAL_WORKER, team);
        String surname = "Brennagh" + Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits()) % 100_000)
                .replaceAll("[0-9]", "x");
        UUID known = fixtures.child(LocalDate.of(2015, 8, 14), worker, LocalDate.now().minusMonths(1));
        jdbc.update("UPDATE ssd_person SET pers_forename = 'Aisha', pers_surname = ? WHERE pers_person_id = ?", surname,
                known);
        Api api = new Api(port);
        String referral = "{\"forename\":\"Ayesha\",\"surname\":\"" + surname + "\",\"dateOfBirth\":\"2015-08-14\",\"sex\":\"F\"}";

        HttpResponse<String> mine = api.call("POST", "/api/identity/candidates", worker, referral);
        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        assertThat(mine.body()).contains(known.toString()).contains("\"hiddenCount\":0")
                .contains("First name: variant or nickname (partly agrees, counts for a match)")
                .contains("\"verdict\":\"AGREES\"").contains("\"likelihood\":\"");

        String stranger = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        HttpResponse<String> theirs = api.call("POST", "/api/identity/candidates", stranger, referral);
        assertThat(theirs.statusCode()).isEqualTo(200);
        assertThat(theirs.body()).doesNotContain(known.toString()).doesNotContain("Aisha").contains("\"hiddenCount\":1")
                .contains("ask the front door or duty manager");

        // bad input: a clear 400, nothing matched
        assertThat(api.call("POST", "/api/identity/candidates", worker, "{}").statusCode()).isEqualTo(400);
        HttpResponse<String> badNhs = api.call("POST", "/api/identity/candidates", worker,
                "{\"surname\":\"" + surname + "\",\"nhsNumber\":\"9434765910\"}");
        assertThat(badNhs.statusCode()).isEqualTo(400);
        assertThat(badNhs.body()).contains("check digit").contains("/nhsNumber");
        assertThat(api.call("POST", "/api/identity/candidates", worker, "{\"surname\":\"" + "x".repeat(300) + "\"}")
                .statusCode()).isEqualTo(400);

        // creating the child after seeing the candidate: the explicit "not the same child" is stored and audited
        HttpResponse<String> created = api.call("POST", "/api/children?notTheSameAs=" + known, worker, referral);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        UUID child = UUID.fromString(created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));
        assertThat(jdbc.queryForObject("SELECT decision FROM identity_decision WHERE subject_person_id = ? AND "
                + "candidate_person_id = ?", String.class, child, known)).isEqualTo("NOT_SAME_CHILD");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = ? AND purpose = "
                + "'identity: not the same child'", Long.class, worker)).isEqualTo(2);
        HttpResponse<String> again = api.call("GET", "/api/children/" + child + "/identity/candidates", worker, null);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(again.body()).doesNotContain(known.toString());
    }

    @Test
    void shouldRefuseAChildsCandidatesToSomeoneWhoMayNotSeeTheChild() {
        String worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        UUID child = fixtures.child(LocalDate.of(2016, 3, 9), worker, LocalDate.now().minusMonths(1));
        String stranger = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        Api api = new Api(port);

        HttpResponse<String> refused = api.call("GET", "/api/children/" + child + "/identity/candidates", stranger, null);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = ? AND outcome = 'DENIED'",
                Long.class, stranger)).isPositive();
        assertThat(api.call("GET", "/api/children/" + child + "/identity/candidates", worker, null).statusCode())
                .isEqualTo(200);
    }
}
