package org.hearth.clocks;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.hearth.access.AccessDenied;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.access.Role;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.ChildStatus;
import org.hearth.journey.JourneyService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A worker's caseload with every statutory clock, soonest due first; and one child's clocks. */
@RestController
class CaseloadController {
    private final JourneyService journeys;
    private final CurrentActor currentActor;
    private final JourneyClocks clocks = JourneyClocks.standard();

    CaseloadController(JourneyService journeys, CurrentActor currentActor) {
        this.journeys = journeys;
        this.currentActor = currentActor;
    }

    record ClockView(String ruleId, String subject, LocalDate startedOn, LocalDate dueOn, LocalDate completedOn,
                     ClockStatus status) {
        static ClockView of(StatutoryClock c, LocalDate today) {
            return new ClockView(c.ruleId(), c.subject(), c.startedOn(), c.dueOn(), c.completedOn(), c.status(today));
        }
    }

    record CaseloadEntry(UUID childId, String laChildId, String name, LocalDate dob, LocalDate expectedDob,
                         List<String> status, LocalDate nextDue, List<ClockView> clocks) {}

    /** The signed-in worker's caseload; a team manager may ask for a worker in their team. */
    @GetMapping("/api/caseload")
    List<CaseloadEntry> caseload(@RequestParam(required = false) String worker) {
        Actor actor = currentActor.get();
        String whose = worker == null ? actor.username() : worker;
        if (!whose.equals(actor.username()) && actor.role() != Role.TEAM_MANAGER) {
            throw new AccessDenied("Only a team manager can see another worker's caseload");
        }
        LocalDate today = LocalDate.now();
        List<ChildJourney> children = journeys.readEach(actor, journeys.allocatedTo(whose), "caseload", "caseload");
        return children.stream().map(j -> entry(j, today))
                .sorted(Comparator.comparing(CaseloadEntry::nextDue, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    @GetMapping("/api/children/{childId}/clocks")
    List<ClockView> clocks(@PathVariable UUID childId, @RequestParam(defaultValue = "casework") String purpose) {
        LocalDate today = LocalDate.now();
        ChildJourney j = journeys.read(currentActor.get(), childId, "clocks", purpose);
        return clocks.derive(j, today).stream().map(c -> ClockView.of(c, today)).toList();
    }

    private CaseloadEntry entry(ChildJourney j, LocalDate today) {
        List<ClockView> open = clocks.open(j, today).stream().map(c -> ClockView.of(c, today)).toList();
        return new CaseloadEntry(j.child().id(), j.child().legacyId(), j.child().displayName(), j.child().dob(),
                j.child().expectedDob(), ChildStatus.tags(j, today),
                open.isEmpty() ? null : open.get(0).dueOn(), open);
    }
}
