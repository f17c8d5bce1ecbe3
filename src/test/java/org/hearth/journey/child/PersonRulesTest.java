package org.hearth.journey.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.*;

import java.time.LocalDate;
import java.util.List;
import org.hearth.journey.Violation;
import org.junit.jupiter.api.Test;

class PersonRulesTest {
    private static final LocalDate TODAY = day(2026, 11, 23);

    private static List<Violation> check(Person p) {
        return PersonRules.check(p, TODAY);
    }

    private static List<Violation> check(Person p, String rule) {
        return check(p).stream().filter(v -> v.rule().equals(rule)).toList();
    }

    private static Violation the(Person p, String rule) {
        List<Violation> found = check(p, rule);
        assertThat(found).as("violations of %s in %s", rule, check(p)).hasSize(1);
        Violation v = found.get(0);
        assertThat(v.kind()).isEqualTo("person");
        assertThat(v.recordId()).isEqualTo(p.id());
        return v;
    }

    @Test
    void shouldAcceptTheTestChild() {
        assertThat(check(child())).isEmpty();
        assertValid(aChild().journey());
    }

    // ---- a date of birth or an expected one, not both (8525Q) ----------------------------------------------------

    @Test
    void shouldRefuseAChildWithNeitherDateOfBirthNorExpectedDate() {
        Violation v = the(person(null, null, null, "F"), "dob-or-expected");
        assertThat(v.dfeCode()).isEqualTo("8525Q");
        assertThat(v.field()).isEqualTo("dob");
        assertThat(v.message()).isEqualTo(
                "Give the child's date of birth, or the expected date of birth for an unborn child");
    }

    @Test
    void shouldRefuseAChildWithBothDateOfBirthAndExpectedDate() {
        Violation v = the(person(BORN, BORN, null, "F"), "dob-or-expected");
        assertThat(v.dfeCode()).isEqualTo("8525Q");
        assertThat(v.field()).isEqualTo("expectedDob");
        assertPlainWords(v);
    }

    @Test
    void shouldAcceptAnUnbornChildWithOnlyAnExpectedDate() {
        assertThat(check(person(null, day(2027, 1, 4), null, "U"))).isEmpty();
    }

    @Test
    void shouldNotAskAnAdultForADateOfBirth() {
        Person adult = new Person(id(), "A1", Person.ADULT, "Parent", "One", null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null);
        assertThat(check(adult)).isEmpty();
    }

    // ---- dates ---------------------------------------------------------------------------------------------------

    @Test
    void shouldRefuseADateOfBirthInTheFuture() {
        Violation v = the(person(TODAY.plusDays(1), null, null, "F"), "dob-not-future");
        assertThat(v.dfeCode()).isNull();
        assertThat(v.message()).isEqualTo("The date of birth 24 November 2026 is in the future");
        assertPlainWords(v, TODAY.plusDays(1));
    }

    @Test
    void shouldAcceptABabyBornToday() {
        assertThat(check(person(TODAY, null, null, "F"))).isEmpty();
    }

    @Test
    void shouldRefuseDeathBeforeBirth() {
        Violation v = the(person(BORN, null, BORN.minusDays(1), "F"), "death-after-birth");
        assertThat(v.dfeCode()).isEqualTo("8535Q");
        assertThat(v.field()).isEqualTo("deathDate");
        assertPlainWords(v);
    }

    @Test
    void shouldAcceptDeathOnTheDayOfBirth() {
        assertThat(check(person(BORN, null, BORN, "F"))).isEmpty();
    }

    // ---- sex -------------------------------------------------------------------------------------------------------

    @Test
    void shouldRefuseASexOtherThanUnknownForAnUnbornChild() {
        Violation v = the(person(null, day(2027, 1, 4), null, "F"), "unborn-sex");
        assertThat(v.dfeCode()).isEqualTo("8750");
        assertThat(v.message()).isEqualTo("Sex must be U (not known) for an unborn child");
    }

    @Test
    void shouldAcceptSexUnknownForAnUnbornChild() {
        assertThat(check(person(null, day(2027, 1, 4), null, "U"), "unborn-sex")).isEmpty();
    }

