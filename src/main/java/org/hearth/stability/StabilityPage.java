package org.hearth.stability;

import java.util.List;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.clocks.Caseloads;
import org.hearth.clocks.Task;
import org.hearth.clocks.TaskSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The council's placement stability figure against the Commissioner's goal, for analysts and team managers. */
@Controller
class StabilityPage implements TaskSource {
    private final StabilityFigures figures;
    private final CurrentActor currentActor;

    StabilityPage(StabilityFigures figures, CurrentActor currentActor) {
        this.figures = figures;
        this.currentActor = currentActor;
    }

    @GetMapping("/stability")
    String page(Model model) {
        model.addAttribute("figure", figures.figure(currentActor.get()));
        model.addAttribute("goal", "fewer than 1 in 10");
        return "stability/council";
    }

    /** Analysts and team managers find the figure on My work, for information. */
    @Override
    public List<Task> tasksFor(Actor actor, List<Caseloads.Entry> caseload, java.time.LocalDate today) {
        if (!StabilityFigures.mayView(actor.role())) {
            return List.of();
        }
        return List.of(new Task("Placement stability", "The council's placement stability",
                "Looked-after children with 2 or more placement moves in 2 years, against the Children's "
                        + "Commissioner's goal of fewer than 1 in 10", "/stability", null, Task.State.INFORMATION, null));
    }
}
