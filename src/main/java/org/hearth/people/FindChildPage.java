package org.hearth.people;

import java.util.List;
import java.util.Map;
import org.hearth.access.AccessSeam;
import org.hearth.access.Actor;
import org.hearth.access.BreakGlass;
import org.hearth.access.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Find a child: search before create. A child the user may not see is never listed; only a count of them is
 * given, and where policy lets the user break the glass and the search has narrowed to one such record, a route
 * to open it with a typed reason (audited, flagged to managers). Creating a person is offered after a search.
 */
@Controller
class FindChildPage {
    private final PersonSearch search;
    private final AccessSeam seam;
    private final CurrentActor currentActor;
    private final BreakGlass breakGlass;

    FindChildPage(PersonSearch search, AccessSeam seam, CurrentActor currentActor, BreakGlass breakGlass) {
        this.search = search;
        this.seam = seam;
        this.currentActor = currentActor;
        this.breakGlass = breakGlass;
    }

    /** What a search found for this user: the matches they may see, and those they may not. */
    record Found(List<SearchRanking.Match> visible, List<SearchRanking.Match> hidden) {}

    /**
     * What a search found for this user. Analysts and administrators do no case work: they are told nothing, not
     * even that a record they may not see matches. Every search is audited with the children shown (by id) and the
     * number of matches withheld; never with what was typed.
     */
    Found found(Actor actor, SearchQuery query) {
        if (query.isEmpty()) {
            return new Found(List.of(), List.of());
        }
        return filtered(actor, () -> search.find(query));
    }

    /** The matches of a search by address or by a parent's or carer's name, filtered and audited as every search is. */
    Found found(Actor actor, String address, String parent) {
        boolean byAddress = address != null && !address.isBlank();
        boolean byParent = parent != null && !parent.isBlank();
        if (!byAddress && !byParent) {
            return new Found(List.of(), List.of());
        }
        return filtered(actor, () -> {
            List<SearchRanking.Match> a = byAddress ? search.byAddress(address) : null;
            List<SearchRanking.Match> p = byParent ? search.byParent(parent) : null;
            if (a == null) {
                return p;
            }
            if (p == null) {
                return a;
            }
            // Both given: the children found by both, with both reasons.
            java.util.Set<java.util.UUID> inBoth = new java.util.HashSet<>(a.stream().map(SearchRanking.Match::id).toList());
            return p.stream().filter(m -> inBoth.contains(m.id())).map(m -> new SearchRanking.Match(m.id(), m.name(),
                    m.dob(), m.expectedDob(), m.legacyId(), m.score() + 1, m.why() + " and address")).toList();
        });
    }

    private Found filtered(Actor actor, java.util.function.Supplier<List<SearchRanking.Match>> matches) {
        if (!actor.role().practitioner()) {
            seam.searched(actor, "find a child", List.of(), 0);
            return new Found(List.of(), List.of());
        }
        List<SearchRanking.Match> all = matches.get();
        // One check for every match (two queries), not two queries a match.
        java.util.Set<java.util.UUID> readable = java.util.Set.copyOf(
                seam.readable(actor, all.stream().map(SearchRanking.Match::id).toList()));
        List<SearchRanking.Match> visible = all.stream().filter(m -> readable.contains(m.id())).toList();
        List<SearchRanking.Match> hidden = all.stream().filter(m -> !readable.contains(m.id())).toList();
        seam.searched(actor, "find a child", visible.stream().map(SearchRanking.Match::id).toList(), hidden.size());
        return new Found(visible, hidden);
    }

    @GetMapping("/children")
    String find(@RequestParam(required = false) String q, @RequestParam(required = false) String address,
                @RequestParam(required = false) String parent, Model model) {
        Actor actor = currentActor.get();
        SearchQuery query = SearchQuery.parse(q);
        boolean other = (address != null && !address.isBlank()) || (parent != null && !parent.isBlank());
        // A search by address or a parent's name is its own search; the box above is for the child themself.
        Found found = other && query.text().isEmpty() ? found(actor, clip(address), clip(parent)) : found(actor, query);
        model.addAttribute("q", q);
        model.addAttribute("address", address);
        model.addAttribute("parent", parent);
        model.addAttribute("otherOpen", other);
        model.addAttribute("searched", !query.text().isEmpty() || other);
        model.addAttribute("problem", query.problem());
        model.addAttribute("results", found.visible());
        model.addAttribute("hidden", found.hidden().size());
        model.addAttribute("mayBreakGlass", BreakGlass.allowedFor(actor));
        model.addAttribute("breakGlassHref", withQuery("/children/break-glass", q));
        model.addAttribute("createHref", withQuery("/children/new", q));
        model.addAttribute("errors", query.problem() == null ? List.of() : List.of(query.problem()));
        model.addAttribute("fieldErrors", query.problem() == null ? Map.of() : Map.of("q", query.problem()));
        return "people/find";
    }

    @GetMapping("/children/break-glass")
    String breakGlassForm(@RequestParam(required = false) String q, Model model) {
        Actor actor = currentActor.get();
        Found found = found(actor, SearchQuery.parse(q));
        if (!BreakGlass.allowedFor(actor) || found.hidden().size() != 1) {
            return "redirect:" + withQuery("/children", q);
        }
        return showBreakGlass(q, "", null, model);
    }

    @PostMapping("/children/break-glass")
    String breakGlass(@RequestParam(required = false) String q, @RequestParam(required = false) String reason,
                      Model model) {
        Actor actor = currentActor.get();
        Found found = found(actor, SearchQuery.parse(q));
        if (!BreakGlass.allowedFor(actor) || found.hidden().size() != 1) {
            return "redirect:" + withQuery("/children", q);
        }
        String problem = BreakGlass.reasonProblem(reason);
        if (problem != null) {
            return showBreakGlass(q, reason, problem, model);
        }
        java.util.UUID childId = found.hidden().get(0).id();
        breakGlass.open(actor, childId, reason);
        return "redirect:/children/" + childId;
    }

    private String showBreakGlass(String q, String reason, String problem, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("fields", Map.of("reason", reason == null ? "" : reason));
        model.addAttribute("errors", problem == null ? List.of() : List.of(problem));
        model.addAttribute("fieldErrors", problem == null ? Map.of() : Map.of("reason", problem));
        model.addAttribute("minReason", BreakGlass.MIN_REASON);
        model.addAttribute("hours", BreakGlass.FOR.toHours());
        model.addAttribute("backHref", withQuery("/children", q));
        return "people/break-glass";
    }

    /** What was typed, no longer than a search needs (a pasted essay is not searched whole). */
    static String clip(String typed) {
        return typed == null ? null : typed.length() > 200 ? typed.substring(0, 200) : typed;
    }

    static String withQuery(String path, String q) {
        return path + "?q=" + java.net.URLEncoder.encode(q == null ? "" : q, java.nio.charset.StandardCharsets.UTF_8);
    }
}
