package org.hearth.referral;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyService;
import org.hearth.platform.web.DateAnswer;
import org.hearth.platform.web.FormAnswers;
import org.hearth.platform.web.FormErrors;
import org.hearth.platform.web.FormRecorder;
import org.hearth.platform.web.HearthProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The front door on the web: the queue of contacts waiting for a decision, and the decision on one of them. The
 * decision runs {@link DecideContact} with the record's version, so a contact decided meanwhile by a colleague is
 * refused, not decided twice.
 */
@Controller
class FrontDoorPages {
    private static final String DECIDE = "decide on a contact";

    private final FrontDoor frontDoor;
    private final JourneyService journeys;
    private final CurrentActor currentActor;
    private final java.util.List<ContactExtras> extras;

    FrontDoorPages(FrontDoor frontDoor, JourneyService journeys, CurrentActor currentActor,
                   java.util.List<ContactExtras> extras) {
        this.frontDoor = frontDoor;
        this.journeys = journeys;
        this.currentActor = currentActor;
        this.extras = extras;
    }

    @GetMapping("/front-door")
    String queue(@RequestParam(required = false) String decided, Model model) {
        LocalDate today = LocalDate.now();
        var items = frontDoor.queue(currentActor.get(), today);
        model.addAttribute("items", items);
        model.addAttribute("today", today);
        model.addAttribute("overdue", items.stream().filter(i -> i.rag() == FrontDoor.Rag.RED).count());
        model.addAttribute("decided", decided != null);
        model.addAttribute("queueLinks", extras.stream().flatMap(e -> e.queueLinks(currentActor.get()).stream()).toList());
        return "referral/front-door";
    }

    @GetMapping("/children/{childId}/contacts/{contactId}/decide")
    String decideForm(@PathVariable UUID childId, @PathVariable UUID contactId, Model model) {
        ChildJourney j = journeys.read(currentActor.get(), childId, FrontDoor.PART, DECIDE);
        Map<String, String> fields = new LinkedHashMap<>();
        DateAnswer.fill(fields, "decisionDate", LocalDate.now());
        fields.put("version", Long.toString(j.version()));
        return show(j, contact(j, contactId), fields, new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/contacts/{contactId}/decide")
    String decide(@PathVariable UUID childId, @PathVariable UUID contactId, @RequestParam Map<String, String> form,
                  Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        ChildJourney j = journeys.read(actor, childId, FrontDoor.PART, DECIDE);
        Contact contact = contact(j, contactId);
        ContactForm.Decided read = ContactForm.readDecision(contact, form, LocalDate.now());
        FormErrors errors = read.errors();
        Long version = FormAnswers.version(form, errors);
        boolean answered = errors.isEmpty();
        if (answered && FormRecorder.execute(journeys, actor, childId, version, read.command(), DECIDE, errors,
                ContactForm::question)) {
            return "redirect:/front-door?decided=" + childId;
        }
        ChildJourney shown = answered ? journeys.read(actor, childId, FrontDoor.PART, DECIDE) : j;
        return show(shown, contact(shown, contactId), form, errors, model);
    }

    private String show(ChildJourney j, Contact contact, Map<String, String> fields, FormErrors errors, Model model) {
        errors.addTo(model, fields);
        LocalDate today = LocalDate.now();
        model.addAttribute("child", j.child());
        model.addAttribute("item", FrontDoor.item(j, contact, today));
        model.addAttribute("decisions", ContactForm.DECISIONS);
        model.addAttribute("needs", FormAnswers.options("PRIMARY_NEED", contact.contactDate()));
        model.addAttribute("openFamilyHelp", org.hearth.earlyhelp.EarlyHelp.open(j).orElse(null));
        model.addAttribute("familyHelpChoices", RecordContact.FAMILY_HELP_CHOICES);
        model.addAttribute("alreadyDecided", contact.contactOutcome() != null);
        Actor actor = currentActor.get();
        model.addAttribute("panels", extras.stream().flatMap(e -> e.panels(j, contact, actor).stream()).toList());
        return "referral/decide";
    }

    private static Contact contact(ChildJourney j, UUID id) {
        return j.find(ReferralStage.CONTACTS, id).orElseThrow(() -> HearthProblem.notFound("The contact"));
    }
}
