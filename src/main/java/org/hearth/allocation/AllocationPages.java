package org.hearth.allocation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.access.Role;
import org.hearth.access.UserDirectory;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyService;
import org.hearth.platform.web.DateAnswer;
import org.hearth.platform.web.FormAnswers;
import org.hearth.platform.web.FormErrors;
import org.hearth.platform.web.FormRecorder;
import org.hearth.platform.web.HearthProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Change of social worker: the allocated worker's team manager picks a worker from their team. */
@Controller
class AllocationPages {
    private static final String PURPOSE = "change the child's social worker";

    private final JourneyService journeys;
    private final CurrentActor currentActor;
    private final UserDirectory users;

    AllocationPages(JourneyService journeys, CurrentActor currentActor, UserDirectory users) {
        this.journeys = journeys;
        this.currentActor = currentActor;
        this.users = users;
    }

    @GetMapping("/children/{childId}/allocations/change")
    String form(@PathVariable UUID childId, Model model) {
        Actor actor = currentActor.get();
        ChildJourney j = mayReallocate(actor, childId);
        Map<String, String> fields = new LinkedHashMap<>();
        DateAnswer.fill(fields, "date", LocalDate.now());
        fields.put("version", Long.toString(j.version()));
        return show(actor, j, fields, new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/allocations/change")
    String change(@PathVariable UUID childId, @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        ChildJourney j = mayReallocate(actor, childId);
        Reallocation.Read read = Reallocation.read(j, form, LocalDate.now(), staff(actor), this::teamOf);
        FormErrors errors = read.errors();
        Long version = FormAnswers.version(form, errors);
        if (errors.isEmpty() && FormRecorder.record(journeys, actor, childId, version, read.changes(), PURPOSE, errors,
                f -> "professionalId".equals(f) ? "worker" : f == null ? null : "date")) {
            return "redirect:/children/" + childId + "?saved=allocation";
        }
        return show(actor, journeys.read(actor, childId, "allocations", PURPOSE), form, errors, model);
    }

    /** Reads the record (the seam decides and audits), then applies the reallocation policy; refuses with a 403 page. */
    private ChildJourney mayReallocate(Actor actor, UUID childId) {
        ChildJourney j = journeys.read(actor, childId, "allocations", PURPOSE);
        String team = Reallocation.current(j, LocalDate.now()).map(a -> teamOf(a.professionalId(), a.professionalTeam()))
                .orElse(null);
        Optional<String> refusal = Reallocation.refusal(actor, team);
        if (refusal.isPresent()) {
            throw new HearthProblem(HttpStatus.FORBIDDEN, "You cannot change this child's social worker", refusal.get());
        }
        return j;
    }

    private String show(Actor actor, ChildJourney j, Map<String, String> fields, FormErrors errors, Model model) {
        errors.addTo(model, fields);
        model.addAttribute("child", j.child());
        Optional<Allocation> current = Reallocation.current(j, LocalDate.now());
        model.addAttribute("current", current.map(a -> users.find(a.professionalId()).map(Actor::displayName)
                .orElse(a.professionalId())).orElse(null));
        model.addAttribute("since", current.map(Allocation::involvementStartDate).orElse(null));
        model.addAttribute("staff", staff(actor));
        model.addAttribute("reasons", current.isEmpty() ? Map.of()
                : Reallocation.reasons(FormAnswers.listDate(fields, "date", LocalDate.now())));
        return "allocation/change";
    }

    /** The social workers in the manager's team: username → name. */
    private Map<String, String> staff(Actor actor) {
        Map<String, String> out = new LinkedHashMap<>();
        if (actor.teamId() != null) {
            users.teamMembers(actor.teamId()).stream().filter(u -> u.role() == Role.SOCIAL_WORKER)
                    .forEach(u -> out.put(u.username(), u.displayName()));
        }
        return out;
    }

    private String teamOf(String username) {
        return teamOf(username, null);
    }

    private String teamOf(String username, String recorded) {
        return users.find(username).map(Actor::teamId).orElse(recorded);
    }
}
