package org.hearth.record;

import org.hearth.journey.ChildJourney;
import org.hearth.journey.EpisodeKind;
import org.hearth.journey.JourneyChange;
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
import org.hearth.journey.child.Person;
import org.hearth.stages.Stages;
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
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.hearth.returns.ReturnedRowsStage;

/**
 * The child's record over HTTP. Thin: reads the request, names the purpose, calls {@link JourneyService}. The
 * record's version travels as the ETag, and comes back as If-Match on a change.
 */
@RestController
@RequestMapping("/api/children")
class ChildRecordController {
    private final JourneyService journeys;
    private final CurrentActor currentActor;
    private final Chronology chronology;
    private final ObjectMapper json;
    private final org.hearth.people.LaChildIds laChildIds;

    ChildRecordController(JourneyService journeys, CurrentActor currentActor, Chronology chronology, ObjectMapper json,
                          org.hearth.people.LaChildIds laChildIds) {
        this.laChildIds = laChildIds;
        this.journeys = journeys;
        this.currentActor = currentActor;
        this.chronology = chronology;
        this.json = json;
    }

    @GetMapping("/{childId}")
    @io.swagger.v3.oas.annotations.Operation(summary = "The child's record",
            description = "Everything on the child's record that your access lets you see, in version 1 of the API's "
                    + "shape; the ETag is the record's version. Audited as a disclosure with its purpose.")
    ResponseEntity<org.hearth.record.api.RecordV1.ChildRecord> child(@PathVariable UUID childId,
                                          @RequestParam(defaultValue = "casework") String purpose) {
        ChildJourney journey = journeys.read(currentActor.get(), childId, "record", purpose);
        return ResponseEntity.ok().eTag(etag(journey.version()))
                .body(org.hearth.record.api.ChildRecordV1Mapper.of(journey));
    }

    @GetMapping("/{childId}/chronology")
    List<Chronology.Entry> chronology(@PathVariable UUID childId, @RequestParam(defaultValue = "casework") String purpose) {
        return journeys.readPart(currentActor.get(), childId, "chronology", purpose, () -> chronology.of(childId));
    }

    @PostMapping
    ResponseEntity<Person> create(@RequestBody JsonNode body, @RequestParam(defaultValue = "new referral") String purpose) {
        Person person = read(body, Person.class);
        Actor actor = currentActor.get();
        JourneyService.Recorded recorded = journeys.createChild(actor, laChildIds.assign(person), purpose);
        UUID id = recorded.records().isEmpty() ? null : recorded.records().get(0).personId();
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

    /** Adds one record of a kind, e.g. POST /api/children/{id}/visits. */
    @PostMapping("/{childId}/{kind}")
    ResponseEntity<Map<String, Object>> add(@PathVariable UUID childId, @PathVariable String kind, @RequestBody JsonNode body,
                                            @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                            @RequestParam(defaultValue = "casework") String purpose) {
        EpisodeKind<?> k = kind(kind);
        JourneyChange<?> change = change(k, body, null);
        JourneyService.Recorded r = journeys.record(currentActor.get(), childId, version(ifMatch), List.of(change), purpose);
        return ResponseEntity.created(URI.create("/api/children/" + childId + "/" + kind + "/" + r.records().get(0).id()))
                .eTag(etag(r.version())).body(Map.of("record", r.records().get(0), "version", r.version()));
    }

    /** Replaces one record; needs If-Match with the version read. */
    @PutMapping("/{childId}/{kind}/{recordId}")
    ResponseEntity<Map<String, Object>> replace(@PathVariable UUID childId, @PathVariable String kind,
                                                @PathVariable UUID recordId, @RequestBody JsonNode body,
                                                @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                @RequestParam(defaultValue = "casework") String purpose) {
        JourneyChange<?> change = change(kind(kind), body, recordId);
        JourneyService.Recorded r = journeys.record(currentActor.get(), childId, version(ifMatch), List.of(change), purpose);
        return ResponseEntity.ok().eTag(etag(r.version())).body(Map.of("record", r.records().get(0), "version", r.version()));
    }

    /** Several changes at once, all or nothing: {"changes": [{"kind": "placements", "id": null, "record": {…}}]}. */
    @PostMapping("/{childId}/changes")
    ResponseEntity<Map<String, Object>> changes(@PathVariable UUID childId, @RequestBody JsonNode body,
                                                @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                @RequestParam(defaultValue = "casework") String purpose) {
        JsonNode list = body.get("changes");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw HearthProblem.badRequest("Send the changes as a non-empty list named 'changes'");
        }
        List<JourneyChange<?>> changes = new ArrayList<>();
        for (JsonNode c : list) {
            if (c.get("kind") == null || c.get("record") == null) {
                throw HearthProblem.badRequest("Each change needs a 'kind' and a 'record'");
            }
            UUID id = c.hasNonNull("id") ? parseId(c.get("id").asString()) : null;
            changes.add(change(kind(c.get("kind").asString()), c.get("record"), id));
        }
        JourneyService.Recorded r = journeys.record(currentActor.get(), childId, version(ifMatch), changes, purpose);
        return ResponseEntity.ok().eTag(etag(r.version())).body(Map.of("records", r.records(), "version", r.version()));
    }

    /** The kind of record to write; which rows a past return held is written only by importing that return. */
    private EpisodeKind<?> kind(String name) {
        EpisodeKind<?> kind = Stages.byName(name).orElseThrow(() -> new HearthProblem(
                org.springframework.http.HttpStatus.NOT_FOUND, "No such kind of record", "'" + name
                + "' is not a kind of record; the kinds are " + String.join(", ", Stages.allKinds().stream()
                .map(EpisodeKind::name).toList())));
        if (kind == ReturnedRowsStage.RETURNED_ROWS) {
            throw new HearthProblem(org.springframework.http.HttpStatus.BAD_REQUEST, "Written only by an import",
                    "Which rows a past 903 return held is recorded only by importing that return (returns import)");
        }
        return kind;
    }

    private <T extends Record & JourneyRecord> JourneyChange<T> change(EpisodeKind<T> kind, JsonNode body, UUID id) {
        T record = read(body, kind.type());
        if (id != null) {
            record = kind.table().withIdentity(record, id, record.personId());
        } else if (record.id() != null) {
            throw HearthProblem.badRequest("A new record must not carry an id; to change a record, PUT it to its own address");
        }
        return JourneyChange.of(kind, record);
    }

    private <T> T read(JsonNode body, Class<T> type) {
        // Unknown fields are refused: a mistyped field name must not silently drop what the user entered.
        return json.readerFor(type).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(body);
    }

    private static UUID parseId(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw HearthProblem.badRequest("'" + text + "' is not a record id");
        }
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String v = ifMatch.trim().replace("W/", "").replace("\"", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw HearthProblem.badRequest("If-Match must be the record's version, as given in its ETag");
        }
    }
}