    @Test
    void shouldAcceptSex2AndRefuseFBefore2024To25() {
        LocalDate in2023To24 = day(2024, 1, 15);
        assertThat(PersonRules.check(person(BORN, null, null, "2"), in2023To24)).isEmpty();

        List<Violation> found = PersonRules.check(person(BORN, null, null, "F"), in2023To24);
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("code-list");
            assertThat(v.field()).isEqualTo("sex");
            assertThat(v.message()).startsWith("'F' is not a valid SEX code in 2023/24; valid codes: 1, 2");
        });
    }

    @Test
    void shouldAcceptFAndRefuseSex2From2024To25() {
        LocalDate in2024To25 = day(2024, 4, 1);
        assertThat(PersonRules.check(person(BORN, null, null, "F"), in2024To25)).isEmpty();

        List<Violation> found = PersonRules.check(person(BORN, null, null, "2"), in2024To25);
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("code-list");
            assertThat(v.message()).isEqualTo("'2' is not a valid SEX code in 2024/25; valid codes: M, F, U");
        });
    }

    @Test
    void shouldRefuseAnUnknownEthnicity() {
        Person p = new Person(CHILD_ID, "T1", Person.CHILD, "Test", "Child", null, "F", null, "WXYZ", BORN, null, null,
                null, null, null, null, null, null, null, null, false, null, List.of());
        Violation v = the(p, "code-list");
        assertThat(v.field()).isEqualTo("ethnicity");
        assertThat(v.message()).startsWith("'WXYZ' is not a valid ETHNIC code in 2026/27; valid codes: WBRI, ");
    }

    // ---- identifiers ---------------------------------------------------------------------------------------------

    @Test
    void shouldRefuseAnNhsNumberWithTheWrongCheckDigit() {
        Violation v = the(childWithIds("943 476 5910", null, null), "nhs-number");
        assertThat(v.dfeCode()).isNull();
        assertThat(v.field()).isEqualTo("nhsNumber");
        assertThat(v.message()).isEqualTo("NHS number 943 476 5910 fails its check digit");
    }

    @Test
    void shouldRefuseAnNhsNumberOfOneRepeatedDigit() {
        Violation v = the(childWithIds("4444444444", null, null), "nhs-number");
        assertThat(v.message()).isEqualTo("NHS number 444 444 4444 is a placeholder, not a real NHS number");
    }

    @Test
    void shouldAcceptAValidNhsNumber() {
        assertThat(check(childWithIds("943 476 5919", null, null))).isEmpty();
    }

    @Test
    void shouldRefuseAUpnWithTheWrongCheckLetter() {
        Violation v = the(childWithIds(null, "A801200001001", null), "upn");
        assertThat(v.dfeCode()).isEqualTo("1510");
        assertThat(v.field()).isEqualTo("upn");
        assertThat(v.message()).isEqualTo("UPN A801200001001 fails its check letter");
    }

    @Test
    void shouldAcceptAValidUpn() {
        assertThat(check(childWithIds(null, "H801200001001", null))).isEmpty();
    }

    @Test
    void shouldRefuseBothAUpnAndAReasonItIsUnknown() {
        Violation v = the(childWithIds(null, "H801200001001", "UN1"), "upn-or-unknown");
        assertThat(v.field()).isEqualTo("upnUnknown");
        assertThat(v.message()).isEqualTo("Give either the UPN or the reason it is unknown, not both");
    }

    @Test
    void shouldAcceptAReasonTheUpnIsUnknownOnItsOwn() {
        assertThat(check(childWithIds(null, null, "UN1"))).isEmpty();
    }

    @Test
    void shouldRefuseAnUnknownUpnReasonCode() {
        assertThat(the(childWithIds(null, null, "UN9"), "code-list").field()).isEqualTo("upnUnknown");
    }

    @Test
    void shouldRefuseAFormerUpnWithTheWrongCheckLetter() {
        Person p = new Person(CHILD_ID, "T1", Person.CHILD, "Test", "Child", null, "F", null, "WBRI", BORN, null, null,
                null, "H801200001001", null, "A801200001001", null, null, null, null, false, null, List.of());
        assertThat(the(p, "former-upn").message()).isEqualTo("Former UPN: UPN A801200001001 fails its check letter");
    }
}
