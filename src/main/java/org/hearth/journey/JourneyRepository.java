package org.hearth.journey;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.journey.child.Person;
import org.hearth.platform.jdbc.RecordTable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes children's journeys. Package-private on purpose for writes: only {@link JourneyService}, which
 * passes the access seam and the rules, changes a record.
 */
@Repository
public class JourneyRepository {
    static final RecordTable<Person> PEOPLE =
            new RecordTable<>(Person.class, "ssd_person", "pers_", "pers_person_id", "disabilities");

    private final JdbcTemplate jdbc;
    private final StageRegistry stages;

    JourneyRepository(JdbcTemplate jdbc, StageRegistry stages) {
        this.jdbc = jdbc;
        this.stages = stages;
    }

    /** The last change to a child's record, for the message that refuses a stale edit. */
    /**
     * The record's last change: its version, who made it (username, and the name people know them by, which a stale
     * edit's message shows), when, and which part.
     */
    public record LastChange(long version, String changedBy, String changedByName, Instant changedAt,
                             String changedPart) {
        public LastChange(long version, String changedBy, Instant changedAt, String changedPart) {
            this(version, changedBy, null, changedAt, changedPart);
        }

        /** The person's display name where Hearth knows it, else their username. */
        public String who() {
            return changedByName == null || changedByName.isBlank() ? changedBy : changedByName;
        }
    }

    Optional<ChildJourney> load(UUID childId) {
        return Optional.ofNullable(loadAll(List.of(childId)).get(childId));
    }

    /**
     * Where a child's record stands for {@link JourneyCache}: the change stamp the database moves on every write to
     * anything a journey is read from (V45's triggers), and the transaction that wrote the person row's current
     * version (so a stamp seen inside a transaction that later rolls back never matches again).
     */
    record Stamp(long touched, long xmin) {}

    private static final String STAMPS = "SELECT pers_person_id, pers_touched, xmin::text::bigint FROM ssd_person "
            + "WHERE pers_person_id = ANY(?)";

