package org.hearth.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.hearth.identity.IdentifierCheck.Problem;
import org.junit.jupiter.api.Test;

class NhsNumberTest {

    /** Appends the modulus 11 check digit, worked independently of the class under test. */
    private static String withCheckDigit(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += Character.getNumericValue(nine.charAt(i)) * (10 - i);
        }
        int check = (11 - sum % 11) % 11;
        if (check == 10) {
            throw new IllegalArgumentException(nine + " has no valid check digit");
        }
        return nine + check;
    }

    @Test
    void shouldAcceptAValidNumberWrittenWithSpacesAndNormaliseIt() {
        // 9,4,3,4,7,6,5,9,1 weighted 10..2 sum to 299; 299 mod 11 = 2; 11 - 2 = 9, the last digit.
        IdentifierCheck check = NhsNumber.validate("943 476 5919");

        assertThat(check.valid()).isTrue();
        assertThat(check.normalised()).isEqualTo("9434765919");
        assertThat(check.problem()).isEqualTo(Problem.NONE);
        assertThat(check.message()).isEqualTo("NHS number 943 476 5919 is valid");
    }

    @Test
    void shouldAcceptNumbersWhoseCheckDigitIsZero() {
        // 1 x 4 + 1 x 3 + 2 x 2 = 11; 11 mod 11 = 0; 11 - 0 = 11, which counts as 0.
        assertThat(NhsNumber.validate("0000001120").valid()).isTrue();
        assertThat(NhsNumber.validate("0000001121").problem()).isEqualTo(Problem.CHECK_DIGIT);
    }

    @Test
    void shouldAcceptGeneratedNumbers() {
        for (String nine : new String[] {"401023213", "485777345", "123456780", "999999998"}) {
            String number = withCheckDigit(nine);
            assertThat(NhsNumber.validate(number).valid()).as(number).isTrue();
        }
    }

    @Test
    void shouldRejectAWrongCheckDigitWithAMessageForTheUser() {
        IdentifierCheck check = NhsNumber.validate("9434765910");

        assertThat(check.valid()).isFalse();
        assertThat(check.problem()).isEqualTo(Problem.CHECK_DIGIT);
        assertThat(check.message()).isEqualTo("NHS number 943 476 5910 fails its check digit");
    }

    @Test
    void shouldRejectANumberWhoseCheckWouldBeTen() {
        // 6 x 2 = 12; 12 mod 11 = 1; 11 - 1 = 10: no tenth digit can match.
        for (int last = 0; last <= 9; last++) {
            assertThat(NhsNumber.validate("000000006" + last).problem()).isEqualTo(Problem.CHECK_DIGIT);
        }
    }

    @Test
    void shouldRejectAllTenRepeatedDigitNumbersThoughTheirCheckDigitsPass() {
        for (char d = '0'; d <= '9'; d++) {
            String number = String.valueOf(d).repeat(10);
            assertThat(NhsNumber.checkDigit(number)).as(number).isEqualTo(d - '0');
            IdentifierCheck check = NhsNumber.validate(number);
            assertThat(check.valid()).as(number).isFalse();
            assertThat(check.problem()).as(number).isEqualTo(Problem.REPEATED_DIGITS);
        }
    }

    @Test
    void shouldRejectTheWrongNumberOfDigits() {
        IdentifierCheck shortOne = NhsNumber.validate("943 476 591");
        IdentifierCheck longOne = NhsNumber.validate("94347659190");

        assertThat(shortOne.problem()).isEqualTo(Problem.WRONG_LENGTH);
        assertThat(shortOne.message()).contains("has 9 digits");
        assertThat(longOne.problem()).isEqualTo(Problem.WRONG_LENGTH);
    }

    @Test
    void shouldRejectLettersAndPunctuation() {
        assertThat(NhsNumber.validate("943-476-5919").problem()).isEqualTo(Problem.BAD_CHARACTERS);
        assertThat(NhsNumber.validate("94347659l9").problem()).isEqualTo(Problem.BAD_CHARACTERS);
        assertThat(NhsNumber.validate("９４３４７６５９１９").valid()).as("full-width digits").isFalse();
    }

    @Test
    void shouldReportBlankOrMissingInputWithoutThrowing() {
        assertThat(NhsNumber.validate(null).problem()).isEqualTo(Problem.BLANK);
        assertThat(NhsNumber.validate("   ").problem()).isEqualTo(Problem.BLANK);
        assertThat(NhsNumber.validate("").message()).isEqualTo("NHS number is blank");
    }
}
