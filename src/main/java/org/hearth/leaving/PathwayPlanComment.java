package org.hearth.leaving;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/** The young person's own comment on their pathway plan (on one area, or on the whole plan when area is null). */
public record PathwayPlanComment(UUID id, UUID personId, UUID planId, LocalDate commentDate, String area,
                                 String commentText, String writtenBy) implements JourneyRecord {
    public LocalDate startDate() { return commentDate; }
    public String summary() { return "The young person commented on their pathway plan"; }
}
