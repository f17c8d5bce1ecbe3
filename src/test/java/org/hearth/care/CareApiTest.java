package org.hearth.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.access.Role;
import org.hearth.support.Api;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The looked-after tasks over HTTP keep the rules the forms keep, and name the request's own fields when they refuse. */
class CareApiTest extends HearthIntegrationTest {
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    final LocalDate today = LocalDate.now();
    final LocalDate start = today.minusDays(30);
    String worker;
    String iro;
    Api api;

    @BeforeEach
    void setUp() {
        String team = fixtures.team();
        worker = fixtures.user(Role.SOCIAL_WORKER, team);
        iro = fixtures.user(Role.IRO, fixtures.team());
        api = new Api(port);
    }

    UUID child(LocalDate dob) {
        UUID id = fixtures.child(dob, worker, today.minusYears(1));
        fixtures.allocate(id, iro, "IRO", today.minusYears(1));
        return id;
    }

    UUID lookedAfter() {
        UUID id = child(LocalDate.of(2015, 6, 1));
        fixtures.history(id, new CarePeriod(null, id, start, null, null, "N1"),
                new LegalStatus(null, id, "C2", start, null),
                new Placement(null, id, start, null, "U6", "PR1", "LS1 4AP", null, null, null));
        return id;
    }

    String version(UUID child) {
        return api.get("/api/children/" + child, worker).headers().firstValue("ETag").orElseThrow();
    }

    HttpResponse<String> post(UUID child, String path, String user, String body, String ifMatch) {
        return api.call("POST", "/api/children/" + child + path, user, body, ifMatch);
    }

    static String placement(String type) {
        return "{\"type\":\"" + type + "\",\"provider\":\"PR1\",\"postcode\":\"ls1 4ap\"}";
    }

