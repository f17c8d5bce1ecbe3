package org.hearth.access;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.hearth.audit.AuditLog;
import org.hearth.platform.web.HearthProblem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one seam through which every read and write of a child's record passes. It decides, by
 * {@link AccessPolicy}, whether the user has a lawful basis; runs the work in a transaction; and leaves an audit
 * entry whatever the outcome: ALLOWED with the work, DENIED or REFUSED on their own.
 */
@Component
public class AccessSeam {
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    public AccessSeam(JdbcTemplate jdbc, AuditLog audit, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.tx = tx;
    }

    public <T> T read(Actor actor, UUID childId, String part, String purpose, Supplier<T> work) {
        return guarded(actor, childId, part, AccessPolicy.Action.READ, purpose, work);
    }

    public <T> T write(Actor actor, UUID childId, String part, String purpose, Supplier<T> work) {
        return guarded(actor, childId, part, AccessPolicy.Action.WRITE, purpose, work);
    }

    /**
     * Creating a new child's record: there is no relationship yet, so any practitioner may, and the work must
     * allocate them (or someone) in the same transaction.
     */
    public <T> T create(Actor actor, String part, String purpose, java.util.function.Function<UUID, T> work) {
        UUID childId = UUID.randomUUID();
        if (!actor.role().practitioner()) {
            String reason = "Only practitioners create children's records";
            audit.appendAlone(actor.username(), null, part, "CREATE", purpose, "DENIED", null, reason);
            throw new AccessDenied(reason);
        }
        return run(actor, childId, part, "CREATE", purpose, "CREATOR", () -> work.apply(childId));
    }

    /**
     * Reads several children's records at once (a caseload): each child is judged on its own, those the user may
     * not see are left out (and the refusal audited), and every child read gets its own audit entry.
     */
    public <T> List<T> readEach(Actor actor, List<UUID> childIds, String part, String purpose,
                                java.util.function.Function<List<UUID>, List<T>> work) {
        java.util.Map<UUID, Relationships> facts = relationships(actor, childIds);
        List<UUID> allowed = new java.util.ArrayList<>();
        List<AuditLog.Pending> entries = new java.util.ArrayList<>();
        for (UUID id : childIds) {
            AccessPolicy.Decision d = AccessPolicy.decide(actor, facts.get(id), AccessPolicy.Action.READ);
            if (d.allowed()) {
                allowed.add(id);
                entries.add(new AuditLog.Pending(actor.username(), id, part, "READ", purpose, "ALLOWED",
                        d.basis().name(), null));
            } else {
                audit.appendAlone(actor.username(), id, part, "READ", purpose, "DENIED", null, d.reason());
            }
        }
        return tx.execute(status -> {
            List<T> result = work.apply(allowed);
            audit.appendAll(entries);
            return result;
        });
    }

    /**
     * A bulk read by the system for a lawful purpose (a statutory return), run by an operator from the command
     * line: no practitioner relationship applies, so one audit entry records who, why and how many records.
     */
    public <T> T systemRead(String operator, String part, String purpose, Supplier<T> work,
                            java.util.function.ToIntFunction<T> count) {
        return tx.execute(status -> {
            T result = work.get();
            audit.append("system:" + operator, null, part, "READ", purpose, "ALLOWED", "STATUTORY_RETURN",
                    count.applyAsInt(result) + " records");
            return result;
        });
    }

    /**
     * Which of these children the user could read now, without recording an access: to narrow search results, or a
     * list of many children (the LA's return errors) before reading them with {@link #readEach}. Analysts and
     * administrators read none.
     */
    public List<UUID> readable(Actor actor, List<UUID> childIds) {
        if (!actor.role().practitioner() || childIds.isEmpty()) {
            return List.of();
        }
        java.util.Map<UUID, Relationships> facts = relationships(actor, childIds);
        return childIds.stream()
                .filter(id -> AccessPolicy.decide(actor, facts.get(id), AccessPolicy.Action.READ).allowed())
                .toList();
    }

    private <T> T guarded(Actor actor, UUID childId, String part, AccessPolicy.Action action, String purpose,
                          Supplier<T> work) {
        Boolean exists = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM ssd_person WHERE pers_person_id = ?)",
                Boolean.class, childId);
        if (!Boolean.TRUE.equals(exists)) {
            throw HearthProblem.notFound("The child's record");
        }
        AccessPolicy.Decision decision = AccessPolicy.decide(actor, relationships(actor, childId), action);
        if (!decision.allowed()) {
            audit.appendAlone(actor.username(), childId, part, action.name(), purpose, "DENIED", null, decision.reason());
            throw new AccessDenied(decision.reason());
        }
        return run(actor, childId, part, action.name(), purpose, decision.basis().name(), work);
    }

    private <T> T run(Actor actor, UUID childId, String part, String action, String purpose, String basis,
                      Supplier<T> work) {
        try {
            return tx.execute(status -> {
                T result = work.get();
                audit.append(actor.username(), childId, part, action, purpose, "ALLOWED", basis, null);
                return result;
            });
        } catch (RuntimeException e) {
            // The work was refused (rules, stale version, bad input): keep that it was tried, not what was typed.
            audit.appendAlone(actor.username(), childId, part, action, purpose, "REFUSED", basis,
                    e instanceof HearthProblem p ? p.title() : e.getClass().getSimpleName());
            throw e;
        }
    }

    /** The same facts for many children in two queries. */
    java.util.Map<UUID, Relationships> relationships(Actor actor, List<UUID> childIds) {
        java.util.Map<UUID, List<Relationships.Allocated>> allocations = new java.util.HashMap<>();
        java.util.Map<UUID, List<Relationships.Grant>> grants = new java.util.HashMap<>();
        UUID[] ids = childIds.toArray(UUID[]::new);
        jdbc.query("SELECT i.invo_person_id, i.invo_professional_id, i.invo_professional_role_id, "
                        + "coalesce(u.team_id, i.invo_professional_team) FROM ssd_involvements i "
                        + "LEFT JOIN hearth_user u ON u.username = i.invo_professional_id "
                        + "WHERE i.invo_person_id = ANY(?) AND i.invo_involvement_start_date <= current_date "
                        + "AND (i.invo_involvement_end_date IS NULL OR i.invo_involvement_end_date >= current_date)",
                rs -> {
                    allocations.computeIfAbsent(rs.getObject(1, UUID.class), k -> new java.util.ArrayList<>())
                            .add(new Relationships.Allocated(rs.getString(2), rs.getString(3), rs.getString(4)));
                }, (Object) ids);
        jdbc.query("SELECT person_id, kind, reason FROM access_grant WHERE person_id = ANY(?) AND username = ? "
                        + "AND granted_at <= now() AND expires_at > now()",
                rs -> {
                    grants.computeIfAbsent(rs.getObject(1, UUID.class), k -> new java.util.ArrayList<>())
                            .add(new Relationships.Grant(rs.getString(2), rs.getString(3)));
                }, ids, actor.username());
        java.util.Map<UUID, Relationships> out = new java.util.HashMap<>();
        for (UUID id : childIds) {
            out.put(id, new Relationships(allocations.getOrDefault(id, List.of()), grants.getOrDefault(id, List.of())));
        }
        return out;
    }

    Relationships relationships(Actor actor, UUID childId) {
        return relationships(actor, List.of(childId)).get(childId);
    }
}
