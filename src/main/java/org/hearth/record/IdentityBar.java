package org.hearth.record;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.hearth.access.View;
import org.hearth.allocation.Allocation;
import org.hearth.allocation.AllocationStage;
import org.hearth.codes.CodeList;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.CodeRules;
import org.hearth.journey.child.Person;
import org.hearth.people.Address;
import org.hearth.people.PeopleStage;
import org.hearth.people.Warning;
import org.hearth.people.Warnings;

/**
 * What the identity bar at the top of a child's record says, worked out from the record the reader's view shows: the
 * legal name with the name the child is known by beside it (never in its place), gender, ethnicity, first language and
 * whether an interpreter is needed, the address, the allocated worker, and the warnings in force. The address is
 * withheld from a view that must not see it when a "do not disclose the address" warning applies. Plain Java.
 */
public record IdentityBar(String legalName, String knownAs, String gender, String ethnicity, String firstLanguage,
                          String interpreter, String address, boolean addressWithheld, String allocatedWorker,
                          List<WarningShown> warnings) {
    /** A warning as the bar shows it: its kind in words and what it is about. */
    public record WarningShown(String label, String detail) {}

    public static IdentityBar of(ChildJourney j, View view, LocalDate today, Function<String, String> userName) {
        Person p = j.child();
        String legal = ((p.forename() == null ? "" : p.forename()) + " " + (p.surname() == null ? "" : p.surname())).trim();
        String knownAs = p.knownAs() == null || p.knownAs().isBlank() || p.knownAs().strip().equals(p.forename())
                ? null : p.knownAs().strip();
        List<Warning> active = Warnings.active(j, today);
        boolean doNotDisclose = active.stream().anyMatch(w -> Warning.DO_NOT_DISCLOSE_ADDRESS.equals(w.warningType()));
        boolean withheld = doNotDisclose && view.withholdsRestricted();
        String address = null;
        if (!withheld) {
            address = j.all(PeopleStage.ADDRESSES).stream()
                    .filter(a -> a.addressStartDate() == null || !a.addressStartDate().isAfter(today))
                    .filter(a -> a.addressEndDate() == null || !a.addressEndDate().isBefore(today))
                    .max(Comparator.comparing(Address::addressStartDate, Comparator.nullsFirst(Comparator.naturalOrder())))
                    .map(a -> a.addressLine() + (a.addressPostcode() == null ? "" : ", " + a.addressPostcode()))
                    .orElse(null);
        }
        String interpreter = interpreter(p.interpreterNeeded(), active.stream()
                .filter(w -> Warning.INTERPRETER.equals(w.warningType())).findFirst().orElse(null));
        String worker = j.all(AllocationStage.ALLOCATIONS).stream()
                .filter(a -> "SW".equals(a.professionalRoleId()) || "EHW".equals(a.professionalRoleId())
                        || "PA".equals(a.professionalRoleId()))
                .filter(a -> a.startDate() == null || !a.startDate().isAfter(today))
                .filter(a -> a.endDate() == null || !a.endDate().isBefore(today))
                .max(Comparator.comparing(Allocation::startDate, Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(a -> userName.apply(a.professionalId())).orElse(null);
        return new IdentityBar(legal.isEmpty() ? p.displayName() : legal, knownAs, gender(p, today),
                label("ETHNIC", p.ethnicity(), today), blankToNull(p.firstLanguage()), interpreter, address, withheld,
                worker, active.stream().map(w -> new WarningShown(Warnings.label(w.warningType()), w.detail())).toList());
    }

    /**
     * Whether an interpreter is needed, in words: the child's own field first (with the warning's detail, where one
     * says which language or how); an INTERPRETER warning where the field is not recorded (records from before it
     * was a field); else not recorded.
     */
    static String interpreter(Boolean needed, Warning warning) {
        String detail = warning == null || warning.detail() == null || warning.detail().isBlank() ? ""
                : ": " + warning.detail();
        if (Boolean.TRUE.equals(needed)) {
            return "Needed" + detail;
        }
        if (Boolean.FALSE.equals(needed)) {
            return "Not needed";
        }
        return warning != null ? "Needed" + detail : "Not recorded";
    }

    /** The recorded gender in words, else the sex recorded for the returns. */
    static String gender(Person p, LocalDate today) {
        if (p.gender() != null && !p.gender().isBlank()) {
            // The CIN census's gender codes ended with 2023/24: read an old code as that year's list had it.
            String g = label("GENDER_CURRENT", p.gender(), today);
            g = g != null ? g : label("GENDER_CURRENT", p.gender(), LocalDate.of(2023, 6, 1));
            return g != null ? g : p.gender().matches("[0-9A-Z]{1,2}") ? label("SEX", p.sex(), today) : p.gender();
        }
        return label("SEX", p.sex(), today);
    }

    private static String label(String list, String code, LocalDate on) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            CodeList l = CodeRules.list(list, on);
            return l.label(code).orElse(null);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
