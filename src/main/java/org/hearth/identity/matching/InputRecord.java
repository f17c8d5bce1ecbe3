package org.hearth.identity.matching;

/**
 * One record as a source holds it, in the link file's columns. Any field but {@code recordId} may be blank; the
 * date of birth, when present, is already a valid {@code YYYY-MM-DD}.
 */
public record InputRecord(String recordId, String source, String firstName, String middleName, String surname,
        String dob, String sex, String postcode, String addressLine, String nhsNumber, String upn) {
}
