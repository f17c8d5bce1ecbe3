package org.hearth.assessment;

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

/** The assessment pages put each completed part on the record through the commands, never an authorisation. */
class AssessmentPagesTest extends HearthIntegrationTest {
    @Autowired AssessmentPages pages;
    @Autowired TestFixtures fixtures;
    @Autowired JourneyService journeys;
    @Autowired UserDirectory users;

    Actor worker;
    UUID child;
    final LocalDate referred = LocalDate.now().minusDays(10);

    @BeforeEach
    void setUp() {
        worker = users.find(fixtures.user(Role.SOCIAL_WORKER, fixtures.team())).orElseThrow();
        child = fixtures.child(LocalDate.of(2015, 4, 4), worker.username(), referred.minusDays(1));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                worker.username(), null, List.of(new SimpleGrantedAuthority("ROLE_SOCIAL_WORKER"))));
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
    }

    List<Assessment> assessments() {
        return journeys.read(worker, child, "assessments", "test").all(AssessmentStage.ASSESSMENTS);
    }

    Map<String, String> needs(LocalDate start) {
        Map<String, String> f = new HashMap<>();
        DateAnswer.fill(f, "startDate", start);
        f.put("childViews", "Wants to stay at school");
        f.put("assessmentAuthDate", LocalDate.now().toString());
        return f;
    }

    @Test
    void shouldStartTheAssessmentWithTheNeedsPartAndSaveLaterPartsIntoIt() {
        fixtures.history(child, new Referral(null, child, null, referred, "5A", "N1", referred, false, null, null));
        Map<String, String> parenting = new HashMap<>(Map.of("parenting", "Coping with support"));
        assertThat(pages.savePart(child, "parenting", parenting, new ExtendedModelMap())).startsWith("redirect:");
        assertThat(assessments()).as("nothing on record until the assessment has started").isEmpty();

        assertThat(pages.savePart(child, "needs", needs(referred.plusDays(1)), new ExtendedModelMap()))
                .startsWith("redirect:");
        assertThat(assessments()).singleElement().satisfies(a -> {
            assertThat(a.assessmentStartDate()).isEqualTo(referred.plusDays(1));
            assertThat(a.assessmentChildViews()).isEqualTo("Wants to stay at school");
            assertThat(a.assessmentAuthDate()).isNull();
        });

        Map<String, String> family = new HashMap<>(Map.of("family", "Overcrowded flat"));
        assertThat(pages.savePart(child, "family", family, new ExtendedModelMap())).startsWith("redirect:");
        assertThat(assessments()).singleElement().satisfies(a -> {
            assertThat(a.assessmentFamily()).isEqualTo("Overcrowded flat");
            assertThat(a.assessmentChildViews()).isEqualTo("Wants to stay at school");
            assertThat(a.assessmentAuthDate()).isNull();
        });
    }

    @Test
    void shouldNotStartAnAssessmentWithNoOpenReferral() {
        assertThat(pages.savePart(child, "needs", needs(referred.plusDays(1)), new ExtendedModelMap()))
                .isEqualTo("redirect:/children/" + child + "/assessment");
        assertThat(assessments()).isEmpty();
    }
}
