package org.hearth.identity.candidates;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.AccessSeam;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.access.RecordParts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Other records of this child": the matcher's candidates for a child already on Hearth (after an import, or when a
 * worker suspects a duplicate), with their score and evidence; the worker confirms a link (the same child) or says
 * not the same child, and sees the links and decisions made, each link with a way to undo it. Nothing is merged.
 */
@Controller
class IdentityPage {
    static final String PURPOSE = "check for other records of this child";

    private final IdentityCandidates identity;
    private final AccessSeam seam;
    private final CurrentActor currentActor;

    IdentityPage(IdentityCandidates identity, AccessSeam seam, CurrentActor currentActor) {
        this.identity = identity;
        this.seam = seam;
        this.currentActor = currentActor;
    }

    @GetMapping("/children/{childId}/identity")
    String page(@PathVariable UUID childId, Model model) {
        Actor actor = currentActor.get();
        String name = seam.read(actor, childId, RecordParts.PERSON, PURPOSE, () -> identity.recordOf(childId)
                .map(r -> ((r.firstName() == null ? "" : r.firstName()) + " " + (r.surname() == null ? "" : r.surname()))
                        .trim()).orElse(""));
        IdentityCandidates.Shown shown = identity.forChild(actor, childId, PURPOSE);
        List<IdentityCandidates.Link> links = identity.links(childId);
        List<IdentityCandidates.Made> made = identity.decisions(childId);
        Set<UUID> readable = Set.copyOf(seam.readable(actor, java.util.stream.Stream.concat(
                links.stream().map(IdentityCandidates.Link::other), made.stream().map(IdentityCandidates.Made::other))
                .distinct().toList()));
        model.addAttribute("childId", childId);
        model.addAttribute("childName", name);
        model.addAttribute("title", "Other records of " + name);
        model.addAttribute("candidates", shown.visible());
        model.addAttribute("hiddenCandidates", shown.hidden());
        model.addAttribute("links", links);
        model.addAttribute("decisions", made);
        model.addAttribute("readable", readable);
        model.addAttribute("errors", List.of());
        model.addAttribute("fieldErrors", java.util.Map.of());
        return "identity/review";
    }

    @PostMapping("/children/{childId}/identity/decisions")
    String decide(@PathVariable UUID childId, @RequestParam(required = false) UUID other,
                  @RequestParam(required = false) String decision, RedirectAttributes flash) {
        IdentityCandidates.Decision d = "same".equals(decision) ? IdentityCandidates.Decision.SAME_CHILD
                : "not-same".equals(decision) ? IdentityCandidates.Decision.NOT_SAME_CHILD : null;
        if (other == null || d == null) {
            throw org.hearth.platform.web.HearthProblem.badRequest("Say whether the record is the same child");
        }
        identity.decide(currentActor.get(), childId, other, d, "record review");
        flash.addFlashAttribute("saved", d == IdentityCandidates.Decision.SAME_CHILD
                ? "Linked: the two records are the same child. Nothing was merged; the link can be undone."
                : "Recorded: not the same child. The record will not be suggested again.");
        return "redirect:/children/" + childId + "/identity";
    }

    @PostMapping("/children/{childId}/identity/links/{other}/undo")
    String undo(@PathVariable UUID childId, @PathVariable UUID other, RedirectAttributes flash) {
        identity.decide(currentActor.get(), childId, other, IdentityCandidates.Decision.LINK_UNDONE, "record review");
        flash.addFlashAttribute("saved", "Link undone: the records are no longer marked as the same child.");
        return "redirect:/children/" + childId + "/identity";
    }
}
