package org.hearth.access;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.audit.AuditLog;
import org.hearth.platform.web.HearthProblem;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Break-glass: a practitioner's own emergency access to a child they have no working relationship with, with a
 * typed reason, read-only, for one hour, audited and flagged to managers until one reviews it. One place for the
 * API and the web page alike.
 */
@Component
public class BreakGlass {
    public static final Duration FOR = Duration.ofHours(1);
    public static final int MIN_REASON = 10;

    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    BreakGlass(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public record Opened(UUID grantId, Instant expiresAt) {}

    /** Whether policy lets this user break the glass at all: practitioners may, analysts and administrators never. */
    public static boolean allowedFor(Actor actor) {
        return actor.role().practitioner();
    }

    /** The reason as given, or a problem saying what a reason needs; null when there is none yet. */
    public static String reasonProblem(String reason) {
        String r = reason == null ? "" : reason.trim();
        if (r.isEmpty()) {
            return "Give the reason you need this child's record now";
        }
        return r.length() < MIN_REASON ? "The reason must be at least " + MIN_REASON + " characters" : null;
    }

    @Transactional
    public Opened open(Actor actor, UUID childId, String reasonGiven) {
        String reason = reasonGiven == null ? "" : reasonGiven.trim();
        if (reasonProblem(reason) != null) {
            throw new HearthProblem(HttpStatus.BAD_REQUEST, "Give a reason",
                    "Say why you need this child's record now, in at least " + MIN_REASON + " characters",
                    List.of(Map.of("pointer", "/reason", "detail", "Give a reason of at least " + MIN_REASON + " characters")));
        }
        if (!allowedFor(actor)) {
            audit.appendAlone(actor.username(), childId, "access", "BREAK_GLASS", reason, "DENIED", null, "not a practitioner");
            throw new AccessDenied("Break-glass access is for practitioners working with children");
        }
        Boolean exists = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM ssd_person WHERE pers_person_id = ?)",
                Boolean.class, childId);
        if (!Boolean.TRUE.equals(exists)) {
            throw HearthProblem.notFound("The child's record");
        }
        Instant now = Instant.now();
        UUID id = UUID.randomUUID();
        jdbc.update("INSERT INTO access_grant (grant_id, person_id, username, kind, reason, granted_by, granted_at, expires_at) "
                        + "VALUES (?, ?, ?, 'BREAK_GLASS', ?, ?, ?, ?)", id, childId, actor.username(), reason,
                actor.username(), Timestamp.from(now), Timestamp.from(now.plus(FOR)));
        audit.append(actor.username(), childId, "access", "BREAK_GLASS", reason, "ALLOWED", "BREAK_GLASS",
                "flagged to managers");
        return new Opened(id, now.plus(FOR));
    }
}
