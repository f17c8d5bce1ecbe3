package org.hearth.journey;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.hearth.platform.web.HearthProblem;
import org.springframework.http.HttpStatus;

/** A change made against an old version of the child's record: refused, never silently overwriting. */
public class StaleRecord extends HearthProblem {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm")
            .withZone(ZoneId.of("Europe/London"));

    public StaleRecord(long expected, JourneyRepository.LastChange last, java.util.function.Function<String, String> labelOf) {
        super(HttpStatus.CONFLICT, "This child's record has changed since you opened it",
                "You were working from version " + expected + " but the record is now at version " + last.version()
                        + (last.changedBy() == null ? "" : ": " + last.who() + " changed the "
                        + describe(last.changedPart(), labelOf)
                        + (last.changedAt() == null ? "" : " on " + WHEN.format(last.changedAt())))
                        + ". Reload the record, check the change, and make yours again.");
    }

    /** "placements,legal-statuses" → "placement and legal status", in a practitioner's words (labels from the kinds). */
    static String describe(String parts, java.util.function.Function<String, String> labelOf) {
        if (parts == null || parts.isBlank()) {
            return "record";
        }
        java.util.List<String> words = java.util.Arrays.stream(parts.split(","))
                .map(p -> p.equals("person") ? "child's details"
                        : labelOf.apply(p))
                .distinct().toList();
        return words.size() == 1 ? words.get(0)
                : String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }
}
