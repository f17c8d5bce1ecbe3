package org.hearth.people;

import java.util.List;
import org.hearth.access.AccessSeam;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Find a child: search before create. A child the user may not see is not listed; only a count is given. */
@Controller
class FindChildPage {
    private final PersonSearch search;
    private final AccessSeam seam;
    private final CurrentActor currentActor;

    FindChildPage(PersonSearch search, AccessSeam seam, CurrentActor currentActor) {
        this.search = search;
        this.seam = seam;
        this.currentActor = currentActor;
    }

    @GetMapping("/children")
    String find(@RequestParam(required = false) String q, Model model) {
        Actor actor = currentActor.get();
        List<PersonSearch.Match> all = search.find(q);
        List<PersonSearch.Match> visible = all.stream().filter(m -> seam.canRead(actor, m.id())).toList();
        model.addAttribute("q", q);
        model.addAttribute("results", visible);
        model.addAttribute("hidden", all.size() - visible.size());
        return "people/find";
    }
}
