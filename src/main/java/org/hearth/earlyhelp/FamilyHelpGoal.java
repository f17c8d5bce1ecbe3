package org.hearth.earlyhelp;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/** A goal of a family help plan, in the family's and practitioner's words, set on a day. */
public record FamilyHelpGoal(UUID id, UUID personId, UUID planId, LocalDate goalSetDate, String goalText)
        implements JourneyRecord {
    public LocalDate startDate() { return goalSetDate; }
    public String summary() { return "Family help goal set: " + goalText; }
}
