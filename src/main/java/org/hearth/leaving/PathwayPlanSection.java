package org.hearth.leaving;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * One area of a pathway plan (accommodation, education/employment/training, health…, see {@link PathwayPlans#AREAS}):
 * the goals for it and the young person's own words about it, as last updated.
 */
public record PathwayPlanSection(UUID id, UUID personId, UUID planId, String area, LocalDate updatedDate, String goals,
                                 String youngPersonsWords) implements JourneyRecord {
    public LocalDate startDate() { return updatedDate; }
    public String summary() {
        return "Pathway plan updated: " + PathwayPlans.AREAS.getOrDefault(area, "a section").toLowerCase();
    }
}
