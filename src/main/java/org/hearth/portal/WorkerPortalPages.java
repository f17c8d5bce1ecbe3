package org.hearth.portal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.AccessSeam;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.access.RecordParts;
import org.hearth.access.View;
import org.hearth.platform.web.DateAnswer;
import org.hearth.platform.web.HearthProblem;
import org.hearth.portal.space.SayWhatIThink;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The child's own space as their worker (and IRO) sees it, at {@code /children/{id}/portal}: the account (invite with
 * a checked phone or email, the codes sent in demo, pause at once), what the child said (harm flags first), their
 * hopes, the people who matter to them and their wishes to keep in touch, advocacy, and the plan in the child's words
 * that the worker writes: only what the worker writes here is shown to the child.
 */
@Controller
class WorkerPortalPages {
    static final int MAX_TITLE = 200;
    static final int MAX_WORDS = 2_000;

    private final CurrentActor currentActor;
    private final AccessSeam seam;
    private final PortalAccounts accounts;
    private final ChildSpace space;
    private final DevOutbox outbox;

    WorkerPortalPages(CurrentActor currentActor, AccessSeam seam, PortalAccounts accounts, ChildSpace space,
                      DevOutbox outbox) {
        this.currentActor = currentActor;
        this.seam = seam;
        this.accounts = accounts;
        this.space = space;
        this.outbox = outbox;
    }

    @GetMapping("/children/{childId}/portal")
    String page(@PathVariable UUID childId, Model model, @RequestParam(required = false) String saved) {
        return show(childId, model, saved, null);
    }

    private String show(UUID childId, Model model, String saved, Map<String, String> problems) {
        Actor actor = currentActor.get();
        if (!actor.role().practitioner()) {
            throw new HearthProblem(HttpStatus.FORBIDDEN, "Not for your role", "This page is for the child's worker");
        }
        View view = seam.view(actor, childId);
        String purpose = "the child's own space, as their worker";
        model.addAttribute("childId", childId);
        model.addAttribute("account", accounts.account(actor, childId).orElse(null));
        model.addAttribute("canManage", view.canWrite(RecordParts.PORTAL));
        model.addAttribute("canWritePlan", view.canWrite(RecordParts.MY_PLAN));
        model.addAttribute("outbox", view.canWrite(RecordParts.PORTAL) ? outbox.latest(childId) : List.of());
        model.addAttribute("says", space.says(actor, childId, purpose));
        model.addAttribute("ambitions", space.ambitions(actor, childId, purpose));
        model.addAttribute("people", space.people(actor, childId, purpose));
        model.addAttribute("advocacy", space.advocacy(actor, childId, purpose));
        model.addAttribute("plan", space.plan(actor, childId, purpose));
        model.addAttribute("saved", saved);
        model.addAttribute("problems", problems == null ? Map.of() : problems);
        return "portal/worker";
    }

    @PostMapping("/children/{childId}/portal/invite")
    String invite(@PathVariable UUID childId, @RequestParam(required = false) String contact, Model model) {
        Actor actor = currentActor.get();
        var c = Contact.parse(contact);
        if (c.isEmpty()) {
            return show(childId, model, null, Map.of("contact",
                    "Enter the child's UK mobile number (like 07700 900123) or email address, as you checked it with them"));
        }
        try {
            accounts.invite(actor, childId, c.get());
        } catch (HearthProblem e) {
            if (e.status() != HttpStatus.CONFLICT) {
                throw e;
            }
            return show(childId, model, null, Map.of("contact", e.getMessage()));
        }
        return "redirect:/children/" + childId + "/portal?saved=invited";
    }

    @PostMapping("/children/{childId}/portal/pause")
    String pause(@PathVariable UUID childId) {
        accounts.pause(currentActor.get(), childId);
        return "redirect:/children/" + childId + "/portal?saved=paused";
    }

    @PostMapping("/children/{childId}/portal/resume")
    String resume(@PathVariable UUID childId) {
        accounts.resume(currentActor.get(), childId);
        return "redirect:/children/" + childId + "/portal?saved=resumed";
    }

