package org.hearth.leaving;

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
import org.hearth.support.Api;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.hearth.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The personal adviser records a care leaver contact from the young person's page and through the API. */
class CareLeaverContactPagesTest extends HearthIntegrationTest {
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldOfferThePersonalAdviserTheContactAndRecordItFromThePageAndTheApi() {
        String team = fixtures.team();
        String worker = fixtures.user(Role.SOCIAL_WORKER, team);
        String pa = fixtures.user(Role.PERSONAL_ADVISER, fixtures.team());
        String iro = fixtures.user(Role.IRO, team);
        LocalDate born = LocalDate.now().minusYears(19);
        LocalDate start = born.plusYears(14);
        LocalDate left = born.plusYears(18);
        UUID child = fixtures.child(born, worker, start);
        fixtures.history(child, carePeriod(start, left), legalStatus(start, left), placement(start, left));
        fixtures.allocate(child, pa, "PA", left);
        fixtures.allocate(child, iro, "IRO", start);

        WebSession web = WebSession.signIn(port, pa);
        String page = web.get("/children/" + child).body();
        assertThat(page).contains("Record a care leaver contact");
        assertThat(WebSession.signIn(port, iro).get("/children/" + child).body())
                .doesNotContain("Record a care leaver contact").doesNotContain(">Record a visit<");
        String form = "/children/" + child + "/care-leaver-contacts/new";
        assertThat(web.get(form).statusCode()).isEqualTo(200);
        Map<String, String> answers = new LinkedHashMap<>();
        LocalDate today = LocalDate.now();
        answers.put("date-day", Integer.toString(today.getDayOfMonth()));
        answers.put("date-month", Integer.toString(today.getMonthValue()));
        answers.put("date-year", Integer.toString(today.getYear()));
        answers.put("inTouch", "YES");
        HttpResponse<String> missing = web.submit(form, form, answers);
        assertThat(missing.statusCode()).isEqualTo(200);
        assertThat(missing.body()).contains("Select the young person&#39;s main activity");
        answers.put("activity", "F2");
        answers.put("accommodation", "U1");
        HttpResponse<String> saved = web.submit(form, form, answers);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(web.get("/children/" + child + "?saved=care-leaver-contact").body())
                .contains("Care leaver contact recorded");

        Api api = new Api(port);
        HttpResponse<String> future = api.call("POST", "/api/children/" + child + "/care-leaver-contacts", pa,
                "{\"date\":\"" + today.plusDays(3) + "\",\"inTouch\":\"NO\"}");
        assertThat(future.statusCode()).as(future.body()).isEqualTo(422);
        assertThat(future.body()).contains("/date");
        HttpResponse<String> ok = api.call("POST", "/api/children/" + child + "/care-leaver-contacts", pa,
                "{\"date\":\"" + today + "\",\"inTouch\":\"NO\"}");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ssd_care_leavers WHERE clea_person_id = ?", Long.class,
                child)).isEqualTo(2);
    }
}
