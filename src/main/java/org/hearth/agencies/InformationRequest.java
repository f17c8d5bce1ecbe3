package org.hearth.agencies;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * The front door's (MASH) request to an organisation for information about the child of a contact, due 4 or 24 hours
 * after it was asked; its answer, once given, is part of the child's record with its source (the organisation, who
 * answered and when).
 */
public record InformationRequest(UUID id, UUID personId, UUID contactId, String organisationId, String organisationName,
                                 String question, Integer hours, String askedBy, Instant askedAt, Instant dueAt,
                                 String answer, String answeredBy, Instant answeredAt) implements JourneyRecord {
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    public LocalDate startDate() {
        return askedAt.atZone(LONDON).toLocalDate();
    }

    /** The day the answer came: the chronology dates "Information from …" by it. */
    public LocalDate endDate() {
        return answeredAt == null ? null : answeredAt.atZone(LONDON).toLocalDate();
    }

    public boolean answered() {
        return answeredAt != null;
    }

    /** Where it stands now (or, once answered, where it stood when the answer came). */
    public Rag rag(Instant now) {
        return Rag.of(askedAt, dueAt, answeredAt, now);
    }

    public String summary() {
        if (answered()) {
            String first = answer.lines().findFirst().orElse("").strip();
            return "Information from " + organisationName + ": " + (first.length() > 120 ? first.substring(0, 117)
                    + "..." : first);
        }
        return "Information asked of " + organisationName + " (due in " + hours + " hours)";
    }

    /** The answer's line in the chronology: "Information from {organisation}: …", dated the day it came. */
    @Override
    public String summaryOfChange() {
        return answered() ? summary() : null;
    }

    /**
     * The request's clock: green while more than a quarter of its time is left, amber in the last quarter, red once
     * overdue; an answer stops the clock where it stood.
     */
    public enum Rag {
        GREEN("On time", "govuk-tag--green"), AMBER("Due soon", "govuk-tag--orange"), RED("Overdue", "govuk-tag--red");

        private final String words;
        private final String tagClass;

        Rag(String words, String tagClass) {
            this.words = words;
            this.tagClass = tagClass;
        }

        public String words() { return words; }
        public String tagClass() { return tagClass; }

        public static Rag of(Instant asked, Instant due, Instant answered, Instant now) {
            Instant at = answered != null ? answered : now;
            if (at.isAfter(due)) {
                return RED;
            }
            long quarter = java.time.Duration.between(asked, due).toMillis() / 4;
            return at.isBefore(due.minusMillis(quarter)) ? GREEN : AMBER;
        }
    }
}
