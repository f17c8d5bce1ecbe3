package org.hearth.identity.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The evidence shown beside a candidate: which fields agreed, partly agreed, disagreed, in plain English. */
class EvidenceTest {
    static final FellegiSunter MODEL = ModelFile.read(EvidenceTest.class.getResourceAsStream("/identity/model.tsv"));
    static final NameVariants NAMES = NameVariants.standard();

    static InputRecord child(String first, String surname, String dob, String sex, String postcode, String nhs) {
        return new InputRecord("r", "test", first, null, surname, dob, sex, postcode, null, nhs, null);
    }

    static int pattern(InputRecord a, InputRecord b) {
        return new CandidateMatcher(List.of(b), MODEL, NAMES, false).pattern(a, b);
    }

    @Test
    void shouldSayWhichFieldsAgreedPartlyAgreedAndDisagreedInWords() {
        int p = pattern(child("Maisy", "Cole", "2019-04-03", "F", "LS6 1AA", null),
                child("Maisie", "Cole", "2019-04-04", "F", "LS6 1AB", null));
        List<Evidence.Line> lines = Evidence.of(p, MODEL);

        assertThat(lines).extracting(Evidence.Line::sentence).contains(
                "Surname: same (agrees, counts for a match)",
                "Date of birth: one day apart (partly agrees, counts for a match)",
                "Sex: same (agrees, counts for a match)");
        assertThat(lines).filteredOn(l -> l.field().equals("first name")).singleElement()
                .satisfies(l -> assertThat(l.verdict()).isIn(Evidence.Verdict.PARTLY_AGREES));
        assertThat(lines).filteredOn(l -> l.field().equals("postcode")).singleElement()
                .satisfies(l -> {
                    assertThat(l.verdict()).isEqualTo(Evidence.Verdict.PARTLY_AGREES);
                    assertThat(l.sentence()).isEqualTo("Postcode: same sector (partly agrees, counts against a match)");
                });
        assertThat(lines).filteredOn(l -> l.field().equals("NHS number")).singleElement()
                .satisfies(l -> assertThat(l.sentence()).isEqualTo(
                        "NHS number: missing on one or both records (not known on both, no evidence either way)"));
    }

    @Test
    void shouldPutTheStrongestEvidenceFirstAndMissingFieldsLast() {
        int p = pattern(child("Maisie", "Cole", "2019-04-03", "F", null, null),
                child("Maisie", "Cole", "2019-04-03", "F", null, null));
        List<Evidence.Line> lines = Evidence.of(p, MODEL);

        assertThat(lines.get(0).field()).isEqualTo("date of birth");
        assertThat(lines.get(lines.size() - 1).verdict()).isEqualTo(Evidence.Verdict.MISSING);
        assertThat(Evidence.summary(lines)).startsWith("Agrees: date of birth, surname, first name, sex.")
                .endsWith("Not known on both: middle name, postcode, address, NHS number, UPN.");
    }

    @Test
    void shouldNameTheSiblingPatternAsEvidenceAgainstWhenTwinsShareEverythingButTheirFirstName() {
        int p = pattern(child("Amelia", "Cole", "2019-04-03", "F", "LS6 1AA", null),
                child("Freya", "Cole", "2019-04-03", "F", "LS6 1AA", null));
        List<Evidence.Line> lines = Evidence.of(p, MODEL);

        assertThat(lines).filteredOn(l -> l.field().equals("family")).singleElement().satisfies(l -> {
            assertThat(l.verdict()).isEqualTo(Evidence.Verdict.DISAGREES);
            assertThat(l.sentence()).contains("brothers, sisters and twins").contains("counts against a match");
        });
        assertThat(Evidence.summary(lines)).contains("Disagrees: first name (different)");
    }

    @Test
    void shouldShowAProbabilityAsPeopleReadIt() {
        assertThat(Evidence.percent(0.004)).isEqualTo("under 1%");
        assertThat(Evidence.percent(0.5)).isEqualTo("50%");
        assertThat(Evidence.percent(0.9999)).isEqualTo("over 99%");
    }

    @Test
    void shouldReadBackTheModelItWroteAndRefuseAFileOutOfShape() {
        FellegiSunter again = ModelFile.read(new ByteArrayInputStream(ModelFile.write(MODEL, "test")
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(again.weight(Comparer.DOB, 1)).isCloseTo(MODEL.weight(Comparer.DOB, 1), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(again.priorWeight()).isCloseTo(MODEL.priorWeight(), org.assertj.core.data.Offset.offset(1e-6));

        assertThatThrownBy(() -> ModelFile.read(new ByteArrayInputStream("prior\t0.5\n0\t1\tx\t0.1\n"
                .getBytes(StandardCharsets.UTF_8)))).hasMessageContaining("line 2");
        assertThatThrownBy(() -> ModelFile.read(new ByteArrayInputStream("prior\t0.5\n"
                .getBytes(StandardCharsets.UTF_8)))).hasMessageContaining("all");
        assertThatThrownBy(() -> ModelFile.read(new ByteArrayInputStream(ModelFile.write(MODEL, "t")
                .replaceFirst("prior\t\\S+", "prior\t2").getBytes(StandardCharsets.UTF_8)))).hasMessageContaining("prior");
    }
}
