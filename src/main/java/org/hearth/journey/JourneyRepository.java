package org.hearth.journey;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.people.Person;
import org.hearth.platform.jdbc.RecordTable;
import org.springframework.jdbc.core.JdbcTemplate;
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

    JourneyRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The last change to a child's record, for the message that refuses a stale edit. */
    public record LastChange(long version, String changedBy, Instant changedAt, String changedPart) {}

    Optional<ChildJourney> load(UUID childId) {
        List<Person> people = jdbc.query(PEOPLE.selectById(), PEOPLE.rowMapper(), childId);
        if (people.isEmpty()) {
            return Optional.empty();
        }
        Person person = withDisabilities(people.get(0));
        long version = jdbc.queryForObject("SELECT pers_version FROM ssd_person WHERE pers_person_id = ?", Long.class, childId);
        Map<EpisodeKind<?>, List<? extends JourneyRecord>> records = new HashMap<>();
        for (EpisodeKind<?> kind : Kinds.ALL) {
            records.put(kind, jdbc.query(kind.table().selectByPerson(), kind.table().rowMapper(), childId));
        }
        return Optional.of(new ChildJourney(person, version, records));
    }

    /** Many journeys at once, one query per kind: for caseloads and exports. */
    Map<UUID, ChildJourney> loadAll(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        UUID[] array = ids.toArray(UUID[]::new);
        Map<UUID, Person> people = new java.util.LinkedHashMap<>();
        for (Person p : jdbc.query(PEOPLE.selectByPersons(), PEOPLE.rowMapper(), (Object) array)) {
            people.put(p.id(), p);
        }
        Map<UUID, List<String>> disabilities = new HashMap<>();
        jdbc.query("SELECT disa_person_id, disa_disability_code FROM ssd_disability WHERE disa_person_id = ANY(?) "
                + "ORDER BY disa_disability_code", rs -> {
            disabilities.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getString(2));
        }, (Object) array);
        Map<UUID, Long> versions = new HashMap<>();
        jdbc.query("SELECT pers_person_id, pers_version FROM ssd_person WHERE pers_person_id = ANY(?)",
                rs -> { versions.put(rs.getObject(1, UUID.class), rs.getLong(2)); }, (Object) array);
        Map<UUID, Map<EpisodeKind<?>, List<JourneyRecord>>> records = new HashMap<>();
        for (EpisodeKind<?> kind : Kinds.ALL) {
            for (JourneyRecord r : jdbc.query(kind.table().selectByPersons(), kind.table().rowMapper(), (Object) array)) {
                records.computeIfAbsent(r.personId(), k -> new HashMap<>()).computeIfAbsent(kind, k -> new ArrayList<>()).add(r);
            }
        }
        Map<UUID, ChildJourney> out = new java.util.LinkedHashMap<>();
        people.forEach((id, p) -> {
            Person withDisabilities = new Person(p.id(), p.legacyId(), p.kind(), p.forename(), p.surname(), p.knownAs(),
                    p.sex(), p.gender(), p.ethnicity(), p.dob(), p.expectedDob(), p.deathDate(), p.nhsNumber(), p.upn(),
                    p.upnUnknown(), p.formerUpn(), p.nationality(), p.firstLanguage(), p.religion(),
                    p.immigrationStatus(), p.uasc(), p.isMother(), disabilities.getOrDefault(id, List.of()));
            Map<EpisodeKind<?>, List<? extends JourneyRecord>> own = new HashMap<>(records.getOrDefault(id, Map.of()));
            out.put(id, new ChildJourney(withDisabilities, versions.getOrDefault(id, 0L), own));
        });
        return out;
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

    Optional<Person> person(UUID id) {
        return jdbc.query(PEOPLE.selectById(), PEOPLE.rowMapper(), id).stream().findFirst().map(this::withDisabilities);
    }

    private Person withDisabilities(Person p) {
        List<String> codes = jdbc.queryForList(
                "SELECT disa_disability_code FROM ssd_disability WHERE disa_person_id = ? ORDER BY disa_disability_code",
                String.class, p.id());
        return new Person(p.id(), p.legacyId(), p.kind(), p.forename(), p.surname(), p.knownAs(), p.sex(), p.gender(),
                p.ethnicity(), p.dob(), p.expectedDob(), p.deathDate(), p.nhsNumber(), p.upn(), p.upnUnknown(),
                p.formerUpn(), p.nationality(), p.firstLanguage(), p.religion(), p.immigrationStatus(), p.uasc(),
                p.isMother(), codes);
    }

    /** Locks the child's row for this transaction and returns its last change. */
    Optional<LastChange> lock(UUID childId) {
        return jdbc.query("SELECT pers_version, pers_changed_by, pers_changed_at, pers_changed_part FROM ssd_person "
                        + "WHERE pers_person_id = ? FOR UPDATE",
                (rs, n) -> new LastChange(rs.getLong(1), rs.getString(2),
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
