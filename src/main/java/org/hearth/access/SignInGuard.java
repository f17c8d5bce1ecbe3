package org.hearth.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hearth.audit.AuditLog;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Every password sign-in (the sign-in form and HTTP Basic on the API) passes here: a locked name or address is
 * refused before its password is looked at, a failure is counted ({@link SignInThrottle}), and each attempt is
 * audited as {@code SIGN_IN} with the username attempted and the outcome — never the password, nor the address.
 * HTTP Basic sends the password with every call, so a success is audited once per name and address every
 * {@code auditSuccessEvery}, not on every call; failures and refusals always.
 */
final class SignInGuard implements AuthenticationProvider {
    private final AuthenticationProvider accounts;
    private final SignInThrottle throttle;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration auditSuccessEvery;
    private final Map<String, Instant> lastAuditedSuccess = new ConcurrentHashMap<>();

    SignInGuard(AuthenticationProvider accounts, SignInThrottle throttle, AuditLog audit, Clock clock,
                Duration auditSuccessEvery) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
        this.auditSuccessEvery = auditSuccessEvery;
    }

    /** Refused because the name or address is locked; says until when. */
    static final class Locked extends LockedException {
        private final Instant until;

        Locked(Instant until) {
            super("too many failed sign-ins");
            this.until = until;
        }

        Instant until() {
            return until;
        }

        /** Whole minutes to wait, at least one. */
        long minutesFrom(Instant now) {
            long seconds = Math.max(0, Duration.between(now, until).getSeconds());
            return Math.max(1, (seconds + 59) / 60);
        }
    }

    /**
     * A wrong username or password. An account-status exception on purpose: Spring's ProviderManager then answers at
     * once instead of asking its parent manager, which holds this same guard — a failure would otherwise be checked
     * (BCrypt), counted and audited twice.
     */
    static final class WrongPassword extends org.springframework.security.authentication.AccountStatusException {
        WrongPassword() {
            super("bad credentials");
        }
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        Instant now = clock.instant();
        Optional<Instant> locked = throttle.lockedUntil(username, address, now);
        if (locked.isPresent()) {
            record(username, "LOCKED", "locked until " + locked.get());
            throw new Locked(locked.get());
        }
        Authentication done;
        try {
            done = accounts.authenticate(attempt);
        } catch (AuthenticationException e) {
            Optional<Instant> lock = throttle.failed(username, address, now);
            record(username, "DENIED", lock.map(u -> "wrong username or password; locked until " + u)
                    .orElse("wrong username or password"));
            if (lock.isPresent()) {
                throw new Locked(lock.get()); // this failure brought the lock: say so now, not on the next try
            }
            throw e instanceof org.springframework.security.authentication.AccountStatusException ? e : new WrongPassword();
        }
        throttle.succeeded(username);
        String key = username + "\u0000" + address;
        Instant last = lastAuditedSuccess.get(key);
        if (last == null || !last.plus(auditSuccessEvery).isAfter(now)) {
            if (lastAuditedSuccess.size() > SignInThrottle.MAX_TRACKED) {
                lastAuditedSuccess.clear();
            }
            lastAuditedSuccess.put(key, now);
            record(username, "ALLOWED", null);
        }
        return done;
    }

    private void record(String username, String outcome, String detail) {
        // The name as typed, cut short: a 100,000-character "username" is not kept whole.
        String actor = username == null || username.isBlank() ? "(none)"
                : (username.length() > 100 ? username.substring(0, 100) : username).replaceAll("\\p{Cntrl}", "?");
        audit.appendAlone(actor, null, "sign-in", "SIGN_IN", null, outcome, "password", detail);
    }

    @Override
    public boolean supports(Class<?> type) {
        return accounts.supports(type);
    }
}
