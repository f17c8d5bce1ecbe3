package org.hearth.referral;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.CurrentActor;
import org.hearth.journey.CommandApi;
import org.hearth.journey.JourneyService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The front door over HTTP: a contact and its decision, and closing the CIN episode, as the web forms do them. */
@RestController
@Tag(name = "Contacts and referrals", description = "Contacts, the decision on them, and the child in need episode")
class ReferralApi {
    private final JourneyService journeys;
    private final CurrentActor currentActor;

    ReferralApi(JourneyService journeys, CurrentActor currentActor) {
        this.journeys = journeys;
        this.currentActor = currentActor;
    }

    /**
     * Version 1 of a contact and the decision on it.
     *
     * @param contactDate     the day the contact was received (not in the future)
     * @param source          who made it: a code from the DfE's referral source list for that year (e.g. 1A)
     * @param reason          why, in the words given (up to 2,000 characters)
     * @param decision        NFA (no further action), EARLY_HELP (family help starts, unless already open), REFERRAL
     *                        (a referral to children's social care opens the child in need episode), or AWAITING (not
     *                        decided yet: the contact waits in the front door's queue; no decision date)
     * @param decisionDate    the day of the decision (on or after the contact)
     * @param primaryNeed     for a referral: the child's primary need, N0–N9
     * @param noFurtherAction for a referral: whether it was closed with no further action at the decision
     * @param familyHelp      for a referral received while family help is open (then required): END (family help
     *                        ends, stepped up) or CONTINUE (it continues alongside the referral); send If-Match then
     */
    record ContactRequest(LocalDate contactDate, String source, String reason, String decision,
                          LocalDate decisionDate, String primaryNeed, Boolean noFurtherAction, String familyHelp) {}

    /**
     * Version 1 of the request to close a child in need episode.
     *
     * @param date   the day the episode closed (not before the referral, not in the future)
     * @param reason the reason, a code from the DfE's closure reason list (RC1–RC9)
     */
    record CloseRequest(LocalDate date, String reason) {}

    @PostMapping("/api/children/{childId}/contacts")
    @Operation(summary = "Record a contact and the decision on it",
            description = "A referral opens the child in need episode (refused while one is open); family help starts "
                    + "a family help episode unless one is open.")
    ResponseEntity<CommandApi.Result> contact(@PathVariable UUID childId, @RequestBody ContactRequest request,
                                              @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                              @RequestParam(defaultValue = "record a contact") String purpose) {
        return CommandApi.run(journeys, currentActor.get(), childId, ifMatch,
                new RecordContact(request.contactDate(), request.source(), request.reason(), request.decision(),
                        request.decisionDate(), request.primaryNeed(), request.noFurtherAction(),
                        request.familyHelp()), purpose,
                Map.of("contactDate", "contactDate", "referralDate", "contactDate",
                        "contactSourceCode", "source", "referralSourceCode", "source", "contactReason", "reason",
                        "contactOutcome", "decision", "decisionDate", "decisionDate",
                        "referralDecisionDate", "decisionDate", "cinPrimaryNeedCode", "primaryNeed",
                        "familyHelp", "familyHelp"));
    }

    /**
     * Version 1 of the decision on a contact that was waiting in the front door's queue.
     *
     * @param decision        NFA, EARLY_HELP or REFERRAL
     * @param decisionDate    the day of the decision (on or after the contact, not in the future)
     * @param primaryNeed     for a referral: the child's primary need, N0–N9
     * @param noFurtherAction for a referral: whether it was closed with no further action at the decision
     * @param familyHelp      for a referral while family help is open: END or CONTINUE
     * @param reasons         the reasons for the decision (returned to a partner who referred through Hearth)
     */
    record DecisionRequest(String decision, LocalDate decisionDate, String primaryNeed, Boolean noFurtherAction,
                           String familyHelp, String reasons) {}

    @PostMapping("/api/children/{childId}/contacts/{contactId}/decision")
    @Operation(summary = "Decide on a contact waiting in the front door's queue",
            description = "As for a contact recorded with its decision; refused for a contact already decided.")
    ResponseEntity<CommandApi.Result> decide(@PathVariable UUID childId, @PathVariable UUID contactId,
                                             @RequestBody DecisionRequest request,
                                             @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                             @RequestParam(defaultValue = "decide on a contact") String purpose) {
        return CommandApi.run(journeys, currentActor.get(), childId, ifMatch,
                new DecideContact(contactId, request.decision(), request.decisionDate(), request.primaryNeed(),
                        request.noFurtherAction(), request.familyHelp(), request.reasons()), purpose,
                Map.of("contactOutcome", "decision", "decisionDate", "decisionDate",
                        "referralDecisionDate", "decisionDate", "cinPrimaryNeedCode", "primaryNeed",
                        "decisionReasons", "reasons"));
    }

    @PostMapping("/api/children/{childId}/referrals/{referralId}/close")
    @Operation(summary = "Close the child in need episode",
            description = "An open child in need plan ends the same day; refused while a child protection plan is open "
                    + "or the child is looked after.")
    ResponseEntity<CommandApi.Result> close(@PathVariable UUID childId, @PathVariable UUID referralId,
                                            @RequestBody CloseRequest request,
                                            @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                            @RequestParam(defaultValue = "close a child in need episode") String purpose) {
        return CommandApi.run(journeys, currentActor.get(), childId, ifMatch,
                new CloseCinEpisode(referralId, request.date(), request.reason()), purpose,
                Map.of("closeDate", "date", "closeReason", "reason"));
    }
}
