package org.hearth.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.hearth.journey.JourneyBuilder;
import org.hearth.journey.Violation;
import org.hearth.journey.child.Person;
import org.hearth.journey.child.PersonRules;
import org.junit.jupiter.api.Test;

/** Values a person's record must not take however it arrives: impossible births, names that are not names, twins by NHS number. */
class PersonInputRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static Person named(String forename, String surname) {
        Person p = JourneyBuilder.person(LocalDate.of(2016, 1, 1), null, null, "F");
        return new Person(p.id(), p.legacyId(), p.kind(), forename, surname, p.knownAs(), p.sex(), p.gender(),
                p.ethnicity(), p.dob(), p.expectedDob(), p.deathDate(), p.nhsNumber(), p.upn(), p.upnUnknown(),
                p.formerUpn(), p.nationality(), p.firstLanguage(), p.religion(), p.immigrationStatus(), p.uasc(),
                p.isMother(), p.disabilities());
    }

    private static List<String> rules(List<Violation> violations) {
        return violations.stream().map(Violation::rule).toList();
    }

    @Test
    void shouldRefuseABirthInYearOneButNotIn1900() {
        assertThat(rules(PersonRules.check(JourneyBuilder.person(LocalDate.of(1, 1, 1), null, null, "F"), TODAY)))
                .contains("dob-plausible");
        assertThat(rules(PersonRules.check(JourneyBuilder.person(LocalDate.of(1900, 1, 1), null, null, "F"), TODAY)))
                .doesNotContain("dob-plausible");
    }

    @Test
    void shouldRefuseANameOfAHundredThousandCharactersButKeepOneOfAHundred() {
        assertThat(PersonRules.check(named("A".repeat(100_000), "Smith"), TODAY))
                .anySatisfy(v -> {
                    assertThat(v.rule()).isEqualTo("name-length");
                    assertThat(v.field()).isEqualTo("forename");
                    assertThat(v.message()).contains("100000 characters").hasSizeLessThan(200);
                });
        assertThat(rules(PersonRules.check(named("A".repeat(100), "Smith"), TODAY))).doesNotContain("name-length");
    }

    @Test
    void shouldRefuseANameOfOnlySpaces() {
        assertThat(rules(PersonRules.check(named("   ", "Smith"), TODAY))).containsExactly("name-blank");
    }

    @Test
    void shouldAskANewRecordForANameButLetAnImportedOneHaveNone() {
        assertThat(rules(PersonRules.checkNew(named("", null), TODAY, false))).containsExactly("name-required");
        assertThat(rules(PersonRules.checkNew(named(null, "Smith"), TODAY, false))).isEmpty();
        assertThat(rules(PersonRules.check(named(null, null), TODAY))).isEmpty();
    }

    @Test
    void shouldRefuseANewRecordWhoseNhsNumberIsTakenNamingTheRule() {
        assertThat(PersonRules.checkNew(named("Ann", "Smith"), TODAY, true)).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("nhs-number-unique");
            assertThat(v.field()).isEqualTo("nhsNumber");
            assertThat(v.message()).contains("already has a record");
        });
        assertThat(PersonRules.checkNew(named("Ann", "Smith"), TODAY, false)).isEmpty();
    }
}
