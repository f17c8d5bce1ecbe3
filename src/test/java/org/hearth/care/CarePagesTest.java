package org.hearth.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.platform.web.DateAnswer;
import org.hearth.referral.Referral;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.hearth.support.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.ExtendedModelMap;

/**
 * The looked-after steps on the child's record are offered only to whom they belong and only when they would be
 * accepted; the forms refuse, in words, what the commands refuse (issue 9: a 20-year-old becoming looked after, a
 * missing episode for an unborn child).
 */
class CarePagesTest extends HearthIntegrationTest {
    @Autowired
    TestFixtures fixtures;
    @Autowired
    CarePages carePages;
    @Autowired
    MissingPages missingPages;
    @Autowired
    JdbcTemplate jdbc;

    final LocalDate today = LocalDate.now();
    String worker;
    String iro;

    @BeforeEach
    void setUp() {
        worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        iro = fixtures.user(Role.IRO, fixtures.team());
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
    }

    void signedInAs(String username, Role role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
    }

    UUID child(LocalDate dob) {
        UUID id = fixtures.child(dob, worker, today.minusYears(1));
        fixtures.allocate(id, iro, "IRO", today.minusYears(1));
        return id;
    }

    String page(String user, UUID child) {
        return WebSession.signIn(port, user).get("/children/" + child).body();
    }

    @Test
    void shouldNotOfferOrAcceptBecomingLookedAfterForA20YearOld() {
        UUID adult = child(today.minusYears(20));
        UUID youngster = child(today.minusYears(17));
        assertThat(page(worker, adult)).doesNotContain("/children/" + adult + "/care/new");
        assertThat(page(worker, youngster)).contains("/children/" + youngster + "/care/new");

        signedInAs(worker, Role.SOCIAL_WORKER);
        Map<String, String> form = new HashMap<>(Map.of("legalStatus", "C2", "cin", "N1", "placementType", "U6",
                "provider", "PR1", "postcode", "LS1 4AP", "version", "0"));
        DateAnswer.fill(form, "date", today);
        ExtendedModelMap model = new ExtendedModelMap();
        assertThat(carePages.recordNew(adult, form, model)).isEqualTo("care/new");
        @SuppressWarnings("unchecked")
        Map<String, String> errors = (Map<String, String>) model.get("fieldErrors");
        assertThat(errors.get("date")).startsWith("Only a child under 18 can become looked after; the child was 20 on");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM cla_periods WHERE clpe_person_id = ?", Long.class, adult))
                .isZero();
    }

    @Test
    void shouldNotOfferOrAcceptAMissingEpisodeForAnUnbornChild() {
        UUID unborn = child(today.minusYears(1));
        jdbc.update("UPDATE ssd_person SET pers_dob = NULL, pers_expected_dob = ?, pers_sex = 'U' WHERE pers_person_id = ?",
                java.sql.Date.valueOf(today.plusMonths(2)), unborn);
        fixtures.history(unborn, new Referral(null, unborn, null, today.minusDays(10), "1A", "N1", null, false, null,
                null));
        assertThat(page(worker, unborn)).doesNotContain("/missing/new");

        signedInAs(worker, Role.SOCIAL_WORKER);
        Map<String, String> form = new HashMap<>(Map.of("type", "M", "version", "1"));
        DateAnswer.fill(form, "start", today);
        ExtendedModelMap model = new ExtendedModelMap();
        assertThat(missingPages.recordNew(unborn, form, model)).isEqualTo("care/missing");
        assertThat(String.valueOf(model.asMap())).contains("A missing or away episode cannot be recorded for an unborn child");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ssd_missing WHERE miss_person_id = ?", Long.class, unborn))
                .isZero();
    }

    @Test
    void shouldOfferTheIroTheReviewAndTheSocialWorkerTheChangesOnTheLookedAfterCard() {
        UUID child = child(LocalDate.of(2015, 6, 1));
        LocalDate start = today.minusDays(30);
        fixtures.history(child, new CarePeriod(null, child, start, null, null, "N1"),
                new LegalStatus(null, child, "C2", start, null),
                new Placement(null, child, start, null, "U6", "PR1", "LS1 4AP", null, null, null));
        String iroPage = page(iro, child);
        assertThat(iroPage).contains("/children/" + child + "/care-reviews/new")
                .doesNotContain("/placements/change").doesNotContain("/legal-statuses/change")
                .doesNotContain("/care/end");
        String workerPage = page(worker, child);
        assertThat(workerPage).contains("/children/" + child + "/placements/change",
                "/children/" + child + "/legal-statuses/change", "/children/" + child + "/care/end")
                .doesNotContain("/care-reviews/new").doesNotContain("/care/new\"");
    }
}
