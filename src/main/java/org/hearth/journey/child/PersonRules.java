package org.hearth.journey.child;

import static org.hearth.journey.Dates.uk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hearth.codes.CodeList;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.CodeRules;
import org.hearth.journey.Violation;

/** The child's identity and demographics: valid identifiers, DfE codes, a birth date or an expected one. */
public final class PersonRules {
    private PersonRules() {}

    public static List<Violation> check(ChildJourney journey) {
        return check(journey.child(), LocalDate.now());
    }

    public static List<Violation> check(Person p, LocalDate today) {
        List<Violation> out = new ArrayList<>();
        if (Person.CHILD.equals(p.kind())) {
            if (p.dob() == null && p.expectedDob() == null) {
                out.add(v(p, "dob-or-expected", "8525Q", "dob", "Give the child's date of birth, or the expected date of birth for an unborn child"));
            }
            if (p.dob() != null && p.expectedDob() != null) {
                out.add(v(p, "dob-or-expected", "8525Q", "expectedDob", "Give either a date of birth or an expected date of birth, not both"));
            }
        }
        if (p.dob() != null && p.dob().isBefore(EARLIEST_BIRTH)) {
            out.add(v(p, "dob-plausible", null, "dob", "The date of birth " + uk(p.dob()) + " is before "
                    + uk(EARLIEST_BIRTH) + ": check the year"));
        }
        name(p, "forename", p.forename(), out);
        name(p, "surname", p.surname(), out);
        name(p, "knownAs", p.knownAs(), out);
        if (p.dob() != null && p.dob().isAfter(today)) {
            out.add(v(p, "dob-not-future", null, "dob", "The date of birth " + uk(p.dob()) + " is in the future"));
        }
        if (p.deathDate() != null && p.dob() != null && p.deathDate().isBefore(p.dob())) {
            out.add(v(p, "death-after-birth", "8535Q", "deathDate", "The date of death is before the date of birth"));
        }
        if (p.unborn() && p.sex() != null && !p.sex().isBlank() && !p.sex().equals("U")) {
            out.add(v(p, "unborn-sex", "8750", "sex", "Sex must be U (not known) for an unborn child"));
        }
        code(p, "SEX", "sex", p.sex(), today, out);
        code(p, "ETHNIC", "ethnicity", p.ethnicity(), today, out);
        code(p, "UPN_UNKNOWN", "upnUnknown", p.upnUnknown(), today, out);
        for (String d : p.disabilities()) {
            code(p, "DISABILITY", "disabilities", d, today, out);
        }
        IdentifierChecks.check(p, out);
        return out;
    }

    /**
     * What a new record made by a person (the API, the new-child page) must also have: a name, and an NHS number not
     * already on another record. Imported returns carry no names, so this is not a rule on every record.
     * {@code nhsHolder} says whether another person already has this NHS number.
     */
    public static List<Violation> checkNew(Person p, LocalDate today, boolean nhsTaken) {
        List<Violation> out = new ArrayList<>(check(p, today));
        boolean named = p.forename() != null && !p.forename().isBlank() || p.surname() != null && !p.surname().isBlank();
        if (!named && !p.unborn()) {
            out.add(v(p, "name-required", null, "surname", "Give the child's name: a forename, a surname or both"));
        }
        if (nhsTaken) {
            out.add(v(p, "nhs-number-unique", null, "nhsNumber", "A child with this NHS number already has a record "
                    + "on Hearth: find them by that number instead of creating another record"));
        }
        return out;
    }

    /** Names are at most {@value #MAX_NAME} characters; a name given must have letters in it, not only spaces. */
    static final int MAX_NAME = 100;
    /** No one on a children's social care record was born before this. */
    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private static void name(Person p, String field, String value, List<Violation> out) {
        if (value == null) {
            return;
        }
        if (value.length() > MAX_NAME) {
            out.add(v(p, "name-length", null, field, "The " + label(field) + " is " + value.length()
                    + " characters long; the most Hearth keeps is " + MAX_NAME));
        } else if (!value.isEmpty() && value.isBlank()) {
            out.add(v(p, "name-blank", null, field, "The " + label(field) + " is only spaces: give the name or leave it out"));
        }
    }

    private static String label(String field) {
        return switch (field) {
            case "knownAs" -> "known-as name";
            default -> field;
        };
    }

    private static void code(Person p, String listName, String field, String value, LocalDate today, List<Violation> out) {
        if (value == null || value.isBlank()) {
            return;
        }
        CodeList list = CodeRules.list(listName, today);
        if (!list.contains(value)) {
            out.add(v(p, "code-list", null, field, "'" + value + "' is not a valid " + listName + " code in "
                    + list.year() + "; valid codes: " + String.join(", ", list.codes())));
        }
    }

    static Violation v(Person p, String rule, String code, String field, String message) {
        return new Violation(rule, code, "person", p.id(), field, message);
    }
}
