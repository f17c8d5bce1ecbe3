package org.hearth.platform.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the council's name (configuration, not code) and who is signed in. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutAdvice {
    private final String council;
    private final int sessionMinutes;

    LayoutAdvice(@Value("${hearth.council-name}") String council,
                 @Value("${server.servlet.session.timeout:30m}") java.time.Duration timeout) {
        this.council = council;
        this.sessionMinutes = (int) timeout.toMinutes();
    }

    @ModelAttribute("council")
    String council() {
        return council;
    }

    @ModelAttribute("sessionMinutes")
    int sessionMinutes() {
        return sessionMinutes;
    }

    /**
     * A one-time token for the page's form: a second submit of it records nothing and shows what the first saved
     * ({@link Idempotency}).
     */
    @ModelAttribute("formToken")
    String formToken() {
        return newFormToken();
    }

    /**
     * One strong generator per request thread. {@code UUID.randomUUID()} draws from one SecureRandom shared by the
     * whole JVM, and under 200 users the request threads queued on its lock (JFR: 77 waits, 69 s in one run,
     * docs/performance.md). A DRBG instance locks only itself; each is seeded from the system's entropy.
     */
    private static final ThreadLocal<java.security.SecureRandom> RANDOM = ThreadLocal.withInitial(() -> {
        try {
            return java.security.SecureRandom.getInstance("DRBG");
        } catch (java.security.NoSuchAlgorithmException e) {
            return new java.security.SecureRandom();
        }
    });

    /** A random (version 4) UUID, as {@code UUID.randomUUID()} makes it, from this thread's generator. */
    static String newFormToken() {
        byte[] b = new byte[16];
        RANDOM.get().nextBytes(b);
        b[6] = (byte) ((b[6] & 0x0f) | 0x40); // version 4
        b[8] = (byte) ((b[8] & 0x3f) | 0x80); // IETF variant
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(b);
        return new java.util.UUID(bytes.getLong(), bytes.getLong()).toString();
    }

    @ModelAttribute("signedInAs")
    String signedInAs() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName()) ? null : auth.getName();
    }
}
