package org.hearth.partner;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.platform.web.DateAnswer;
import org.hearth.platform.web.FormErrors;
import org.hearth.sharing.AnswerServiceRequest;
import org.hearth.sharing.RequestService;
import org.hearth.sharing.ServiceRequests;
import org.hearth.sharing.SharingRefused;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The partner's home and child view, and their answers to service requests and their requests to the council. */
@Controller
class PartnerPages {
    private final PartnerWork work;
    private final ServiceRequests requests;
    private final CurrentActor currentActor;

    PartnerPages(PartnerWork work, ServiceRequests requests, CurrentActor currentActor) {
        this.work = work;
        this.requests = requests;
        this.currentActor = currentActor;
    }

    @GetMapping("/partner")
    String home(@RequestParam(required = false) String done, Model model) {
        Actor actor = currentActor.get();
        model.addAttribute("home", work.home(actor, java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"))));
        model.addAttribute("done", done);
        return "partner/home";
    }

    @GetMapping("/partner/children/{childId}")
    String child(@PathVariable UUID childId, @RequestParam(required = false) String done, Model model) {
        Actor actor = currentActor.get();
        PartnerWork.ChildView view = work.child(actor, childId);
        model.addAttribute("view", view);
        model.addAttribute("requests", requests.forChild(actor, childId));
        model.addAttribute("organisation", actor.organisationId());
        model.addAttribute("done", done);
        new FormErrors().addTo(model, new HashMap<>());
        return "partner/child";
    }

    @PostMapping("/partner/children/{childId}/requests/{requestId}/answer")
    String answer(@PathVariable UUID childId, @PathVariable UUID requestId, @RequestParam Map<String, String> form,
                  Model model) {
        Actor actor = currentActor.get();
        AnswerServiceRequest.Answer answer = switch (form.getOrDefault("answer", "")) {
            case "accept" -> AnswerServiceRequest.Answer.ACCEPT;
            case "decline" -> AnswerServiceRequest.Answer.DECLINE;
            case "done" -> AnswerServiceRequest.Answer.DONE;
            default -> null;
        };
        try {
            requests.answer(actor, childId, requestId, new AnswerServiceRequest(answer, form.get("declineReason"),
                    version(form.get("version"))));
        } catch (SharingRefused refused) {
            return childWithErrors(actor, childId, refused, form, model);
        }
        return answer == AnswerServiceRequest.Answer.ACCEPT ? "redirect:/partner/children/" + childId + "?done=accepted"
                : "redirect:/partner?done=" + (answer == AnswerServiceRequest.Answer.DONE ? "done" : "declined");
    }

    @PostMapping("/partner/children/{childId}/requests")
    String ask(@PathVariable UUID childId, @RequestParam Map<String, String> form, Model model) {
        Actor actor = currentActor.get();
        try {
            requests.ask(actor, childId, new RequestService(null, form.get("service"), form.get("reason"),
                    DateAnswer.read(form, "neededBy").orElse(null), null));
        } catch (SharingRefused refused) {
            return childWithErrors(actor, childId, refused, form, model);
        }
        return "redirect:/partner/children/" + childId + "?done=asked";
    }

    private String childWithErrors(Actor actor, UUID childId, SharingRefused refused, Map<String, String> form,
                                   Model model) {
        FormErrors errors = new FormErrors();
        refused.refusals().forEach(r -> errors.add(r.field().equals("version") || r.field().equals("request")
                || r.field().equals("toOrganisation") ? null : r.field(), r.message(), null));
        model.addAttribute("view", work.child(actor, childId));
        model.addAttribute("requests", requests.forChild(actor, childId));
        model.addAttribute("organisation", actor.organisationId());
        errors.addTo(model, new HashMap<>(form));
        return "partner/child";
    }

    private static Integer version(String v) {
        try {
            return v == null ? null : Integer.valueOf(v.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
