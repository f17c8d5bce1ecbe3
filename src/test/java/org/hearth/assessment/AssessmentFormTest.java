package org.hearth.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.assessment.AssessmentForm.Part;
import org.hearth.journey.Violation;
import org.hearth.platform.web.DateAnswer;
import org.junit.jupiter.api.Test;

class AssessmentFormTest {
    static final LocalDate REFERRED = LocalDate.of(2025, 1, 6);
    static final LocalDate TODAY = LocalDate.of(2025, 2, 10);

    static Map<String, String> answers() {
        Map<String, String> f = new HashMap<>();
        DateAnswer.fill(f, "startDate", LocalDate.of(2025, 1, 7));
        DateAnswer.fill(f, "childSeen", LocalDate.of(2025, 1, 9));
        f.put("childViews", "Wants to stay at her school");
        f.put("parenting", "Warm, struggling with routines");
        f.put("family", "Overcrowded flat");
        f.put("factor-3B", "yes");
        f.put("factor-4B", "yes");
        f.put("analysis", "Needs support with housing");
        f.put("nfa", "no");
        f.put("helpOffered", "Family help and a housing referral");
        return f;
    }

    static List<String> fields(List<Violation> v) {
        return v.stream().map(Violation::field).toList();
    }

    @Test
    void shouldFindEveryPartCompleteWhenAnswered() {
        for (Part p : Part.values()) {
            assertThat(AssessmentForm.check(p, answers(), REFERRED, TODAY)).as(p.title()).isEmpty();
        }
    }

    @Test
    void shouldRefuseFactor21WithAnyOtherFactorCitingTheDfeRule() {
        Map<String, String> f = answers();
        f.put("factor-21", "yes");

        List<Violation> v = AssessmentForm.check(Part.FACTORS, f, REFERRED, TODAY);

        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.dfeCode()).isEqualTo("8869");
            assertThat(x.field()).isEqualTo("factors");
        });
    }

    @Test
    void shouldAcceptFactor21Alone() {
        Map<String, String> f = new HashMap<>(Map.of("factor-21", "yes"));
        assertThat(AssessmentForm.check(Part.FACTORS, f, REFERRED, TODAY)).isEmpty();
    }

    @Test
    void shouldRefuseNoFactorsAtAll() {
        assertThat(fields(AssessmentForm.check(Part.FACTORS, new HashMap<>(), REFERRED, TODAY))).containsExactly("factors");
    }

    @Test
    void shouldRefuseAFactorNotInTheDfeList() {
        Map<String, String> f = new HashMap<>(Map.of("factor-99Z", "yes"));
        assertThat(AssessmentForm.check(Part.FACTORS, f, REFERRED, TODAY)).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("'99Z' is not a factor"));
    }

    @Test
    void shouldRefuseAStartBeforeTheReferralCitingTheDfeRule() {
        Map<String, String> f = answers();
        DateAnswer.fill(f, "startDate", LocalDate.of(2025, 1, 3));

        List<Violation> v = AssessmentForm.check(Part.NEEDS, f, REFERRED, TODAY);

        assertThat(v).extracting(Violation::dfeCode).contains("1103");
        assertThat(v.get(0).message()).isEqualTo("The assessment cannot start before the referral on 6 January 2025");
    }

    @Test
    void shouldRefuseAFutureStartAndAnUnrealDate() {
        Map<String, String> f = answers();
        DateAnswer.fill(f, "startDate", TODAY.plusDays(1));
        assertThat(fields(AssessmentForm.check(Part.NEEDS, f, REFERRED, TODAY))).contains("startDate");
        f.put("startDate-day", "31");
        f.put("startDate-month", "2");
        assertThat(AssessmentForm.check(Part.NEEDS, f, REFERRED, TODAY).get(0).message()).contains("real date");
    }

    @Test
    void shouldRefuseTheChildSeenBeforeTheAssessmentStarted() {
        Map<String, String> f = answers();
        DateAnswer.fill(f, "childSeen", LocalDate.of(2025, 1, 6));
        assertThat(fields(AssessmentForm.check(Part.NEEDS, f, REFERRED, TODAY))).containsExactly("childSeen");
    }

    @Test
    void shouldAskForTheChildsViewsParentingFamilyAndAnalysis() {
        Map<String, String> empty = new HashMap<>();
        assertThat(fields(AssessmentForm.check(Part.NEEDS, empty, REFERRED, TODAY))).contains("childViews");
        assertThat(fields(AssessmentForm.check(Part.PARENTING, empty, REFERRED, TODAY))).containsExactly("parenting");
        assertThat(fields(AssessmentForm.check(Part.FAMILY, empty, REFERRED, TODAY))).containsExactly("family");
        assertThat(fields(AssessmentForm.check(Part.OUTCOME, empty, REFERRED, TODAY)))
                .containsExactly("analysis", "nfa", "helpOffered");
    }

    @Test
    void shouldAskForHelpOfferedEvenWithNoFurtherAction() {
        Map<String, String> f = answers();
        f.put("nfa", "yes");
        f.remove("helpOffered");
        assertThat(fields(AssessmentForm.check(Part.OUTCOME, f, REFERRED, TODAY))).containsExactly("helpOffered");
    }

    @Test
    void shouldRefuseAnOverlongAnswer() {
        Map<String, String> f = answers();
        f.put("family", "x".repeat(AssessmentForm.TEXT_MAX + 1));
        assertThat(fields(AssessmentForm.check(Part.FAMILY, f, REFERRED, TODAY))).containsExactly("family");
    }

    @Test
    void shouldTurnAnswersIntoAnUnauthorisedAssessmentAndBack() {
        UUID child = UUID.randomUUID();
        UUID referral = UUID.randomUUID();
        Assessment a = AssessmentForm.toAssessment(null, child, referral, answers());

        assertThat(a.assessmentStartDate()).isEqualTo(LocalDate.of(2025, 1, 7));
        assertThat(a.assessmentAuthDate()).as("the manager authorises it").isNull();
        assertThat(a.assessmentFactors()).containsExactlyInAnyOrder("3B", "4B");
        assertThat(a.assessmentOutcomeNfa()).isFalse();
        assertThat(a.assessmentChildViews()).isEqualTo("Wants to stay at her school");
        for (Part p : Part.values()) {
            Map<String, String> back = AssessmentForm.fieldsOf(p, a);
            back.forEach((k, v) -> assertThat(answers()).containsEntry(k, v));
        }
        assertThat(a.authorisedOn(TODAY).assessmentAuthDate()).isEqualTo(TODAY);
        assertThat(a.authorisedOn(TODAY).assessmentFamily()).isEqualTo("Overcrowded flat");
    }
}
