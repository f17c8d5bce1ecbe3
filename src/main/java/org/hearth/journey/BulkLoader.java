package org.hearth.journey;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.journey.child.Person;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes whole journeys in batches, for generated demo data and (later) imports. Each journey must pass every
 * journey rule first; the caller's transaction makes the load all or nothing. The chronology is written as the
 * domain events of a normal write would have written it.
 */
@Component
public class BulkLoader {
    static final int BATCH = 2_000;

    private final JdbcTemplate jdbc;
    private final JourneyRepository repository;
    private final JourneyRules rules;
    private final StageRegistry stages;

    BulkLoader(JdbcTemplate jdbc, JourneyRepository repository, StageRegistry stages) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.stages = stages;
        this.rules = stages.rules();
    }

    /**
     * The journeys of children already on record, by their LA child id (legacy id), for imports that match them.
     * Their rows are locked for the caller's transaction, so no edit slips in between reading and extending them.
     */
    public Map<String, ChildJourney> journeysByLegacyId(java.util.Collection<String> legacyIds) {
        Map<String, ChildJourney> out = new HashMap<>();
        List<String> ids = new ArrayList<>(legacyIds);
        for (int from = 0; from < ids.size(); from += BATCH) {
            String[] chunk = ids.subList(from, Math.min(ids.size(), from + BATCH)).toArray(String[]::new);
            List<UUID> found = jdbc.queryForList("SELECT pers_person_id FROM ssd_person WHERE pers_legacy_id = ANY(?) FOR UPDATE",
                    UUID.class, (Object) chunk);
            repository.loadAll(found).values().forEach(j -> out.put(j.child().legacyId(), j));
        }
        return out;
    }

    /** Thrown when a journey breaks a rule: nothing of the load is kept. */
    public static class InvalidJourney extends RuntimeException {
        public InvalidJourney(String legacyId, Violation v) {
            super("child " + legacyId + ": " + v.rule() + (v.dfeCode() == null ? "" : " (" + v.dfeCode() + ")") + ": "
                    + v.message());
        }
    }

    /** Starts a load; add journeys to it, then {@link Batch#finish()} within the same transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Batch start(String recordedBy) {
        return new Batch(recordedBy);
    }

    /** One load's rows waiting to be written. Not shared between threads. */
    public final class Batch {
        private final String recordedBy;
        private final Map<EpisodeKind<?>, List<Object[]>> pending = new HashMap<>();
        private final List<Object[]> people = new ArrayList<>();
        private final List<Object[]> disabilities = new ArrayList<>();
        private final List<Object[]> chronology = new ArrayList<>();
        private int count;

        private Batch(String recordedBy) {
            this.recordedBy = recordedBy;
        }

        public void add(ChildJourney journey) {
            add(journey, List.of());
        }

        /**
         * As {@link #add(ChildJourney)}, for history brought in as another system held it: the violations the
         * caller lists (having shown them to whoever asked for the import) are kept; any other refuses the load.
         */
        public void add(ChildJourney journey, List<Violation> accepted) {
            refuseUnaccepted(journey, rules.check(journey), accepted);
            Person p = journey.child();
            people.add(JourneyRepository.PEOPLE.insertValues(p));
            for (String code : p.disabilities()) {
                disabilities.add(new Object[] {UUID.randomUUID(), p.id(), code});
            }
            for (EpisodeKind<?> kind : stages.kinds()) {
                queue(journey, kind);
            }
            count++;
            if (people.size() >= BATCH) {
                flush();
            }
        }

        /**
         * Adds to a journey already on record: the records of {@code after} that {@code before} lacks are written,
         * and the change is refused only for the violations it introduces (history already held may break a rule).
         */
        public void extend(ChildJourney before, ChildJourney after) {
            extend(before, after, List.of());
        }

        /** As {@link #extend(ChildJourney, ChildJourney)}, keeping the violations the caller lists. */
        public void extend(ChildJourney before, ChildJourney after, List<Violation> accepted) {
            refuseUnaccepted(before, rules.introducedBy(before, after), accepted);
            for (EpisodeKind<?> kind : stages.kinds()) {
                queueNew(before, after, kind);
            }
            repository.bumpVersion(before.child().id(), recordedBy, "import");
            count++;
            if (count % BATCH == 0) {
                flush();
            }
        }

        /** Refuses the load for the first of {@code violations} that the caller did not list as accepted. */
        private static void refuseUnaccepted(ChildJourney journey, List<Violation> violations,
                                             List<Violation> accepted) {
            for (Violation v : violations) {
                if (accepted.stream().noneMatch(v::sameProblemAs)) {
                    throw new InvalidJourney(journey.child().legacyId(), v);
                }
            }
        }

        private <T extends Record & JourneyRecord> void queueNew(ChildJourney before, ChildJourney after,
                                                                 EpisodeKind<T> kind) {
            for (T r : after.all(kind)) {
                if (before.find(kind, r.id()).isEmpty()) {
                    queueOne(kind, r);
                }
            }
        }

        /** A person the journeys refer to (a parent, a sibling), checked by the person rules and written first. */
        public void addPerson(Person person) {
            List<Violation> violations = org.hearth.journey.child.PersonRules.check(person, java.time.LocalDate.now());
            if (!violations.isEmpty()) {
                throw new InvalidJourney(person.id().toString(), violations.get(0));
            }
            people.add(JourneyRepository.PEOPLE.insertValues(person));
        }

        /** Writes what is left; returns how many children the load added or extended. */
        public int finish() {
            flush();
            return count;
        }

        private <T extends Record & JourneyRecord> void queue(ChildJourney journey, EpisodeKind<T> kind) {
            for (T r : journey.all(kind)) {
                queueOne(kind, r);
            }
        }

        private <T extends Record & JourneyRecord> void queueOne(EpisodeKind<T> kind, T r) {
            pending.computeIfAbsent(kind, k -> new ArrayList<>()).add(kind.table().insertValues(r));
            if (r.startDate() != null) {
                chronology.add(new Object[] {r.personId(), Date.valueOf(r.startDate()), kind.name(), r.summary(),
                        r.id(), recordedBy});
            }
        }

        private void flush() {
            jdbc.batchUpdate(JourneyRepository.PEOPLE.insert(), people);
            people.clear();
            jdbc.batchUpdate("INSERT INTO ssd_disability (disa_table_id, disa_person_id, disa_disability_code) "
                    + "VALUES (?, ?, ?)", disabilities);
            disabilities.clear();
            for (EpisodeKind<?> kind : stages.kinds()) {
                List<Object[]> rows = pending.remove(kind);
                if (rows != null && !rows.isEmpty()) {
                    jdbc.batchUpdate(kind.table().insert(), rows);
                }
            }
            jdbc.batchUpdate("INSERT INTO chronology_entry (chro_person_id, chro_event_date, chro_kind, chro_summary, "
                    + "chro_record_id, chro_recorded_by) VALUES (?, ?, ?, ?, ?, ?)", chronology);
            chronology.clear();
        }
    }
}
