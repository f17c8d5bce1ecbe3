package org.hearth.team;

import java.time.LocalDate;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.platform.web.Labels;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The team manager's view of the team: each worker's load and the team's overdue statutory work. */
@Controller
class TeamPages {
    private final TeamWorkload workload;
    private final CurrentActor currentActor;

    TeamPages(TeamWorkload workload, CurrentActor currentActor) {
        this.workload = workload;
        this.currentActor = currentActor;
    }

    @GetMapping("/team")
    String team(Model model) {
        Actor actor = currentActor.get();
        TeamWorkload.Team team = workload.of(actor, LocalDate.now());
        model.addAttribute("team", team);
        Labels.addTo(model);
        return "team/team";
    }
}
