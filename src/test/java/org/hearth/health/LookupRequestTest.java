package org.hearth.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LookupRequestTest {
    static final String NHS = LookupRequest.NHS_SYSTEM;

    @Test
    void shouldAcceptAnNhsNumberWithSpacesAndCodesInAnyCase() {
        LookupRequest.Checked c = LookupRequest.check(NHS, "943 476 5919", "etreat", "emergency_department");
        assertThat(c.ok()).isTrue();
        assertThat(c.request()).isEqualTo(new LookupRequest("9434765919", "ETREAT", "EMERGENCY_DEPARTMENT"));
    }

    @Test
    void shouldRefuseANumberThatFailsItsCheckDigit() {
        LookupRequest.Checked c = LookupRequest.check(NHS, "9434765918", "TREAT", "GP_PRACTICE");
        assertThat(c.ok()).isFalse();
        assertThat(c.problem()).isEqualTo("NHS number 943 476 5918 fails its check digit");
    }

    @Test
    void shouldRefuseAnUnknownIdentifierSystem() {
        LookupRequest.Checked c = LookupRequest.check("https://example.org/mrn", "9434765919", "TREAT", "GP_PRACTICE");
        assertThat(c.problem()).startsWith("Only NHS numbers are looked up: the identifier system must be "
                + "https://fhir.nhs.uk/Id/nhs-number");
    }

    @Test
    void shouldRefuseAnIdentifierWithNoSystem() {
        assertThat(LookupRequest.check(null, "9434765919", "TREAT", "GP_PRACTICE").problem())
                .contains("the identifier system is missing");
    }

    @Test
    void shouldAskForTheMissingPurposeBeforeAnythingElse() {
        LookupRequest.Checked c = LookupRequest.check("bad", "123", null, null);
        assertThat(c.problem()).startsWith("State the purpose of the look-up in the X-Purpose-Of-Use header");
    }

    @Test
    void shouldRefuseAPurposeNotOnTheList() {
        assertThat(LookupRequest.check(NHS, "9434765919", "MARKETING", "GP_PRACTICE").problem())
                .isEqualTo("The purpose of use must be one of TREAT (Treatment), ETREAT (Emergency treatment)");
    }

    @Test
    void shouldAskForTheCareSetting() {
        assertThat(LookupRequest.check(NHS, "9434765919", "TREAT", " ").problem())
                .startsWith("State the care setting the child is seen in");
        assertThat(LookupRequest.check(NHS, "9434765919", "TREAT", "SPA").problem())
                .startsWith("The care setting must be one of EMERGENCY_DEPARTMENT");
    }

    @Test
    void shouldRefuseAPlaceholderNumber() {
        assertThat(LookupRequest.check(NHS, "0000000000", "TREAT", "GP_PRACTICE").problem())
                .contains("placeholder");
    }
}
