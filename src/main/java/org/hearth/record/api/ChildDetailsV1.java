package org.hearth.record.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hearth.journey.child.Person;

/**
 * Version 1 of a change to the child's identity and demographics. Codes are the DfE's (sex M/F/U, ethnicity, UPN
 * unknown reason, disability). The LA child id, and whether the child is a mother, are not changed this way.
 */
@Schema(description = "The child's identity and demographics, as they should now stand")
public record ChildDetailsV1(String forename, String surname, String knownAs, String sex, String gender,
                             String ethnicity, LocalDate dateOfBirth, LocalDate expectedDateOfBirth,
                             LocalDate dateOfDeath, String nhsNumber, String upn, String upnUnknownReason,
                             String formerUpn, String nationality, String firstLanguage, String religion,
                             Boolean unaccompaniedAsylumSeeker, List<String> disabilities,
                             @Schema(description = "Whether the child needs an interpreter (null: not recorded)")
                             Boolean interpreterNeeded) {

    /** The request field that asks for each of the child's details, for error pointers. */
    public static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("forename", "forename"),
            Map.entry("surname", "surname"), Map.entry("knownAs", "knownAs"), Map.entry("sex", "sex"),
            Map.entry("gender", "gender"), Map.entry("ethnicity", "ethnicity"), Map.entry("dob", "dateOfBirth"),
            Map.entry("expectedDob", "expectedDateOfBirth"), Map.entry("deathDate", "dateOfDeath"),
            Map.entry("nhsNumber", "nhsNumber"), Map.entry("upn", "upn"), Map.entry("upnUnknown", "upnUnknownReason"),
            Map.entry("formerUpn", "formerUpn"), Map.entry("nationality", "nationality"),
            Map.entry("firstLanguage", "firstLanguage"), Map.entry("religion", "religion"),
            Map.entry("uasc", "unaccompaniedAsylumSeeker"), Map.entry("disabilities", "disabilities"),
            Map.entry("interpreterNeeded", "interpreterNeeded"));

    /** The child as these details say, keeping what they do not carry from the child as recorded. */
    public Person applyTo(Person current) {
        return new Person(current.id(), current.legacyId(), current.kind(), forename, surname, knownAs, sex, gender,
                ethnicity, dateOfBirth, expectedDateOfBirth, dateOfDeath, nhsNumber, upn, upnUnknownReason, formerUpn,
                nationality, firstLanguage, religion, current.immigrationStatus(), unaccompaniedAsylumSeeker,
                current.isMother(), disabilities, interpreterNeeded);
    }
}