    /** The children's stamps, in one statement. */
    Map<UUID, Stamp> stamps(java.util.Collection<UUID> ids) {
        Map<UUID, Stamp> out = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query(STAMPS, rs -> {
                out.put(rs.getObject(1, UUID.class), new Stamp(rs.getLong(2), rs.getLong(3)));
            }, (Object) ids.toArray(UUID[]::new));
        }
        return out;
    }

    /** A journey and the stamp read before its rows (so the rows are at least as new as the stamp says). */
    record Stamped(ChildJourney journey, Stamp stamp) {}

    /** {@link #loadAll} with each child's stamp, read in the same round trip before any of the rows. */
    Map<UUID, Stamped> loadAllStamped(java.util.Collection<UUID> ids) {
        Map<UUID, Stamp> stamps = new HashMap<>();
        Map<UUID, ChildJourney> journeys = loadAll(ids, stamps);
        Map<UUID, Stamped> out = new java.util.LinkedHashMap<>();
        journeys.forEach((id, j) -> {
            Stamp stamp = stamps.get(id);
            if (stamp != null) {
                out.put(id, new Stamped(j, stamp));
            }
        });
        return out;
    }

    Map<UUID, ChildJourney> loadAll(java.util.Collection<UUID> ids) {
        return loadAll(ids, null);
    }

    /**
     * Many journeys at once: the person, their disabilities and version, and one query per kind of record, all sent
     * to PostgreSQL in one round trip (the driver sends the statements together and reads their results in turn).
     */
    private Map<UUID, ChildJourney> loadAll(java.util.Collection<UUID> ids, Map<UUID, Stamp> stamps) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        UUID[] array = ids.toArray(UUID[]::new);
        Map<UUID, Person> people = new java.util.LinkedHashMap<>();
        Map<UUID, List<String>> disabilities = new HashMap<>();
        Map<UUID, Long> versions = new HashMap<>();
        Map<UUID, Map<EpisodeKind<?>, List<JourneyRecord>>> records = new HashMap<>();
        List<String> queries = new ArrayList<>();
        List<RowCallbackHandler> handlers = new ArrayList<>();
        if (stamps != null) { // first: the rows read after it are at least as new as the stamp
            queries.add(STAMPS);
            handlers.add(rs -> stamps.put(rs.getObject(1, UUID.class), new Stamp(rs.getLong(2), rs.getLong(3))));
        }
        RowMapper<Person> personRow = PEOPLE.rowMapper();
        queries.add(PEOPLE.selectByPersons());
        handlers.add(rs -> {
            Person p = personRow.mapRow(rs, 0);
            people.put(p.id(), p);
        });
        queries.add("SELECT disa_person_id, disa_disability_code FROM ssd_disability WHERE disa_person_id = ANY(?) "
                + "ORDER BY disa_disability_code");
        handlers.add(rs -> disabilities.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                .add(rs.getString(2)));
        queries.add("SELECT pers_person_id, pers_version FROM ssd_person WHERE pers_person_id = ANY(?)");
        handlers.add(rs -> versions.put(rs.getObject(1, UUID.class), rs.getLong(2)));
        for (EpisodeKind<?> kind : stages.kinds()) {
            RowMapper<? extends JourneyRecord> row = kind.table().rowMapper();
            queries.add(kind.table().selectByPersons());
            handlers.add(rs -> {
                JourneyRecord r = row.mapRow(rs, 0);
                records.computeIfAbsent(r.personId(), k -> new HashMap<>())
                        .computeIfAbsent(kind, k -> new ArrayList<>()).add(r);
            });
        }
        inOneRoundTrip(queries, array, handlers);
        Map<UUID, ChildJourney> out = new java.util.LinkedHashMap<>();
        people.forEach((id, p) -> {
            Map<EpisodeKind<?>, List<? extends JourneyRecord>> own = new HashMap<>(records.getOrDefault(id, Map.of()));
            out.put(id, new ChildJourney(withDisabilities(p, disabilities.getOrDefault(id, List.of())),
                    versions.getOrDefault(id, 0L), own));
        });
        return out;
    }

    /** Runs queries that each take the same one parameter, as one batch; each result goes to its handler. */
    private void inOneRoundTrip(List<String> queries, Object parameter, List<RowCallbackHandler> handlers) {
        String sql = String.join(";\n", queries);
        jdbc.execute((java.sql.Connection con) -> {
            try (java.sql.PreparedStatement ps = con.prepareStatement(sql)) {
                for (int i = 1; i <= queries.size(); i++) {
                    ps.setObject(i, parameter);
                }
                boolean results = ps.execute();
                int index = 0;
                while (results || ps.getUpdateCount() != -1) {
                    if (results) {
                        try (java.sql.ResultSet rs = ps.getResultSet()) {
                            while (rs.next()) {
                                handlers.get(index).processRow(rs);
                            }
                        }
                        index++;
                    }
                    results = ps.getMoreResults();
                }
                if (index != queries.size()) {
                    throw new IllegalStateException("expected " + queries.size() + " results, read " + index);
                }
            }
            return null;
        });
    }

    /** Every child the LA knows (they have an LA child id; relatives named on a record do not). */
    List<UUID> childrenKnownToLa() {
        return jdbc.queryForList("SELECT pers_person_id FROM ssd_person WHERE pers_legacy_id IS NOT NULL "
                + "ORDER BY pers_legacy_id", UUID.class);
    }

    /** Children with an open allocation to a worker today. */
    public List<UUID> allocatedTo(String username) {
        return jdbc.queryForList("SELECT DISTINCT invo_person_id FROM ssd_involvements WHERE invo_professional_id = ? "
                + "AND invo_involvement_start_date <= current_date AND (invo_involvement_end_date IS NULL "
                + "OR invo_involvement_end_date >= current_date)", UUID.class, username);
    }

    /** Whether a person already holds this NHS number, written with or without spaces. */
    boolean nhsNumberTaken(String nhs) {
        if (nhs == null || nhs.isBlank()) {
            return false;
        }
        String digits = nhs.replaceAll("\\D", "");
        String spaced = digits.length() == 10 ? digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6) : digits;
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM ssd_person WHERE pers_nhs_number IN (?, ?, ?))",
                Boolean.class, nhs, digits, spaced));
    }

    Optional<Person> person(UUID id) {
        return jdbc.query(PEOPLE.selectById(), PEOPLE.rowMapper(), id).stream().findFirst().map(this::withDisabilities);
    }

    private Person withDisabilities(Person p) {
        return withDisabilities(p, jdbc.queryForList(
                "SELECT disa_disability_code FROM ssd_disability WHERE disa_person_id = ? ORDER BY disa_disability_code",
                String.class, p.id()));
    }

    private static Person withDisabilities(Person p, List<String> codes) {
        return new Person(p.id(), p.legacyId(), p.kind(), p.forename(), p.surname(), p.knownAs(), p.sex(), p.gender(),
                p.ethnicity(), p.dob(), p.expectedDob(), p.deathDate(), p.nhsNumber(), p.upn(), p.upnUnknown(),
                p.formerUpn(), p.nationality(), p.firstLanguage(), p.religion(), p.immigrationStatus(), p.uasc(),
                p.isMother(), codes, p.interpreterNeeded());
    }

    /** Locks the child's row for this transaction and returns its last change. */
    Optional<LastChange> lock(UUID childId) {
        return jdbc.query("SELECT pers_version, pers_changed_by, pers_changed_at, pers_changed_part, "
                        + "(SELECT display_name FROM hearth_user WHERE username = pers_changed_by) FROM ssd_person "
                        + "WHERE pers_person_id = ? FOR UPDATE OF ssd_person",
                (rs, n) -> new LastChange(rs.getLong(1), rs.getString(2), rs.getString(5),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(), rs.getString(4)),
                childId).stream().findFirst();
    }

    void insertPerson(Person person, String actor) {
        jdbc.update(PEOPLE.insert(), PEOPLE.insertValues(person));
        insertDisabilities(person);
        jdbc.update("UPDATE ssd_person SET pers_changed_by = ?, pers_changed_at = ?, pers_changed_part = 'person' "
                + "WHERE pers_person_id = ?", actor, Timestamp.from(Instant.now()), person.id());
    }

    void updatePerson(Person person) {
        jdbc.update(PEOPLE.update(), PEOPLE.updateValues(person));
        jdbc.update("DELETE FROM ssd_disability WHERE disa_person_id = ?", person.id());
        insertDisabilities(person);
    }

    private void insertDisabilities(Person person) {
        List<Object[]> rows = new ArrayList<>();
        for (String code : person.disabilities()) {
            rows.add(new Object[] {UUID.randomUUID(), person.id(), code});
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO ssd_disability (disa_table_id, disa_person_id, disa_disability_code) VALUES (?, ?, ?)", rows);
        }
    }

    <T extends Record & JourneyRecord> void insert(EpisodeKind<T> kind, T record) {
        jdbc.update(kind.table().insert(), kind.table().insertValues(record));
    }

    <T extends Record & JourneyRecord> void update(EpisodeKind<T> kind, T record) {
        jdbc.update(kind.table().update(), kind.table().updateValues(record));
    }

    /** Marks a change: the version moves on, and who changed which part is kept for the stale-edit message. */
    long bumpVersion(UUID childId, String actor, String part) {
        return jdbc.queryForObject("UPDATE ssd_person SET pers_version = pers_version + 1, pers_changed_by = ?, "
                        + "pers_changed_at = ?, pers_changed_part = ? WHERE pers_person_id = ? RETURNING pers_version",
                Long.class, actor, Timestamp.from(Instant.now()), part, childId);
    }
}
