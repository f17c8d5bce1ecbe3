package org.hearth.identity.matching;

/** The input file cannot be linked as it stands; the message says where and why, in the user's words. */
public final class BadInputException extends Exception {
    public BadInputException(String message) {
        super(message);
    }
}
