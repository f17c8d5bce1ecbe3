package org.hearth.sharing;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.access.RecordParts;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyService;
import org.hearth.platform.web.DateAnswer;
import org.hearth.platform.web.FormErrors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The child's sharing page: who the record is shared with, why and under what law, until when; share with an
 * organisation (choose it and the purpose, then the basis, consent, parts and end date), end sharing, record that
 * consent was withdrawn. And "who looked" and the child's access log for a subject access request.
 */
@Controller
class SharingPages {
    private final Sharing sharing;
    private final AccessLog accessLog;
    private final Organisations organisations;
    private final JourneyService journeys;
    private final CurrentActor currentActor;
    private final String council;

    SharingPages(Sharing sharing, AccessLog accessLog, Organisations organisations, JourneyService journeys,
                 CurrentActor currentActor,
                 @org.springframework.beans.factory.annotation.Value("${hearth.council-name}") String council) {
        this.sharing = sharing;
        this.accessLog = accessLog;
        this.organisations = organisations;
        this.journeys = journeys;
        this.currentActor = currentActor;
        this.council = council;
    }

    /** A decision as the page shows it. */
    record Row(SharingDecision d, String organisation, String purpose, String basis, String consent, List<String> parts,
               String state, boolean current, boolean consentCanBeWithdrawn) {}

    @GetMapping("/children/{childId}/sharing")
    String list(@PathVariable UUID childId, @RequestParam(required = false) String done, Model model) {
        Actor actor = currentActor.get();
        List<SharingDecision> decisions = sharing.decisions(actor, childId);
        ChildJourney journey = journeys.read(actor, childId, RecordParts.SHARING, "sharing page");
        LocalDate today = Sharing.today();
        model.addAttribute("child", journey.child());
        model.addAttribute("rows", decisions.stream().map(d -> row(d, today)).toList());
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("purposes", LawfulBasis.purposes());
        model.addAttribute("done", done);
        new FormErrors().addTo(model, new HashMap<>());
        return "sharing/sharing";
    }

