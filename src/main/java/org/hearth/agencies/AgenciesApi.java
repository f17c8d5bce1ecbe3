package org.hearth.agencies;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.AccessSeam;
import org.hearth.access.CurrentActor;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.CommandApi;
import org.hearth.journey.JourneyService;
import org.hearth.platform.web.HearthProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Work between agencies over HTTP, for the council's and partners' systems: who else is involved (and the lead
 * practitioner), partners' referrals to the front door with their outcome, the front door's requests for information
 * and their answers, and a partner's assessment accepted as the basis of family help. The same commands and checks as
 * the pages; a refusal names the request's field and changes nothing.
 */
@RestController
@Tag(name = "Agencies", description = "Agencies involved, partner referrals, MASH requests for information, joint thresholds")
class AgenciesApi {
    private final JourneyService journeys;
    private final Organisations organisations;
    private final PartnerReferrals referrals;
    private final InformationRequests requests;
    private final AccessSeam seam;
    private final CurrentActor currentActor;

    AgenciesApi(JourneyService journeys, Organisations organisations, PartnerReferrals referrals,
                InformationRequests requests, AccessSeam seam, CurrentActor currentActor) {
        this.journeys = journeys;
        this.organisations = organisations;
        this.referrals = referrals;
        this.requests = requests;
        this.seam = seam;
        this.currentActor = currentActor;
    }

    private static final Map<String, String> SAME = Map.ofEntries(Map.entry("organisationId", "organisationId"),
            Map.entry("involvementKind", "involvementKind"), Map.entry("practitionerName", "practitionerName"),
            Map.entry("practitionerRole", "practitionerRole"), Map.entry("phone", "phone"), Map.entry("email", "email"),
            Map.entry("startDate", "since"), Map.entry("lastContactDate", "lastContact"), Map.entry("endDate", "endDate"),
            Map.entry("endReason", "reason"), Map.entry("question", "question"), Map.entry("hours", "hours"),
            Map.entry("contactId", "contactId"), Map.entry("assessmentKind", "assessmentKind"),
            Map.entry("assessmentDate", "assessmentDate"), Map.entry("summary", "summary"),
            Map.entry("answer", "answer"));

    // ---- Who else is involved ----

    /** Version 1 of an agency's involvement as the API shows it; {@code recency} says how recent the last contact was. */
    record InvolvementV1(UUID id, String organisationId, String organisationName, String involvementKind,
                         String practitionerName, String practitionerRole, String phone, String email, LocalDate since,
                         LocalDate lastContact, String recency, LocalDate endDate, String endReason, boolean lead) {}

    /** The agencies involved with the child, and the basis of family help when it is a partner's assessment. */
    record InvolvementsV1(List<InvolvementV1> involvements, List<String> helpBasedOn, long version) {}

    @GetMapping("/api/children/{childId}/involvements")
    @Operation(summary = "The agencies involved with a child and the lead practitioner")
    ResponseEntity<InvolvementsV1> involvements(@PathVariable UUID childId,
                                                @RequestParam(defaultValue = "agencies involved") String purpose) {
        ChildJourney j = journeys.read(currentActor.get(), childId, AgenciesStage.INVOLVEMENTS.name(), purpose);
        LocalDate today = LocalDate.now();
        List<InvolvementV1> out = j.all(AgenciesStage.INVOLVEMENTS).stream()
                .sorted(Comparator.comparing(AgencyInvolvement::startDate))
                .map(i -> new InvolvementV1(i.id(), i.organisationId(), i.organisationName(), i.involvementKind(),
                        i.practitionerName(), i.practitionerRole(), i.phone(), i.email(), i.startDate(),
                        i.lastContactDate(), Involvements.recency(i.lastContactDate(), today), i.endDate(),
                        i.endReason(), i.leads())).toList();
        return ResponseEntity.ok().eTag(CommandApi.etag(j.version())).body(new InvolvementsV1(out,
                j.all(AgenciesStage.PARTNER_ASSESSMENTS).stream().map(PartnerAssessment::basis).toList(), j.version()));
    }

