package org.hearth.clocks;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.platform.web.Labels;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** My work: the signed-in worker's caseload with every statutory clock, soonest due first. */
@Controller
class CaseloadPage {
    private final Caseloads caseloads;
    private final CurrentActor currentActor;

    CaseloadPage(Caseloads caseloads, CurrentActor currentActor) {
        this.caseloads = caseloads;
        this.currentActor = currentActor;
    }

    static final Map<String, String> FILTERS = new LinkedHashMap<>();
    static {
        FILTERS.put("all", "All");
        FILTERS.put("overdue", "Overdue");
        FILTERS.put("week", "Due in the next 7 days");
    }

    @GetMapping("/")
    String myWork(@RequestParam(defaultValue = "all") String show, Model model) {
        Actor actor = currentActor.get();
        LocalDate today = LocalDate.now();
        List<Caseloads.Entry> entries = caseloads.of(actor, null).stream()
                .filter(e -> switch (show) {
                    case "overdue" -> e.clocks().stream().anyMatch(c -> c.status() == ClockStatus.OVERDUE);
                    case "week" -> e.nextDue() != null && !e.nextDue().isAfter(today.plusDays(7));
                    default -> true;
                }).toList();
        model.addAttribute("entries", entries);
        model.addAttribute("show", FILTERS.containsKey(show) ? show : "all");
        model.addAttribute("filters", FILTERS);
        model.addAttribute("actor", actor);
        Labels.addTo(model);
        return "clocks/caseload";
    }

    /** Keeps the session alive when the user answers the timeout warning. */
    @GetMapping("/keep-alive")
    @ResponseBody
    org.springframework.http.ResponseEntity<Void> keepAlive() {
        return org.springframework.http.ResponseEntity.noContent().build();
    }
}
