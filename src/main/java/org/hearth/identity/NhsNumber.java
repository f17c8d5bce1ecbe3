package org.hearth.identity;

import org.hearth.identity.IdentifierCheck.Problem;

/**
 * NHS numbers: ten digits, the last a modulus 11 check digit. People write them as "943 476 5919", so spaces are
 * accepted and removed.
 */
public final class NhsNumber {
    private static final int LENGTH = 10;

    private NhsNumber() {
    }

    public static IdentifierCheck validate(String input) {
        if (input == null || input.isBlank()) {
            return IdentifierCheck.invalid(input == null ? null : "", Problem.BLANK, "NHS number is blank");
        }
        String digits = input.replace(" ", "").trim();
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return IdentifierCheck.invalid(digits, Problem.BAD_CHARACTERS,
                    "NHS number '" + input.trim() + "' must contain only digits and spaces");
        }
        if (digits.length() != LENGTH) {
            return IdentifierCheck.invalid(digits, Problem.WRONG_LENGTH,
                    "NHS number '" + input.trim() + "' has " + digits.length() + " digits; it should have 10");
        }
        String shown = format(digits);
        Integer expected = checkDigit(digits);
        if (expected == null || expected != digits.charAt(9) - '0') {
            return IdentifierCheck.invalid(digits, Problem.CHECK_DIGIT,
                    "NHS number " + shown + " fails its check digit");
        }
        // 0000000000 ... 9999999999 pass the modulus 11 check but are never issued
        if (digits.chars().distinct().count() == 1) {
            return IdentifierCheck.invalid(digits, Problem.REPEATED_DIGITS,
                    "NHS number " + shown + " is a placeholder, not a real NHS number");
        }
        return IdentifierCheck.ok(digits, "NHS number " + shown + " is valid");
    }

    /**
     * Whether ten ASCII digits are a valid NHS number, as {@link #validate} would say, without building its messages:
     * for matching, which checks every record's number.
     */
    public static boolean isValidDigits(String tenDigits) {
        if (tenDigits.length() != LENGTH) {
            return false;
        }
        boolean repeated = true;
        for (int i = 0; i < LENGTH; i++) {
            char c = tenDigits.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            repeated &= c == tenDigits.charAt(0);
        }
        Integer expected = checkDigit(tenDigits);
        return expected != null && expected == tenDigits.charAt(9) - '0' && !repeated;
    }

    /** "9434765919" as "943 476 5919", the way the NHS prints it. */
    public static String format(String tenDigits) {
        return tenDigits.substring(0, 3) + " " + tenDigits.substring(3, 6) + " " + tenDigits.substring(6);
    }

    /** The check digit the first nine digits call for, or null where they call for 10, which no number uses. */
    static Integer checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            return 0;
        }
        return check == 10 ? null : check;
    }
}
