package org.hearth.referral;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.calendar.WorkingDayCalendar;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyService;
import org.hearth.platform.web.DateAnswer;
import org.hearth.platform.web.Drafts;
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
 * Contact and referral on the web: a contact with the decision on it (no further action, family help, or a referral
 * opening a CIN episode), and the closure of a CIN episode. Forms keep a draft; what the record knows is not asked.
 */
@Controller
class ReferralPages {
    static final String CONTACT_FORM = "contact";
    static final String CLOSURE_FORM = "cin-closure";
    private static final String CLOSE = "close a child in need episode";

    private final JourneyService journeys;
    private final CurrentActor currentActor;
    private final Drafts drafts;

    ReferralPages(JourneyService journeys, CurrentActor currentActor, Drafts drafts) {
        this.journeys = journeys;
        this.currentActor = currentActor;
        this.drafts = drafts;
    }

    // ---- Contact and the decision on it -------------------------------------------------------------------------

    @GetMapping("/children/{childId}/contacts/new")
    String contactForm(@PathVariable UUID childId, Model model) {
        Actor actor = currentActor.get();
        ChildJourney j = journeys.read(actor, childId, "contacts", "record a contact");
        Map<String, String> fields = new LinkedHashMap<>(drafts.load(actor.username(), childId, CONTACT_FORM));
        if (fields.isEmpty()) {
            DateAnswer.fill(fields, "contactDate", LocalDate.now());
            DateAnswer.fill(fields, "decisionDate", LocalDate.now());
        }
        fields.put("version", Long.toString(j.version()));
        return showContact(j, fields, new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/contacts/new")
    String recordContact(@PathVariable UUID childId, @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        ChildJourney j = journeys.read(actor, childId, "contacts", "record a contact");
        ContactForm.Read read = ContactForm.read(j, form, LocalDate.now());
        FormErrors errors = read.errors();
        // The version read: a referral that ends or continues open family help changes that episode, and a change to
        // a record someone else has changed since is refused.
        Long version = form.containsKey("version") ? FormAnswers.version(form, errors) : null;
        boolean answered = errors.isEmpty();
        if (answered && FormRecorder.execute(journeys, actor, childId, version, read.command(), "record a contact",
                errors, ContactForm::question)) {
            drafts.discard(actor.username(), childId, CONTACT_FORM);
            return "redirect:/children/" + childId + "?saved=" + switch (form.get("decision")) {
                case ContactForm.REFERRAL -> "referral";
                case ContactForm.EARLY_HELP -> "contact-family-help";
                case ContactForm.AWAITING -> "contact-queued";
                default -> "contact";
            };
        }
        return showContact(answered ? journeys.read(actor, childId, "contacts", "record a contact") : j, form, errors,
                model);
    }

    private String showContact(ChildJourney j, Map<String, String> fields, FormErrors errors, Model model) {
        LocalDate today = LocalDate.now();
        LocalDate listDate = FormAnswers.listDate(fields, "contactDate", today);
        errors.addTo(model, fields);
        model.addAttribute("child", j.child());
        model.addAttribute("sources", FormAnswers.options("REFERRAL_SOURCE", listDate));
        model.addAttribute("decisions", ContactForm.ANSWERS);
        model.addAttribute("openFamilyHelp", org.hearth.earlyhelp.EarlyHelp.open(j).orElse(null));
        model.addAttribute("familyHelpChoices", RecordContact.FAMILY_HELP_CHOICES);
        model.addAttribute("needs", FormAnswers.options("PRIMARY_NEED", listDate));
        model.addAttribute("decisionDue", WorkingDayCalendar.england().plusWorkingDays(listDate, 1));
        // Same child, open or recent: warned and linked before recording, never merged.
        model.addAttribute("duplicates", Referrals.possibleDuplicates(j, today, null));
        return "referral/contact";
    }

    // ---- Closing the CIN episode --------------------------------------------------------------------------------

    @GetMapping("/children/{childId}/referrals/{referralId}/close")
    String closureForm(@PathVariable UUID childId, @PathVariable UUID referralId, Model model) {
        Actor actor = currentActor.get();
        ChildJourney j = journeys.read(actor, childId, "referrals", CLOSE);
        Map<String, String> fields = new LinkedHashMap<>(drafts.load(actor.username(), childId, CLOSURE_FORM));
        if (fields.isEmpty()) {
            DateAnswer.fill(fields, "date", LocalDate.now());
        }
        fields.put("version", Long.toString(j.version()));
        return showClosure(j, referral(j, referralId), fields, new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/referrals/{referralId}/close")
    String close(@PathVariable UUID childId, @PathVariable UUID referralId, @RequestParam Map<String, String> form,
                 Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        ChildJourney j = journeys.read(actor, childId, "referrals", CLOSE);
        Referral referral = referral(j, referralId);
        ClosureForm.Read read = ClosureForm.read(referral, form, LocalDate.now());
        FormErrors errors = read.errors();
        Long version = FormAnswers.version(form, errors);
        boolean answered = errors.isEmpty();
        if (answered && FormRecorder.execute(journeys, actor, childId, version, read.command(), CLOSE, errors,
                ClosureForm::question)) {
            drafts.discard(actor.username(), childId, CLOSURE_FORM);
            return "redirect:/children/" + childId + "?saved=cin-closed";
        }
        ChildJourney shown = answered ? journeys.read(actor, childId, "referrals", CLOSE) : j;
        return showClosure(shown, referral(shown, referralId), form, errors, model);
    }

    private String showClosure(ChildJourney j, Referral referral, Map<String, String> fields, FormErrors errors,
                               Model model) {
        errors.addTo(model, fields);
        model.addAttribute("child", j.child());
        model.addAttribute("referral", referral);
        model.addAttribute("openCinPlan", j.openOn("cin-plans", java.time.LocalDate.now()).isPresent());
        model.addAttribute("reasons", FormAnswers.options("CIN_CLOSURE_REASON",
                FormAnswers.listDate(fields, "date", LocalDate.now())));
        return "referral/closure";
    }

    private static Referral referral(ChildJourney j, UUID id) {
        return j.find(ReferralStage.REFERRALS, id).orElseThrow(() -> HearthProblem.notFound("The referral"));
    }
}
