package org.hearth.journey.child;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

/**
 * A child or an adult. For children: the LA child id, NHS number, UPN (or the UN1–UN7 reason it is unknown),
 * and demographics in DfE codes. An unborn child has an expected date of birth and no date of birth. The first
 * language and whether an interpreter is needed ({@code interpreterNeeded}: null when not recorded) are shown in the
 * identity bar.
 */
public record Person(UUID id, String legacyId, String kind, String forename, String surname, String knownAs,
                     String sex, String gender, String ethnicity, LocalDate dob, LocalDate expectedDob,
                     LocalDate deathDate, String nhsNumber, String upn, String upnUnknown, String formerUpn,
                     String nationality, String firstLanguage, String religion, String immigrationStatus,
                     Boolean uasc, Boolean isMother, List<String> disabilities, Boolean interpreterNeeded) {

    public static final String CHILD = "CHILD";
    public static final String ADULT = "ADULT";

    /** A person whose interpreter need is not recorded (callers from before it was a field of its own). */
    public Person(UUID id, String legacyId, String kind, String forename, String surname, String knownAs,
                  String sex, String gender, String ethnicity, LocalDate dob, LocalDate expectedDob,
                  LocalDate deathDate, String nhsNumber, String upn, String upnUnknown, String formerUpn,
                  String nationality, String firstLanguage, String religion, String immigrationStatus,
                  Boolean uasc, Boolean isMother, List<String> disabilities) {
        this(id, legacyId, kind, forename, surname, knownAs, sex, gender, ethnicity, dob, expectedDob, deathDate,
                nhsNumber, upn, upnUnknown, formerUpn, nationality, firstLanguage, religion, immigrationStatus, uasc,
                isMother, disabilities, null);
    }

    public Person {
        disabilities = disabilities == null ? List.of() : List.copyOf(disabilities);
        kind = kind == null ? CHILD : kind;
    }

    public boolean unborn() {
        return dob == null && expectedDob != null;
    }

    /** The first day on which events may be recorded: birth, or for an unborn child no limit. */
    public LocalDate earliestEventDate() {
        return unborn() ? null : dob;
    }

    public String displayName() {
        String first = knownAs != null && !knownAs.isBlank() ? knownAs : forename;
        return ((first == null ? "" : first) + " " + (surname == null ? "" : surname)).trim();
    }

    public Integer ageOn(LocalDate day) {
        return dob == null ? null : Period.between(dob, day).getYears();
    }

    public Person withId(UUID newId) {
        return new Person(newId, legacyId, kind, forename, surname, knownAs, sex, gender, ethnicity, dob, expectedDob,
                deathDate, nhsNumber, upn, upnUnknown, formerUpn, nationality, firstLanguage, religion,
                immigrationStatus, uasc, isMother, disabilities, interpreterNeeded);
    }
}
