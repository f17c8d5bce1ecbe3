package org.hearth.record.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hearth.journey.child.Person;

/**
 * Version 1 of the request to create a child's record, after a search found no match. Codes are the DfE's (sex
 * M/F/U, ethnicity, UPN unknown reason, disability). Field names are those of {@link ChildDetailsV1}, the request that
 * later changes them; a refusal points at the field it is about ({@code /dateOfBirth}).
 *
 * @param laChildId the child's id in another of the council's systems (up to ten letters, digits or hyphens); when
 *                  absent Hearth gives one (H and seven digits)
 */
@Schema(description = "A new child: identity and demographics")
public record NewChildV1(String laChildId, String forename, String surname, String knownAs, String sex, String gender,
                         String ethnicity, LocalDate dateOfBirth, LocalDate expectedDateOfBirth, String nhsNumber,
                         String upn, String upnUnknownReason, String formerUpn, String nationality,
                         String firstLanguage, String religion, Boolean unaccompaniedAsylumSeeker,
                         List<String> disabilities) {

    /** The request field for each of the child's details, for error pointers. */
    public static final Map<String, String> FIELDS;
    static {
        java.util.HashMap<String, String> fields = new java.util.HashMap<>(ChildDetailsV1.FIELDS);
        fields.remove("deathDate");
        fields.put("legacyId", "laChildId");
        FIELDS = Map.copyOf(fields);
    }

    /** The child these details describe; not yet given an id. */
    public Person toPerson() {
        return new Person(null, laChildId, Person.CHILD, forename, surname, knownAs, sex, gender, ethnicity, dateOfBirth,
                expectedDateOfBirth, null, nhsNumber, upn, upnUnknownReason, formerUpn, nationality, firstLanguage,
                religion, null, unaccompaniedAsylumSeeker, false, disabilities);
    }

    /** The JSON pointer into this request for a record field a refusal names; the whole request when none. */
    public static String pointer(String recordField) {
        String field = recordField == null ? null : FIELDS.get(recordField);
        return field == null ? "" : "/" + field;
    }
}
