package org.hearth.iro;

import java.util.ArrayList;
import java.util.Comparator;
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

/**
 * My reviews: the IRO's children with the next looked-after and child protection reviews due, the last review, the
 * child's latest recorded views, and the IRO's challenges still open. Sorted on the server (links in the column
 * headings), so it works without JavaScript.
 */
@Controller
class MyReviewsPage {
    static final Map<String, String> SORTS = new LinkedHashMap<>();
    static {
        SORTS.put("due", "Next review due");
        SORTS.put("name", "Child");
        SORTS.put("last", "Last review");
    }

    private final IroReviews reviews;
    private final CurrentActor currentActor;

    MyReviewsPage(IroReviews reviews, CurrentActor currentActor) {
        this.reviews = reviews;
        this.currentActor = currentActor;
    }

    @GetMapping("/reviews")
    String myReviews(@RequestParam(defaultValue = "due") String sort, Model model) {
        Actor actor = currentActor.get();
        String by = SORTS.containsKey(sort) ? sort : "due";
        List<ReviewedChild> rows = new ArrayList<>(reviews.of(actor));
        if (by.equals("name")) {
            rows.sort(Comparator.comparing(ReviewedChild::name, String.CASE_INSENSITIVE_ORDER));
        } else if (by.equals("last")) {
            // Longest since the last review first; never reviewed first of all.
            rows.sort(Comparator.comparing(ReviewedChild::lastReview, Comparator.nullsFirst(Comparator.naturalOrder())));
        }
        List<Map.Entry<ReviewedChild, Challenge>> open = new ArrayList<>();
        for (ReviewedChild r : rows) {
            r.challenges().stream().filter(Challenge::isOpen).forEach(c -> open.add(Map.entry(r, c)));
        }
        open.sort(Comparator.comparing(e -> e.getValue().raisedOn()));
        model.addAttribute("rows", rows);
        model.addAttribute("sort", by);
        model.addAttribute("sorts", SORTS);
        model.addAttribute("openChallenges", open);
        model.addAttribute("actor", actor);
        model.addAttribute("today", java.time.LocalDate.now());
        Labels.addTo(model);
        return "iro/my-reviews";
    }
}
