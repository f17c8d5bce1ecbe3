package org.hearth.care;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * A dated step of looked-after or leaving-care work that stops (or changes) a statutory clock: the care plan, the
 * placement plan, the initial health assessment, the personal education plan, a return home interview, a pathway
 * plan review, or the confirmation that a placement is long-term (intended to last until the child is 18).
 *
 * @param subjectId     the placement (placement plan, long-term confirmation) or missing episode (return home
 *                      interview) the step belongs to; null for steps of the period of care
 * @param childAgreed   long-term confirmation only: the child agreed to visits moving to three-monthly
 * @param iroConsulted  long-term confirmation only: the child's IRO was consulted
 */
public record CareMilestone(UUID id, UUID personId, String milestoneType, LocalDate milestoneDate, UUID subjectId,
                            Boolean childAgreed, Boolean iroConsulted) implements JourneyRecord {
    public static final String CARE_PLAN = "CARE_PLAN";
    public static final String PLACEMENT_PLAN = "PLACEMENT_PLAN";
    public static final String HEALTH_ASSESSMENT = "HEALTH_ASSESSMENT";
    public static final String PEP = "PEP";
    public static final String RETURN_INTERVIEW = "RETURN_INTERVIEW";
    public static final String PATHWAY_PLAN_REVIEW = "PATHWAY_PLAN_REVIEW";
    public static final String LONG_TERM_PLACEMENT = "LONG_TERM_PLACEMENT";

    /** The steps, in words. */
    public static final Map<String, String> TYPES = new LinkedHashMap<>();
    static {
        TYPES.put(CARE_PLAN, "Care plan completed");
        TYPES.put(PLACEMENT_PLAN, "Placement plan completed");
        TYPES.put(HEALTH_ASSESSMENT, "Initial health assessment completed");
        TYPES.put(PEP, "Personal education plan (PEP) completed");
        TYPES.put(RETURN_INTERVIEW, "Return home interview held");
        TYPES.put(PATHWAY_PLAN_REVIEW, "Pathway plan reviewed");
        TYPES.put(LONG_TERM_PLACEMENT, "Placement confirmed as long-term (until 18)");
    }

    /** A step with no long-term answers. */
    public static CareMilestone of(UUID personId, String type, LocalDate date, UUID subjectId) {
        return new CareMilestone(null, personId, type, date, subjectId, null, null);
    }

    public boolean is(String type) {
        return type.equals(milestoneType);
    }

    public LocalDate startDate() { return milestoneDate; }
    public String summary() {
        return TYPES.getOrDefault(milestoneType, "Care step recorded");
    }
}
