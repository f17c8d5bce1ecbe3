package org.hearth.people;

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

/**
 * Issue 15: a child's name could be read by relating an unrelated child's id to your own child (the ecomap showed
 * it), and a non-existent id answered 500 while a real one answered 201.
 */
class PeopleApiTest extends HearthIntegrationTest {
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldRelateOnlyPeopleTheWorkerMaySeeAndAnswerUnknownAndHiddenIdsAlike() {
        String worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        String other = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        UUID child = fixtures.child(LocalDate.of(2015, 5, 1), worker, LocalDate.now().minusYears(1));
        UUID sibling = fixtures.child(LocalDate.of(2017, 5, 1), worker, LocalDate.now().minusYears(1));
        UUID unrelated = fixtures.child(LocalDate.of(2016, 5, 1), other, LocalDate.now().minusYears(1));
        jdbc.update("UPDATE ssd_person SET pers_forename = 'Secret', pers_surname = 'Name' WHERE pers_person_id = ?",
                unrelated);
        Api api = new Api(port);
        String path = "/api/children/" + child + "/relationships";

        HttpResponse<String> hidden = api.call("POST", path, worker, "{\"relatedPersonId\":\"" + unrelated
                + "\",\"type\":\"SIBLING\",\"parentalResponsibility\":false}");
        HttpResponse<String> unknown = api.call("POST", path, worker, "{\"relatedPersonId\":\"" + UUID.randomUUID()
                + "\",\"type\":\"SIBLING\",\"parentalResponsibility\":false}");
        assertThat(hidden.statusCode()).as(hidden.body()).isEqualTo(422);
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(422);
        assertThat(hidden.body()).contains("There is no one with this id whose record you can see")
                .contains("/relatedPersonId").doesNotContain("Secret");
        assertThat(unknown.body().replaceAll("\"instance\":\"[^\"]*\"", ""))
                .isEqualTo(hidden.body().replaceAll("\"instance\":\"[^\"]*\"", ""));
        HttpResponse<String> asPwm = api.call("POST", "/api/children/" + child + "/people-who-matter", worker,
                "{\"name\":\"Anyone\",\"kind\":\"PERSON\",\"relatedPersonId\":\"" + unrelated + "\"}");
        assertThat(asPwm.statusCode()).as(asPwm.body()).isEqualTo(422);

        HttpResponse<String> ok = api.call("POST", path, worker, "{\"relatedPersonId\":\"" + sibling
                + "\",\"type\":\"SIBLING\",\"parentalResponsibility\":false}");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
        assertThat(api.get("/api/children/" + child, worker).body()).doesNotContain("Secret");
        assertThat(api.call("POST", path, worker, "null").statusCode()).isEqualTo(400);
        assertThat(api.call("POST", path, worker, "{\"relatedPersonId\":\"not-an-id\"}").statusCode()).isEqualTo(400);

        HttpResponse<String> address = api.call("POST", "/api/children/" + child + "/addresses", worker,
                "{\"type\":\"Home\",\"line\":\"1 Test Street\",\"postcode\":\"LS6 1AA\",\"from\":\"2015-05-01\"}");
        assertThat(address.statusCode()).as(address.body()).isEqualTo(201);
    }
}
