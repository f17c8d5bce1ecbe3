package org.hearth.partner;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyService;
import org.hearth.platform.web.FormAnswers;
import org.hearth.platform.web.FormErrors;
import org.hearth.platform.web.FormRecorder;
import org.hearth.platform.web.HearthProblem;
import org.hearth.protection.AgencyActionTasks;
import org.hearth.protection.MarkAgencyActionDone;
import org.hearth.protection.ProtectionAction;
import org.hearth.protection.ProtectionStage;
import org.hearth.sharing.Organisations;
import org.hearth.sharing.PartnerOrganisation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An action agreed for the partner's organisation (at a strategy discussion or on a child protection plan): what, by
 * when, who owns it, and a form to mark it done with a note. Read and changed through the seam under the sharing
 * decision; the command lets a partner mark only their own organisation's actions done.
 */
@Controller
class PartnerActionPages {
    private static final String PURPOSE = "mark an action for the organisation done";

    private final JourneyService journeys;
    private final Organisations organisations;
    private final CurrentActor currentActor;

    PartnerActionPages(JourneyService journeys, Organisations organisations, CurrentActor currentActor) {
        this.journeys = journeys;
        this.organisations = organisations;
        this.currentActor = currentActor;
    }

    @GetMapping("/partner/children/{childId}/actions/{actionId}")
    String action(@PathVariable UUID childId, @PathVariable UUID actionId, Model model) {
        Actor actor = currentActor.get();
        PartnerWork.mustBePartner(actor);
        ChildJourney j = journeys.read(actor, childId, ProtectionStage.ACTIONS.name(), "an action for the organisation");
        Map<String, String> fields = new HashMap<>();
        fields.put("version", Long.toString(j.version()));
        return show(j, action(j, actionId), fields, new FormErrors(), model);
    }

    @PostMapping("/partner/children/{childId}/actions/{actionId}")
    String done(@PathVariable UUID childId, @PathVariable UUID actionId, @RequestParam Map<String, String> form,
                Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        PartnerWork.mustBePartner(actor);
        FormErrors errors = new FormErrors();
        Long version = FormAnswers.version(form, errors);
        String name = organisations.find(actor.organisationId()).map(PartnerOrganisation::name).orElse(null);
        if (errors.isEmpty() && FormRecorder.execute(journeys, actor, childId, version,
                new MarkAgencyActionDone(actionId, form.get("note"), name), PURPOSE, errors,
                f -> "note".equals(f) ? "note" : null)) {
            return "redirect:/partner?done=action";
        }
        ChildJourney j = journeys.read(actor, childId, ProtectionStage.ACTIONS.name(), "an action for the organisation");
        return show(j, action(j, actionId), form, errors, model);
    }

    private static ProtectionAction action(ChildJourney j, UUID actionId) {
        // The partner's view shows only their own organisation's actions: another agency's is "not found".
        return j.find(ProtectionStage.ACTIONS, actionId).orElseThrow(() -> HearthProblem.notFound("The action"));
    }

    private String show(ChildJourney j, ProtectionAction a, Map<String, String> fields, FormErrors errors, Model model) {
        Map<String, String> shown = new HashMap<>(fields);
        shown.put("version", Long.toString(j.version()));
        errors.addTo(model, shown);
        model.addAttribute("child", j.child());
        model.addAttribute("action", a);
        model.addAttribute("agreed", AgencyActionTasks.agreedAt(j, a));
        model.addAttribute("status", org.hearth.protection.ChildProtection.ACTION_STATUSES.getOrDefault(a.status(),
                a.status()));
        model.addAttribute("state", org.hearth.clocks.Task.stateOf(a.dueDate(), java.time.LocalDate.now(
                java.time.ZoneId.of("Europe/London"))));
        return "partner/action";
    }
}
