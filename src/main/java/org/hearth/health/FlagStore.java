package org.hearth.health;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The health flag service's reads and writes: the children an NHS number finds, what the flag rules read of them,
 * who to contact, and the look-ups and flag history the council sees. Reads of a child's record run only inside the
 * access seam's work ({@link HealthFlags}).
 */
@Component
public class FlagStore {
    private final JdbcTemplate jdbc;

    FlagStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A child an NHS number finds: by their own number, or (an unborn child) by their mother's. */
    record Found(UUID childId, boolean viaMother) {}

    /** The person a flag is shown on: the child, or for an unborn child the mother whose NHS number found it. */
    public record Patient(UUID personId, String nhsNumber, String forename, String surname, LocalDate dob) {}

    /** Who at the council to contact about the child: the allocated social worker and their team. */
    public record Contact(String worker, String team) {}

    List<Found> find(String nhs) {
        return jdbc.query("SELECT pers_person_id, false FROM ssd_person WHERE pers_nhs_number = ? AND pers_kind = 'CHILD' "
                        + "UNION SELECT c.pers_person_id, true FROM ssd_person m "
                        + "JOIN person_relationship r ON r.rela_related_person_id = m.pers_person_id "
                        + "AND r.rela_relationship_type = 'MOTHER' "
                        + "JOIN ssd_person c ON c.pers_person_id = r.rela_person_id "
                        + "WHERE m.pers_nhs_number = ? AND c.pers_dob IS NULL AND c.pers_expected_dob IS NOT NULL",
                (rs, n) -> new Found(rs.getObject(1, UUID.class), rs.getBoolean(2)), nhs, nhs);
    }