    /**
     * Version 1 of an involvement to record or update.
     *
     * @param organisationId  an organisation Hearth knows (its id); not changed by an update
     * @param involvementKind a code of INVOLVEMENT_KIND (SAFEGUARDING, EDUCATION, HEALTH_CARE, FAMILY_HELP…)
     * @param phone           a phone number or an email (or both) is required
     * @param since           when the agency became involved (not in the future)
     * @param lastContact     the agency's last contact with the child, if known
     */
    record InvolvementRequest(String organisationId, String involvementKind, String practitionerName,
                              String practitionerRole, String phone, String email, LocalDate since,
                              LocalDate lastContact) {}

    /** Version 1 of ending an involvement. */
    record EndRequest(LocalDate endDate, String reason) {}

    private String acting(Actor actor) {
        return actor.role().partner() ? seam.organisationOf(actor) : null;
    }

    @PostMapping("/api/children/{childId}/involvements")
    @Operation(summary = "Record an agency involved with the child",
            description = "A partner's user records only their own organisation's involvement; one open involvement "
                    + "per organisation.")
    ResponseEntity<CommandApi.Result> record(@PathVariable UUID childId, @RequestBody InvolvementRequest r,
                                             @RequestParam(defaultValue = "record an agency involved") String purpose) {
        Actor actor = currentActor.get();
        return CommandApi.run(journeys, actor, childId, null, new RecordAgencyInvolvement(
                organisations.find(r.organisationId()).orElse(null), r.organisationId(), r.involvementKind(),
                r.practitionerName(), r.practitionerRole(), r.phone(), r.email(), r.since(), r.lastContact(),
                acting(actor)), purpose, SAME);
    }

    @PostMapping("/api/children/{childId}/involvements/{id}")
    @Operation(summary = "Update an involvement: its practitioner, their contact details, the last contact",
            description = "Needs If-Match. A partner's user changes only their own organisation's involvement.")
    ResponseEntity<CommandApi.Result> update(@PathVariable UUID childId, @PathVariable UUID id,
                                             @RequestBody InvolvementRequest r,
                                             @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                             @RequestParam(defaultValue = "update an agency involved") String purpose) {
        Actor actor = currentActor.get();
        return CommandApi.run(journeys, actor, childId, ifMatch, new UpdateAgencyInvolvement(id, r.practitionerName(),
                r.practitionerRole(), r.phone(), r.email(), r.lastContact(), acting(actor)), purpose, SAME);
    }

    @PostMapping("/api/children/{childId}/involvements/{id}/end")
    @Operation(summary = "End an agency's involvement", description = "Needs If-Match.")
    ResponseEntity<CommandApi.Result> end(@PathVariable UUID childId, @PathVariable UUID id, @RequestBody EndRequest r,
                                          @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                          @RequestParam(defaultValue = "end an agency involvement") String purpose) {
        Actor actor = currentActor.get();
        return CommandApi.run(journeys, actor, childId, ifMatch, new EndAgencyInvolvement(id, r.endDate(), r.reason(),
                acting(actor)), purpose, SAME);
    }

    @PostMapping("/api/children/{childId}/involvements/{id}/lead")
    @Operation(summary = "Name the involvement's practitioner as the lead practitioner",
            description = "For family help, a practitioner from any agency may lead; not while a child in need episode "
                    + "is open. The previous lead stops leading. Needs If-Match.")
    ResponseEntity<CommandApi.Result> lead(@PathVariable UUID childId, @PathVariable UUID id,
                                           @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                           @RequestParam(defaultValue = "name the lead practitioner") String purpose) {
        Actor actor = currentActor.get();
        return CommandApi.run(journeys, actor, childId, ifMatch, new NameLeadPractitioner(id, acting(actor)), purpose,
                SAME);
    }

    // ---- Joint thresholds ----

    /** Version 1 of a partner's assessment accepted as the basis of the child's open family help. */
    record PartnerAssessmentRequest(String organisationId, String assessmentKind, LocalDate assessmentDate,
                                    String summary) {}

