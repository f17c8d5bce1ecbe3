package org.hearth.agencies;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.AccessDenied;
import org.hearth.access.AccessPolicy;
import org.hearth.access.AccessSeam;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.journey.RuleViolations;
import org.hearth.platform.web.DateAnswer;
import org.hearth.platform.web.FormErrors;
import org.hearth.platform.web.HearthProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A partner's pages for work with the council's front door: referring a child, seeing what became of their
 * organisation's referrals (status, outcome, reasons and no more), and answering a request for information.
 */
@Controller
class PartnerRequestPages {
    static final Map<String, String> SEXES = new LinkedHashMap<>();
    static {
        SEXES.put("F", "Female");
        SEXES.put("M", "Male");
        SEXES.put("U", "Not known");
    }

    private final PartnerReferrals referrals;
    private final InformationRequests requests;
    private final AccessSeam seam;
    private final CurrentActor currentActor;

    PartnerRequestPages(PartnerReferrals referrals, InformationRequests requests, AccessSeam seam, CurrentActor currentActor) {
        this.referrals = referrals;
        this.requests = requests;
        this.seam = seam;
        this.currentActor = currentActor;
    }

    @GetMapping("/partner/referrals")
    String list(@RequestParam(required = false) String sent, Model model) {
        return showList(currentActor.get(), sent != null, null, model);
    }

    private String showList(Actor actor, boolean sent, String problem, Model model) {
        model.addAttribute("referrals", referrals.mine(actor));
        model.addAttribute("sent", sent);
        model.addAttribute("problem", problem);
        return "agencies/partner-referrals";
    }

    @GetMapping("/partner/referrals/new")
    String form(Model model) {
        Actor actor = currentActor.get();
        mayRefer(actor);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("referrerName", actor.displayName());
        return showForm(fields, new FormErrors(), model);
    }

    @PostMapping("/partner/referrals/new")
    String refer(@RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        mayRefer(actor);
        FormErrors errors = new FormErrors();
        LocalDate dob = null;
        boolean dobTyped = form.entrySet().stream().anyMatch(e -> e.getKey().startsWith("childDob-")
                && e.getValue() != null && !e.getValue().isBlank());
        if (dobTyped) {
            dob = DateAnswer.read(form, "childDob").orElse(null);
            if (dob == null) {
                errors.add("childDob", "Enter the child's date of birth as a real date, for example 27 3 2015, or "
                        + "leave it out", null);
            }
        }
        MakePartnerReferral r = new MakePartnerReferral(form.get("referrerName"), form.get("referrerRole"),
                form.get("referrerPhone"), form.get("referrerEmail"), form.get("childFirstName"),
                form.get("childLastName"), dob, form.get("childSex"), form.get("childPostcode"), form.get("childAddress"),
                form.get("childNhsNumber"), form.get("family"), form.get("concern"), form.get("consent"),
                form.get("consentReason"));
        errors.addAll(r.refusals(LocalDate.now()), f -> f);
        if (errors.isEmpty()) {
            try {
                referrals.make(actor, r);
                return "redirect:/partner/referrals?sent=1";
            } catch (RuleViolations v) {
                errors.addAll(v.violations(), f -> f);
            }
        }
        return showForm(form, errors, model);
    }

    @PostMapping("/partner/referrals/{id}/withdraw-consent")
    String withdraw(@PathVariable UUID id, Model model) {
        Actor actor = currentActor.get();
        try {
            referrals.withdrawConsent(actor, id);
        } catch (HearthProblem p) {
            if (p.status().value() != 409) {
                throw p;
            }
            return showList(actor, false, p.getMessage(), model);
        }
        return "redirect:/partner/referrals";
    }

    private void mayRefer(Actor actor) {
        AccessPolicy.partnerReferrals(actor, seam.organisationOf(actor), AccessPolicy.ReferralUse.REFER)
                .ifPresent(reason -> { throw AccessDenied.forRole(reason); });
    }

    private String showForm(Map<String, String> fields, FormErrors errors, Model model) {
        errors.addTo(model, fields);
        model.addAttribute("sexes", SEXES);
        model.addAttribute("consents", org.hearth.platform.web.FormAnswers.options("REFERRAL_CONSENT", LocalDate.now()));
        return "agencies/partner-referral-new";
    }

    @GetMapping("/partner/information-requests/{id}")
    String request(@PathVariable UUID id, @RequestParam(required = false) String answered, Model model) {
        Map<String, String> fields = new LinkedHashMap<>();
        return showRequest(currentActor.get(), id, fields, new FormErrors(), answered != null, model);
    }

    @PostMapping("/partner/information-requests/{id}")
    String answer(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        FormErrors errors = new FormErrors();
        try {
            requests.answer(actor, id, form.get("answer"));
            return "redirect:/partner/information-requests/" + id + "?answered=1";
        } catch (RuleViolations v) {
            errors.addAll(v.violations(), f -> "answer");
        }
        return showRequest(actor, id, form, errors, false, model);
    }

    private String showRequest(Actor actor, UUID id, Map<String, String> fields, FormErrors errors, boolean answered,
                               Model model) {
        InformationRequests.ForPartner r = requests.read(actor, id);
        errors.addTo(model, fields);
        model.addAttribute("r", r);
        model.addAttribute("answered", answered);
        model.addAttribute("askedAt", FrontDoorExtras.when(r.request().askedAt()));
        model.addAttribute("dueAt", FrontDoorExtras.when(r.request().dueAt()));
        model.addAttribute("answeredAt", r.request().answered() ? FrontDoorExtras.when(r.request().answeredAt()) : null);
        return "agencies/partner-request";
    }
}
