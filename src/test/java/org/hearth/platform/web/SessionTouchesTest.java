package org.hearth.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;

class SessionTouchesTest {
    private static final Duration INTERVAL = Duration.ofSeconds(30);

    /** A store that keeps copies, as the JDBC one does, and counts its writes. */
    static final class Store implements FindByIndexNameSessionRepository<MapSession> {
        final Map<String, MapSession> rows = new HashMap<>();
        final List<String> writes = new ArrayList<>();
        final List<String> reads = new ArrayList<>();

        @Override
        public MapSession createSession() {
            return new MapSession();
        }

        @Override
        public void save(MapSession session) {
            writes.add(session.getId());
            rows.remove(session.getOriginalId());
            rows.put(session.getId(), new MapSession(session));
        }

        @Override
        public MapSession findById(String id) {
            reads.add(id);
            MapSession row = rows.get(id);
            return row == null ? null : new MapSession(row);
        }

        @Override
        public void deleteById(String id) {
            rows.remove(id);
        }

        @Override
        public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return Map.of();
        }
    }

    private final Store store = new Store();
    private final SessionTouches<MapSession> sessions = new SessionTouches<>(store, INTERVAL);

    private String storedSession(Instant at) {
        SessionTouches.Tracked<MapSession> s = sessions.createSession();
        s.setLastAccessedTime(at);
        s.setAttribute("user", "sw.demo");
        sessions.save(s);
        store.writes.clear();
        return s.getId();
    }

    /** What the session filter does on each request: find, touch, (maybe change), save. */
    private SessionTouches.Tracked<MapSession> page(String id, Instant at) {
        SessionTouches.Tracked<MapSession> s = sessions.findById(id);
        s.setLastAccessedTime(at);
        return s;
    }

    @Test
    void shouldWriteANewSession() {
        SessionTouches.Tracked<MapSession> s = sessions.createSession();
        sessions.save(s);
        assertThat(store.writes).containsExactly(s.getId());
        assertThat(store.findById(s.getId())).isNotNull();
    }

    @Test
    void shouldNotWriteASessionWhosePagesOnlyTouchItWithinTheInterval() {
        Instant t0 = Instant.parse("2026-12-07T09:00:00Z");
        String id = storedSession(t0);
        for (int second : new int[] {1, 10, 29}) {
            sessions.save(page(id, t0.plusSeconds(second)));
        }
        assertThat(store.writes).isEmpty();
        assertThat(store.findById(id).getLastAccessedTime()).isEqualTo(t0);
    }

    @Test
    void shouldWriteTheLastAccessOnceTheStoredOneIsIntervalOld() {
        Instant t0 = Instant.parse("2026-12-07T09:00:00Z");
        String id = storedSession(t0);
        sessions.save(page(id, t0.plusSeconds(30)));
        sessions.save(page(id, t0.plusSeconds(31)));
        assertThat(store.writes).containsExactly(id);
        assertThat(store.findById(id).getLastAccessedTime()).isEqualTo(t0.plusSeconds(30));
    }

    @Test
    void shouldWriteAtOnceWhenAnAttributeIsSetOrRemoved() {
        Instant t0 = Instant.parse("2026-12-07T09:00:00Z");
        String id = storedSession(t0);
        SessionTouches.Tracked<MapSession> set = page(id, t0.plusSeconds(1));
        set.setAttribute("draft", "x");
        sessions.save(set);
        SessionTouches.Tracked<MapSession> removed = page(id, t0.plusSeconds(2));
        removed.removeAttribute("draft");
        sessions.save(removed);
        assertThat(store.writes).containsExactly(id, id);
        assertThat(store.findById(id).<String>getAttribute("draft")).isNull();
    }

    @Test
    void shouldWriteAtOnceWhenTheIdChangesAsAtSignIn() {
        Instant t0 = Instant.parse("2026-12-07T09:00:00Z");
        String id = storedSession(t0);
        SessionTouches.Tracked<MapSession> s = page(id, t0.plusSeconds(1));
        String newId = s.changeSessionId();
        sessions.save(s);
        assertThat(store.writes).containsExactly(newId);
        assertThat(store.findById(newId)).isNotNull();
        assertThat(store.findById(id)).isNull();
    }

    @Test
    void shouldWriteANewTimeoutButNotTheSameOneSetAgain() {
        Instant t0 = Instant.parse("2026-12-07T09:00:00Z");
        String id = storedSession(t0);
        SessionTouches.Tracked<MapSession> same = page(id, t0.plusSeconds(1));
        same.setMaxInactiveInterval(same.getMaxInactiveInterval());
        sessions.save(same);
        assertThat(store.writes).isEmpty();
        SessionTouches.Tracked<MapSession> longer = page(id, t0.plusSeconds(2));
        longer.setMaxInactiveInterval(Duration.ofHours(1));
        sessions.save(longer);
        assertThat(store.writes).containsExactly(id);
    }

    @Test
    void shouldNotWriteTwiceWhenTheFilterSavesTheSameRequestAgain() {
        Instant t0 = Instant.parse("2026-12-07T09:00:00Z");
        String id = storedSession(t0);
        SessionTouches.Tracked<MapSession> s = page(id, t0.plusSeconds(1));
        s.setAttribute("draft", "x");
        sessions.save(s);
        sessions.save(s);
        assertThat(store.writes).containsExactly(id);
    }

    @Test
    void shouldAnswerNoSessionForAnUnknownId() {
        assertThat(sessions.findById("no-such-session")).isNull();
    }

    @Test
    void shouldReadTheSessionOnceInARequestThoughTheFilterAsksAgainAfterSavingIt() {
        Instant t0 = Instant.parse("2026-12-07T09:00:00Z");
        String id = storedSession(t0);
        store.reads.clear();
        SessionTouches.beginRequest();
        try {
            SessionTouches.Tracked<MapSession> first = page(id, t0.plusSeconds(1));
            sessions.save(first); // the response flushed in the middle of the page
            assertThat(sessions.findById(id)).isSameAs(first); // the filter's save when the request ends
        } finally {
            SessionTouches.endRequest();
        }
        assertThat(store.reads).containsExactly(id);
    }

    @Test
    void shouldReadTheSessionAfreshInEveryRequestAndOutsideOne() {
        Instant t0 = Instant.parse("2026-12-07T09:00:00Z");
        String id = storedSession(t0);
        store.reads.clear();
        for (int i = 0; i < 2; i++) {
            SessionTouches.beginRequest();
            try {
                sessions.findById(id);
            } finally {
                SessionTouches.endRequest();
            }
        }
        sessions.findById(id);
        sessions.findById(id);
        assertThat(store.reads).hasSize(4);
    }

    @Test
    void shouldNotFindASessionDeletedInTheSameRequest() {
        Instant t0 = Instant.parse("2026-12-07T09:00:00Z");
        String id = storedSession(t0);
        SessionTouches.beginRequest();
        try {
            assertThat(sessions.findById(id)).isNotNull();
            sessions.deleteById(id); // signing out
            assertThat(sessions.findById(id)).isNull();
        } finally {
            SessionTouches.endRequest();
        }
    }
}
