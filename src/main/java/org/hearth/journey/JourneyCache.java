package org.hearth.journey;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Loaded journeys kept in memory, each under the stamp its record had when it was read ({@link
 * JourneyRepository.Stamp}): the database moves a child's stamp on every write to anything a journey is read from
 * (migration V45's triggers, whatever path writes), so a journey is reused only while its record is unchanged. A read
 * asks for the stamps (one small statement) and loads only the children whose record changed or is not held.
 *
 * <p>Behind the seam: {@link JourneyService} checks access and audits every read before it asks here, and cuts the
 * whole journey held here to the user's view after; nothing held here is ever handed out uncut. Reads only: a change
 * loads the record it decides on afresh, under the child's row lock. Journeys are immutable, so one held journey can
 * be shared by threads.
 */
@Component
class JourneyCache {
    private record Held(JourneyRepository.Stamp stamp, ChildJourney journey) {}

    private final JourneyRepository repository;
    private final int capacity;
    /** Least recently used first; guarded by itself. */
    private final LinkedHashMap<UUID, Held> held;

    JourneyCache(JourneyRepository repository, @Value("${hearth.journey-cache.size:5000}") int capacity) {
        this.repository = repository;
        this.capacity = capacity;
        this.held = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, Held> eldest) {
                return size() > JourneyCache.this.capacity;
            }
        };
    }

    /** The children's journeys as their records stand now; a child with no record is left out. */
    Map<UUID, ChildJourney> loadAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        if (capacity <= 0) {
            return repository.loadAll(ids);
        }
        Map<UUID, Held> candidates = new LinkedHashMap<>();
        synchronized (held) {
            for (UUID id : ids) {
                Held h = held.get(id);
                if (h != null) {
                    candidates.put(id, h);
                }
            }
        }
        Map<UUID, ChildJourney> found = new LinkedHashMap<>();
        List<UUID> toLoad = new ArrayList<>();
        if (candidates.isEmpty()) {
            toLoad.addAll(ids); // nothing held: no stamps to compare, load them (with their stamps) in one round trip
        } else {
            Map<UUID, JourneyRepository.Stamp> now = repository.stamps(ids);
            for (UUID id : ids) {
                JourneyRepository.Stamp stamp = now.get(id);
                if (stamp == null) {
                    continue; // no such child (now)
                }
                Held h = candidates.get(id);
                if (h != null && h.stamp().equals(stamp)) {
                    found.put(id, h.journey());
                } else {
                    toLoad.add(id);
                }
            }
        }
        if (!toLoad.isEmpty()) {
            Map<UUID, JourneyRepository.Stamped> loaded = repository.loadAllStamped(toLoad);
            synchronized (held) {
                loaded.forEach((id, s) -> held.put(id, new Held(s.stamp(), s.journey())));
            }
            loaded.forEach((id, s) -> found.put(id, s.journey()));
        }
        Map<UUID, ChildJourney> out = new LinkedHashMap<>();
        for (UUID id : ids) {
            ChildJourney j = found.get(id);
            if (j != null) {
                out.put(id, j);
            }
        }
        return out;
    }

    java.util.Optional<ChildJourney> load(UUID id) {
        return java.util.Optional.ofNullable(loadAll(List.of(id)).get(id));
    }

    /** How many journeys are held (for tests). */
    int size() {
        synchronized (held) {
            return held.size();
        }
    }

    /** Forgets every journey held (for tests). */
    void clear() {
        synchronized (held) {
            held.clear();
        }
    }
}
