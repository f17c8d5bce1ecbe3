package org.hearth.identity;

/**
 * The outcome of checking an identifier someone typed. Bad input is an answer, not an exception: the message is
 * written to be shown to the person who typed it.
 *
 * @param valid      whether the identifier passed every check
 * @param normalised the identifier as Hearth stores it (spaces removed, upper case); null when the input was null
 * @param problem    what was wrong, or {@link Problem#NONE}
 * @param message    a sentence for the user
 */
public record IdentifierCheck(boolean valid, String normalised, Problem problem, String message) {

    /** What can be wrong with an identifier. */
    public enum Problem {
        NONE,
        BLANK,
        WRONG_LENGTH,
        BAD_CHARACTERS,
        CHECK_DIGIT,
        REPEATED_DIGITS,
        UNKNOWN_CODE
    }

    static IdentifierCheck ok(String normalised, String message) {
        return new IdentifierCheck(true, normalised, Problem.NONE, message);
    }

    static IdentifierCheck invalid(String normalised, Problem problem, String message) {
        return new IdentifierCheck(false, normalised, problem, message);
    }
}
