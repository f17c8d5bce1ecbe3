package org.hearth.returns.live;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.hearth.access.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Return errors: the current year's 903 and CIN census errors on the live record, by rule and by child. */
@Controller
class ReturnsPage {
    /** How many rows of the per-child list one page shows; the counts always cover everything. */
    static final int MAX_ROWS = 500;

    private final LiveReturns live;
    private final CurrentActor currentActor;
    private final org.hearth.access.AccessSeam seam;

    ReturnsPage(LiveReturns live, CurrentActor currentActor, org.hearth.access.AccessSeam seam) {
        this.live = live;
        this.currentActor = currentActor;
        this.seam = seam;
    }

    @GetMapping("/returns")
    String returns(@RequestParam(name = "return", defaultValue = "all") String which,
                   @RequestParam(required = false) String rule, Model model) {
        Optional<ReturnKind> kind = ReturnKind.fromParam(which);
        Optional<String> onlyRule = Optional.ofNullable(rule).map(String::trim).filter(r -> r.matches("[A-Za-z0-9]{1,12}"));
        LiveReturns.View view = live.viewFor(currentActor.get(), kind, onlyRule);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("all", "Both returns");
        for (ReturnKind k : ReturnKind.values()) {
            filters.put(k.param(), k.label());
        }
        model.addAttribute("view", view);
        model.addAttribute("returnFiles", seam.mayUseReturnFiles(currentActor.get()));
        model.addAttribute("report", view.report());
        model.addAttribute("filters", filters);
        model.addAttribute("show", kind.map(ReturnKind::param).orElse("all"));
        model.addAttribute("rule", onlyRule.orElse(null));
        model.addAttribute("ruleMessage", onlyRule.flatMap(r -> view.counts().stream()
                .filter(c -> c.code().equals(r)).map(LiveReport.RuleCount::message).findFirst()).orElse(null));
        model.addAttribute("rows", view.issues().size() > MAX_ROWS ? view.issues().subList(0, MAX_ROWS) : view.issues());
        model.addAttribute("maxRows", MAX_ROWS);
        model.addAttribute("totalRows", view.counts().stream().mapToInt(LiveReport.RuleCount::rows).sum());
        return "returns/live";
    }
}
