package org.hearth.journey;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.platform.web.HearthProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What every task-shaped API endpoint does around its command: reads the version from If-Match, runs the command
 * through {@link JourneyService#execute}, names the request's own fields in any refusal, and answers with the new
 * version as the ETag — 201 when the command added records, 200 when it only changed them.
 */
public final class CommandApi {
    private CommandApi() {}

    /** A record the command saved: its kind (e.g. {@code cp-plans}) and id. */
    public record Saved(String kind, UUID id) {}

    /** The answer to a command: the record's new version and what was saved. */
    public record Result(long version, List<Saved> saved) {}

    /**
     * @param requestFields the request's field for each record field a refusal may name (record component →
     *                      request property); a refusal about any other field points at the whole request
     */
    public static ResponseEntity<Result> run(JourneyService journeys, Actor actor, UUID childId, String ifMatch,
                                             JourneyCommand command, String purpose, Map<String, String> requestFields) {
        return run(journeys, actor, childId, ifMatch, command, purpose, requestFields,
                result -> URI.create("/api/children/" + childId));
    }

    /**
     * {@link #run} whose 201 points its Location at what the command added (e.g. the note written), given the result.
     */
    public static ResponseEntity<Result> run(JourneyService journeys, Actor actor, UUID childId, String ifMatch,
                                             JourneyCommand command, String purpose, Map<String, String> requestFields,
                                             java.util.function.Function<Result, URI> location) {
        JourneyService.Recorded recorded;
        try {
            recorded = journeys.execute(actor, childId, version(ifMatch), command, purpose);
        } catch (RuleViolations v) {
            throw new RuleViolations(v.violations(), violation -> {
                String field = violation.field() == null ? null : requestFields.get(violation.field());
                return field == null ? "" : "/" + field;
            });
        }
        List<Saved> saved = recorded.records().stream()
                .map(r -> new Saved(kindOf(recorded, r), r.id())).toList();
        Result result = new Result(recorded.version(), saved);
        boolean added = recorded.added();
        return (added ? ResponseEntity.created(location.apply(result)) : ResponseEntity.ok())
                .eTag(etag(recorded.version())).body(result);
    }

    private static String kindOf(JourneyService.Recorded recorded, JourneyRecord record) {
        return recorded.kinds().getOrDefault(record.id(), "record");
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version in an If-Match header ({@code "7"} or {@code W/"7"}), or null when none was sent. */
    public static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String v = ifMatch.trim().replace("W/", "").replace("\"", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new HearthProblem(HttpStatus.BAD_REQUEST, "Check your answers",
                    "If-Match must be the record's version, as given in its ETag");
        }
    }
}
