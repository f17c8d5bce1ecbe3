package org.hearth.people;

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

/** The ties the stability index and a proposed move are checked against: the child's schools, who they keep seeing. */
@RestController
@Tag(name = "The child's network", description = "People who matter, relationships and addresses")
class SchoolsApi {
    private final JourneyService journeys;
    private final CurrentActor currentActor;

    SchoolsApi(JourneyService journeys, CurrentActor currentActor) {
        this.journeys = journeys;
        this.currentActor = currentActor;
    }

    /**
     * Version 1 of the request to record a school the child attends or attended.
     *
     * @param name the school's name
     * @param urn  the school's six-digit URN (optional)
     * @param from the day the child started there
     * @param to   the day they left (optional; an open school ends the day before a later one starts)
     */
    record SchoolRequest(String name, String urn, LocalDate from, LocalDate to) {}

    /** @param keep whether the child wants to keep seeing this person */
    record KeepSeeingRequest(Boolean keep) {}

    @PostMapping("/api/children/{childId}/schools")
    @Operation(summary = "Record a school the child attends or attended",
            description = "A new school ends the open one the day before it starts; each change is a school move in "
                    + "the stability index. Send the version read as If-Match when it ends an open school.")
    ResponseEntity<CommandApi.Result> school(@PathVariable UUID childId, @RequestBody SchoolRequest r,
                                             @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                             @RequestParam(defaultValue = "record the child's school") String purpose) {
        return CommandApi.run(journeys, currentActor.get(), childId, ifMatch, new RecordSchool(r.name(), r.urn(),
                r.from(), r.to()), purpose, Map.of("schoolName", "name", "schoolUrn", "urn", "startDate", "from",
                "endDate", "to"));
    }

    @PostMapping("/api/children/{childId}/people-who-matter/{id}/keep-seeing")
    @Operation(summary = "Say whether the child wants to keep seeing a person who matters to them",
            description = "A tie a proposed placement move is checked against. Needs the version read (If-Match).")
    ResponseEntity<CommandApi.Result> keepSeeing(@PathVariable UUID childId, @PathVariable UUID id,
                                                 @RequestBody KeepSeeingRequest r,
                                                 @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                 @RequestParam(defaultValue = "record the child's network") String purpose) {
        return CommandApi.run(journeys, currentActor.get(), childId, ifMatch, new MarkKeepSeeing(id,
                Boolean.TRUE.equals(r == null ? null : r.keep())), purpose, Map.of());
    }
}
