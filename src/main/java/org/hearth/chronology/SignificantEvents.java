package org.hearth.chronology;

import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.RecordParts;
import org.hearth.journey.JourneyService;
import org.hearth.platform.web.HearthProblem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Marks and unmarks entries of a child's chronology as significant events, the court-style chronology's rows. Each
 * is a change to the chronology part through the access seam, so it is allowed only to whoever may change the
 * record and is audited with its purpose; the entry must be this child's.
 */
@Component
public class SignificantEvents {
    public static final String MARK = "mark a chronology entry as a significant event";
    public static final String UNMARK = "unmark a significant event in the chronology";
    public static final int MAX_SIGNIFICANCE = 1_000;

    private final JourneyService journeys;
    private final JdbcTemplate jdbc;

    SignificantEvents(JourneyService journeys, JdbcTemplate jdbc) {
        this.journeys = journeys;
        this.jdbc = jdbc;
    }

    /** Why a significance cannot be recorded as given, in the user's words; null when it can. */
    public static String problem(String significance) {
        if (significance == null || significance.isBlank()) {
            return "Say why this event is significant";
        }
        if (significance.length() > MAX_SIGNIFICANCE) {
            return "Say why in 1,000 characters or fewer";
        }
        return null;
    }

    /** Marks the entry (or changes why it is significant). */
    public void mark(Actor actor, UUID childId, long entryId, String significance) {
        String problem = problem(significance);
        if (problem != null) {
            throw HearthProblem.badRequest(problem);
        }
        journeys.writePart(actor, childId, RecordParts.CHRONOLOGY, MARK + " (entry " + entryId + ")", () -> {
            requireEntry(childId, entryId);
            return jdbc.update("INSERT INTO chronology_significance (chsi_entry_id, chsi_person_id, chsi_significance, "
                    + "chsi_marked_by) VALUES (?, ?, ?, ?) ON CONFLICT (chsi_entry_id) DO UPDATE SET "
                    + "chsi_significance = EXCLUDED.chsi_significance, chsi_marked_by = EXCLUDED.chsi_marked_by, "
                    + "chsi_marked_at = now()", entryId, childId, significance.strip(), actor.username());
        });
    }

    public void unmark(Actor actor, UUID childId, long entryId) {
        journeys.writePart(actor, childId, RecordParts.CHRONOLOGY, UNMARK + " (entry " + entryId + ")", () -> {
            requireEntry(childId, entryId);
            return jdbc.update("DELETE FROM chronology_significance WHERE chsi_entry_id = ? AND chsi_person_id = ?",
                    entryId, childId);
        });
    }

    private void requireEntry(UUID childId, long entryId) {
        Integer n = jdbc.queryForObject("SELECT count(*) FROM chronology_entry WHERE chro_entry_id = ? "
                + "AND chro_person_id = ?", Integer.class, entryId, childId);
        if (n == null || n == 0) {
            throw HearthProblem.notFound("The chronology entry");
        }
    }
}
