package org.hearth.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.codes.CodeLists;
import org.hearth.codes.CollectionYear;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * The warnings on a child's record and the two commands that change them: add a warning (a type from the code list,
 * what it is about, from when) and end one (on a day, never before it started, never twice). Plain Java.
 */
public final class Warnings {
    static final String KIND = "warnings";
    static final int MAX_DETAIL = 2_000;

    private Warnings() {}

    /** The warning types in the order the form offers them, with their labels. */
    public static Map<String, String> types() {
        Map<String, String> out = new LinkedHashMap<>();
        var list = CodeLists.standard().list("WARNING", CollectionYear.containing(LocalDate.now()));
        list.codes().forEach(c -> out.put(c, list.label(c).orElse(c)));
        return out;
    }

    /** A warning type in words; an unknown code is shown as "Other warning". */
    public static String label(String type) {
        return types().getOrDefault(type, "Other warning");
    }

    /** The warnings that apply on {@code day}, the most serious kinds first as the list orders them. */
    public static List<Warning> active(ChildJourney j, LocalDate day) {
        List<String> order = List.copyOf(types().keySet());
        return j.all(PeopleStage.WARNINGS).stream().filter(w -> w.activeOn(day))
                .sorted(Comparator.comparingInt((Warning w) -> order.indexOf(w.warningType()) < 0 ? order.size()
                        : order.indexOf(w.warningType())).thenComparing(Warning::startDate))
                .toList();
    }

    /** Adds a warning of {@code type} from {@code from} (today or before), with what it is about. */
    public record Add(String type, String detail, LocalDate from) implements JourneyCommand {
        @Override
        public List<String> parts() {
            return List.of(KIND);
        }

        @Override
        public Decision decide(ChildJourney j, Context context) {
            List<Violation> out = new ArrayList<>();
            if (type == null || !types().containsKey(type)) {
                out.add(new Violation("warning-type", null, KIND, null, "warningType", "Select the kind of warning"));
            }
            String words = detail == null || detail.isBlank() ? null : detail.strip();
            if ("OTHER".equals(type) && words == null) {
                out.add(new Violation("warning-detail", null, KIND, null, "detail",
                        "Enter what the warning is about"));
            }
            if (words != null && words.length() > MAX_DETAIL) {
                out.add(new Violation("warning-detail", null, KIND, null, "detail",
                        "What the warning is about must be " + String.format("%,d", MAX_DETAIL) + " characters or fewer"));
            }
            if (from == null) {
                out.add(new Violation("warning-date", null, KIND, null, "startDate",
                        "Enter the date the warning applies from, for example 27 3 2025"));
            } else if (from.isAfter(context.today())) {
                out.add(new Violation("warning-date", null, KIND, null, "startDate",
                        "The date the warning applies from must be today or in the past"));
            }
            if (out.isEmpty() && Warnings.active(j, context.today()).stream()
                    .anyMatch(w -> w.warningType().equals(type) && !"OTHER".equals(type))) {
                out.add(new Violation("warning-open", null, KIND, null, "warningType",
                        "The record already has this warning: end it before adding it again"));
            }
            if (!out.isEmpty()) {
                return Decision.refused(out);
            }
            return Decision.of(JourneyChange.of(PeopleStage.WARNINGS,
                    new Warning(null, j.child().id(), type, words, from, null)));
        }
    }

    /** Ends the warning {@code warningId} on {@code on}: today or before, not before it started, once. */
    public record End(UUID warningId, LocalDate on) implements JourneyCommand {
        @Override
        public List<String> parts() {
            return List.of(KIND);
        }

        @Override
        public Decision decide(ChildJourney j, Context context) {
            Warning w = j.find(PeopleStage.WARNINGS, warningId).orElse(null);
            if (w == null) {
                return Decision.refused(new Violation("warning-missing", null, KIND, warningId, null,
                        "This warning is not on the child's record"));
            }
            if (w.endDate() != null) {
                return Decision.refused(new Violation("warning-ended", null, KIND, warningId, null,
                        "This warning was already ended on " + org.hearth.journey.Dates.uk(w.endDate())));
            }
            if (on == null) {
                return Decision.refused(new Violation("warning-date", null, KIND, warningId, "endDate",
                        "Enter the date the warning ended, for example 27 3 2025"));
            }
            if (on.isAfter(context.today())) {
                return Decision.refused(new Violation("warning-date", null, KIND, warningId, "endDate",
                        "The date the warning ended must be today or in the past"));
            }
            if (on.isBefore(w.startDate())) {
                return Decision.refused(new Violation("warning-date", null, KIND, warningId, "endDate",
                        "The warning cannot end before it started on " + org.hearth.journey.Dates.uk(w.startDate())));
            }
            return Decision.of(JourneyChange.of(PeopleStage.WARNINGS,
                    new Warning(w.id(), w.personId(), w.warningType(), w.detail(), w.startDate(), on)));
        }
    }
}