    Row row(SharingDecision d, LocalDate today) {
        String consent = !d.consentSought() ? "Not sought"
                : Boolean.TRUE.equals(d.consentGiven()) ? (d.consentWithdrawnOn() == null ? "Given"
                : "Given, withdrawn on " + d.consentWithdrawnOn().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy")))
                : "Refused";
        boolean current = d.currentOn(today);
        return new Row(d, organisations.name(d.organisationId()), LawfulBasis.purposeWords(d.purpose()),
                LawfulBasis.basisWords(d.lawfulBasis()), consent,
                d.parts().stream().sorted().map(SharedParts::words).toList(), d.state(today), current,
                Boolean.TRUE.equals(d.consentGiven()) && d.consentWithdrawnOn() == null && d.endedOn() == null);
    }

    @GetMapping("/children/{childId}/sharing/new")
    String shareForm(@PathVariable UUID childId, @RequestParam(required = false) String organisation,
                     @RequestParam(required = false) String purpose, Model model) {
        Actor actor = currentActor.get();
        ChildJourney journey = journeys.read(actor, childId, RecordParts.SHARING, "deciding to share the record");
        Optional<PartnerOrganisation> org = organisations.find(organisation);
        FormErrors errors = new FormErrors();
        if (org.isEmpty()) {
            errors.add("organisation", organisation == null || organisation.isBlank()
                    ? "Choose the organisation to share with"
                    : "There is no organisation with that id in Hearth: choose one from the list", null);
        }
        if (!LawfulBasis.knownPurpose(purpose)) {
            errors.add("purpose", "Choose why you are sharing the record", null);
        }
        Map<String, String> fields = new HashMap<>();
        fields.put("organisation", organisation);
        fields.put("purpose", purpose);
        if (!errors.isEmpty()) {
            List<SharingDecision> decisions = sharing.decisions(actor, childId);
            model.addAttribute("child", journey.child());
            model.addAttribute("rows", decisions.stream().map(d -> row(d, Sharing.today())).toList());
            model.addAttribute("organisations", organisations.all());
            model.addAttribute("purposes", LawfulBasis.purposes());
            errors.addTo(model, fields);
            return "sharing/sharing";
        }
        DateAnswer.fill(fields, "endsOn", Sharing.today().plusMonths(3));
        return shareFormPage(journey, org.get(), purpose, fields, Set.copyOf(SharedParts.defaults(org.get().type(),
                purpose)), errors, model);
    }

    private String shareFormPage(ChildJourney journey, PartnerOrganisation org, String purpose, Map<String, String> fields,
                                 Set<String> ticked, FormErrors errors, Model model) {
        model.addAttribute("child", journey.child());
        model.addAttribute("organisation", org);
        model.addAttribute("purpose", purpose);
        model.addAttribute("purposeWords", LawfulBasis.purposeWords(purpose));
        model.addAttribute("bases", LawfulBasis.bases());
        Map<String, String> parts = new java.util.LinkedHashMap<>();
        SharedParts.defaults(org.type(), purpose).stream().filter(p -> !p.equals("person"))
                .forEach(p -> parts.put(p, SharedParts.words(p)));
        model.addAttribute("parts", parts);
        model.addAttribute("ticked", ticked);
        Map<String, Episode> open = sharing.openEpisodes(journey, Sharing.today());
        Episode follows = ShareWithOrganisation.EPISODES.getOrDefault(purpose, List.of()).stream()
                .filter(open::containsKey).map(open::get).findFirst().orElse(null);
        model.addAttribute("follows", follows);
        model.addAttribute("episodeWords", ShareWithOrganisation.EPISODE_WORDS.get(purpose));
        errors.addTo(model, fields);
        return "sharing/share-form";
    }

    @PostMapping("/children/{childId}/sharing/new")
    String share(@PathVariable UUID childId, @RequestParam MultiValueMap<String, String> form, Model model) {
        Actor actor = currentActor.get();
        Map<String, String> fields = new HashMap<>(form.toSingleValueMap());
        Set<String> parts = new LinkedHashSet<>(form.getOrDefault("parts", List.of()));
        LocalDate endsOn = DateAnswer.read(fields, "endsOn").orElse(null);
        FormErrors errors = new FormErrors();
        if (endsOn == null && !fields.getOrDefault("endsOn-day", "").isBlank()) {
            errors.add("endsOn", "Enter a real date, for example 27 3 2027", null);
        }
        ShareWithOrganisation command = new ShareWithOrganisation(fields.get("organisation"), fields.get("purpose"),
                fields.get("lawfulBasis"), yesNo(fields.get("consentSought")), yesNo(fields.get("consentGiven")), parts,
                endsOn);
        if (errors.isEmpty()) {
            try {
                SharingDecision d = sharing.share(actor, childId, command);
                return "redirect:/children/" + childId + "/sharing?done=shared-" + d.organisationId();
            } catch (SharingRefused refused) {
                refused.refusals().forEach(r -> errors.add(r.field(), r.message(), null));
            }
        }
        ChildJourney journey = journeys.read(actor, childId, RecordParts.SHARING, "deciding to share the record");
        Optional<PartnerOrganisation> org = organisations.find(fields.get("organisation"));
        if (org.isEmpty() || !LawfulBasis.knownPurpose(fields.get("purpose"))) {
            return "redirect:/children/" + childId + "/sharing";
        }
        return shareFormPage(journey, org.get(), fields.get("purpose"), fields, parts, errors, model);
    }

    private static Boolean yesNo(String v) {
        return "yes".equals(v) ? Boolean.TRUE : "no".equals(v) ? Boolean.FALSE : null;
    }

    @GetMapping("/children/{childId}/sharing/{sharingId}/end")
    String endForm(@PathVariable UUID childId, @PathVariable UUID sharingId, Model model) {
        return decisionForm(childId, sharingId, "end", new HashMap<>(), new FormErrors(), model);
    }

    @GetMapping("/children/{childId}/sharing/{sharingId}/consent-withdrawn")
    String consentForm(@PathVariable UUID childId, @PathVariable UUID sharingId, Model model) {
        Map<String, String> fields = new HashMap<>();
        DateAnswer.fill(fields, "withdrawnOn", Sharing.today());
        return decisionForm(childId, sharingId, "consent", fields, new FormErrors(), model);
    }

    private String decisionForm(UUID childId, UUID sharingId, String which, Map<String, String> fields,
                                FormErrors errors, Model model) {
        Actor actor = currentActor.get();
        SharingDecision d = sharing.decisions(actor, childId).stream().filter(x -> x.id().equals(sharingId))
                .findFirst().orElseThrow(() -> org.hearth.platform.web.HearthProblem.notFound("The sharing decision"));
        ChildJourney journey = journeys.read(actor, childId, RecordParts.SHARING, "sharing page");
        model.addAttribute("child", journey.child());
        model.addAttribute("row", row(d, Sharing.today()));
        model.addAttribute("which", which);
        fields.putIfAbsent("version", Integer.toString(d.version()));
        errors.addTo(model, fields);
        return "sharing/decision-form";
    }

    @PostMapping("/children/{childId}/sharing/{sharingId}/end")
    String end(@PathVariable UUID childId, @PathVariable UUID sharingId, @RequestParam Map<String, String> form,
               Model model) {
        Map<String, String> fields = new HashMap<>(form);
        FormErrors errors = new FormErrors();
        try {
            sharing.end(currentActor.get(), childId, sharingId, new EndSharing(fields.get("reason"),
                    version(fields.get("version"))));
            return "redirect:/children/" + childId + "/sharing?done=ended";
        } catch (SharingRefused refused) {
            refused.refusals().forEach(r -> errors.add(r.field().equals("version") || r.field().equals("sharing")
                    ? null : r.field(), r.message(), null));
        }
        fields.remove("version");
        return decisionForm(childId, sharingId, "end", fields, errors, model);
    }

    @PostMapping("/children/{childId}/sharing/{sharingId}/consent-withdrawn")
    String consent(@PathVariable UUID childId, @PathVariable UUID sharingId, @RequestParam Map<String, String> form,
                   Model model) {
        Map<String, String> fields = new HashMap<>(form);
        FormErrors errors = new FormErrors();
        LocalDate on = DateAnswer.read(fields, "withdrawnOn").orElse(null);
        if (on == null && !fields.getOrDefault("withdrawnOn-day", "").isBlank()) {
            errors.add("withdrawnOn", "Enter a real date, for example 27 3 2026", null);
        } else {
            try {
                sharing.consentWithdrawn(currentActor.get(), childId, sharingId, new RecordConsentWithdrawn(on,
                        version(fields.get("version"))));
                return "redirect:/children/" + childId + "/sharing?done=consent-withdrawn";
            } catch (SharingRefused refused) {
                refused.refusals().forEach(r -> errors.add(r.field().equals("version") || r.field().equals("sharing")
                        ? null : r.field(), r.message(), null));
            }
        }
        fields.remove("version");
        return decisionForm(childId, sharingId, "consent", fields, errors, model);
    }

    private static Integer version(String v) {
        try {
            return v == null ? null : Integer.valueOf(v.trim());
        } catch (NumberFormatException e) {
            return -1; // not a version Hearth gave: refused as stale
        }
    }

    @GetMapping("/children/{childId}/who-looked")
    String whoLooked(@PathVariable UUID childId, @RequestParam(required = false) String everyone, Model model) {
        Actor actor = currentActor.get();
        List<AccessLog.Entry> entries = accessLog.whoLooked(actor, childId, everyone == null);
        ChildJourney journey = journeys.read(actor, childId, RecordParts.ACCESS_LOG, "who looked");
        model.addAttribute("child", journey.child());
        model.addAttribute("entries", entries);
        model.addAttribute("everyone", everyone != null);
        return "sharing/who-looked";
    }

    @GetMapping("/children/{childId}/access-log")
    ResponseEntity<byte[]> accessLog(@PathVariable UUID childId, @RequestParam(defaultValue = "csv") String format) {
        Actor actor = currentActor.get();
        boolean pdf = "pdf".equals(format);
        List<AccessLog.Entry> entries = accessLog.subjectAccess(actor, childId, pdf ? "PDF" : "CSV");
        ChildJourney journey = journeys.read(actor, childId, RecordParts.ACCESS_LOG, "subject access request");
        String name = "access-log-" + childId.toString().substring(0, 8) + (pdf ? ".pdf" : ".csv");
        byte[] body = pdf ? AccessLogPdf.render(journey.child().displayName(), council, entries)
                : AccessLog.csv(entries).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(pdf ? MediaType.APPLICATION_PDF : new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
