package org.hearth.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;

class SessionTouchesTest {
    private final MapSessionRepository map = new MapSessionRepository(new java.util.concurrent.ConcurrentHashMap<>());
    private final SessionTouches<MapSession> sessions = new SessionTouches<>(map);

    private String storedAt(Instant at) {
        MapSession s = map.createSession();
        s.setLastAccessedTime(at);
        map.save(s);
        return s.getId();
    }

    @Test
    void shouldNotMoveTheLastAccessTimeWithinThirtySecondsOfTheStoredOne() {
        Instant stored = Instant.parse("2026-12-07T09:00:00Z");
        SessionTouches.Touched s = sessions.findById(storedAt(stored));
        s.setLastAccessedTime(stored.plusSeconds(29));
        assertThat(s.getLastAccessedTime()).isEqualTo(stored);
    }

    @Test
    void shouldMoveTheLastAccessTimeOnceTheStoredOneIsThirtySecondsOld() {
        Instant stored = Instant.parse("2026-12-07T09:00:00Z");
        String id = storedAt(stored);
        SessionTouches.Touched s = sessions.findById(id);
        s.setLastAccessedTime(stored.plus(SessionTouches.EVERY));
        sessions.save(s);
        assertThat(map.findById(id).getLastAccessedTime()).isEqualTo(stored.plusSeconds(30));
    }

    @Test
    void shouldStillWriteAnAttributeChangedWithinTheWindow() {
        Instant stored = Instant.now();
        String id = storedAt(stored);
        SessionTouches.Touched s = sessions.findById(id);
        s.setLastAccessedTime(stored.plusSeconds(1));
        s.setAttribute("draft", "kept");
        sessions.save(s);
        assertThat((String) map.findById(id).getAttribute("draft")).isEqualTo("kept");
    }

    @Test
    void shouldTouchANewSessionAtOnce() {
        SessionTouches.Touched s = sessions.createSession();
        Instant now = Instant.now().plusSeconds(5);
        s.setLastAccessedTime(now);
        assertThat(s.getLastAccessedTime()).isEqualTo(now);
    }

    @Test
    void shouldStillExpireASessionInactiveForItsWholeTimeout() {
        MapSession old = map.createSession();
        old.setMaxInactiveInterval(Duration.ofMinutes(30));
        old.setLastAccessedTime(Instant.now().minus(Duration.ofMinutes(31)));
        map.save(old);
        assertThat(sessions.findById(old.getId())).isNull();
    }
}