    /** What the flag rules read of each child: unborn or not, CP plans, periods of care and legal statuses. */
    Map<UUID, FlagRules.Facts> facts(List<UUID> ids) {
        Map<UUID, FlagRules.Facts> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        Object[] any = {ids.toArray(UUID[]::new)};
        Map<UUID, Boolean> unborn = new HashMap<>();
        jdbc.query("SELECT pers_person_id, pers_dob IS NULL AND pers_expected_dob IS NOT NULL FROM ssd_person "
                + "WHERE pers_person_id = ANY(?)", rs -> {
                    unborn.put(rs.getObject(1, UUID.class), rs.getBoolean(2));
                }, any);
        Map<UUID, List<FlagRules.Span>> plans = new HashMap<>();
        jdbc.query("SELECT cppl_person_id, cppl_cp_plan_id, cppl_cp_plan_start_date, cppl_cp_plan_end_date "
                + "FROM ssd_cp_plans WHERE cppl_person_id = ANY(?)", rs -> {
                    plans.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new FlagRules.Span(
                            rs.getObject(2, UUID.class), day(rs.getDate(3)), day(rs.getDate(4))));
                }, any);
        Map<UUID, List<FlagRules.Span>> care = new HashMap<>();
        jdbc.query("SELECT clpe_person_id, clpe_period_id, clpe_period_start_date, clpe_period_end_date "
                + "FROM cla_periods WHERE clpe_person_id = ANY(?)", rs -> {
                    care.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new FlagRules.Span(
                            rs.getObject(2, UUID.class), day(rs.getDate(3)), day(rs.getDate(4))));
                }, any);
        Map<UUID, List<FlagRules.Legal>> legal = new HashMap<>();
        jdbc.query("SELECT lega_person_id, lega_legal_status, lega_legal_status_start_date, lega_legal_status_end_date "
                + "FROM ssd_legal_status WHERE lega_person_id = ANY(?)", rs -> {
                    legal.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new FlagRules.Legal(
                            rs.getString(2), day(rs.getDate(3)), day(rs.getDate(4))));
                }, any);
        for (UUID id : ids) {
            if (unborn.containsKey(id)) {
                out.put(id, new FlagRules.Facts(unborn.get(id), plans.getOrDefault(id, List.of()),
                        care.getOrDefault(id, List.of()), legal.getOrDefault(id, List.of())));
            }
        }
        return out;
    }

    Patient child(UUID childId) {
        return jdbc.queryForObject("SELECT pers_person_id, pers_nhs_number, pers_forename, pers_surname, pers_dob "
                + "FROM ssd_person WHERE pers_person_id = ?", (rs, n) -> new Patient(rs.getObject(1, UUID.class),
                rs.getString(2), rs.getString(3), rs.getString(4), day(rs.getDate(5))), childId);
    }

    /** The mother with this NHS number of this unborn child. */
    Patient mother(UUID childId, String nhs) {
        return jdbc.queryForObject("SELECT m.pers_person_id, m.pers_nhs_number, m.pers_forename, m.pers_surname, m.pers_dob "
                        + "FROM person_relationship r JOIN ssd_person m ON m.pers_person_id = r.rela_related_person_id "
                        + "WHERE r.rela_person_id = ? AND r.rela_relationship_type = 'MOTHER' AND m.pers_nhs_number = ? "
                        + "LIMIT 1", (rs, n) -> new Patient(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3), rs.getString(4), day(rs.getDate(5))), childId, nhs);
    }

    /** The child's allocated social worker (or, failing one, the worker allocated longest in any role) and team. */
    Contact contact(UUID childId) {
        return jdbc.query("SELECT u.display_name, d.dept_team_name FROM ssd_involvements i "
                        + "JOIN hearth_user u ON u.username = i.invo_professional_id "
                        + "LEFT JOIN ssd_department d ON d.dept_team_id = coalesce(u.team_id, i.invo_professional_team) "
                        + "WHERE i.invo_person_id = ? AND i.invo_involvement_start_date <= current_date "
                        + "AND (i.invo_involvement_end_date IS NULL OR i.invo_involvement_end_date >= current_date) "
                        + "ORDER BY (i.invo_professional_role_id = 'SW') DESC, i.invo_involvement_start_date LIMIT 1",
                (rs, n) -> new Contact(rs.getString(1), rs.getString(2)), childId).stream().findFirst()
                .orElse(new Contact(null, null));
    }

    /** The partner organisation a user belongs to: its id and name, or null. */
    Organisation organisationOf(String username) {
        return jdbc.query("SELECT o.organisation_id, o.name, o.type, t.health FROM hearth_user u "
                        + "JOIN organisation o ON o.organisation_id = u.organisation_id "
                        + "JOIN organisation_type t ON t.code = o.type WHERE u.username = ?",
                (rs, n) -> new Organisation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)),
                username).stream().findFirst().orElse(null);
    }

    void recordLookups(List<Object[]> rows) {
        jdbc.batchUpdate("INSERT INTO health_lookup (helo_person_id, helo_organisation_id, helo_username, helo_setting, "
                + "helo_purpose, helo_flags) VALUES (?, ?, ?, ?, ?, ?)", rows);
    }

    void recordChange(UUID childId, FlagKind flag, String change, LocalDate effective, String detail, UUID recordId,
                      String by) {
        jdbc.update("INSERT INTO health_flag_history (hfh_person_id, hfh_flag, hfh_change, hfh_effective_date, hfh_detail, "
                        + "hfh_record_id, hfh_recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                childId, flag.name(), change, Date.valueOf(effective), detail, recordId, by);
    }

    boolean unborn(UUID childId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT pers_dob IS NULL AND pers_expected_dob IS NOT NULL "
                + "FROM ssd_person WHERE pers_person_id = ?", Boolean.class, childId));
    }

    /** A look-up shown to the council: who, from where, when, and what they saw. */
    public record Lookup(UUID childId, String organisation, String setting, String purpose, String flags,
                         java.time.Instant at) {}

    List<Lookup> lookups(List<UUID> childIds, java.time.Instant since, int limit) {
        if (childIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT l.helo_person_id, o.name, l.helo_setting, l.helo_purpose, l.helo_flags, "
                        + "l.helo_looked_up_at FROM health_lookup l JOIN organisation o "
                        + "ON o.organisation_id = l.helo_organisation_id WHERE l.helo_person_id = ANY(?) "
                        + "AND l.helo_looked_up_at >= ? ORDER BY l.helo_looked_up_at DESC LIMIT ?",
                (rs, n) -> new Lookup(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant()),
                childIds.toArray(UUID[]::new), java.sql.Timestamp.from(since), limit);
    }

    /** One line of the "what was flagged when" history. */
    public record Change(FlagKind flag, String change, LocalDate effective, String detail, String by,
                         java.time.Instant at) {}

    List<Change> history(UUID childId) {
        return jdbc.query("SELECT hfh_flag, hfh_change, hfh_effective_date, hfh_detail, hfh_recorded_by, hfh_recorded_at "
                        + "FROM health_flag_history WHERE hfh_person_id = ? ORDER BY hfh_entry_id DESC",
                (rs, n) -> new Change(FlagKind.valueOf(rs.getString(1)), rs.getString(2), day(rs.getDate(3)),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()), childId);
    }

    private static LocalDate day(java.sql.Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
