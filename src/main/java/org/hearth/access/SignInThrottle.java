package org.hearth.access;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing. Failures are counted per username attempted (whether or not the account exists, so a
 * lock says nothing about who has an account) and per client address. After {@code freeFailures} failures in a row
 * the name (or, after {@code addressFreeFailures}, the address) is locked: the first lock lasts {@code firstLock}, each
 * further failure doubles it, up to {@code maxLock}. While locked every attempt is refused, the right password too,
 * without checking it, and is not counted. A success clears the name's count, not the address's (one good account
 * must not buy unlimited guesses at others); both start afresh {@code forgetAfter} after their first failure. The
 * address allows many more failures than a name: a council office signs in from one address. Plain Java, so the
 * rules are tested without a server.
 */
public final class SignInThrottle {
    /** Never remember more than this many names or addresses: a flood of made-up names cannot fill the memory. */
    static final int MAX_TRACKED = 100_000;

    private final int freeFailures;
    private final int addressFreeFailures;
    private final Duration firstLock;
    private final Duration maxLock;
    private final Duration forgetAfter;
    private final Map<String, Failures> byName = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

    public SignInThrottle(int freeFailures, int addressFreeFailures, Duration firstLock, Duration maxLock,
                          Duration forgetAfter) {
        if (freeFailures < 1 || addressFreeFailures < 1 || firstLock.isNegative() || firstLock.isZero()
                || maxLock.compareTo(firstLock) < 0 || forgetAfter.compareTo(maxLock) < 0) {
            throw new IllegalArgumentException(
                    "sign-in throttle: at least one free failure, 0 < first lock <= max lock <= forget after");
        }
        this.freeFailures = freeFailures;
        this.addressFreeFailures = addressFreeFailures;
        this.firstLock = firstLock;
        this.maxLock = maxLock;
        this.forgetAfter = forgetAfter;
    }

    /** Failures counted, the first one's instant and, once past the free ones, the instant the lock ends. */
    private record Failures(int count, Instant first, Instant lockedUntil) {}

    /** The instant until which this attempt must be refused, if the name or the address is locked. */
    public Optional<Instant> lockedUntil(String username, String address, Instant now) {
        Instant until = later(lockOf(byName, key(username), now), lockOf(byAddress, address, now));
        return Optional.ofNullable(until);
    }

    /** Counts a failure against the name and the address; returns the lock it now brings, if any. */
    public Optional<Instant> failed(String username, String address, Instant now) {
        Instant name = count(byName, key(username), freeFailures, now);
        Instant addr = address == null ? null : count(byAddress, address, addressFreeFailures, now);
        return Optional.ofNullable(later(name, addr));
    }

    /** A right password (while not locked): the name starts afresh. The address keeps its count. */
    public void succeeded(String username) {
        byName.remove(key(username));
    }

    private Instant count(Map<String, Failures> map, String key, int free, Instant now) {
        if (map.size() >= MAX_TRACKED && !map.containsKey(key)) {
            prune(map, now);
        }
        Failures f = map.compute(key, (k, old) -> {
            // A fixed window from the first failure: an office's steady trickle of typos starts afresh every
            // forgetAfter instead of adding up all day. Locked attempts are never counted, so no lock is cut short.
            boolean fresh = old == null || !old.first().plus(forgetAfter).isAfter(now);
            int n = fresh ? 1 : old.count() + 1;
            Instant until = n < free ? null : now.plus(lockFor(n - free));
            return new Failures(n, fresh ? now : old.first(), until);
        });
        return f.lockedUntil();
    }

    /** How long the lock lasts after {@code extra} failures beyond the free ones: doubling, capped. */
    Duration lockFor(int extra) {
        Duration d = firstLock;
        for (int i = 0; i < extra && d.compareTo(maxLock) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(maxLock) > 0 ? maxLock : d;
    }

    private static Instant lockOf(Map<String, Failures> map, String key, Instant now) {
        if (key == null) {
            return null;
        }
        Failures f = map.get(key);
        return f == null || f.lockedUntil() == null || !f.lockedUntil().isAfter(now) ? null : f.lockedUntil();
    }

    /** Forgets names and addresses not locked now; if every one is locked, forgets them all rather than run out of memory. */
    private static void prune(Map<String, Failures> map, Instant now) {
        for (Iterator<Failures> it = map.values().iterator(); it.hasNext(); ) {
            Failures f = it.next();
            if (f.lockedUntil() == null || !f.lockedUntil().isAfter(now)) {
                it.remove();
            }
        }
        if (map.size() >= MAX_TRACKED) {
            map.clear();
        }
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
