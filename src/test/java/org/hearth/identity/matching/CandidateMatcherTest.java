package org.hearth.identity.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One record scored against the records known, as the app does for a new child, an import or a referral. */
class CandidateMatcherTest {
    static InputRecord r(String id, String first, String surname, String dob, String sex, String postcode, String nhs) {
        return new InputRecord(id, "hearth", first, null, surname, dob, sex, postcode, null, nhs, null);
    }

    static final List<InputRecord> KNOWN = List.of(
            r("0", "Maisie", "Cole", "2019-04-03", "F", "LS6 1AA", null),
            r("1", "Freya", "Cole", "2019-04-03", "F", "LS6 1AA", null),
            r("2", "Muhammad", "Khan", "2016-02-10", "M", "LE3 9QJ", "9434765919"),
            r("3", "Oliver", "Smith", "2012-11-30", "M", "M1 1AE", null));

    final CandidateMatcher matcher = new CandidateMatcher(KNOWN, EvidenceTest.MODEL, NameVariants.standard(), false);

    @Test
    void shouldPutTheChildDespiteASpellingSlipFarAboveTheirTwinSister() {
        InputRecord maisy = r("new", "Maisy", "Cole", "2019-04-03", "F", null, null);
        List<CandidateMatcher.Candidate> found = matcher.candidates(maisy, 0.1, 10);

        assertThat(found).extracting(CandidateMatcher.Candidate::index).startsWith(0);
        assertThat(found.get(0).probability()).isGreaterThan(0.99);
        // the twin's different first name counts heavily against: many bits below the child herself
        assertThat(matcher.logOdds(maisy, KNOWN.get(0)) - matcher.logOdds(maisy, KNOWN.get(1))).isGreaterThan(10);
    }

    @Test
    void shouldFindATransliterationVariantWithTheSameNhsNumber() {
        List<CandidateMatcher.Candidate> found = matcher.candidates(
                r("new", "Mohammed", "Khan", "2016-02-10", "M", null, "943 476 5919"), 0.1, 10);

        assertThat(found).extracting(CandidateMatcher.Candidate::index).containsExactly(2);
    }

    @Test
    void shouldOfferNoCandidateForAChildLikeNoOneKnown() {
        assertThat(matcher.candidates(r("new", "Zara", "Okafor", "2020-07-01", "F", "B1 1AA", null), 0.1, 10))
                .isEmpty();
    }

    @Test
    void shouldOrderByScoreAndKeepToTheLimit() {
        List<CandidateMatcher.Candidate> found = matcher.candidates(
                r("new", null, "Cole", "2019-04-03", "F", "LS6 1AA", null), 0.0, 1);

        assertThat(found).hasSize(1);
        assertThat(matcher.candidates(r("new", null, "Cole", "2019-04-03", "F", "LS6 1AA", null), 0.0, 10))
                .extracting(CandidateMatcher.Candidate::probability).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }
}