    @PostMapping("/api/children/{childId}/partner-assessments")
    @Operation(summary = "Base the child's open family help on a partner's assessment (joint thresholds)",
            description = "The record then shows \"Help based on {organisation}'s {assessment} of {date}\".")
    ResponseEntity<CommandApi.Result> acceptAssessment(@PathVariable UUID childId,
                                                       @RequestBody PartnerAssessmentRequest r,
                                                       @RequestParam(defaultValue = "base family help on a partner's assessment") String purpose) {
        Actor actor = currentActor.get();
        return CommandApi.run(journeys, actor, childId, null, new AcceptPartnerAssessment(
                organisations.find(r.organisationId()).orElse(null), r.organisationId(), r.assessmentKind(),
                r.assessmentDate(), r.summary(), acting(actor)), purpose, SAME);
    }

    // ---- MASH requests for information ----

    /** Version 1 of the front door's request: the organisation asked, the question, 4 or 24 hours. */
    record AskRequest(String organisationId, String question, Integer hours) {}

    @PostMapping("/api/children/{childId}/contacts/{contactId}/information-requests")
    @Operation(summary = "Ask an organisation for information about the child of a contact waiting for a decision")
    ResponseEntity<CommandApi.Result> ask(@PathVariable UUID childId, @PathVariable UUID contactId,
                                          @RequestBody AskRequest r,
                                          @RequestParam(defaultValue = "ask a partner for information") String purpose) {
        return CommandApi.run(journeys, currentActor.get(), childId, null, new AskForInformation(contactId,
                organisations.find(r.organisationId()).orElse(null), r.organisationId(), r.question(), r.hours(),
                Instant.now()), purpose, SAME);
    }

    /** Version 1 of a request waiting for the partner's answer: no child's details (read the request for those). */
    record WaitingV1(UUID id, Instant askedAt, Instant dueAt, int hours, String rag) {}

    @GetMapping("/api/information-requests")
    @Operation(summary = "The requests for information waiting for your organisation's answer, soonest due first")
    List<WaitingV1> waiting() {
        Actor actor = currentActor.get();
        if (!actor.role().partner()) {
            throw org.hearth.access.AccessDenied.forRole("Requests for information are answered by partner organisations");
        }
        Instant now = Instant.now();
        return requests.waitingFor(seam.organisationOf(actor)).stream().map(w -> new WaitingV1(w.id(), w.askedAt(),
                w.dueAt(), w.hours(), InformationRequest.Rag.of(w.askedAt(), w.dueAt(), null, now).name())).toList();
    }

    /** Version 1 of a request as the organisation asked reads it: who the child is and the question. */
    record RequestV1(UUID id, String childName, LocalDate childDob, String childNhsNumber, String question,
                     Instant askedAt, Instant dueAt, String rag, String answer, Instant answeredAt) {}

    @GetMapping("/api/information-requests/{id}")
    @Operation(summary = "A request for information, read by the organisation asked",
            description = "Audited with the purpose \"MASH information request\"; another organisation is refused (403).")
    RequestV1 request(@PathVariable UUID id) {
        InformationRequests.ForPartner f = requests.read(currentActor.get(), id);
        InformationRequest r = f.request();
        return new RequestV1(r.id(), f.child().name(), f.child().dob(), f.child().nhsNumber(), r.question(),
                r.askedAt(), r.dueAt(), f.rag().name(), r.answer(), r.answeredAt());
    }

    /** Version 1 of an answer. */
    record AnswerRequest(String answer) {}

    @PostMapping("/api/information-requests/{id}/answer")
    @Operation(summary = "Answer a request for information",
            description = "Only the organisation asked, once: a request already answered, or another organisation's, "
                    + "is refused and nothing changes. The answer lands on the child's record with its source.")
    ResponseEntity<Void> answer(@PathVariable UUID id, @RequestBody(required = false) AnswerRequest r) {
        try {
            requests.answer(currentActor.get(), id, r == null ? null : r.answer());
        } catch (org.hearth.journey.RuleViolations v) {
            throw new org.hearth.journey.RuleViolations(v.violations(), x -> "answer".equals(x.field()) ? "/answer" : "");
        }
        return ResponseEntity.noContent().build();
    }

    // ---- Partners' referrals ----

