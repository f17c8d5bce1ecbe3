package org.hearth.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.hearth.codes.CollectionYear;
import org.hearth.identity.IdentifierCheck.Problem;
import org.junit.jupiter.api.Test;

class UpnTest {

    private static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    /** Builds a valid UPN from its last twelve characters, working the check letter out here, not in Upn. */
    private static String upn(String la, String establishment, String year, String serial) {
        String body = la + establishment + year + serial;
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : LETTERS.indexOf(c);
            sum += value * (i + 2);
        }
        return LETTERS.charAt(sum % 23) + body;
    }

    @Test
    void shouldAcceptAUpnWhoseCheckLetterWasWorkedByHand() {
        // 8,0,1,2,0,0,0,0,1,0,0,1 weighted 2..13: 16+4+10+10+13 = 53; 53 mod 23 = 7 -> H.
        IdentifierCheck check = Upn.validate("H801200001001");

        assertThat(check.valid()).isTrue();
        assertThat(check.problem()).isEqualTo(Problem.NONE);
        assertThat(check.message()).isEqualTo("UPN H801200001001 is valid");
        assertThat(upn("801", "2000", "01", "001")).isEqualTo("H801200001001");
    }

    @Test
    void shouldAcceptGeneratedUpnsAcrossAuthoritiesAndYears() {
        for (String la : new String[] {"201", "336", "938"}) {
            for (String year : new String[] {"09", "18", "25"}) {
                String good = upn(la, "4012", year, "137");
                assertThat(Upn.validate(good).valid()).as(good).isTrue();
            }
        }
    }

    @Test
    void shouldAcceptATemporaryUpnEndingInALetter() {
        // As above less 1 x 13 for the final 1, plus A (value 0): 40 mod 23 = 17 -> U.
        IdentifierCheck check = Upn.validate("U80120000100A");

        assertThat(check.valid()).isTrue();
        assertThat(check.message()).contains("temporary");
        assertThat(Upn.validate(upn("801", "2000", "01", "00Z")).valid()).isTrue();
    }

    @Test
    void shouldRejectAWrongCheckLetterWithoutGivingTheRightOne() {
        String good = upn("336", "4012", "18", "137");
        char wrong = good.charAt(0) == 'A' ? 'B' : 'A';
        IdentifierCheck check = Upn.validate(wrong + good.substring(1));

        assertThat(check.valid()).isFalse();
        assertThat(check.problem()).isEqualTo(Problem.CHECK_DIGIT);
        assertThat(check.message()).isEqualTo("UPN " + wrong + good.substring(1) + " fails its check letter");
    }

    @Test
    void shouldRejectASwappedPairOfDigits() {
        String good = upn("336", "4012", "18", "137");
        String swapped = good.substring(0, 5) + good.charAt(6) + good.charAt(5) + good.substring(7);

        assertThat(Upn.validate(swapped).problem()).isEqualTo(Problem.CHECK_DIGIT);
    }

    @Test
    void shouldRejectTheWrongLength() {
        IdentifierCheck check = Upn.validate("H80120000100");

        assertThat(check.problem()).isEqualTo(Problem.WRONG_LENGTH);
        assertThat(check.message()).contains("has 12 characters");
        assertThat(Upn.validate("H8012000010011").problem()).isEqualTo(Problem.WRONG_LENGTH);
    }

    @Test
    void shouldNormaliseLowerCaseAndSpaces() {
        IdentifierCheck check = Upn.validate(" u801 2000 0100a ");

        assertThat(check.valid()).isTrue();
        assertThat(check.normalised()).isEqualTo("U80120000100A");
    }

    @Test
    void shouldRejectMisplacedOrForbiddenCharacters() {
        assertThat(Upn.validate("1801200001001").problem()).as("digit first").isEqualTo(Problem.BAD_CHARACTERS);
        assertThat(Upn.validate("I801200001001").problem()).as("I is not a check letter")
                .isEqualTo(Problem.BAD_CHARACTERS);
        assertThat(Upn.validate("H8012000A1001").problem()).as("letter inside").isEqualTo(Problem.BAD_CHARACTERS);
        assertThat(Upn.validate("H80120000100O").problem()).as("O at the end").isEqualTo(Problem.BAD_CHARACTERS);
    }

    @Test
    void shouldReportBlankInputWithoutThrowing() {
        assertThat(Upn.validate(null).problem()).isEqualTo(Problem.BLANK);
        assertThat(Upn.validate(" ").message()).isEqualTo("UPN is blank");
    }

    @Test
    void shouldAcceptTheUpnUnknownReasons() {
        CollectionYear year = CollectionYear.of(2025);
        for (int n = 1; n <= 7; n++) {
            assertThat(Upn.unknownReason("UN" + n, year).valid()).as("UN" + n).isTrue();
        }
        IdentifierCheck check = Upn.unknownReason("un7", year);
        assertThat(check.normalised()).isEqualTo("UN7");
        assertThat(check.message()).isEqualTo("No UPN: Referral with no further action");
        assertThat(Upn.unknownReason("UN1").valid()).isTrue();
    }

    @Test
    void shouldRejectAnUnknownReasonNamingTheValidOnes() {
        IdentifierCheck check = Upn.unknownReason("UN8", CollectionYear.of(2025));

        assertThat(check.valid()).isFalse();
        assertThat(check.problem()).isEqualTo(Problem.UNKNOWN_CODE);
        assertThat(check.message()).contains("UN8").contains("UN1, UN2");
        assertThat(Upn.unknownReason(null, CollectionYear.of(2025)).problem()).isEqualTo(Problem.BLANK);
    }
}