    @PostMapping("/children/{childId}/portal/seen")
    String seen(@PathVariable UUID childId, @RequestParam UUID says) {
        space.seen(currentActor.get(), childId, says);
        return "redirect:/children/" + childId + "/portal?saved=seen#said";
    }

    @PostMapping("/children/{childId}/portal/kept-in-touch")
    String keptInTouch(@PathVariable UUID childId, @RequestParam UUID person) {
        space.keptInTouch(currentActor.get(), childId, person);
        return "redirect:/children/" + childId + "/portal?saved=kept-in-touch#people";
    }

    @PostMapping("/children/{childId}/portal/offer-advocate")
    String offerAdvocate(@PathVariable UUID childId) {
        space.offerAdvocate(currentActor.get(), childId);
        return "redirect:/children/" + childId + "/portal?saved=offered#advocacy";
    }

    @PostMapping("/children/{childId}/portal/advocate")
    String advocate(@PathVariable UUID childId, @RequestParam UUID advocacy, @RequestParam(required = false) String name,
                    @RequestParam(required = false) String contact, Model model) {
        String n = SayWhatIThink.blankToNull(name);
        String c = SayWhatIThink.blankToNull(contact);
        if (n == null || n.length() > MAX_TITLE || c != null && c.length() > MAX_TITLE) {
            return show(childId, model, null, Map.of("advocateName",
                    "Enter the advocate's name (and how to reach them), each in " + MAX_TITLE + " characters or fewer"));
        }
        space.advocateFound(currentActor.get(), childId, advocacy, n, c);
        return "redirect:/children/" + childId + "/portal?saved=advocate#advocacy";
    }

    @PostMapping("/children/{childId}/portal/plan")
    String addPlan(@PathVariable UUID childId, @RequestParam Map<String, String> form, Model model) {
        String kind = form.get("kind");
        String title = SayWhatIThink.blankToNull(form.get("title"));
        String words = SayWhatIThink.blankToNull(form.get("words"));
        String who = SayWhatIThink.blankToNull(form.get("whoDoes"));
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        if (!"GOAL".equals(kind) && !"DECIDED".equals(kind)) {
            problems.put("kind", "Select a goal or a decision");
        }
        if (title == null || title.length() > MAX_TITLE || !AccessSeam.isText(title)) {
            problems.put("title", "Enter a short heading the child will understand, in " + MAX_TITLE
                    + " characters or fewer");
        }
        if (words == null || words.length() > MAX_WORDS || !AccessSeam.isText(words)) {
            problems.put("words", "Enter the words for the child, in " + MAX_WORDS + " characters or fewer");
        }
        if (who != null && (who.length() > MAX_WORDS || !AccessSeam.isText(who))) {
            problems.put("whoDoes", "Enter what each person will do in " + MAX_WORDS + " characters or fewer");
        }
        if (!problems.isEmpty()) {
            return show(childId, model, null, problems);
        }
        space.addPlanWords(currentActor.get(), childId, kind, title, words, who);
        return "redirect:/children/" + childId + "/portal?saved=plan#plan";
    }

    @PostMapping("/children/{childId}/portal/plan/remove")
    String removePlan(@PathVariable UUID childId, @RequestParam UUID words) {
        space.removePlanWords(currentActor.get(), childId, words);
        return "redirect:/children/" + childId + "/portal?saved=plan#plan";
    }

    @PostMapping("/children/{childId}/portal/next-review")
    String nextReview(@PathVariable UUID childId, @RequestParam Map<String, String> form, Model model) {
        var date = DateAnswer.read(form, "nextReview");
        if (date.isEmpty() || date.get().isBefore(LocalDate.now()) || date.get().isAfter(LocalDate.now().plusYears(1))) {
            return show(childId, model, null, Map.of("nextReview",
                    "Enter the date of the next review as a real date within the next year"));
        }
        space.nextReview(currentActor.get(), childId, date.get());
        return "redirect:/children/" + childId + "/portal?saved=plan#plan";
    }
}
