package org.hearth.agencies;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.identity.candidates.IdentityCandidates;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.JourneyService;
import org.hearth.journey.RuleViolations;
import org.hearth.platform.web.DateAnswer;
import org.hearth.platform.web.FormAnswers;
import org.hearth.platform.web.FormErrors;
import org.hearth.platform.web.FormRecorder;
import org.hearth.platform.web.HearthProblem;
import org.hearth.referral.Contact;
import org.hearth.referral.ReferralStage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The council's pages for work between agencies: who else is involved with a child (and the lead practitioner), the
 * front door asking a partner for information about a contact, taking in partners' referrals (with who the child may
 * be), and basing family help on a partner's assessment. Each runs its command through the seam.
 */
@Controller
class AgencyPages {
    static final String INVOLVEMENTS = AgenciesStage.INVOLVEMENTS.name();
    static final Map<String, String> HOURS = new LinkedHashMap<>();
    static {
        HOURS.put("4", "Within 4 hours (urgent)");
        HOURS.put("24", "Within 24 hours");
    }

    private final JourneyService journeys;
    private final Organisations organisations;
    private final PartnerReferrals referrals;
    private final CurrentActor currentActor;
    private final org.hearth.access.AccessSeam seam;

    AgencyPages(JourneyService journeys, Organisations organisations, PartnerReferrals referrals,
                CurrentActor currentActor, org.hearth.access.AccessSeam seam) {
        this.journeys = journeys;
        this.organisations = organisations;
        this.referrals = referrals;
        this.currentActor = currentActor;
        this.seam = seam;
    }

    /** The organisation a partner's user acts for (their commands change only its rows); null for council staff. */
    private String acting(Actor actor) {
        return actor.role().partner() ? seam.organisationOf(actor) : null;
    }

    // ---- Who else is involved ----

    /** An involvement as the page shows it: the recency of the last contact in words. */
    record Shown(AgencyInvolvement involvement, String kind, String recency) {}

    @GetMapping("/children/{childId}/involvements")
    String involvements(@PathVariable UUID childId, @RequestParam(required = false) String saved, Model model) {
        Actor actor = currentActor.get();
        JourneyService.Viewed v = journeys.readWithView(actor, childId, INVOLVEMENTS, "agencies involved");
        ChildJourney j = v.journey();
        LocalDate today = LocalDate.now();
        List<Shown> open = new ArrayList<>();
        List<Shown> ended = new ArrayList<>();
        for (AgencyInvolvement i : j.all(AgenciesStage.INVOLVEMENTS).stream()
                .sorted(Comparator.comparing(AgencyInvolvement::leads).reversed()
                        .thenComparing(AgencyInvolvement::organisationName)).toList()) {
            Shown s = new Shown(i, FormAnswers.options("INVOLVEMENT_KIND", today).getOrDefault(i.involvementKind(),
                    "Involved"), Involvements.recency(i.lastContactDate(), today));
            (i.endDate() == null ? open : ended).add(s);
        }
        model.addAttribute("child", j.child());
        model.addAttribute("open", open);
        model.addAttribute("ended", ended);
        model.addAttribute("bases", j.all(AgenciesStage.PARTNER_ASSESSMENTS));
        model.addAttribute("canWrite", v.view().canWrite(INVOLVEMENTS));
        model.addAttribute("version", j.version());
        model.addAttribute("saved", saved == null ? null : new AgenciesStage().savedMessages().get(saved));
        model.addAttribute("familyHelpOpen", j.openOn("early-help", today).isPresent());
        model.addAttribute("cinOpen", j.openOn("referrals", today).isPresent());
        return "agencies/involvements";
    }

