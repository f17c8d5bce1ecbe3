package org.hearth.identity;

import java.time.LocalDate;
import java.util.Locale;
import org.hearth.codes.CodeList;
import org.hearth.codes.CodeLists;
import org.hearth.codes.CollectionYear;
import org.hearth.identity.IdentifierCheck.Problem;

/**
 * Unique pupil numbers: a check letter, a 3-digit LA number, a 4-digit establishment number, a 2-digit year and a
 * 3-character serial whose last character is a letter in a temporary UPN. Where a child has no UPN the DfE returns
 * take a reason code (UN1 to UN7) instead; see {@link #unknownReason(String, CollectionYear)}.
 */
public final class Upn {
    /** The check letters by value 0 to 22: the alphabet without I, O and S, which are too like 1, 0 and 5. */
    static final String CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";
    private static final int LENGTH = 13;

    private Upn() {
    }

    public static IdentifierCheck validate(String input) {
        if (input == null || input.isBlank()) {
            return IdentifierCheck.invalid(input == null ? null : "", Problem.BLANK, "UPN is blank");
        }
        String upn = input.replace(" ", "").trim().toUpperCase(Locale.ROOT);
        if (upn.length() != LENGTH) {
            return IdentifierCheck.invalid(upn, Problem.WRONG_LENGTH,
                    "UPN '" + upn + "' has " + upn.length() + " characters; it should have 13");
        }
        if (CHECK_LETTERS.indexOf(upn.charAt(0)) < 0) {
            return IdentifierCheck.invalid(upn, Problem.BAD_CHARACTERS,
                    "UPN " + upn + " must start with a check letter (A to Z, not I, O or S)");
        }
        for (int i = 1; i < LENGTH - 1; i++) {
            if (!isDigit(upn.charAt(i))) {
                return IdentifierCheck.invalid(upn, Problem.BAD_CHARACTERS,
                        "UPN " + upn + " must have digits in characters 2 to 12");
            }
        }
        char last = upn.charAt(LENGTH - 1);
        if (!isDigit(last) && CHECK_LETTERS.indexOf(last) < 0) {
            return IdentifierCheck.invalid(upn, Problem.BAD_CHARACTERS,
                    "UPN " + upn + " must end in a digit, or a letter other than I, O or S for a temporary UPN");
        }
        if (checkLetter(upn.substring(1)) != upn.charAt(0)) {
            // deliberately not saying which letter is expected: a typo elsewhere would then look "fixed"
            return IdentifierCheck.invalid(upn, Problem.CHECK_DIGIT, "UPN " + upn + " fails its check letter");
        }
        return IdentifierCheck.ok(upn, isDigit(last) ? "UPN " + upn + " is valid"
                : "UPN " + upn + " is a valid temporary UPN");
    }

    /**
     * Whether thirteen characters, upper case without spaces, are a valid UPN (permanent or temporary), as
     * {@link #validate} would say, without building its messages: for matching, which checks every record's UPN.
     */
    public static boolean isValidNormalised(String upn) {
        if (upn.length() != LENGTH || CHECK_LETTERS.indexOf(upn.charAt(0)) < 0) {
            return false;
        }
        for (int i = 1; i < LENGTH - 1; i++) {
            if (!isDigit(upn.charAt(i))) {
                return false;
            }
        }
        char last = upn.charAt(LENGTH - 1);
        if (!isDigit(last) && CHECK_LETTERS.indexOf(last) < 0) {
            return false;
        }
        int sum = 0;
        for (int i = 1; i < LENGTH; i++) {
            char c = upn.charAt(i);
            sum += (isDigit(c) ? c - '0' : CHECK_LETTERS.indexOf(c)) * (i + 1);
        }
        return CHECK_LETTERS.charAt(sum % 23) == upn.charAt(0);
    }

    /** Checks a "UPN unknown" reason code against the list for the collection year that contains today. */
    public static IdentifierCheck unknownReason(String code) {
        return unknownReason(code, CollectionYear.containing(LocalDate.now()));
    }

    /** Checks a "UPN unknown" reason code (UN1 to UN7) against the DfE list for a collection year. */
    public static IdentifierCheck unknownReason(String code, CollectionYear year) {
        if (code == null || code.isBlank()) {
            return IdentifierCheck.invalid(code == null ? null : "", Problem.BLANK, "Reason for no UPN is blank");
        }
        String normalised = code.trim().toUpperCase(Locale.ROOT);
        CodeList reasons = CodeLists.standard().list("UPN_UNKNOWN", year);
        return reasons.label(normalised)
                .map(label -> IdentifierCheck.ok(normalised, "No UPN: " + label))
                .orElseGet(() -> IdentifierCheck.invalid(normalised, Problem.UNKNOWN_CODE,
                        "'" + code.trim() + "' is not a reason for a missing UPN in " + year + "; use one of "
                                + String.join(", ", reasons.codes())));
    }

    /** The check letter for characters 2 to 13: weights 2 to 13, sum modulo 23, as a letter. */
    static char checkLetter(String lastTwelve) {
        int sum = 0;
        for (int i = 0; i < lastTwelve.length(); i++) {
            char c = lastTwelve.charAt(i);
            // a temporary UPN's final letter counts as its value in the check-letter table
            int value = isDigit(c) ? c - '0' : CHECK_LETTERS.indexOf(c);
            sum += value * (i + 2);
        }
        return CHECK_LETTERS.charAt(sum % 23);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
