package org.hearth.platform.web;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * How the JDBC session store turns attribute values into bytes and back, as Spring Session does by default (Java
 * serialisation), except that the two values every page reads are not deserialised again while their stored bytes
 * are unchanged: the security context (who is signed in) and the CSRF token.
 * <p>
 * The store still reads the session's row and attributes from the database on every request; only the step from
 * those bytes to objects is remembered, keyed by the bytes themselves (compared in full, not by a hash), so nothing
 * here can go stale: a session signed out or expired has no row and no bytes, a changed context or token has other
 * bytes, and another Hearth instance's writes are read as before. Each request gets its own security context (a new
 * {@link SecurityContextImpl} around the remembered authentication, which Spring Security does not change once
 * built), since signing out clears the request's context in place; a CSRF token is immutable. Any other value is
 * deserialised on every read, as before.
 */
final class SessionValues {
    /** Values held at most; past it the whole map is dropped (a council has far fewer sessions signed in at once). */
    static final int MAX_HELD = 10_000;

    private final Map<Bytes, Object> held = new ConcurrentHashMap<>();
    private final DeserializingConverter deserialiser;
    private final GenericConversionService conversions = new GenericConversionService();

    SessionValues(ClassLoader classLoader) {
        this.deserialiser = new DeserializingConverter(classLoader);
        SerializingConverter serialiser = new SerializingConverter();
        conversions.addConverter(Object.class, byte[].class, serialiser::convert);
        conversions.addConverter(byte[].class, Object.class, this::read);
    }

    /** For the store (not a bean of its own: nothing else should pick it up as the application's conversions). */
    org.springframework.core.convert.ConversionService conversions() {
        return conversions;
    }

    /** The value these bytes hold: deserialised, or made from what the same bytes gave before. */
    Object read(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        Bytes key = new Bytes(bytes);
        Object known = held.get(key);
        if (known != null) {
            return fresh(known);
        }
        Object value = deserialiser.convert(bytes);
        Object kept = keepable(value);
        if (kept != null) {
            if (held.size() >= MAX_HELD) {
                held.clear();
            }
            held.put(key, kept);
            return fresh(kept);
        }
        return value;
    }

    /** Values held now; for tests. */
    int held() {
        return held.size();
    }

    /** What may be kept for these bytes: the authentication of a plain security context, a CSRF token; else null. */
    private static Object keepable(Object value) {
        if (value instanceof SecurityContextImpl context && context.getClass() == SecurityContextImpl.class
                && context.getAuthentication() != null) {
            return new Kept(context.getAuthentication());
        }
        if (value instanceof DefaultCsrfToken) {
            return value;
        }
        return null;
    }

    private static Object fresh(Object kept) {
        if (kept instanceof Kept k) {
            SecurityContext context = new SecurityContextImpl();
            context.setAuthentication(k.authentication());
            return context;
        }
        return kept;
    }

    /** A security context's authentication, remembered; each read gets a context of its own around it. */
    private record Kept(Authentication authentication) {}

    /** Bytes compared by content. */
    private static final class Bytes {
        private final byte[] bytes;
        private final int hash;

        Bytes(byte[] bytes) {
            this.bytes = bytes;
            this.hash = Arrays.hashCode(bytes);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Bytes b && b.hash == hash && Arrays.equals(b.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
