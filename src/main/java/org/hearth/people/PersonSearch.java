package org.hearth.people;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds children by what a practitioner has to hand: a name (any part, case-insensitive, forename, surname or
 * known-as), a date of birth, an NHS number or an LA id. Returns candidates only; callers filter by access.
 */
@Component
public class PersonSearch {
    public record Match(UUID id, String name, LocalDate dob, String legacyId) {}

    static final int LIMIT = 50;
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu");

    private final JdbcTemplate jdbc;

    PersonSearch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Match> find(String query) {
        String q = query == null ? "" : query.trim();
        if (q.isEmpty()) {
            return List.of();
        }
        String select = "SELECT pers_person_id, coalesce(nullif(pers_known_as, ''), pers_forename) || ' ' || pers_surname, "
                + "pers_dob, pers_legacy_id FROM ssd_person WHERE pers_kind = 'CHILD' AND ";
        String digits = q.replace(" ", "");
        if (digits.matches("\\d{10}")) {
            return jdbc.query(select + "pers_nhs_number = ? LIMIT " + LIMIT, this::match, digits);
        }
        LocalDate dob = date(q);
        if (dob != null) {
            return jdbc.query(select + "pers_dob = ? ORDER BY pers_surname LIMIT " + LIMIT, this::match, java.sql.Date.valueOf(dob));
        }
        List<Match> byId = jdbc.query(select + "upper(pers_legacy_id) = upper(?)", this::match, q);
        if (!byId.isEmpty()) {
            return byId;
        }
        List<String> clauses = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        for (String word : q.toLowerCase().split("\\s+")) {
            clauses.add("(lower(pers_forename) LIKE ? OR lower(pers_surname) LIKE ? OR lower(coalesce(pers_known_as, '')) LIKE ?)");
            String like = word.replace("%", "").replace("_", "") + "%";
            args.add(like);
            args.add(like);
            args.add(like);
        }
        return jdbc.query(select + String.join(" AND ", clauses) + " ORDER BY pers_surname, pers_forename LIMIT " + LIMIT,
                this::match, args.toArray());
    }

    private Match match(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        java.sql.Date d = rs.getDate(3);
        return new Match(rs.getObject(1, UUID.class), rs.getString(2), d == null ? null : d.toLocalDate(), rs.getString(4));
    }

    private static LocalDate date(String q) {
        try {
            return q.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(q) : LocalDate.parse(q, DMY);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
