package org.hearth.partner;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.access.CurrentActor;
import org.hearth.clocks.Task;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The partner's home and child view for partner systems: the same reads as the pages, through the seam. */
@RestController
@RequestMapping("/api/partner")
@Tag(name = "Partners", description = "For a partner organisation's practitioners and systems: the children shared "
        + "with the organisation, its tasks and requests, and a child's record cut to the parts shared")
class PartnerApi {
    private final PartnerWork work;
    private final CurrentActor currentActor;
    private final org.hearth.journey.JourneyService journeys;
    private final org.hearth.sharing.Organisations organisations;

    PartnerApi(PartnerWork work, CurrentActor currentActor, org.hearth.journey.JourneyService journeys,
               org.hearth.sharing.Organisations organisations) {
        this.work = work;
        this.currentActor = currentActor;
        this.journeys = journeys;
        this.organisations = organisations;
    }

    /** Version 1 of an action marked done: what was done, in words (up to 2,000 characters). */
    record ActionDoneV1(String note) {}

    @org.springframework.web.bind.annotation.PostMapping("/children/{childId}/actions/{actionId}/done")
    @Operation(summary = "Mark an action for the organisation done, today, saying what was done",
            description = "Send If-Match with the record's version. Only the organisation the action (from a strategy "
                    + "discussion or a child protection plan) is for may; refused 403 with the reason when sharing has "
                    + "ended, 422 for another agency's action, one already done, or no note.")
    org.springframework.http.ResponseEntity<org.hearth.journey.CommandApi.Result> done(@PathVariable UUID childId,
            @PathVariable UUID actionId,
            @org.springframework.web.bind.annotation.RequestBody(required = false) ActionDoneV1 request,
            @org.springframework.web.bind.annotation.RequestHeader(value = "If-Match", required = false) String ifMatch) {
        var actor = currentActor.get();
        PartnerWork.mustBePartner(actor);
        String name = organisations.find(actor.organisationId()).map(org.hearth.sharing.PartnerOrganisation::name)
                .orElse(null);
        return org.hearth.journey.CommandApi.run(journeys, actor, childId, ifMatch, new org.hearth.protection
                .MarkAgencyActionDone(actionId, request == null ? null : request.note(), name),
                "mark an action for the organisation done", java.util.Map.of("note", "note", "actionId", "actionId"));
    }

    record TaskV1(String group, String title, String detail, String href, LocalDate dueOn, String state, UUID childId) {}

    record RequestV1(UUID id, UUID childId, String childName, String fromOrganisation, String toOrganisation,
                     String service, LocalDate neededBy, String state) {}

    /** Version 1 of the partner's home. */
    record HomeV1(String organisationId, String organisation, List<PartnerWork.SharedChild> children,
                  List<TaskV1> tasks, List<RequestV1> requests) {}

    @GetMapping
    @Operation(summary = "The partner's home: children shared with the organisation, tasks, service requests")
    HomeV1 home() {
        PartnerWork.Home h = work.home(currentActor.get(), LocalDate.now(java.time.ZoneId.of("Europe/London")));
        return new HomeV1(h.organisation().id(), h.organisation().name(), h.children(),
                h.tasks().stream().map(t -> new TaskV1(t.group(), t.title(), t.detail(), t.href(), t.dueOn(),
                        t.state().name(), t.childId())).toList(),
                h.waiting().stream().map(r -> new RequestV1(r.id(), r.childId(), h.childNames().get(r.childId()),
                        r.fromOrganisation(), r.toOrganisation(), r.service(), r.neededBy(), r.state().name())).toList());
    }

    @GetMapping("/children/{childId}")
    @Operation(summary = "A child shared with the organisation: only the parts shared, with purpose and lawful basis",
            description = "403 with the reason when the council has not shared the child with the organisation, the "
                    + "sharing has ended or the family withdrew the consent it rested on (audited DENIED).")
    PartnerWork.ChildView child(@PathVariable UUID childId) {
        return work.child(currentActor.get(), childId);
    }
}
