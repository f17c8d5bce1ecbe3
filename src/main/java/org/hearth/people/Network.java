package org.hearth.people;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Violation;

/** What the child's network commands share: who may be named, and the checks of dates and words. */
final class Network {
    private Network() {}

    /**
     * Whether the related person may be named on this child's record: the child themself never; someone already in the
     * child's network always; anyone else only when {@code mayName} says the actor may see them. An unknown id and an
     * id the actor may not see are refused in the same words, so a relationship reveals nothing about anyone.
     */
    static Violation relatedPersonProblem(ChildJourney j, UUID related, Predicate<UUID> mayName, String kind,
                                          String field) {
        if (related.equals(j.child().id())) {
            return new Violation("related-person", null, kind, null, field,
                    "Choose someone other than the child: a child is not related to themself");
        }
        boolean known = j.all(PeopleStage.RELATIONSHIPS).stream().anyMatch(r -> related.equals(r.relatedPersonId()))
                || j.all(PeopleStage.PEOPLE_WHO_MATTER).stream().anyMatch(p -> related.equals(p.relatedPersonId()));
        if (!known && !mayName.test(related)) {
            return new Violation("related-person", null, kind, null, field,
                    "There is no one with this id whose record you can see. Name someone on a record you work on, "
                            + "or add them as a person who matters by name");
        }
        return null;
    }

    static void dates(LocalDate from, LocalDate to, LocalDate today, String kind, String fromField, String toField,
                      List<Violation> out) {
        if (from != null && from.isAfter(today)) {
            out.add(new Violation("not-in-future", null, kind, null, fromField, "The start date must be today or in the past"));
        }
        if (from != null && from.getYear() < 1900) {
            out.add(new Violation("network-date", null, kind, null, fromField, "Enter a real start date"));
        }
        if (to != null && to.isAfter(today)) {
            out.add(new Violation("not-in-future", null, kind, null, toField, "The end date must be today or in the past"));
        }
        if (from != null && to != null && to.isBefore(from)) {
            out.add(new Violation("network-date", null, kind, null, toField, "The end date must be on or after the start date"));
        }
    }

    static void words(String text, int max, String what, String kind, String field, List<Violation> out) {
        if (text != null && text.length() > max) {
            out.add(new Violation("network-words", null, kind, null, field,
                    capitalised(what) + " must be " + max + " characters or fewer"));
        }
        if (text != null && text.indexOf('\0') >= 0) {
            out.add(new Violation("network-words", null, kind, null, field, capitalised(what) + " has a character that cannot be stored"));
        }
    }

    static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
