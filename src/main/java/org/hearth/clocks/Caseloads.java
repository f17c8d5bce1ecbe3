package org.hearth.clocks;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.hearth.access.AccessDenied;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.journey.ChildJourney;
import org.hearth.stages.ChildStatus;
import org.hearth.journey.JourneyService;
import org.springframework.stereotype.Service;

/** A worker's caseload: their allocated children, each read through the seam, with open clocks soonest due first. */
@Service
public class Caseloads {
    private final JourneyService journeys;
    private final org.hearth.access.AccessSeam seam;
    private final JourneyClocks clocks = JourneyClocks.standard();

    Caseloads(JourneyService journeys, org.hearth.access.AccessSeam seam) {
        this.journeys = journeys;
        this.seam = seam;
    }

    public record ClockView(String ruleId, String subject, LocalDate startedOn, LocalDate dueOn, LocalDate completedOn,
                            ClockStatus status) {
        static ClockView of(StatutoryClock c, LocalDate today) {
            return new ClockView(c.ruleId(), c.subject(), c.startedOn(), c.dueOn(), c.completedOn(), c.status(today));
        }
    }

    public record Entry(UUID childId, String laChildId, String name, LocalDate dob, LocalDate expectedDob,
                        List<String> status, LocalDate nextDue, List<ClockView> clocks) {}

    /** The caseload of {@code worker}; only the worker themself or a team manager may ask. */
    public List<Entry> of(Actor actor, String worker) {
        String whose = worker == null ? actor.username() : worker;
        if (!whose.equals(actor.username()) && actor.role() != Role.TEAM_MANAGER) {
            throw AccessDenied.forRole("Only a team manager can see another worker's caseload");
        }
        LocalDate today = LocalDate.now();
        // The seam's allocatedTo: on My work (AccessSeam.readingOnce) the children's facts come with them, so judging
        // them reads nothing more.
        return journeys.readEach(actor, seam.allocatedTo(whose), "caseload", "caseload").stream()
                .map(j -> entry(j, today))
                .sorted(Comparator.comparing(Entry::nextDue, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    public List<ClockView> allClocks(ChildJourney j, LocalDate today) {
        return clocks.derive(j, today).stream().map(c -> ClockView.of(c, today)).toList();
    }

    /** What a held journey's row was last worked out as, with what it was worked out from. */
    private record Worked(LocalDate today, TimescaleRules rules, org.hearth.calendar.SchoolHolidays holidays,
                          Entry entry) {}

    /**
     * Rows already worked out, by the journey they were worked out from (by identity: journeys are immutable, and
     * the journey cache hands out the same journey only while the record is unchanged and the view is the whole
     * record; a cut view is a new journey). Weak keys: a row goes when its journey is no longer held anywhere.
     */
    private final java.util.Map<ChildJourney, Worked> worked =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private Entry entry(ChildJourney j, LocalDate today) {
        TimescaleRules rules = ClockSettings.rules();
        org.hearth.calendar.SchoolHolidays holidays = ClockSettings.schoolHolidays();
        Worked w = worked.get(j);
        if (w != null && w.today().equals(today) && w.rules() == rules && w.holidays() == holidays) {
            return w.entry();
        }
        Entry e = workOut(j, today);
        worked.put(j, new Worked(today, rules, holidays, e));
        return e;
    }

    private Entry workOut(ChildJourney j, LocalDate today) {
        List<ClockView> open = clocks.open(j, today).stream().map(c -> ClockView.of(c, today)).toList();
        return new Entry(j.child().id(), j.child().legacyId(), j.child().displayName(), j.child().dob(),
                j.child().expectedDob(), ChildStatus.tags(j, today), open.isEmpty() ? null : open.get(0).dueOn(), open);
    }
}
