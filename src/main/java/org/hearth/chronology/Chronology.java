package org.hearth.chronology;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads a child's chronology. Callers pass the access seam first. */
@Component
public class Chronology {
    /**
     * One entry: what happened and when, the record it is about, who recorded it (their username for the API, their
     * name for a reader) and, when a worker marked it as a significant event, why it is significant.
     */
    public record Entry(long entryId, LocalDate date, String kind, String summary, UUID recordId, String recordedBy,
                        String recordedByName, Instant recordedAt, String significance) {
        public boolean significant() {
            return significance != null;
        }

        /** Who recorded it, for a reader: their name, or the username when Hearth has no name for it (an import). */
        public String recordedByWords() {
            return recordedByName != null ? recordedByName : recordedBy;
        }
    }

    /** A kind of event found in a child's chronology, how many times. */
    public record KindCount(String kind, int count) {}

    private static final String COLUMNS = "SELECT chro_entry_id, chro_event_date, chro_kind, chro_summary, chro_record_id, "
            + "chro_recorded_by, u.display_name, chro_recorded_at, s.chsi_significance FROM chronology_entry "
            + "LEFT JOIN hearth_user u ON u.username = chro_recorded_by "
            + "LEFT JOIN chronology_significance s ON s.chsi_entry_id = chro_entry_id ";

    private final JdbcTemplate jdbc;

    Chronology(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Entry> of(UUID childId) {
        return of(childId, Set.of());
    }

    /**
     * The child's chronology in date order, only the given kinds of event (every kind when none is given). A
     * chronology says what has happened: an entry dated ahead (outcomes recorded as at the year's end) shows on its day.
     */
    public List<Entry> of(UUID childId, Set<String> kinds) {
        String sql = COLUMNS + "WHERE chro_person_id = ? AND chro_event_date <= current_date"
                + (kinds.isEmpty() ? "" : " AND chro_kind = ANY(?)")
                + " ORDER BY chro_event_date, chro_entry_id";
        Object[] args = kinds.isEmpty() ? new Object[] {childId} : new Object[] {childId, kinds.toArray(String[]::new)};
        return withStaffNames(jdbc.query(sql, (rs, n) -> entry(rs), args));
    }

    /** Staff names by username, for the usernames given that Hearth knows. */
    public java.util.Map<String, String> names(java.util.Collection<String> usernames) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        if (!usernames.isEmpty()) {
            jdbc.query("SELECT username, display_name FROM hearth_user WHERE username = ANY(?)",
                    (java.sql.ResultSet rs) -> { names.put(rs.getString(1), rs.getString(2)); },
                    (Object) usernames.stream().filter(java.util.Objects::nonNull).toArray(String[]::new));
        }
        return names;
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*[A-Za-z0-9]");

    /**
     * The entries with the staff named in their text (an allocation names the worker and who allocated them by
     * username, as the record holds them) by their names: a chronology is read by people, not by accounts.
     */
    List<Entry> withStaffNames(List<Entry> entries) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (Entry e : entries) {
            java.util.regex.Matcher m = WORD.matcher(e.summary());
            while (m.find()) {
                words.add(m.group());
            }
        }
        if (words.isEmpty()) {
            return entries;
        }
        java.util.Map<String, String> names = new java.util.HashMap<>();
        jdbc.query("SELECT username, display_name FROM hearth_user WHERE username = ANY(?)",
                (java.sql.ResultSet rs) -> { names.put(rs.getString(1), rs.getString(2)); },
                (Object) words.toArray(String[]::new));
        if (names.isEmpty()) {
            return entries;
        }
        List<Entry> out = new java.util.ArrayList<>(entries.size());
        for (Entry e : entries) {
            java.util.regex.Matcher m = WORD.matcher(e.summary());
            StringBuilder text = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(text, java.util.regex.Matcher.quoteReplacement(names.getOrDefault(m.group(), m.group())));
            }
            m.appendTail(text);
            out.add(new Entry(e.entryId(), e.date(), e.kind(), text.toString(), e.recordId(), e.recordedBy(),
                    e.recordedByName(), e.recordedAt(), e.significance()));
        }
        return out;
    }

    /** One entry of this child's chronology; empty when the id is not one of theirs. */
    public Optional<Entry> entry(UUID childId, long entryId) {
        return withStaffNames(jdbc.query(COLUMNS + "WHERE chro_person_id = ? AND chro_entry_id = ?", (rs, n) -> entry(rs),
                childId, entryId)).stream().findFirst();
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        return new Entry(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4),
                rs.getObject(5, UUID.class), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(),
                rs.getString(9));
    }
}
