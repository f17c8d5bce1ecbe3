package org.hearth.journey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.journey.child.Person;

/**
 * One child's whole record: the person and every step of their journey. It is the aggregate that the journey rules
 * check and that one version number guards. Immutable: a change makes a new journey, so a refused change leaves
 * nothing behind.
 */
public final class ChildJourney {
    private final Person child;
    private final long version;
    private final Map<EpisodeKind<?>, List<JourneyRecord>> records;

    public ChildJourney(Person child, long version, Map<EpisodeKind<?>, List<? extends JourneyRecord>> records) {
        this.child = child;
        this.version = version;
        Map<EpisodeKind<?>, List<JourneyRecord>> copy = new HashMap<>();
        records.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.records = Map.copyOf(copy);
    }

    public static ChildJourney of(Person child) {
        return new ChildJourney(child, 0, Map.of());
    }

    public Person child() {
        return child;
    }

    public long version() {
        return version;
    }

    /**
     * The record of the kind with this API name open on {@code day} (started by then, not ended by then), if any. A
     * stage asks this of a later stage's records by the name the later stage publishes, so that it need not depend on
     * it (closing a CIN episode is refused while a "cp-plans" record is open).
     */
    public Optional<JourneyRecord> openOn(String kindName, java.time.LocalDate day) {
        for (Map.Entry<EpisodeKind<?>, List<JourneyRecord>> e : records.entrySet()) {
            if (e.getKey().name().equals(kindName)) {
                return e.getValue().stream().filter(r -> r.startDate() != null && !r.startDate().isAfter(day)
                        && (r.endDate() == null || r.endDate().isAfter(day)))
                        .max(Comparator.comparing(JourneyRecord::startDate));
            }
        }
        return Optional.empty();
    }

    /** The kinds of record this child has, in journey order. */
    public List<EpisodeKind<?>> kinds() {
        List<EpisodeKind<?>> out = new ArrayList<>(records.keySet());
        out.sort(Comparator.comparingInt(EpisodeKind::position));
        return out;
    }

    /** The records of one kind, ordered by start date (undated last). */
    public <T extends Record & JourneyRecord> List<T> all(EpisodeKind<T> kind) {
        List<T> out = new ArrayList<>();
        for (JourneyRecord r : records.getOrDefault(kind, List.of())) {
            out.add(kind.cast(r));
        }
        out.sort(Comparator.comparing(JourneyRecord::startDate, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    public <T extends Record & JourneyRecord> Optional<T> find(EpisodeKind<T> kind, UUID id) {
        return all(kind).stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public Optional<JourneyRecord> findAny(UUID id) {
        return records.values().stream().flatMap(List::stream).filter(r -> r.id().equals(id)).findFirst();
    }

    /** Every record of every kind, in date order: the raw material of the chronology. */
    public List<JourneyRecord> everything() {
        List<JourneyRecord> out = new ArrayList<>();
        records.values().forEach(out::addAll);
        out.sort(Comparator.comparing(JourneyRecord::startDate, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    /** This journey with a record added, or replacing the record with the same id. */
    public <T extends Record & JourneyRecord> ChildJourney with(EpisodeKind<T> kind, T record) {
        Map<EpisodeKind<?>, List<? extends JourneyRecord>> next = new HashMap<>(records);
        List<JourneyRecord> list = new ArrayList<>(records.getOrDefault(kind, List.of()));
        list.removeIf(r -> r.id().equals(record.id()));
        list.add(record);
        next.put(kind, list);
        return new ChildJourney(child, version, next);
    }

    /**
     * This journey as one reader may see it: only the kinds the predicate lets through, and within them only the
     * records it shows (a record flagged "do not disclose" is withheld from most views).
     */
    public ChildJourney visibleTo(java.util.function.Predicate<EpisodeKind<?>> kinds,
                                  java.util.function.Predicate<JourneyRecord> shown) {
        Map<EpisodeKind<?>, List<? extends JourneyRecord>> next = new HashMap<>();
        records.forEach((kind, list) -> {
            if (kinds.test(kind)) {
                next.put(kind, list.stream().filter(shown).toList());
            }
        });
        return new ChildJourney(child, version, next);
    }

    public ChildJourney withChild(Person person) {
        return new ChildJourney(person, version, new HashMap<>(records));
    }

    public ChildJourney withVersion(long newVersion) {
        return new ChildJourney(child, newVersion, new HashMap<>(records));
    }
}
