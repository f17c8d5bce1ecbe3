package org.hearth.access;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.platform.web.HearthProblem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Access beyond allocation: a team manager's time-limited grant with a reason, and break-glass — a practitioner's
 * own emergency access with a typed reason, read-only, for one hour, flagged to managers until one reviews it.
 */
@RestController
class AccessController {
    static final int MIN_REASON = BreakGlass.MIN_REASON;
    static final int MAX_GRANT_DAYS = 90;

    private final JdbcTemplate jdbc;
    private final CurrentActor currentActor;
    private final AccessSeam seam;
    private final BreakGlass breakGlass;

    AccessController(JdbcTemplate jdbc, CurrentActor currentActor, AccessSeam seam, BreakGlass breakGlass) {
        this.breakGlass = breakGlass;
        this.jdbc = jdbc;
        this.currentActor = currentActor;
        this.seam = seam;
    }

    record BreakGlassRequest(String reason) {}

    /** Whom to grant, why, for how many days, and which parts of the record (none named: the whole record). */
    record GrantRequest(String username, String reason, Integer days, List<String> parts) {}

    record Flag(UUID grantId, UUID childId, String username, String reason, Instant grantedAt, Instant expiresAt) {}

    @PostMapping("/api/children/{childId}/break-glass")
    Map<String, Object> breakGlass(@PathVariable UUID childId, @RequestBody BreakGlassRequest request) {
        BreakGlass.Opened opened = breakGlass.open(currentActor.get(), childId, request == null ? null : request.reason());
        return Map.of("grantId", opened.grantId(), "expiresAt", opened.expiresAt(), "readOnly", true,
                "notice", "Your access is recorded and will be reviewed by a manager");
    }

    /**
     * A team manager of the child's allocated worker grants someone read access to some or all of the record, for a
     * stated reason and time. The seam checks first (so a refusal is audited whatever else is wrong with the
     * request); the grant is a SPECIFIC role assignment.
     */
    @PostMapping("/api/children/{childId}/grants")
    Map<String, Object> grant(@PathVariable UUID childId, @RequestBody(required = false) GrantRequest request) {
        Actor actor = currentActor.get();
        String reason = request == null || request.reason() == null ? null : request.reason().trim();
        return seam.write(actor, childId, RecordParts.ACCESS, "grant access", () -> {
            if (request == null || request.username() == null || reason == null || reason.length() < MIN_REASON
                    || !AccessSeam.isText(reason) || !AccessSeam.isText(request.username())) {
                throw HearthProblem.badRequest("Give the username to grant access to and a reason of at least "
                        + MIN_REASON + " characters");
            }
            int days = request.days() == null ? 7 : request.days();
            if (days < 1 || days > MAX_GRANT_DAYS) {
                throw HearthProblem.badRequest("A grant lasts between 1 and " + MAX_GRANT_DAYS + " days");
            }
            List<String> parts = request.parts() == null || request.parts().isEmpty() ? null : request.parts();
            if (parts != null && !RecordParts.KNOWN.containsAll(parts)) {
                throw HearthProblem.badRequest("Name parts of the record Hearth knows, such as visits or placements");
            }
            Integer exists = jdbc.queryForObject("SELECT count(*) FROM hearth_user WHERE username = ?", Integer.class,
                    request.username());
            if (exists == null || exists == 0) {
                throw HearthProblem.badRequest("There is no Hearth user called " + request.username());
            }
            Instant now = Instant.now();
            UUID id = UUID.randomUUID();
            jdbc.update("INSERT INTO role_assignment (assignment_id, holder_id, role, scope_kind, scope_id, grant_type, "
                            + "parts, valid_from, valid_to, reason, granted_by, granted_at) "
                            + "VALUES (?, ?, 'GRANTEE', 'CHILD', ?, 'SPECIFIC', ?, ?, ?, ?, ?, ?)",
                    id, request.username(), childId.toString(), parts == null ? null : parts.toArray(String[]::new),
                    Timestamp.from(now), Timestamp.from(now.plus(Duration.ofDays(days))), reason, actor.username(),
                    Timestamp.from(now));
            return Map.of("grantId", id, "expiresAt", now.plus(Duration.ofDays(days)),
                    "parts", parts == null ? List.of("*") : parts);
        });
    }

    /** Break-glass uses not yet reviewed, for team managers and administrators. */
    @GetMapping("/api/access/break-glass")
    List<Flag> flags() {
        return breakGlass.unreviewed(currentActor.get()).stream().map(f -> new Flag(f.grantId(), f.childId(),
                f.username(), f.reason(), f.grantedAt(), f.expiresAt())).toList();
    }

    @PostMapping("/api/access/break-glass/{grantId}/reviewed")
    Map<String, Object> reviewed(@PathVariable UUID grantId) {
        breakGlass.review(currentActor.get(), grantId);
        return Map.of("reviewed", true);
    }
}
