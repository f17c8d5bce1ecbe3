package org.hearth.identity.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StandardiserTest {
    private final Standardiser standardiser = new Standardiser();
    private final Comparer comparer = new Comparer(NameVariants.standard());

    private Standardised record(String first, String middle, String surname, String dob, String sex, String postcode,
            String address, String nhs, String upn) {
        return standardiser.standardise(0, new InputRecord("r", "la", first, middle, surname, dob, sex, postcode,
                address, nhs, upn));
    }

    private Standardised named(String first, String surname) {
        return record(first, "", surname, "2015-03-09", "M", "LE2 9PX", "10 Evington Road", "", "");
    }

    @Test
    void shouldFoldCaseAccentsApostrophesAndHyphens() {
        assertThat(Text.fold("  O'Kennedy-WEST ")).isEqualTo("okennedy west");
        assertThat(Text.fold("Altınbike")).isEqualTo("altinbike");
        assertThat(Text.fold("Zoë Łucja")).isEqualTo("zoe lucja");
        assertThat(Text.fold("")).isEmpty();
    }

    @Test
    void shouldTreatTransliterationVariantsAsTheSameName() {
        assertThat(comparer.first(named("Mohammed", "Khan"), named("Muhammad", "Khan"))).isEqualTo(2);
        assertThat(comparer.first(named("Aisha", "Khan"), named("Ayesha", "Khan"))).isEqualTo(2);
        assertThat(comparer.first(named("Mohamed", "Khan"), named("MOHAMMAD", "Khan"))).isEqualTo(2);
    }

    @Test
    void shouldTreatNicknamesAsTheSameName() {
        assertThat(comparer.first(named("Harry", "Donald"), named("Harrison", "Donald"))).isEqualTo(2);
        assertThat(comparer.first(named("Tilly", "Stratford"), named("Matilda", "Stratford"))).isEqualTo(2);
    }

    @Test
    void shouldNotTreatDifferentNamesAsVariants() {
        assertThat(comparer.first(named("Oscar", "Thompson"), named("Noah", "Thompson"))).isEqualTo(6);
        assertThat(comparer.first(named("Hassan", "Shah"), named("Hussain", "Shah"))).isNotIn(1, 2);
    }

    @Test
    void shouldSeeAMiddleNameUsedAsTheFirstName() {
        Standardised a = record("Ismail", "Mohammad", "Javed", "2016-12-06", "M", "LE3 9QJ", "", "", "");
        Standardised b = record("Mohammad", "Ismail", "Javed", "2016-12-06", "M", "LE3 9QJ", "", "", "");
        assertThat(comparer.first(a, b)).isEqualTo(4);
    }

    @Test
    void shouldSeeFirstNameAndSurnameWrittenTheOtherWayRound() {
        int pattern = comparer.compare(named("Kayden", "Williams"), named("Williams", "Kayden"));
        assertThat(Comparer.level(pattern, Comparer.FIRST)).isEqualTo(3);
        assertThat(Comparer.level(pattern, Comparer.SURNAME)).isEqualTo(2);
    }

    @Test
    void shouldSeeAHyphenatedSurnameSharingAPart() {
        assertThat(Comparer.surname(named("Sophia", "Jones"), named("Sophia", "Jones-Westbrook"))).isEqualTo(3);
    }

    private int dob(String x, String y) {
        return Comparer.dob(record("Amy", "", "Cox", x, "F", "", "", "", ""), record("Amy", "", "Cox", y, "F", "",
                "", "", ""));
    }

    @Test
    void shouldGradeDatesOfBirth() {
        assertThat(dob("2013-04-07", "2013-04-07")).isEqualTo(1);
        assertThat(dob("2013-04-07", "2013-04-06")).isEqualTo(2);
        assertThat(dob("2008-12-31", "2009-01-01")).isEqualTo(2);
        assertThat(dob("2013-11-03", "2013-03-11")).isEqualTo(3);
        assertThat(dob("2018-11-06", "2019-11-06")).isEqualTo(4);
        assertThat(dob("2010-05-11", "2010-01-01")).isEqualTo(5); // assessed 1 January birthday
        assertThat(dob("2010-05-11", "2015-08-20")).isEqualTo(8);
        assertThat(dob("", "2015-08-20")).isZero();
    }

    @Test
    void shouldNormalisePostcodesAndGradeThem() {
        Standardised a = record("Amy", "", "Cox", "", "", "le2 9px", "", "", "");
        assertThat(a.postcode()).isEqualTo("LE29PX");
        assertThat(a.postcodeSector()).isEqualTo("LE29");
        assertThat(a.postcodeDistrict()).isEqualTo("LE2");
        assertThat(Comparer.postcode(a, record("Amy", "", "Cox", "", "", "LE2 9QA", "", "", ""))).isEqualTo(2);
        assertThat(Comparer.postcode(a, record("Amy", "", "Cox", "", "", "LE2 1AB", "", "", ""))).isEqualTo(3);
        assertThat(Comparer.postcode(a, record("Amy", "", "Cox", "", "", "LE29PX", "", "", ""))).isEqualTo(1);
    }

    @Test
    void shouldNormaliseAddressesSplittingNumbersAndSpellingOutStreetTypes() {
        Standardised a = record("Amy", "", "Cox", "", "", "", "Flat 24, 146Holly St", "", "");
        Standardised b = record("Amy", "", "Cox", "", "", "", "FLAT 24, 146 HOLLY STREET", "", "");
        assertThat(a.address()).isEqualTo("flat 24 146 holly street");
        assertThat(a.addressNumbers()).isEqualTo("24 146");
        assertThat(Comparer.address(a, b)).isEqualTo(1);
    }

    @Test
    void shouldKeepAnNhsNumberThatFailsItsCheckAsEvidenceNotTruth() {
        Standardised valid = record("Amy", "", "Cox", "", "", "", "", "999 965 3553", "");
        Standardised invalid = record("Amy", "", "Cox", "", "", "", "", "9999653554", "");
        assertThat(valid.nhs()).isEqualTo("9999653553");
        assertThat(valid.nhsValid()).isTrue();
        assertThat(invalid.nhsValid()).isFalse();
        assertThat(Comparer.identifier(valid.nhs(), true, valid.nhs(), true)).isEqualTo(1);
        assertThat(Comparer.identifier(invalid.nhs(), false, invalid.nhs(), false)).isEqualTo(2);
        assertThat(Comparer.identifier(valid.nhs(), true, invalid.nhs(), false)).isEqualTo(3);
    }

    @Test
    void shouldRecogniseAPreBirthBabyRecordAndCompareItsDueDateLoosely() {
        Standardised baby = record("Baby", "", "Chowdhury", "2024-12-21", "U", "LE2 2BL", "", "", "");
        Standardised born = record("Zain", "", "CHOWDHURY", "2024-12-31", "M", "LE2 2BL", "", "", "");
        assertThat(baby.baby()).isTrue();
        assertThat(baby.first()).isEmpty();
        assertThat(baby.sex()).isEqualTo((char) 0);
        assertThat(comparer.first(baby, born)).isZero(); // no evidence either way from a placeholder name
        assertThat(Comparer.dob(baby, born)).isEqualTo(6);
        assertThat(record("Unborn", "", "Cox", "", "", "", "", "", "").baby()).isTrue();
    }

    @Test
    void shouldMeasureSimilarity() {
        assertThat(Text.jaroWinkler("martha", "marhta")).isBetween(0.96, 0.97);
        assertThat(Text.editDistance("hudyd", "huddy", 2)).isEqualTo(1);
        assertThat(Text.editDistance("kitten", "sitting", 1)).isEqualTo(2);
    }
}
