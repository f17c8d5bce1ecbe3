package org.hearth.platform.web;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The session store, minus the writes that only move a session's last-access time.
 * <p>
 * Spring Session sets the last-access time on every request, which marks the session changed, so the JDBC store
 * wrote the session's row (and its expiry index) on every page: a transaction, {@code SET LOCAL}, an UPDATE and a
 * commit, done when the response first flushes, i.e. often in the middle of rendering, while the page waits for a
 * pooled connection. Under 200 users on the 100,000-child demo those writes took 11% of the request threads' time
 * reading from the database and 11% of their waits for a pooled connection (docs/performance.md, 2026-12-07).
 * <p>
 * Here a session is written, as before, whenever anything but the last-access time changed (a new session, a
 * changed id, an attribute set or removed, a new timeout), and otherwise only once the stored last-access time is
 * {@code interval} old. The store's expiry may therefore lag by up to {@code interval}: a session can end that much
 * sooner than its timeout after the last page. With 30 s against a 30-minute timeout and a warning two minutes
 * before it, the warning still comes in time (answering it, {@code /keep-alive}, writes, as its last write is
 * minutes old). Equivalent to the store only under its default save mode (attributes written when set), which
 * Hearth uses.
 */
final class SessionTouches<S extends Session>
        implements FindByIndexNameSessionRepository<SessionTouches.Tracked<S>>, DisposableBean {
    private final FindByIndexNameSessionRepository<S> store;
    private final Duration interval;

    SessionTouches(FindByIndexNameSessionRepository<S> store, Duration interval) {
        this.store = Objects.requireNonNull(store);
        this.interval = Objects.requireNonNull(interval);
    }

    @Override
    public Tracked<S> createSession() {
        return new Tracked<>(this, store.createSession(), null);
    }

    @Override
    public void save(Tracked<S> session) {
        if (session.mustWrite(interval)) {
            store.save(session.session);
            session.written();
        }
    }

    /**
     * Reads the session with its attributes in one statement, outside a transaction: the store's read is a single
     * SELECT (the session row joined to its attributes), which sees one snapshot on its own. In a transaction it cost
     * four round trips on every request (BEGIN, {@code SET LOCAL synchronous_commit}, the SELECT, COMMIT); see
     * {@link SessionStore#springSessionTransactionOperations}. Writes keep their transaction.
     */
    @Override
    public Tracked<S> findById(String id) {
        Object[] request = REQUEST.get();
        if (request != null && request[0] instanceof Tracked<?> known && known.owner == this && id.equals(known.getId())) {
            @SuppressWarnings("unchecked")
            Tracked<S> same = (Tracked<S>) known;
            return same;
        }
        Tracked<S> read = read(id);
        if (request != null && read != null) {
            request[0] = read;
        }
        return read;
    }

    private Tracked<S> read(String id) {
        S found;
        READING.set(Boolean.TRUE);
        try {
            found = store.findById(id);
        } finally {
            READING.remove();
        }
        return found == null ? null : new Tracked<>(this, found, found.getLastAccessedTime());
    }

    /**
     * The session a request has read, so that it reads it once. Spring Session's filter saves the session when the
     * response is first flushed (in the middle of a large page) and again when the request ends, and between the two
     * it forgets the session it read, so the second save read it from the database again: two reads on My work and
     * the child record. Held only while a request's own dispatch runs ({@link SessionStore#oneSessionReadPerRequest}),
     * never across requests; dropped when the session is deleted (signing out).
     */
    private static final ThreadLocal<Object[]> REQUEST = new ThreadLocal<>();

    static void beginRequest() {
        REQUEST.set(new Object[1]);
    }

    static void endRequest() {
        REQUEST.remove();
    }

    private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

    /** Whether this thread is reading a session by id (its store's transaction is then none). */
    static boolean reading() {
        return READING.get() != null;
    }

    @Override
    public void deleteById(String id) {
        Object[] request = REQUEST.get();
        if (request != null) {
            request[0] = null;
        }
        store.deleteById(id);
    }

    @Override
    public Map<String, Tracked<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, Tracked<S>> out = new LinkedHashMap<>();
        store.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, s) -> out.put(id, new Tracked<>(this, s, s.getLastAccessedTime())));
        return out;
    }

    /** The store schedules its clean-up of expired sessions; it stops with the application. */
    @Override
    public void destroy() throws Exception {
        if (store instanceof DisposableBean disposable) {
            disposable.destroy();
        }
    }

    /** A stored session that remembers whether anything but its last-access time changed since it was stored. */
    static final class Tracked<S extends Session> implements Session {
        final S session;
        /** The store that read or made it. */
        final SessionTouches<S> owner;
        /** The last-access time as stored; null for a session not yet stored. */
        private Instant stored;
        private boolean changed;

        Tracked(SessionTouches<S> owner, S session, Instant stored) {
            this.owner = owner;
            this.session = session;
            this.stored = stored;
            this.changed = stored == null;
        }

        boolean mustWrite(Duration interval) {
            Instant now = session.getLastAccessedTime();
            return changed || now.isBefore(stored) || Duration.between(stored, now).compareTo(interval) >= 0;
        }

        void written() {
            changed = false;
            stored = session.getLastAccessedTime();
        }

        @Override
        public String getId() {
            return session.getId();
        }

        @Override
        public String changeSessionId() {
            changed = true;
            return session.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return session.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return session.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            changed = true;
            session.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            changed = true;
            session.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return session.getCreationTime();
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            session.setLastAccessedTime(lastAccessedTime);
        }

        @Override
        public Instant getLastAccessedTime() {
            return session.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            if (!interval.equals(session.getMaxInactiveInterval())) {
                changed = true;
            }
            session.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return session.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return session.isExpired();
        }
    }
}
