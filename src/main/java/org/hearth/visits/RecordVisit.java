package org.hearth.visits;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hearth.access.Role;
import org.hearth.earlyhelp.EarlyHelpStage;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Dates;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * A statutory visit to the child happened on {@code date}, for the plan named by {@code context} (CIN, CP, CLA, EH
 * or CL), and the child was or was not seen (alone, their bedroom).
 *
 * <p>A visit is an event that has happened, so it is never in the future, nor more than a year before the child was
 * born (pre-birth work happens in pregnancy): a visit dated 2030 would move the CP visit clock to 2030 and hide an
 * overdue visit. Every visit recorded counts towards a statutory visit clock, so only the roles whose visits count
 * record one: the social worker or their manager; a family help worker for family help; a personal adviser for a care
 * leaver. An IRO's visit is refused, not recorded as a lesser kind of visit: the IRO is independent of the plan and
 * meets the child for the review they chair (recorded with the review), so the child's own worker must still visit,
 * and a visits list that holds only statutory visits keeps every clock, return and import counting the same thing.
 */
public record RecordVisit(LocalDate date, String context, Boolean seen, Boolean seenAlone, Boolean bedroomSeen,
                          String note, String notSeenReason) implements JourneyCommand {
    /** A visit where the child was seen, or (refused) one where they were not and no reason is given. */
    public RecordVisit(LocalDate date, String context, Boolean seen, Boolean seenAlone, Boolean bedroomSeen, String note) {
        this(date, context, seen, seenAlone, bedroomSeen, note, null);
    }

    static final String KIND = VisitsStage.VISITS.name();
    static final Set<String> CONTEXTS = Set.of("CIN", "CP", "CLA", "EH", "CL");

    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    /** Whether a visit by someone in this role counts as a statutory visit at all. */
    public static boolean counts(Role role) {
        return role == Role.SOCIAL_WORKER || role == Role.TEAM_MANAGER || role == Role.EARLY_HELP_WORKER
                || role == Role.PERSONAL_ADVISER;
    }

    @Override
    public Decision decide(ChildJourney j, Context c) {
        Role role = c.actor().role();
        if (!counts(role)) {
            return Decision.refused(new Violation("visit-by-role", null, KIND, null, null, role == Role.IRO
                    ? "An IRO's visit is not the social worker's statutory visit. Record your meeting with the child "
                    + "with the review; the child's social worker records their own visits"
                    : "Only the child's workers record statutory visits"));
        }
        List<Violation> out = new ArrayList<>();
        if (date == null) {
            out.add(refusal("visit-date", "visitDate", "Enter the date of the visit as a real date, for example 27 3 2025"));
        } else if (date.isAfter(c.today())) {
            out.add(refusal("not-in-future", "visitDate", "The date of the visit must be today or in the past"));
        } else {
            LocalDate birth = j.child().dob() != null ? j.child().dob() : j.child().expectedDob();
            if (birth != null && date.isBefore(birth.minusYears(1))) {
                out.add(refusal("visit-date", "visitDate", "The date of the visit must be after the pregnancy began: "
                        + "the child was born " + (j.child().dob() != null ? "on " : "is expected on ") + Dates.uk(birth)));
            }
        }
        if (context == null || !CONTEXTS.contains(context)) {
            out.add(refusal("visit-context", "visitContext",
                    "Say which plan the visit is for: CIN, CP, CLA, EH (family help) or CL (care leaver)"));
        } else {
            if (role == Role.EARLY_HELP_WORKER && !"EH".equals(context)) {
                out.add(refusal("visit-by-role", "visitContext",
                        "A family help worker's visit is a family help visit: choose family help"));
            }
            if (role == Role.PERSONAL_ADVISER && !"CL".equals(context)) {
                out.add(refusal("visit-by-role", "visitContext",
                        "A personal adviser's visit is a care leaver visit: choose care leaver"));
            }
            if ("EH".equals(context) && date != null && j.all(EarlyHelpStage.EARLY_HELP).stream()
                    .noneMatch(e -> e.episodeStartDate() != null && !date.isBefore(e.episodeStartDate())
                            && (e.episodeEndDate() == null || !date.isAfter(e.episodeEndDate())))) {
                out.add(refusal("visit-family-help", "visitContext",
                        "A family help visit needs a family help episode open on the day of the visit"));
            }
        }
        if (seen == null) {
            out.add(refusal("visit-seen", "visitSeen", "Select yes if the child was seen"));
        }
        if (Boolean.FALSE.equals(seen) && (notSeenReason == null || notSeenReason.isBlank())) {
            out.add(refusal("visit-not-seen-reason", "visitNotSeenReason", "Enter why the child was not seen"));
        } else if (Boolean.FALSE.equals(seen) && notSeenReason.length() > 2_000) {
            out.add(refusal("visit-not-seen-reason", "visitNotSeenReason",
                    "Write why the child was not seen in 2,000 characters or fewer"));
        }
        if (Boolean.TRUE.equals(seenAlone) && !Boolean.TRUE.equals(seen)) {
            out.add(refusal("visit-seen-alone", "visitSeenAlone", "A child seen alone was seen: answer yes to seen"));
        }
        if (note != null && note.length() > 20_000) {
            out.add(refusal("visit-note", "visitNote", "Write the note in 20,000 characters or fewer"));
        }
        if (!out.isEmpty()) {
            return Decision.refused(out);
        }
        boolean wasSeen = seen;
        return Decision.of(JourneyChange.of(VisitsStage.VISITS, new Visit(null, j.child().id(), date, context, wasSeen,
                wasSeen && Boolean.TRUE.equals(seenAlone), wasSeen && Boolean.TRUE.equals(bedroomSeen),
                note == null || note.isBlank() ? null : note.strip(), wasSeen ? null : notSeenReason.strip())));
    }

    private static Violation refusal(String rule, String field, String message) {
        return new Violation(rule, null, KIND, null, field, message);
    }
}