    @GetMapping("/children/{childId}/involvements/new")
    String newInvolvement(@PathVariable UUID childId, Model model) {
        ChildJourney j = journeys.read(currentActor.get(), childId, INVOLVEMENTS, "record an agency involved");
        Map<String, String> fields = new LinkedHashMap<>();
        DateAnswer.fill(fields, "startDate", LocalDate.now());
        fields.put("version", Long.toString(j.version()));
        return showInvolvement(j, null, fields, new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/involvements/new")
    String recordInvolvement(@PathVariable UUID childId, @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        FormErrors errors = new FormErrors();
        LocalDate since = date(form, "startDate", "when the agency became involved", true, errors);
        LocalDate last = date(form, "lastContactDate", "the last contact", false, errors);
        Long version = FormAnswers.version(form, errors);
        String orgId = form.get("organisationId");
        JourneyCommand command = new RecordAgencyInvolvement(organisations.find(orgId).orElse(null), orgId,
                form.get("involvementKind"), form.get("practitionerName"), form.get("practitionerRole"),
                form.get("phone"), form.get("email"), since, last, acting(actor));
        if (errors.isEmpty() && FormRecorder.execute(journeys, actor, childId, version, command,
                "record an agency involved", errors, AgencyPages::question)) {
            return "redirect:/children/" + childId + "/involvements?saved=involvement";
        }
        ChildJourney j = journeys.read(actor, childId, INVOLVEMENTS, "record an agency involved");
        return showInvolvement(j, null, form, errors, model);
    }

    @GetMapping("/children/{childId}/involvements/{id}/edit")
    String editInvolvement(@PathVariable UUID childId, @PathVariable UUID id, Model model) {
        ChildJourney j = journeys.read(currentActor.get(), childId, INVOLVEMENTS, "update an agency involved");
        AgencyInvolvement i = involvement(j, id);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("practitionerName", i.practitionerName());
        fields.put("practitionerRole", i.practitionerRole());
        fields.put("phone", i.phone());
        fields.put("email", i.email());
        if (i.lastContactDate() != null) {
            DateAnswer.fill(fields, "lastContactDate", i.lastContactDate());
        }
        fields.put("version", Long.toString(j.version()));
        return showInvolvement(j, i, fields, new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/involvements/{id}/edit")
    String updateInvolvement(@PathVariable UUID childId, @PathVariable UUID id, @RequestParam Map<String, String> form,
                             Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        FormErrors errors = new FormErrors();
        LocalDate last = date(form, "lastContactDate", "the last contact", false, errors);
        Long version = FormAnswers.version(form, errors);
        JourneyCommand command = new UpdateAgencyInvolvement(id, form.get("practitionerName"),
                form.get("practitionerRole"), form.get("phone"), form.get("email"), last, acting(actor));
        if (errors.isEmpty() && FormRecorder.execute(journeys, actor, childId, version, command,
                "update an agency involved", errors, AgencyPages::question)) {
            return "redirect:/children/" + childId + "/involvements?saved=involvement-updated";
        }
        ChildJourney j = journeys.read(actor, childId, INVOLVEMENTS, "update an agency involved");
        return showInvolvement(j, involvement(j, id), form, errors, model);
    }

    @GetMapping("/children/{childId}/involvements/{id}/end")
    String endForm(@PathVariable UUID childId, @PathVariable UUID id, Model model) {
        ChildJourney j = journeys.read(currentActor.get(), childId, INVOLVEMENTS, "end an agency involvement");
        Map<String, String> fields = new LinkedHashMap<>();
        DateAnswer.fill(fields, "endDate", LocalDate.now());
        fields.put("version", Long.toString(j.version()));
        return showEnd(j, involvement(j, id), fields, new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/involvements/{id}/end")
    String end(@PathVariable UUID childId, @PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        FormErrors errors = new FormErrors();
        LocalDate endDate = date(form, "endDate", "when the involvement ended", true, errors);
        Long version = FormAnswers.version(form, errors);
        if (errors.isEmpty() && FormRecorder.execute(journeys, actor, childId, version,
                new EndAgencyInvolvement(id, endDate, form.get("endReason"), acting(actor)), "end an agency involvement", errors,
                AgencyPages::question)) {
            return "redirect:/children/" + childId + "/involvements?saved=involvement-ended";
        }
        ChildJourney j = journeys.read(actor, childId, INVOLVEMENTS, "end an agency involvement");
        return showEnd(j, involvement(j, id), form, errors, model);
    }

    @PostMapping("/children/{childId}/involvements/{id}/lead")
    String lead(@PathVariable UUID childId, @PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
        Actor actor = currentActor.get();
        FormErrors errors = new FormErrors();
        Long version = FormAnswers.version(form, errors);
        if (errors.isEmpty() && FormRecorder.execute(journeys, actor, childId, version,
                new NameLeadPractitioner(id, acting(actor)), "name the lead practitioner", errors, f -> null)) {
            return "redirect:/children/" + childId + "/involvements?saved=lead";
        }
        model.addAttribute("problems", errors.all());
        involvements(childId, null, model);
        return "agencies/involvements";
    }

    private String showInvolvement(ChildJourney j, AgencyInvolvement editing, Map<String, String> fields,
                                   FormErrors errors, Model model) {
        errors.addTo(model, fields);
        model.addAttribute("child", j.child());
        model.addAttribute("editing", editing);
        model.addAttribute("organisations", organisations.choices());
        model.addAttribute("kinds", FormAnswers.options("INVOLVEMENT_KIND", LocalDate.now()));
        return "agencies/involvement-form";
    }

    private String showEnd(ChildJourney j, AgencyInvolvement i, Map<String, String> fields, FormErrors errors,
                           Model model) {
        errors.addTo(model, fields);
        model.addAttribute("child", j.child());
        model.addAttribute("involvement", i);
        return "agencies/involvement-end";
    }

    private static AgencyInvolvement involvement(ChildJourney j, UUID id) {
        return j.find(AgenciesStage.INVOLVEMENTS, id).orElseThrow(() -> HearthProblem.notFound("The agency involvement"));
    }

    /** The question a command's field is asked in (the same names, except the record's id). */
    static String question(String field) {
        if (field == null || field.equals("id") || field.equals("lead")) {
            return null;
        }
        return field.equals("endReason") || field.equals("organisationId") || field.equals("involvementKind")
                || field.equals("practitionerName") || field.equals("practitionerRole") || field.equals("phone")
                || field.equals("email") || field.equals("startDate") || field.equals("lastContactDate")
                || field.equals("endDate") || field.equals("question") || field.equals("hours")
                || field.equals("assessmentKind") || field.equals("assessmentDate") || field.equals("summary")
                ? field : null;
    }

    /** A date answer: required or optional, a real date, today or before. */
    static LocalDate date(Map<String, String> form, String field, String what, boolean required, FormErrors errors) {
        boolean typed = form.entrySet().stream().anyMatch(e -> e.getKey().startsWith(field + "-")
                && e.getValue() != null && !e.getValue().isBlank());
        if (!typed && !required) {
            return null;
        }
        return FormAnswers.pastDate(form, field, what, LocalDate.now(), errors, null);
    }

    // ---- The front door asks a partner for information ----

    @GetMapping("/children/{childId}/contacts/{contactId}/information-requests/new")
    String askForm(@PathVariable UUID childId, @PathVariable UUID contactId, Model model) {
        ChildJourney j = journeys.read(currentActor.get(), childId, AskForInformation.KIND, "ask a partner for information");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", Long.toString(j.version()));
        fields.put("hours", "24");
        return showAsk(j, contact(j, contactId), fields, new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/contacts/{contactId}/information-requests/new")
    String ask(@PathVariable UUID childId, @PathVariable UUID contactId, @RequestParam Map<String, String> form,
               Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        FormErrors errors = new FormErrors();
        Long version = FormAnswers.version(form, errors);
        Integer hours = "4".equals(form.get("hours")) ? Integer.valueOf(4) : "24".equals(form.get("hours")) ? 24 : null;
        String orgId = form.get("organisationId");
        JourneyCommand command = new AskForInformation(contactId, organisations.find(orgId).orElse(null), orgId,
                form.get("question"), hours, Instant.now());
        if (errors.isEmpty() && FormRecorder.execute(journeys, actor, childId, version, command,
                "ask a partner for information", errors, AgencyPages::question)) {
            return "redirect:/children/" + childId + "/contacts/" + contactId + "/decide";
        }
        ChildJourney j = journeys.read(actor, childId, AskForInformation.KIND, "ask a partner for information");
        return showAsk(j, contact(j, contactId), form, errors, model);
    }

    private String showAsk(ChildJourney j, Contact contact, Map<String, String> fields, FormErrors errors, Model model) {
        errors.addTo(model, fields);
        model.addAttribute("child", j.child());
        model.addAttribute("contact", contact);
        model.addAttribute("organisations", organisations.choices());
        model.addAttribute("hoursChoices", HOURS);
        return "agencies/ask";
    }

    private static Contact contact(ChildJourney j, UUID id) {
        return j.find(ReferralStage.CONTACTS, id).orElseThrow(() -> HearthProblem.notFound("The contact"));
    }

    // ---- Partners' referrals at the front door ----

    @GetMapping("/front-door/partner-referrals")
    String waiting(Model model) {
        model.addAttribute("referrals", referrals.waiting(currentActor.get()));
        return "agencies/front-door-referrals";
    }

    @GetMapping("/front-door/partner-referrals/{id}")
    String referral(@PathVariable UUID id, Model model) {
        return showReferral(currentActor.get(), id, new LinkedHashMap<>(), new FormErrors(), model);
    }

    @PostMapping("/front-door/partner-referrals/{id}")
    String accept(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        FormErrors errors = new FormErrors();
        String choice = form.get("child");
        UUID child = null;
        if (choice == null || choice.isBlank()) {
            errors.add("child", "Select the child's record, or a new record", null);
        } else if (!"new".equals(choice)) {
            try {
                child = UUID.fromString(choice);
            } catch (IllegalArgumentException e) {
                errors.add("child", "Select the child's record, or a new record", null);
            }
        }
        if (errors.isEmpty() && "new".equals(choice) && !"yes".equals(form.get("notDuplicate"))) {
            PartnerReferral r = referrals.forFrontDoor(actor, id);
            if (referrals.matches(actor, r).hidden() > 0) {
                errors.add("notDuplicate", "Confirm that you have asked the duty manager about the record you cannot "
                        + "see", null);
            }
        }
        if (errors.isEmpty()) {
            try {
                UUID onChild = referrals.accept(actor, id, child);
                PartnerReferral r = referrals.forFrontDoor(actor, id);
                return "redirect:/children/" + onChild + "/contacts/" + r.contactId() + "/decide";
            } catch (RuleViolations v) {
                errors.addAll(v.violations(), f -> null);
            } catch (HearthProblem p) {
                if (p.status().value() != 409) {
                    throw p;
                }
                errors.add(null, p.getMessage(), null);
            }
        }
        return showReferral(actor, id, form, errors, model);
    }

    private String showReferral(Actor actor, UUID id, Map<String, String> fields, FormErrors errors, Model model) {
        PartnerReferral r = referrals.forFrontDoor(actor, id);
        IdentityCandidates.Shown shown = r.accepted() ? new IdentityCandidates.Shown(List.of(), 0)
                : referrals.matches(actor, r);
        errors.addTo(model, fields);
        model.addAttribute("r", r);
        model.addAttribute("candidates", shown.visible());
        model.addAttribute("hidden", shown.hidden());
        return "agencies/front-door-referral";
    }

    // ---- Joint thresholds ----

    @GetMapping("/children/{childId}/partner-assessments/new")
    String assessmentForm(@PathVariable UUID childId, Model model) {
        ChildJourney j = journeys.read(currentActor.get(), childId, AcceptPartnerAssessment.KIND,
                "base family help on a partner's assessment");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", Long.toString(j.version()));
        return showAssessment(j, fields, new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/partner-assessments/new")
    String acceptAssessment(@PathVariable UUID childId, @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        FormErrors errors = new FormErrors();
        LocalDate when = date(form, "assessmentDate", "the date of the assessment", true, errors);
        Long version = FormAnswers.version(form, errors);
        String orgId = form.get("organisationId");
        JourneyCommand command = new AcceptPartnerAssessment(organisations.find(orgId).orElse(null), orgId,
                form.get("assessmentKind"), when, form.get("summary"), acting(actor));
        if (errors.isEmpty() && FormRecorder.execute(journeys, actor, childId, version, command,
                "base family help on a partner's assessment", errors, AgencyPages::question)) {
            return "redirect:/children/" + childId + "/involvements?saved=partner-assessment";
        }
        ChildJourney j = journeys.read(actor, childId, AcceptPartnerAssessment.KIND,
                "base family help on a partner's assessment");
        return showAssessment(j, form, errors, model);
    }

    private String showAssessment(ChildJourney j, Map<String, String> fields, FormErrors errors, Model model) {
        errors.addTo(model, fields);
        model.addAttribute("child", j.child());
        model.addAttribute("organisations", organisations.choices());
        model.addAttribute("kinds", FormAnswers.options("PARTNER_ASSESSMENT", LocalDate.now()));
        return "agencies/partner-assessment";
    }
}
