package org.hearth.portal.space;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * One thing a child said in their own space: their views before a meeting or after going missing (with the guided
 * answers and, before a looked-after review, how they will take part), a message to their worker, good news, or asking
 * for help. Undated in the journey's sense (it is not a step of the child's care), so it stays out of the chronology;
 * whether it may suggest harm and whether the worker has read it are marks kept beside it, not by the child.
 */
public record ChildSaid(UUID id, UUID personId, String kind, String occasion, String answers, String words,
                        String participation, String writtenBy, Instant writtenAt) implements JourneyRecord {
    public static final String VIEWS = "VIEWS";
    public static final String MESSAGE = "MESSAGE";
    public static final String GOOD_NEWS = "GOOD_NEWS";
    public static final String HELP = "HELP";

    @Override
    public LocalDate startDate() {
        return null;
    }

    @Override
    public String summary() {
        return switch (kind) {
            case VIEWS -> "The child's views";
            case MESSAGE -> "A message from the child to their worker";
            case HELP -> "The child asked for help";
            default -> "Good news from the child";
        };
    }
}
