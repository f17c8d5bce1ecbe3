package org.hearth.access;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A manager's list of break-glass uses awaiting review: who, when, for which record and why; marked as reviewed. */
@Controller
class BreakGlassReviewPage {
    private final BreakGlass breakGlass;
    private final CurrentActor currentActor;

    BreakGlassReviewPage(BreakGlass breakGlass, CurrentActor currentActor) {
        this.breakGlass = breakGlass;
        this.currentActor = currentActor;
    }

    @GetMapping("/access/break-glass")
    String list(@RequestParam(required = false) String reviewed, Model model) {
        model.addAttribute("flags", breakGlass.unreviewed(currentActor.get()));
        model.addAttribute("reviewed", reviewed != null);
        return "access/break-glass-reviews";
    }

    @PostMapping("/access/break-glass/{grantId}/reviewed")
    String review(@PathVariable UUID grantId) {
        breakGlass.review(currentActor.get(), grantId);
        return "redirect:/access/break-glass?reviewed";
    }
}
