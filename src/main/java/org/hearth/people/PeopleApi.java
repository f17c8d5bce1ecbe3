package org.hearth.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Actor;
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

/** The child's network over HTTP: people who matter, relationships and addresses, each through its command. */
@RestController
@Tag(name = "The child's network", description = "People who matter, relationships and addresses")
class PeopleApi {
    private final JourneyService journeys;
    private final CurrentActor currentActor;
    private final Nameable nameable;

    PeopleApi(JourneyService journeys, CurrentActor currentActor, Nameable nameable) {
        this.journeys = journeys;
        this.currentActor = currentActor;
        this.nameable = nameable;
    }

    /**
     * Version 1 of the request to add someone who matters to the child.
     *
     * @param name            the name the child uses for them
     * @param kind            PERSON or PET
     * @param relationship    who they are to the child, in words ("Nan", "Dog")
     * @param childsWords     what the child says about them
     * @param relatedPersonId optional: their record on Hearth, when the worker may see it
     * @param from            since when (optional)
     * @param to              until when (optional)
     * @param doNotDisclose   true for someone only the allocated worker and their manager may see
     */
    record PersonWhoMattersRequest(String name, String kind, String relationship, String childsWords,
                                   UUID relatedPersonId, LocalDate from, LocalDate to, Boolean doNotDisclose) {}

    /**
     * Version 1 of the request to record a relationship.
     *
     * @param relatedPersonId the person on Hearth the child is related to (one the worker may see)
     * @param type            MOTHER, FATHER, STEP_PARENT, SIBLING, HALF_SIBLING, GRANDPARENT, OTHER_RELATIVE, FRIEND,
     *                        CARER or OTHER
     * @param parentalResponsibility whether they hold parental responsibility for the child
     * @param from            since when (optional)
     * @param to              until when (optional)
     */
    record RelationshipRequest(UUID relatedPersonId, String type, Boolean parentalResponsibility, LocalDate from,
                               LocalDate to) {}

    /**
     * Version 1 of the request to record an address.
     *
     * @param type     the kind of address ("Home")
     * @param line     the address
     * @param postcode its UK postcode
     * @param from     the day the child started living there
     * @param to       the day they left (optional)
     * @param doNotDisclose true for an address only the allocated worker and their manager may see (a refuge)
     */
    record AddressRequest(String type, String line, String postcode, LocalDate from, LocalDate to,
                          Boolean doNotDisclose) {}

    @PostMapping("/api/children/{childId}/people-who-matter")
    @Operation(summary = "Add someone who matters to the child")
    ResponseEntity<CommandApi.Result> personWhoMatters(
            @PathVariable UUID childId, @RequestBody PersonWhoMattersRequest r,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestParam(defaultValue = "record the child's network") String purpose) {
        Actor actor = currentActor.get();
        return CommandApi.run(journeys, actor, childId, ifMatch, new AddPersonWhoMatters(r.name(), r.kind(),
                r.relationship(), r.childsWords(), r.relatedPersonId(), r.from(), r.to(),
                Boolean.TRUE.equals(r.doNotDisclose()), id -> nameable.mayName(actor, id)), purpose, Map.of("startDate", "from", "endDate", "to", "relatedPersonId", "relatedPersonId", "name", "name",
                "kind", "kind", "relationship", "relationship", "childsWords", "childsWords"));
    }

    @PostMapping("/api/children/{childId}/relationships")
    @Operation(summary = "Record a relationship with a person on Hearth",
            description = "The person must be one you may see; an unknown id is answered as one you may not see.")
    ResponseEntity<CommandApi.Result> relationship(
            @PathVariable UUID childId, @RequestBody RelationshipRequest r,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestParam(defaultValue = "record the child's network") String purpose) {
        Actor actor = currentActor.get();
        return CommandApi.run(journeys, actor, childId, ifMatch, new RecordRelationship(r.relatedPersonId(), r.type(),
                r.parentalResponsibility(), r.from(), r.to(), id -> nameable.mayName(actor, id)), purpose,
                Map.of("relationshipType", "type", "startDate", "from", "endDate", "to", "relatedPersonId",
                "relatedPersonId"));
    }

    @PostMapping("/api/children/{childId}/addresses")
    @Operation(summary = "Record an address the child lived at")
    ResponseEntity<CommandApi.Result> address(
            @PathVariable UUID childId, @RequestBody AddressRequest r,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestParam(defaultValue = "record the child's network") String purpose) {
        return CommandApi.run(journeys, currentActor.get(), childId, ifMatch, new RecordAddress(r.type(), r.line(),
                r.postcode(), r.from(), r.to(), Boolean.TRUE.equals(r.doNotDisclose())), purpose, Map.of("addressType", "type", "addressLine", "line",
                "addressPostcode", "postcode", "addressStartDate", "from", "addressEndDate", "to"));
    }
}
