package org.hearth.people.family;

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
 * Issue 13 §2 on a real database: a brother or sister recorded on one child's record is shown on the other's, named
 * only to a worker who may see the child whose record holds the link; a parent's own record as a child is linked only
 * when the worker may see it (an unknown id answered alike); a stale change is refused and nothing is saved.
 */
class FamilyApiTest extends HearthIntegrationTest {
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldShowASiblingOnBothRecordsAndNameThemOnlyToWhoeverMaySeeThem() {
        String worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        String other = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        UUID amy = fixtures.child(LocalDate.of(2014, 5, 1), worker, LocalDate.now().minusYears(1));
        UUID ben = fixtures.child(LocalDate.of(2016, 7, 1), worker, LocalDate.now().minusYears(1));
        jdbc.update("UPDATE ssd_person SET pers_forename = 'Amy', pers_surname = 'Cole', pers_sex = 'F' "
                + "WHERE pers_person_id = ?", amy);
        jdbc.update("UPDATE ssd_person SET pers_forename = 'Ben', pers_surname = 'Cole', pers_sex = 'M' "
                + "WHERE pers_person_id = ?", ben);
        // Ben is also known to another worker, on a child of theirs whose record the first worker cannot see.
        UUID carl = fixtures.child(LocalDate.of(2012, 1, 1), other, LocalDate.now().minusYears(1));
        jdbc.update("UPDATE ssd_person SET pers_forename = 'Carl', pers_surname = 'Secret', pers_sex = 'M' "
                + "WHERE pers_person_id = ?", carl);
        fixtures.allocate(ben, other, "SW", LocalDate.now().minusMonths(1));
        Api api = new Api(port);

        HttpResponse<String> linked = api.call("POST", "/api/children/" + amy + "/relationships", worker,
                "{\"relatedPersonId\":\"" + ben + "\",\"type\":\"SIBLING\",\"parentalResponsibility\":false}");
        assertThat(linked.statusCode()).as(linked.body()).isEqualTo(201);
        HttpResponse<String> carlsLink = api.call("POST", "/api/children/" + carl + "/relationships", other,
                "{\"relatedPersonId\":\"" + ben + "\",\"type\":\"HALF_SIBLING\",\"parentalResponsibility\":false}");
        assertThat(carlsLink.statusCode()).as(carlsLink.body()).isEqualTo(201);

        String amysFamily = api.get("/api/children/" + amy + "/family", worker).body();
        assertThat(amysFamily).contains("Ben Cole").contains("Full brother");
        String bensFamily = api.get("/api/children/" + ben + "/family", worker).body();
        assertThat(bensFamily).as("recorded on Amy's record, shown on Ben's").contains("Amy Cole", "Full sister")
                .contains("A half-brother (record not shared with you)").doesNotContain("Secret", "Carl")
                .doesNotContain(carl.toString().substring(0, 8) + "\",\"shown\":true");
        String asOther = api.get("/api/children/" + ben + "/family", other).body();
        assertThat(asOther).contains("Carl Secret", "A sister (record not shared with you)").doesNotContain("Amy");
        assertThat(api.get("/api/children/" + carl + "/family", worker).statusCode()).isEqualTo(403);
    }

    @Test
    void shouldLinkAParentsOwnRecordOnlyWhenSeenAndRefuseAStaleChange() {
        String worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        String other = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        UUID child = fixtures.child(LocalDate.of(2018, 5, 1), worker, LocalDate.now().minusYears(1));
        UUID hidden = fixtures.child(LocalDate.of(2001, 5, 1), other, LocalDate.now().minusYears(1));
        jdbc.update("UPDATE ssd_person SET pers_forename = 'Hidden', pers_surname = 'Name' WHERE pers_person_id = ?",
                hidden);
        Api api = new Api(port);
        String path = "/api/children/" + child + "/family-adults";
        String mother = "{\"relationship\":\"MOTHER\",\"forename\":\"Dana\",\"surname\":\"Reid\",\"dob\":\"1995-02-03\","
                + "\"sex\":\"F\",\"parentalResponsibility\":true,\"prBasis\":\"BIRTH_MOTHER\","
                + "\"careHistory\":\"LOOKED_AFTER\",\"ownChildRecordId\":\"%s\"}";
        HttpResponse<String> hiddenLink = api.call("POST", path, worker, mother.formatted(hidden));
        HttpResponse<String> unknownLink = api.call("POST", path, worker, mother.formatted(UUID.randomUUID()));
        assertThat(hiddenLink.statusCode()).as(hiddenLink.body()).isEqualTo(422);
        assertThat(hiddenLink.body()).contains("/ownChildRecordId").doesNotContain("Hidden");
        assertThat(unknownLink.body().replaceAll("\"instance\":\"[^\"]*\"", ""))
                .isEqualTo(hiddenLink.body().replaceAll("\"instance\":\"[^\"]*\"", ""));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM family_adult WHERE fadu_person_id = ?", Integer.class,
                child)).isZero();

        HttpResponse<String> added = api.call("POST", path, worker, mother.replace(",\"ownChildRecordId\":\"%s\"", ""));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        String version = added.headers().firstValue("ETag").orElseThrow();
        UUID adult = jdbc.queryForObject("SELECT fadu_table_id FROM family_adult WHERE fadu_person_id = ?", UUID.class,
                child);
        String changed = "{\"relationship\":\"MOTHER\",\"forename\":\"Dana\",\"surname\":\"Reid-Shaw\","
                + "\"sex\":\"F\",\"parentalResponsibility\":true,\"prBasis\":\"BIRTH_MOTHER\"}";
        HttpResponse<String> ok = api.call("POST", path + "/" + adult, worker, changed, version);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        HttpResponse<String> stale = api.call("POST", path + "/" + adult, worker,
                changed.replace("Reid-Shaw", "Stale"), version);
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        HttpResponse<String> noVersion = api.call("POST", path + "/" + adult, worker, changed);
        assertThat(noVersion.statusCode()).as(noVersion.body()).isEqualTo(428);
        assertThat(jdbc.queryForObject("SELECT fadu_surname FROM family_adult WHERE fadu_table_id = ?", String.class,
                adult)).isEqualTo("Reid-Shaw");
        HttpResponse<String> future = api.call("POST", path, worker, "{\"relationship\":\"FATHER\",\"forename\":\"Lee\","
                + "\"parentalResponsibility\":false,\"from\":\"" + LocalDate.now().plusDays(3) + "\"}");
        assertThat(future.statusCode()).as(future.body()).isEqualTo(422);
        assertThat(future.body()).contains("/from");
        assertThat(api.call("POST", path, worker, "null").statusCode()).isEqualTo(400);
        HttpResponse<String> otherChild = api.call("POST", "/api/children/" + hidden + "/family-adults", worker,
                mother.replace(",\"ownChildRecordId\":\"%s\"", ""));
        assertThat(otherChild.statusCode()).isEqualTo(403);
        assertThat(api.get("/api/children/" + child + "/family", worker).body()).contains("Dana Reid-Shaw")
                .contains("Birth mother");
    }
}