    /**
     * Version 1 of a partner's referral to the front door (the organisation is the caller's own).
     *
     * @param consent       GIVEN, NOT_SOUGHT_RISK (asking would put the child at risk) or REFUSED
     * @param consentReason why, when consent was not sought or was refused
     */
    record ReferralRequest(String referrerName, String referrerRole, String referrerPhone, String referrerEmail,
                           String childFirstName, String childLastName, LocalDate childDob, String childSex,
                           String childPostcode, String childAddress, String childNhsNumber, String family,
                           String concern, String consent, String consentReason) {}

    /** Version 1 of a referral as its referrer sees it: where it stands, the outcome and its reasons, no more. */
    record ReferralV1(UUID id, Instant sent, String childName, String consent, boolean consentWithdrawn, String status,
                      String outcome, String reasons, Instant decidedAt) {
        static ReferralV1 of(PartnerReferral r) {
            return new ReferralV1(r.id(), r.receivedAt(), r.childName(), r.consent(), r.consentWithdrawn(), r.status(),
                    r.outcome(), r.decided() ? r.outcomeReasons() : null, r.decided() ? r.outcomeAt() : null);
        }
    }

    @PostMapping("/api/partner-referrals")
    @Operation(summary = "Refer a child to the council's front door (a partner organisation's user or system)")
    ResponseEntity<ReferralV1> refer(@RequestBody(required = false) ReferralRequest r) {
        if (r == null) {
            throw HearthProblem.badRequest("Send the referral as JSON");
        }
        Actor actor = currentActor.get();
        UUID id;
        try {
            id = referrals.make(actor, new MakePartnerReferral(r.referrerName(), r.referrerRole(), r.referrerPhone(),
                    r.referrerEmail(), r.childFirstName(), r.childLastName(), r.childDob(), r.childSex(),
                    r.childPostcode(), r.childAddress(), r.childNhsNumber(), r.family(), r.concern(), r.consent(),
                    r.consentReason()));
        } catch (org.hearth.journey.RuleViolations v) {
            throw new org.hearth.journey.RuleViolations(v.violations(), x -> x.field() == null ? "" : "/" + x.field());
        }
        return ResponseEntity.created(URI.create("/api/partner-referrals/" + id))
                .body(ReferralV1.of(referrals.mine(actor, id)));
    }

    @GetMapping("/api/partner-referrals")
    @Operation(summary = "Your organisation's referrals, newest first, with their outcome and reasons")
    List<ReferralV1> mine() {
        return referrals.mine(currentActor.get()).stream().map(ReferralV1::of).toList();
    }

    @GetMapping("/api/partner-referrals/{id}")
    @Operation(summary = "One of your organisation's referrals")
    ReferralV1 one(@PathVariable UUID id) {
        return ReferralV1.of(referrals.mine(currentActor.get(), id));
    }

    @PostMapping("/api/partner-referrals/{id}/withdraw-consent")
    @Operation(summary = "Say the family withdrew consent",
            description = "Refused (409) once the front door has taken the referral in, or for a referral not made on "
                    + "consent; nothing changes then.")
    ResponseEntity<Void> withdraw(@PathVariable UUID id) {
        referrals.withdrawConsent(currentActor.get(), id);
        return ResponseEntity.noContent().build();
    }

    /** Version 1 of the front door taking a referral in: the child's record it belongs on, or null for a new one. */
    record AcceptRequest(UUID childId) {}

    /** Where the referral's contact is. */
    record AcceptedV1(UUID childId, UUID contactId) {}

    @PostMapping("/api/front-door/partner-referrals/{id}/accept")
    @Operation(summary = "Take a partner's referral in as a contact waiting for the front door's decision",
            description = "On the child's record named (never merged), or on a new record when childId is null. "
                    + "Refused (409) when already taken in or consent was withdrawn.")
    ResponseEntity<AcceptedV1> accept(@PathVariable UUID id, @RequestBody(required = false) AcceptRequest r) {
        Actor actor = currentActor.get();
        UUID child = referrals.accept(actor, id, r == null ? null : r.childId());
        PartnerReferral done = referrals.forFrontDoor(actor, id);
        return ResponseEntity.status(HttpStatus.CREATED).body(new AcceptedV1(child, done.contactId()));
    }
}
