package org.hearth.protection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/** The checks the protection commands share: a date that has happened, and who may record a step. */
final class ProtectionChecks {
    static final String WHO = "protection-who";
    static final String CASEWORK_ONLY = "Only the child's social worker or their team manager can record ";
    static final String CONFERENCE_ONLY = "Only the chair of the conference (the child's IRO), the child's social "
            + "worker or their team manager can record ";

    private ProtectionChecks() {}

    /**
     * A date that must be given and must have happened; {@code what} reads "the date of the strategy discussion".
     * Adds the refusal and returns false when it is missing or in the future.
     */
    static boolean happened(LocalDate date, JourneyCommand.Context context, String rule, String kind, UUID recordId,
                            String field, String what, List<Violation> out) {
        if (date == null) {
            out.add(new Violation(rule, null, kind, recordId, field, "Enter " + what));
            return false;
        }
        if (date.isAfter(context.today())) {
            out.add(new Violation("not-in-future", null, kind, recordId, field,
                    Character.toUpperCase(what.charAt(0)) + what.substring(1) + " must be today or in the past"));
            return false;
        }
        return true;
    }

    static Violation casework(String kind, String step) {
        return new Violation(WHO, null, kind, null, null, CASEWORK_ONLY + step);
    }

    static Violation conference(String kind, String step) {
        return new Violation(WHO, null, kind, null, null, CONFERENCE_ONLY + step);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
