package org.hearth.clocks;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.access.CurrentActor;
import org.hearth.journey.JourneyService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A worker's caseload with every statutory clock, soonest due first; and one child's clocks. */
@RestController
class CaseloadController {
    private final Caseloads caseloads;
    private final JourneyService journeys;
    private final CurrentActor currentActor;

    CaseloadController(Caseloads caseloads, JourneyService journeys, CurrentActor currentActor) {
        this.caseloads = caseloads;
        this.journeys = journeys;
        this.currentActor = currentActor;
    }

    /** The signed-in worker's caseload; a team manager may ask for a worker in their team. */
    @GetMapping("/api/caseload")
    List<Caseloads.Entry> caseload(@RequestParam(required = false) String worker) {
        return caseloads.of(currentActor.get(), worker);
    }

    @GetMapping("/api/children/{childId}/clocks")
    List<Caseloads.ClockView> clocks(@PathVariable UUID childId, @RequestParam(defaultValue = "casework") String purpose) {
        return caseloads.allClocks(journeys.read(currentActor.get(), childId, "clocks", purpose), LocalDate.now());
    }
}
