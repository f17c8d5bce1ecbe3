package org.hearth.record;

import org.hearth.journey.ChildJourney;
import org.hearth.journey.EpisodeKind;
import org.hearth.journey.JourneyRecord;
import org.hearth.journey.JourneyService;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.chronology.Chronology;
import org.hearth.chronology.VisibleChronology;
import org.hearth.journey.child.Person;
import org.hearth.platform.web.HearthProblem;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The child's record over HTTP. Thin: reads the request, names the purpose, calls {@link JourneyService}. The
 * record's version travels as the ETag, and comes back as If-Match on a change.
 */
@RestController
@RequestMapping("/api/children")
@io.swagger.v3.oas.annotations.tags.Tag(name = "The child's record", description = "Reading the child's record, "
        + "creating it, and changing the child's details; every other change is a task of its stage")
class ChildRecordController {
    private final JourneyService journeys;
    private final CurrentActor currentActor;
    private final Chronology chronology;
    private final org.hearth.people.LaChildIds laChildIds;

    private final org.hearth.identity.candidates.IdentityCandidates identity;
    private final org.hearth.sharing.Organisations organisations;

    ChildRecordController(JourneyService journeys, CurrentActor currentActor, Chronology chronology,
                          org.hearth.people.LaChildIds laChildIds,
                          org.hearth.identity.candidates.IdentityCandidates identity,
                          org.hearth.sharing.Organisations organisations) {
        this.identity = identity;
        this.organisations = organisations;
        this.laChildIds = laChildIds;
        this.journeys = journeys;
        this.currentActor = currentActor;
        this.chronology = chronology;
    }

    @GetMapping("/{childId}")
    @io.swagger.v3.oas.annotations.Operation(summary = "The child's record",
            description = "Everything on the child's record that your access lets you see, in version 1 of the API's "
                    + "shape; the ETag is the record's version. Audited as a disclosure with its purpose.")
    ResponseEntity<org.hearth.record.api.RecordV1.ChildRecord> child(@PathVariable UUID childId,
                                          @RequestParam(defaultValue = "casework") String purpose) {
        ChildJourney journey = journeys.read(currentActor.get(), childId, "record", purpose);
        return ResponseEntity.ok().eTag(etag(journey.version()))
                .body(org.hearth.record.api.ChildRecordV1Mapper.of(journey, id -> organisations.find(id)
                        .map(org.hearth.sharing.PartnerOrganisation::name).orElse(null)));
    }

    @GetMapping("/{childId}/chronology")
    List<Chronology.Entry> chronology(@PathVariable UUID childId, @RequestParam(defaultValue = "casework") String purpose) {
        // Filtered by the user's view as the child's page is: a family help worker or personal adviser gets the entries
        // about the records they may see, not a refusal of the whole chronology.
        JourneyService.Viewed viewed = journeys.readWithView(currentActor.get(), childId, "record", purpose);
        return chronology.of(childId).stream().filter(VisibleChronology.shown(viewed.journey(), viewed.view())).toList();
    }

    @PostMapping
    @io.swagger.v3.oas.annotations.Operation(summary = "Create a child's record, after a search found no match",
            description = "The creating practitioner is allocated to the child; the child is given an LA child id. "
                    + "Ask POST /api/identity/candidates first: each candidate you name in notTheSameAs is recorded, "
                    + "with its score and evidence, as not the same child (and not offered again).")
    ResponseEntity<Person> create(@RequestBody org.hearth.record.api.NewChildV1 request,
                                  @RequestParam(defaultValue = "new referral") String purpose,
                                  @RequestParam(required = false) List<UUID> notTheSameAs) {
        if (request == null) {
            throw HearthProblem.badRequest("Send the child's details");
        }
        Actor actor = currentActor.get();
        JourneyService.Recorded recorded;
        try {
            recorded = journeys.createChild(actor, laChildIds.assign(request.toPerson()), purpose);
        } catch (org.hearth.journey.RuleViolations v) {
            throw new org.hearth.journey.RuleViolations(v.violations(),
                    violation -> org.hearth.record.api.NewChildV1.pointer(violation.field()));
        }
        UUID id = recorded.records().isEmpty() ? null : recorded.records().get(0).personId();
        if (id != null && notTheSameAs != null) {
            for (UUID other : new java.util.LinkedHashSet<>(notTheSameAs)) {
                identity.decide(actor, id, other,
                        org.hearth.identity.candidates.IdentityCandidates.Decision.NOT_SAME_CHILD, "new child (API)");
            }
        }
        Person created = id == null ? null : journeys.createdPerson(id);
        if (created == null) {
            throw HearthProblem.badRequest("The child was created but no one is allocated; ask a team manager to allocate a worker");
        }
        return ResponseEntity.created(URI.create("/api/children/" + created.id())).eTag(etag(0)).body(created);
    }

    @PutMapping("/{childId}")
    @io.swagger.v3.oas.annotations.Operation(summary = "Change the child's identity and demographics")
    ResponseEntity<Map<String, Object>> updatePerson(@PathVariable UUID childId,
                                                     @RequestBody org.hearth.record.api.ChildDetailsV1 details,
                                                     @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                     @RequestParam(defaultValue = "casework") String purpose) {
        Long version = version(ifMatch);
        if (version == null) {
            throw new HearthProblem(org.springframework.http.HttpStatus.PRECONDITION_REQUIRED, "Say which version you are changing",
                    "Send the version you read as If-Match");
        }
        if (details == null) {
            throw HearthProblem.badRequest("Send the child's details");
        }
        JourneyService.Recorded r;
        try {
            r = journeys.updatePerson(currentActor.get(), childId, version, details::applyTo, purpose);
        } catch (org.hearth.journey.RuleViolations v) {
            throw new org.hearth.journey.RuleViolations(v.violations(), violation -> violation.field() == null ? ""
                    : "/" + org.hearth.record.api.ChildDetailsV1.FIELDS.getOrDefault(violation.field(), ""));
        }
        return ResponseEntity.ok().eTag(etag(r.version())).body(Map.of("version", r.version()));
    }

    static String etag(long version) {
        return org.hearth.journey.CommandApi.etag(version);
    }

    static Long version(String ifMatch) {
        return org.hearth.journey.CommandApi.version(ifMatch);
    }
}
