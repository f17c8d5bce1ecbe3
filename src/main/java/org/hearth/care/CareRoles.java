package org.hearth.care;

import java.util.Set;
import org.hearth.access.Role;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * Who takes which looked-after step: the child's social worker (or their team manager) changes care — becoming looked
 * after, a move, a change of legal status, a missing episode, ceasing care, permanence — and the child's IRO, who
 * chairs the reviews, records the looked-after review. The commands refuse anyone else and {@link CareStage} offers
 * each role only its own steps.
 */
public final class CareRoles {
    private CareRoles() {}

    static final Set<Role> CASEWORK = Set.of(Role.SOCIAL_WORKER, Role.TEAM_MANAGER);
    static final Set<Role> REVIEW = Set.of(Role.IRO);

    /** Whether the role changes a looked-after child's care (placement, legal status, missing, permanence). */
    public static boolean changesCare(Role role) {
        return CASEWORK.contains(role);
    }

    /** Whether the role records the looked-after review. */
    public static boolean reviews(Role role) {
        return REVIEW.contains(role);
    }

    /** The refusal for someone whose role does not take this step, or null when it does. */
    static Violation casework(JourneyCommand.Context context, String kind, String step) {
        if (changesCare(context.actor().role())) {
            return null;
        }
        return new Violation("care-casework-role", null, kind, null, null, "Only the child's social worker or their "
                + "team manager can record " + step
                + (context.actor().role() == Role.IRO ? "; as the IRO you record the looked-after review" : ""));
    }
}
