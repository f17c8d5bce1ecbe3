package org.hearth.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.UserDirectory;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyService;
import org.hearth.platform.web.DateAnswer;
import org.hearth.referral.Referral;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.ExtendedModelMap;

/** The child protection review form: a plan continues or ends (with why), the child's views; refusals in words. */
class CpReviewPagesTest extends HearthIntegrationTest {
    @Autowired
    CpReviewPages pages;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JourneyService journeys;
    @Autowired
    UserDirectory users;

    Actor iro;
    Actor sw;
    UUID child;
    LocalDate icpc;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void setUp() {
        String worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        sw = users.find(worker).orElseThrow();
        iro = users.find(fixtures.user(Role.IRO, fixtures.team())).orElseThrow();
        child = fixtures.child(LocalDate.of(2015, 5, 5), worker, today.minusMonths(5));
        fixtures.allocate(child, iro.username(), "IRO", today.minusMonths(5));
        icpc = today.minusDays(50);
        while (icpc.getDayOfWeek() == DayOfWeek.SATURDAY || icpc.getDayOfWeek() == DayOfWeek.SUNDAY) {
            icpc = icpc.minusDays(1);
        }
        Referral referral = new Referral(UUID.randomUUID(), child, null, icpc.minusDays(20), "1A", "N1",
                icpc.minusDays(19), false, null, null);
        S47Enquiry s47 = new S47Enquiry(UUID.randomUUID(), child, referral.id(), null, icpc.minusDays(15),
                icpc.minusDays(5), true);
        InitialConference conference = new InitialConference(UUID.randomUUID(), child, s47.id(), referral.id(), icpc, true);
        fixtures.history(child, referral, s47, conference,
                new CpPlan(null, child, referral.id(), conference.id(), icpc, null, "EMO", "EMO", null));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                iro.username(), null, List.of(new SimpleGrantedAuthority("ROLE_IRO"))));
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
    }

    ChildJourney journey() {
        return journeys.read(iro, child, "check", "check");
    }

    Map<String, String> form(LocalDate date, String outcome, String reason, String views, long version) {
        Map<String, String> f = new HashMap<>();
        DateAnswer.fill(f, "reviewDate", date);
        if (outcome != null) f.put("outcome", outcome);
        if (reason != null) f.put("endReason", reason);
        if (views != null) f.put("views", views);
        f.put("version", Long.toString(version));
        return f;
    }

    @SuppressWarnings("unchecked")
    Map<String, String> errorsOf(Map<String, String> form) {
        ExtendedModelMap model = new ExtendedModelMap();
        assertThat(pages.record(child, form, model)).isEqualTo("protection/review");
        return (Map<String, String>) model.get("fieldErrors");
    }

    @Test
    void shouldKeepThePlanOpenWhenItContinuesWithTheChildsViews() {
        String view = pages.record(child, form(today, "continue", null, "I feel safer.", journey().version()),
                new ExtendedModelMap());
        assertThat(view).isEqualTo("redirect:/children/" + child + "?saved=cp-review#protection");
        ChildJourney j = journey();
        assertThat(j.all(ProtectionStage.CP_REVIEWS)).singleElement().satisfies(r -> {
            assertThat(r.cpReviewOutcomeContinueCp()).isTrue();
            assertThat(r.cpReviewChildViews()).isEqualTo("I feel safer.");
            assertThat(r.cpReviewPlanEndReason()).isNull();
        });
        assertThat(j.all(ProtectionStage.CP_PLANS)).singleElement().satisfies(p -> assertThat(p.cpPlanEndDate()).isNull());
    }

    @Test
    void shouldEndThePlanOnTheDayOfTheReviewWithItsReason() {
        pages.record(child, form(today.minusDays(1), "end", "MOVED_LA", "Bye.", journey().version()), new ExtendedModelMap());
        ChildJourney j = journey();
        assertThat(j.all(ProtectionStage.CP_PLANS)).singleElement()
                .satisfies(p -> assertThat(p.cpPlanEndDate()).isEqualTo(today.minusDays(1)));
        assertThat(j.all(ProtectionStage.CP_REVIEWS)).singleElement()
                .satisfies(r -> assertThat(r.cpReviewPlanEndReason()).isEqualTo("MOVED_LA"));
    }

    @Test
    void shouldRefuseAReviewOnTheDayThePlanStartedWithTheDfERule() {
        assertThat(errorsOf(form(icpc, "continue", null, "x", journey().version())).get("reviewDate"))
                .contains("must be after the child protection plan started").endsWith("(DfE rule 8841)");
        assertThat(journey().all(ProtectionStage.CP_REVIEWS)).isEmpty();
    }

    @Test
    void shouldRefuseNoDecisionNoReasonAndNoViewsFromAChildOldEnoughToGiveThem() {
        Map<String, String> errors = errorsOf(form(today, null, null, null, journey().version()));
        assertThat(errors).containsKeys("outcome", "views");
        errors = errorsOf(form(today, "end", "BORED", "x", journey().version()));
        assertThat(errors.get("endReason")).isEqualTo("Select why the child protection plan ends");
    }

    @Test
    void shouldRefuseAStaleReviewAndSaveNothing() {
        long opened = journey().version();
        journeys.execute(sw, child, null, new RecordStrategyDiscussion(today, List.of(
                        new Participant("POLICE", null, null, "DC Rowe", "Detective constable", true),
                        new Participant("HEALTH", null, null, "Jo Hart", "Health visitor", true)), "NFA", null, null,
                        List.of()),
                "a strategy discussion meanwhile");
        ExtendedModelMap model = new ExtendedModelMap();
        assertThat(pages.record(child, form(today, "end", "NO_LONGER_AT_RISK", "x", opened), model))
                .isEqualTo("protection/review");
        assertThat((List<?>) model.get("formErrors")).singleElement().asString()
                .contains("You were working from version " + opened);
        assertThat(journey().all(ProtectionStage.CP_REVIEWS)).isEmpty();
        assertThat(journey().all(ProtectionStage.CP_PLANS).get(0).cpPlanEndDate()).isNull();
    }

    @Test
    void shouldChangeThePlansCategoryWhenTheReviewDoes() {
        Map<String, String> f = form(today, "continue", null, "Calmer.", journey().version());
        f.put("category", "NEG");
        assertThat(pages.record(child, f, new ExtendedModelMap())).endsWith("?saved=cp-review#protection");
        assertThat(journey().all(ProtectionStage.CP_PLANS)).singleElement().satisfies(p -> {
            assertThat(p.cpPlanInitialCategory()).isEqualTo("EMO");
            assertThat(p.cpPlanLatestCategory()).isEqualTo("NEG");
            assertThat(p.cpPlanEndDate()).isNull();
        });
    }

    @Test
    void shouldRefuseAReviewWhenThereIsNoOpenPlan() {
        pages.record(child, form(today, "end", "NO_LONGER_AT_RISK", "x", journey().version()), new ExtendedModelMap());
        assertThat(errorsOf(form(today, "continue", null, "x", journey().version())).get("reviewDate"))
                .isEqualTo("The child has no open child protection plan to review");
    }
}