    @Test
    void shouldRecordBecomingLookedAfterWithItsLegalStatusAndPlacement() {
        UUID child = child(LocalDate.of(2015, 6, 1));
        HttpResponse<String> r = post(child, "/care", worker, "{\"date\":\"" + start + "\",\"legalStatus\":\"C2\","
                + "\"categoryOfNeed\":\"N1\",\"placement\":" + placement("U6") + "}", null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(r.body()).contains("\"kind\":\"care-periods\"", "\"kind\":\"legal-statuses\"", "\"kind\":\"placements\"");
        assertThat(jdbc.queryForObject("SELECT clap_cla_placement_postcode FROM ssd_cla_placement WHERE clap_person_id = ?",
                String.class, child)).isEqualTo("LS1 4AP");

        HttpResponse<String> again = post(child, "/care", worker, "{\"date\":\"" + today + "\",\"legalStatus\":\"C2\","
                + "\"categoryOfNeed\":\"N1\",\"placement\":" + placement("U6") + "}", null);
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("already looked after").contains("\"pointer\":\"/date\"");
    }

    @Test
    void shouldRefuseBecomingLookedAfterForA20YearOldAndSaveNothing() {
        UUID adult = child(today.minusYears(20));
        HttpResponse<String> r = post(adult, "/care", worker, "{\"date\":\"" + today + "\",\"legalStatus\":\"C2\","
                + "\"categoryOfNeed\":\"N1\",\"placement\":" + placement("U6") + "}", null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(r.body()).contains("Only a child under 18 can become looked after; the child was 20 on")
                .contains("\"pointer\":\"/date\"");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM cla_periods WHERE clpe_person_id = ?", Long.class, adult))
                .isZero();
    }

    @Test
    void shouldNameTheRequestsFieldsWhenAnswersAreMissingOrWrong() {
        UUID child = child(LocalDate.of(2015, 6, 1));
        HttpResponse<String> r = post(child, "/care", worker, "{\"date\":\"" + today + "\",\"legalStatus\":\"ZZ\","
                + "\"placement\":{\"type\":\"U6\",\"provider\":\"PR1\",\"postcode\":\"nowhere\"}}", null);
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("\"pointer\":\"/categoryOfNeed\"", "\"pointer\":\"/placement/postcode\"",
                "\"dfeRule\":\"145\"");
        HttpResponse<String> codes = post(child, "/care", worker, "{\"date\":\"" + today + "\",\"legalStatus\":\"ZZ\","
                + "\"categoryOfNeed\":\"N1\",\"placement\":" + placement("U6") + "}", null);
        assertThat(codes.statusCode()).isEqualTo(422);
        assertThat(codes.body()).contains("\"pointer\":\"/legalStatus\"", "'ZZ' is not a valid LS code");
    }

    @Test
    void shouldAnswerANullBodyABadDateAndAnUnknownChildWithAProblem() {
        UUID child = child(LocalDate.of(2015, 6, 1));
        assertThat(post(child, "/care", worker, null, null).statusCode()).isEqualTo(400);
        HttpResponse<String> bad = post(child, "/care/legal-statuses", worker, "{\"date\":\"31/02/2026\"}", null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("date must be a date written as YYYY-MM-DD");
        assertThat(post(UUID.randomUUID(), "/care", worker, "{}", null).statusCode()).isBetween(403, 404);
    }

    @Test
    void shouldChangeThePlacementAndTheLegalStatusWithTheVersionRead() {
        UUID child = lookedAfter();
        String move = "{\"date\":\"" + today.minusDays(2) + "\",\"reason\":\"CARPL\",\"placement\":" + placement("K2") + "}";
        HttpResponse<String> noVersion = post(child, "/care/placements", worker, move, null);
        assertThat(noVersion.statusCode()).isEqualTo(428);
        HttpResponse<String> moved = post(child, "/care/placements", worker, move, version(child));
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ssd_cla_placement WHERE clap_person_id = ? "
                + "AND clap_cla_placement_change_reason = 'CARPL'", Long.class, child)).isEqualTo(1);

        HttpResponse<String> same = post(child, "/care/legal-statuses", worker, "{\"date\":\"" + today.minusDays(1)
                + "\",\"legalStatus\":\"C2\"}", version(child));
        assertThat(same.statusCode()).isEqualTo(422);
        assertThat(same.body()).contains("Select a legal status different from the current one")
                .contains("\"pointer\":\"/legalStatus\"");
        HttpResponse<String> future = post(child, "/care/legal-statuses", worker, "{\"date\":\"" + today.plusDays(1)
                + "\",\"legalStatus\":\"E1\"}", version(child));
        assertThat(future.statusCode()).isEqualTo(422);
        assertThat(future.body()).contains("must be today or in the past").contains("\"pointer\":\"/date\"");
        HttpResponse<String> changed = post(child, "/care/legal-statuses", worker, "{\"date\":\"" + today.minusDays(1)
                + "\",\"legalStatus\":\"E1\"}", version(child));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(201);

        UUID first = jdbc.queryForObject("SELECT clap_cla_placement_id FROM ssd_cla_placement WHERE clap_person_id = ? "
                + "AND clap_cla_placement_change_reason = 'CARPL'", UUID.class, child);
        HttpResponse<String> badPostcode = post(child, "/care/placements/" + first + "/details", worker,
                "{\"postcode\":\"nowhere\"}", version(child));
        assertThat(badPostcode.statusCode()).isEqualTo(422);
        assertThat(badPostcode.body()).contains("\"pointer\":\"/postcode\"");
        HttpResponse<String> corrected = post(child, "/care/placements/" + first + "/details", worker,
                "{\"postcode\":\"ls2 7ew\"}", version(child));
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT clap_cla_placement_postcode FROM ssd_cla_placement "
                + "WHERE clap_cla_placement_id = ?", String.class, first)).isEqualTo("LS2 7EW");
    }

    @Test
    void shouldRefuseTheIroAChangeOfPlacementButLetThemRecordTheReview() {
        UUID child = lookedAfter();
        HttpResponse<String> move = post(child, "/care/placements", iro, "{\"date\":\"" + today.minusDays(2)
                + "\",\"reason\":\"CARPL\",\"placement\":" + placement("K2") + "}", version(child));
        // The IRO's view does not open placements to change: the seam refuses first (the command refuses an IRO too:
        // ChangeWithinCareTest).
        assertThat(move.statusCode()).isEqualTo(403);

        String review = "{\"date\":\"" + today + "\",\"participation\":\"PN1\",\"childsViews\":\"I like it here\","
                + "\"decisions\":\"Stays\"}";
        HttpResponse<String> byWorker = post(child, "/care-reviews", worker, review, null);
        assertThat(byWorker.statusCode()).isEqualTo(422);
        assertThat(byWorker.body()).contains("Only the child's IRO");
        HttpResponse<String> byIro = post(child, "/care-reviews", iro, review, null);
        assertThat(byIro.statusCode()).as(byIro.body()).isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT clar_cla_review_child_views FROM ssd_cla_reviews WHERE clar_person_id = ?",
                String.class, child)).isEqualTo("I like it here");

        HttpResponse<String> noViews = post(child, "/care-reviews", iro, "{\"date\":\"" + today
                + "\",\"participation\":\"PN1\",\"decisions\":\"Stays\"}", null);
        assertThat(noViews.statusCode()).isEqualTo(422);
        assertThat(noViews.body()).contains("\"pointer\":\"/childsViews\"");
    }

    @Test
    void shouldRecordAMissingEpisodeAndThenTheReturn() {
        UUID child = lookedAfter();
        HttpResponse<String> away = post(child, "/missing", worker, "{\"startDate\":\"" + today.minusDays(3)
                + "\",\"type\":\"A\"}", null);
        assertThat(away.statusCode()).as(away.body()).isEqualTo(201);
        Matcher m = Pattern.compile("\"kind\":\"missing\",\"id\":\"([0-9a-f-]+)\"").matcher(away.body());
        assertThat(m.find()).isTrue();
        String episode = m.group(1);

        HttpResponse<String> early = post(child, "/missing/" + episode + "/return", worker, "{\"date\":\""
                + today.minusDays(4) + "\",\"returnInterviewOffered\":false}", version(child));
        assertThat(early.statusCode()).isEqualTo(422);
        assertThat(early.body()).contains("must be on or after the day they went missing").contains("\"pointer\":\"/date\"");
        HttpResponse<String> back = post(child, "/missing/" + episode + "/return", worker, "{\"date\":\""
                + today.minusDays(1) + "\",\"returnInterviewOffered\":true,\"returnInterviewAccepted\":true}",
                version(child));
        assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT miss_missing_episode_end_date FROM ssd_missing WHERE miss_person_id = ?",
                LocalDate.class, child)).isEqualTo(today.minusDays(1));

        HttpResponse<String> unknown = post(child, "/missing/" + UUID.randomUUID() + "/return", worker,
                "{\"date\":\"" + today + "\",\"returnInterviewOffered\":false}", version(child));
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.body()).contains("no such missing or away episode");
    }

    @Test
    void shouldRefuseAMissingEpisodeForAnUnbornChild() {
        UUID unborn = child(LocalDate.of(2015, 6, 1));
        jdbc.update("UPDATE ssd_person SET pers_dob = NULL, pers_expected_dob = ? WHERE pers_person_id = ?",
                java.sql.Date.valueOf(today.plusMonths(2)), unborn);
        HttpResponse<String> r = post(unborn, "/missing", worker, "{\"startDate\":\"" + today + "\",\"type\":\"M\"}", null);
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("A missing or away episode cannot be recorded for an unborn child");
    }
}
