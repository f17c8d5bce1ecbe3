package org.hearth.allocation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.access.Role;
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

/**
 * Who works with the child, for their team manager: change of social worker (a worker from the manager's team) and
 * the child's IRO (so a child on a CP plan or looked after reaches an independent reviewing officer). Both run the
 * allocation commands, which decide who may.
 */
@Controller
class AllocationPages {
    private static final String PURPOSE = "change the child's social worker";
    private static final String IRO_PURPOSE = "allocate the child's IRO";

    private final JourneyService journeys;
    private final CurrentActor currentActor;
    private final Staff staff;

    AllocationPages(JourneyService journeys, CurrentActor currentActor, Staff staff) {
        this.journeys = journeys;
        this.currentActor = currentActor;
        this.staff = staff;
    }

    @GetMapping("/children/{childId}/allocations/change")
    String form(@PathVariable UUID childId, Model model) {
        Actor actor = currentActor.get();
        ChildJourney j = mayAllocate(actor, childId, AllocationRoles.SW, PURPOSE);
        return show(actor, j, fresh(j), new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/allocations/change")
    String change(@PathVariable UUID childId, @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        mayAllocate(actor, childId, AllocationRoles.SW, PURPOSE);
        Reallocation.Read read = Reallocation.read(form, LocalDate.now(), staff.inTeam(actor, Role.SOCIAL_WORKER),
                staff);
        FormErrors errors = read.errors();
        Long version = FormAnswers.version(form, errors);
        if (errors.isEmpty() && FormRecorder.execute(journeys, actor, childId, version, read.command(), PURPOSE,
                errors, Reallocation::question)) {
            return "redirect:/children/" + childId + "?saved=allocation";
        }
        return show(actor, journeys.read(actor, childId, "allocations", PURPOSE), form, errors, model);
    }

    @GetMapping("/children/{childId}/allocations/iro")
    String iroForm(@PathVariable UUID childId, Model model) {
        Actor actor = currentActor.get();
        ChildJourney j = mayAllocate(actor, childId, AllocationRoles.IRO, IRO_PURPOSE);
        return showIro(j, fresh(j), new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/allocations/iro")
    String allocateIro(@PathVariable UUID childId, @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        mayAllocate(actor, childId, AllocationRoles.IRO, IRO_PURPOSE);
        FormErrors errors = new FormErrors();
        String iro = FormAnswers.choice(form, "iro", staff.iros(), "Select the child's IRO", errors);
        LocalDate date = FormAnswers.pastDate(form, "date", "the date the IRO is allocated from", LocalDate.now(),
                errors, null);
        Long version = FormAnswers.version(form, errors);
        if (errors.isEmpty() && FormRecorder.execute(journeys, actor, childId, version,
                new AllocateIro(iro, date, null, staff), IRO_PURPOSE, errors,
                f -> f == null ? null : "professionalId".equals(f) ? "iro" : "date")) {
            return "redirect:/children/" + childId + "?saved=iro-allocated";
        }
        return showIro(journeys.read(actor, childId, "allocations", IRO_PURPOSE), form, errors, model);
    }

    private static Map<String, String> fresh(ChildJourney j) {
        Map<String, String> fields = new LinkedHashMap<>();
        DateAnswer.fill(fields, "date", LocalDate.now());
        fields.put("version", Long.toString(j.version()));
        return fields;
    }

    /** Reads the record (the seam decides and audits), then the allocation policy; refuses with a 403 page. */
    private ChildJourney mayAllocate(Actor actor, UUID childId, String role, String purpose) {
        ChildJourney j = journeys.read(actor, childId, "allocations", purpose);
        Optional<String> refusal = Allocating.refusal(actor, role, j, LocalDate.now(), staff, null);
        if (refusal.isPresent() && AllocationRoles.IRO.equals(role) && actor.role() == Role.TEAM_MANAGER) {
            // The IRO service's manager may allocate one of their own IROs: the command checks the IRO chosen.
            refusal = staff.inTeam(actor, Role.IRO).isEmpty() ? refusal : Optional.empty();
        }
        if (refusal.isPresent()) {
            throw new HearthProblem(HttpStatus.FORBIDDEN, AllocationRoles.SW.equals(role)
                    ? "You cannot change this child's social worker" : "You cannot allocate this child's IRO",
                    refusal.get());
        }
        return j;
    }

    private String show(Actor actor, ChildJourney j, Map<String, String> fields, FormErrors errors, Model model) {
        errors.addTo(model, fields);
        model.addAttribute("child", j.child());
        Optional<Allocation> current = Allocations.socialWorker(j, LocalDate.now());
        model.addAttribute("current", current.map(this::nameOf).orElse(null));
        model.addAttribute("since", current.map(Allocation::involvementStartDate).orElse(null));
        model.addAttribute("staff", staff.inTeam(actor, Role.SOCIAL_WORKER));
        model.addAttribute("reasons", current.isEmpty() ? Map.of()
                : Reallocation.reasons(FormAnswers.listDate(fields, "date", LocalDate.now())));
        return "allocation/change";
    }

    private String showIro(ChildJourney j, Map<String, String> fields, FormErrors errors, Model model) {
        errors.addTo(model, fields);
        model.addAttribute("child", j.child());
        Optional<Allocation> current = Allocations.iro(j, LocalDate.now());
        model.addAttribute("current", current.map(this::nameOf).orElse(null));
        model.addAttribute("since", current.map(Allocation::involvementStartDate).orElse(null));
        model.addAttribute("iros", staff.iros());
        return "allocation/iro";
    }

    private String nameOf(Allocation a) {
        return staff.find(a.professionalId()).map(Actor::displayName).orElse(a.professionalId());
    }
}
