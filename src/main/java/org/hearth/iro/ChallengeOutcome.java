package org.hearth.iro;

import java.time.LocalDate;

/** How a challenge ended: resolved or not, on what day, in a summary, recorded by whom. */
public record ChallengeOutcome(boolean resolved, LocalDate decidedOn, String summary, String recordedBy) {
    public String label() {
        return resolved ? "Resolved" : "Not resolved";
    }
}
