package org.hearth.protection;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/** A child protection plan, with its initial and latest category of abuse (NEG PHY SAB EMO MUL). */
public record CpPlan(UUID id, UUID personId, UUID referralId, UUID icpcId, LocalDate cpPlanStartDate,
                     LocalDate cpPlanEndDate, String cpPlanInitialCategory, String cpPlanLatestCategory,
                     Integer numberOfPreviousPlans) implements JourneyRecord {
    public LocalDate startDate() { return cpPlanStartDate; }
    public LocalDate endDate() { return cpPlanEndDate; }
    public String summary() {
        return (cpPlanEndDate == null ? "Child protection plan started" : "Child protection plan")
                + (cpPlanInitialCategory == null ? "" : ", category: "
                + org.hearth.codes.CodeLists.standard().words("CP_CATEGORY", cpPlanInitialCategory, startDate()).toLowerCase());
    }
}
