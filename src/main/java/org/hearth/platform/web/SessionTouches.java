package org.hearth.platform.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * The session store as pages use it, writing a session's last-access time at most once per {@link #EVERY}.
 * <p>
 * Spring Session marks the session changed on every request only to move its last-access time, so every page
 * opened a transaction and updated its row in PostgreSQL; on a page larger than the response buffer that happened
 * in the middle of rendering, waiting for a pooled connection with the page half sent (JFR and the bench's errors,
 * docs/performance.md). A touch within {@link #EVERY} of the stored one is not written: the session then ends at
 * most that much before 30 minutes of inactivity (the timeout warning comes two minutes before). Anything else
 * that changes (an attribute, a new id at sign-in, the timeout) is written as before, in the same request.
 */
final class SessionTouches<S extends Session> implements SessionRepository<SessionTouches.Touched> {
    static final Duration EVERY = Duration.ofSeconds(30);

    private final SessionRepository<S> store;

    SessionTouches(SessionRepository<S> store) {
        this.store = store;
    }

    @Override
    public Touched createSession() {
        return new Touched(store.createSession(), null);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void save(Touched session) {
        store.save((S) session.delegate);
    }

    @Override
    public Touched findById(String id) {
        S found = store.findById(id);
        return found == null ? null : new Touched(found, found.getLastAccessedTime());
    }

    @Override
    public void deleteById(String id) {
        store.deleteById(id);
    }

    /** A stored session whose last-access time moves only when the stored one is {@link #EVERY} old. */
    static final class Touched implements Session {
        private final Session delegate;
        private final Instant stored;

        Touched(Session delegate, Instant stored) {
            this.delegate = delegate;
            this.stored = stored;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (stored == null || !lastAccessedTime.isBefore(stored.plus(EVERY))) {
                delegate.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return delegate.getId();
        }

        @Override
        public String changeSessionId() {
            return delegate.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return delegate.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return delegate.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            delegate.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            delegate.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return delegate.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return delegate.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            delegate.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return delegate.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return delegate.isExpired();
        }
    }
}
