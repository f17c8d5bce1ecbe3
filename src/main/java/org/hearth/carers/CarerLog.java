package org.hearth.carers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * A carer's daily log or, when {@code significant}, a significant event: the carer's own case note, with the day, the
 * child's mood ({@code codes/MOOD.tsv}) and what happened. The chronology names the carer as its source.
 */
public record CarerLog(UUID id, UUID personId, LocalDate logDate, String mood, String whatHappened,
                       Boolean significant, String writtenBy, String carerKind, Instant writtenAt)
        implements JourneyRecord {

    public LocalDate startDate() {
        return logDate;
    }

    public boolean isSignificant() {
        return Boolean.TRUE.equals(significant);
    }

    /** "From Jo Hartley (foster carer): significant event: …"; the chronology shows the username as the carer's name. */
    public String summary() {
        String source = "From " + writtenBy + " (" + CarersStage.inSentence(CarersStage.CARER_KIND, carerKind)
                + "): ";
        return source + (isSignificant() ? "significant event: " + CarersStage.shortened(whatHappened)
                : "daily log" + (mood == null ? "" : ", mood " + CarersStage.inSentence(CarersStage.MOOD, mood)));
    }
}
