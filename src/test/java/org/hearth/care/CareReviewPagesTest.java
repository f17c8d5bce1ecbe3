package org.hearth.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.UserDirectory;
import org.hearth.journey.JourneyService;
import org.hearth.platform.web.DateAnswer;
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

/** The looked-after review form's refusals: each in words, with the DfE rule, and nothing saved. */
class CareReviewPagesTest extends HearthIntegrationTest {
    @Autowired
    CareReviewPages pages;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JourneyService journeys;
    @Autowired
    UserDirectory users;

    Actor iro;
    UUID child;
    UUID toddler;
    LocalDate today = LocalDate.now();
    LocalDate start = LocalDate.now().minusDays(30);

    @BeforeEach
    void setUp() {
        String worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        iro = users.find(fixtures.user(Role.IRO, fixtures.team())).orElseThrow();
        child = lookedAfter(LocalDate.of(2014, 3, 3), worker);
        toddler = lookedAfter(today.minusYears(2), worker);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                iro.username(), null, List.of(new SimpleGrantedAuthority("ROLE_IRO"))));
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
    }

    UUID lookedAfter(LocalDate dob, String worker) {
        UUID id = fixtures.child(dob, worker, today.minusMonths(2));
        fixtures.allocate(id, iro.username(), "IRO", today.minusMonths(2));
        fixtures.history(id, new CarePeriod(null, id, start, null, null, "N1"),
                new LegalStatus(null, id, "C2", start, null),
                new Placement(null, id, start, null, "U6", "PR1", "LS1 4AP", null, null, null));
        return id;
    }

    Map<String, String> form(LocalDate date, String participation, String views, String decisions) {
        Map<String, String> f = new HashMap<>();
        if (date != null) {
            DateAnswer.fill(f, "date", date);
        }
        if (participation != null) f.put("participation", participation);
        if (views != null) f.put("views", views);
        if (decisions != null) f.put("decisions", decisions);
        return f;
    }

    @SuppressWarnings("unchecked")
    Map<String, String> errorsOf(UUID id, Map<String, String> form) {
        ExtendedModelMap model = new ExtendedModelMap();
        String view = pages.record(id, form, model);
        assertThat(view).isEqualTo("care/review");
        return (Map<String, String>) model.get("fieldErrors");
    }

    List<CareReview> reviews(UUID id) {
        return journeys.read(iro, id, "check", "check").all(CareStage.CARE_REVIEWS);
    }

    @Test
    void shouldSaveTheParticipationTheChildsViewsAndTheDecisions() {
        String view = pages.record(child, form(today, "PN1", "I want to stay here.", "Placement continues."),
                new ExtendedModelMap());
        assertThat(view).isEqualTo("redirect:/children/" + child + "?saved=care-review#looked-after");
        assertThat(reviews(child)).singleElement().satisfies(r -> {
            assertThat(r.claReviewParticipation()).isEqualTo("PN1");
            assertThat(r.claReviewChildViews()).isEqualTo("I want to stay here.");
            assertThat(r.claReviewDecisions()).isEqualTo("Placement continues.");
        });
    }

    @Test
    void shouldAcceptNoViewsWhenTheyWereNotConveyed() {
        assertThat(pages.record(child, form(today, "PN7", null, "Advocate to be offered."), new ExtendedModelMap()))
                .startsWith("redirect:");
        assertThat(reviews(child)).singleElement().satisfies(r -> assertThat(r.claReviewChildViews()).isNull());
    }

    @Test
    void shouldRefuseEverythingMissingWithTheDfERules() {
        Map<String, String> errors = errorsOf(child, form(null, null, null, null));
        assertThat(errors.get("date")).contains("Enter the date of the review as a real date").endsWith("(DfE rule 166)");
        assertThat(errors.get("participation")).isEqualTo("Select how the child took part in the review (DfE rule 167)");
        assertThat(errors.get("views")).startsWith("Enter the child's views in their own words");
        assertThat(errors.get("decisions")).isEqualTo("Enter what the review decided");
        assertThat(reviews(child)).isEmpty();
    }

    @Test
    void shouldRefuseACodeNotOnTheList() {
        assertThat(errorsOf(child, form(today, "PN9", "x", "y")).get("participation"))
                .startsWith("Select how the child took part from the codes used on").endsWith("(DfE rule 167)");
    }

    @Test
    void shouldRefuseAParticipationCodeThatDoesNotFitTheChildsAge() {
        assertThat(errorsOf(child, form(today, "PN0", null, "y")).get("participation"))
                .startsWith("PN0 is for a child under 4").endsWith("(DfE rule 440)");
        assertThat(errorsOf(toddler, form(today, "PN1", "x", "y")).get("participation"))
                .contains("under 4").endsWith("(DfE rule 441)");
        assertThat(pages.record(toddler, form(today, "PN0", null, "Stays with carers."), new ExtendedModelMap()))
                .startsWith("redirect:");
    }

    @Test
    void shouldRefuseAFutureDateOrOneBeforeTheChildWasLookedAfter() {
        assertThat(errorsOf(child, form(today.plusDays(1), "PN1", "x", "y")).get("date"))
                .isEqualTo("The date of the review must be today or in the past");
        assertThat(errorsOf(child, form(start.minusDays(3), "PN1", "x", "y")).get("date"))
                .contains("must fall while the child is looked after");
        assertThat(reviews(child)).isEmpty();
    }

    @Test
    void shouldRefuseViewsThatAreTooLong() {
        assertThat(errorsOf(child, form(today, "PN1", "a".repeat(10_001), "y")).get("views"))
                .isEqualTo("The child's views must be 10,000 characters or fewer");
    }
}
