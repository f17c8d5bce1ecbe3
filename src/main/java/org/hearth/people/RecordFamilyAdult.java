package org.hearth.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * Adds a parent or other adult to the child's family, or changes one already recorded ({@code existingId}): their
 * demographics and address, whether they hold parental responsibility and how, and their own childhood contact with
 * children's social care, linked to their own record as a child only when the worker may see it.
 *
 * @param answers  the adult as the form or request describes them (its id, child and Hearth person are ignored)
 * @param mayName  whether the actor may see the person with this id (false for an id no one has)
 */
public record RecordFamilyAdult(UUID existingId, FamilyAdult answers, Predicate<UUID> mayName)
        implements JourneyCommand {
    static final String KIND = PeopleStage.FAMILY_ADULTS.name();
    static final Set<String> SEXES = Set.of("F", "M", "U");
    /** Childhood contact with children's social care that a record of their own could show. */
    static final Set<String> KNOWN_AS_A_CHILD = Set.of("CIN", "CP", "LOOKED_AFTER", "CARE_LEAVER", "ADOPTED");
    static final Set<String> COUPLES = Set.of("MOTHER", "FATHER", "STEP_PARENT", "PARTNER_OF_PARENT");

    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        FamilyAdult before = null;
        if (existingId != null) {
            Optional<FamilyAdult> found = j.find(PeopleStage.FAMILY_ADULTS, existingId);
            if (found.isEmpty()) {
                return Decision.refused(new Violation("family-adult", null, KIND, null, "relationship",
                        "This adult is not on the child's record"));
            }
            before = found.get();
        }
        FamilyAdult a = answers;
        List<Violation> out = new ArrayList<>();
        LocalDate today = context.today();
        if (!FamilyCodes.valid(FamilyCodes.FAMILY_ADULT, a.relationship())) {
            out.add(v("relationship", "Choose who they are to the child"));
        }
        String forename = Network.trimmed(a.forename());
        String surname = Network.trimmed(a.surname());
        if (forename == null && surname == null) {
            out.add(v("forename", "Enter their first name or last name"));
        }
        Network.words(forename, 100, "the first name", KIND, "forename", out);
        Network.words(surname, 100, "the last name", KIND, "surname", out);
        if (a.dob() != null) {
            if (a.dob().isAfter(today)) {
                out.add(v("dob", "Their date of birth must be today or in the past"));
            } else if (a.dob().getYear() < 1900) {
                out.add(v("dob", "Enter a real date of birth"));
            } else if (a.parent() && j.child().dob() != null && !a.dob().isBefore(j.child().dob())) {
                out.add(v("dob", "A parent's date of birth must be before the child's"));
            }
        }
        if (a.sex() != null && !SEXES.contains(a.sex())) {
            out.add(v("sex", "Choose female, male or not known"));
        }
        if (a.ethnicity() != null && !FamilyCodes.valid(FamilyCodes.ETHNIC, a.ethnicity())) {
            out.add(v("ethnicity", "Choose their ethnicity from the list"));
        }
        Network.words(a.firstLanguage(), 60, "the first language", KIND, "firstLanguage", out);
        String line = Network.trimmed(a.addressLine());
        Network.words(line, 300, "the address", KIND, "addressLine", out);
        String postcode = Network.trimmed(a.addressPostcode()) == null ? null
                : a.addressPostcode().strip().toUpperCase(Locale.ROOT);
        if (postcode != null && !RecordAddress.POSTCODE.matcher(postcode).matches()) {
            out.add(v("addressPostcode", "Enter a real postcode, like LS6 1AA"));
        }
        if (a.parentalResponsibility() == null) {
            out.add(v("parentalResponsibility", "Say whether they hold parental responsibility for the child"));
        } else if (a.holdsPr()) {
            if (!FamilyCodes.valid(FamilyCodes.PR_BASIS, a.prBasis())) {
                out.add(v("prBasis", "Say how they hold parental responsibility"));
            } else if ("BIRTH_MOTHER".equals(a.prBasis()) && !"MOTHER".equals(a.relationship())) {
                out.add(v("prBasis", "Only the child's mother holds parental responsibility as the birth mother"));
            } else if (Set.of("MARRIED_FATHER", "REGISTERED_FATHER").contains(a.prBasis())
                    && !"FATHER".equals(a.relationship())) {
                out.add(v("prBasis", "Only the child's father holds parental responsibility by marriage or by being "
                        + "named on the birth certificate"));
            }
        } else if (a.prBasis() != null) {
            out.add(v("prBasis", "Say how parental responsibility is held only when they hold it"));
        }
        if (a.careHistory() != null && !FamilyCodes.valid(FamilyCodes.CARE_HISTORY, a.careHistory())) {
            out.add(v("careHistory", "Choose whether they were known to children's social care as a child"));
        }
        UUID own = a.ownChildRecordId();
        boolean keptLink = before != null && own != null && own.equals(before.ownChildRecordId());
        if (own != null && !keptLink) {
            if (a.careHistory() == null || !KNOWN_AS_A_CHILD.contains(a.careHistory())) {
                out.add(v("ownChildRecordId", "Link their own record as a child only when they were known to "
                        + "children's social care as a child"));
            } else if (own.equals(j.child().id()) || !mayName.test(own)) {
                // An unknown id and one the worker may not see are refused alike: the answer reveals no one.
                out.add(v("ownChildRecordId", "There is no record with this id that you can see. Link a record you "
                        + "work on, or leave the link out"));
            }
        }
        if (a.coupleStatus() != null && !COUPLES.contains(a.relationship())) {
            out.add(v("coupleStatus", "Say how they are with the child's other parent only for a parent or a "
                    + "parent's partner"));
        } else if (a.coupleStatus() != null && !FamilyCodes.valid(FamilyCodes.COUPLE, a.coupleStatus())) {
            out.add(v("coupleStatus", "Choose how they are with the child's other parent"));
        }
        if (a.deathDate() != null) {
            if (a.deathDate().isAfter(today)) {
                out.add(v("deathDate", "The date they died must be today or in the past"));
            } else if (a.dob() != null && a.deathDate().isBefore(a.dob())) {
                out.add(v("deathDate", "The date they died must be after their date of birth"));
            }
        }
        Network.dates(a.startDate(), a.endDate(), today, KIND, "startDate", "endDate", out);
        if (!out.isEmpty()) {
            return Decision.refused(out);
        }
        FamilyAdult saved = new FamilyAdult(existingId, j.child().id(), before == null ? null : before.adultPersonId(),
                a.relationship(), forename, surname, a.dob(), a.sex(), a.ethnicity(),
                Network.trimmed(a.firstLanguage()), line, postcode, a.livesWithChild(), a.parentalResponsibility(),
                a.holdsPr() ? a.prBasis() : null, a.careHistory(), own, a.coupleStatus(), a.deathDate(),
                a.startDate(), a.endDate());
        return Decision.of(JourneyChange.of(PeopleStage.FAMILY_ADULTS, saved));
    }

    private static Violation v(String field, String message) {
        return new Violation("family-adult", null, KIND, null, field, message);
    }
}
