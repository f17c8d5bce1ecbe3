package org.hearth.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.audit.AuditEntry;
import org.hearth.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

class SignInGuardTest {
    /** The audit entries the guard wrote: actor, outcome, detail. */
    private final List<String> audited = new ArrayList<>();
    private final AuditLog audit = new AuditLog(null, null, null) {
        @Override
        public AuditEntry appendAlone(String actor, UUID personId, String part, String action, String purpose,
                                      String outcome, String basis, String detail) {
            audited.add(action + " " + actor + " " + outcome + (detail == null ? "" : " " + detail));
            return null;
        }
    };
    private int passwordChecks;
    /** One account: sw.demo with the password "right". */
    private final AuthenticationProvider accounts = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication a) {
            passwordChecks++;
            if (a.getName().equals("sw.demo") && "right".equals(a.getCredentials())) {
                return UsernamePasswordAuthenticationToken.authenticated(a.getName(), null, List.of());
            }
            throw new BadCredentialsException("bad credentials");
        }

        @Override
        public boolean supports(Class<?> type) {
            return true;
        }
    };
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC);
    private final SignInGuard guard = new SignInGuard(accounts, new SignInThrottle(5, 100, Duration.ofSeconds(30),
            Duration.ofMinutes(15), Duration.ofHours(1)), audit, clock, Duration.ofMinutes(5));

    private static Authentication attempt(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }

    @Test
    void shouldRefuseTheRightPasswordAfter500WrongOnesWithoutCheckingIt() {
        for (int i = 0; i < 500; i++) {
            assertThatThrownBy(() -> guard.authenticate(attempt("sw.demo", "wrong")))
                    .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
        }
        int checked = passwordChecks;

        assertThatThrownBy(() -> guard.authenticate(attempt("sw.demo", "right")))
                .isInstanceOfSatisfying(SignInGuard.Locked.class,
                        l -> assertThat(l.minutesFrom(clock.instant())).isEqualTo(1));
        assertThat(passwordChecks).isEqualTo(checked).isEqualTo(5);
    }

    @Test
    void shouldAuditEveryFailureAndRefusalWithTheNameButNeverThePassword() {
        for (int i = 0; i < 6; i++) {
            assertThatThrownBy(() -> guard.authenticate(attempt("sw.demo", "my-secret-guess")));
        }
        assertThat(audited).hasSize(6);
        assertThat(audited.subList(0, 4)).allMatch(e -> e.equals("SIGN_IN sw.demo DENIED wrong username or password"));
        assertThat(audited.get(4)).startsWith("SIGN_IN sw.demo DENIED wrong username or password; locked until");
        assertThat(audited.get(5)).startsWith("SIGN_IN sw.demo LOCKED");
        assertThat(audited).noneMatch(e -> e.contains("my-secret-guess"));
    }

    @Test
    void shouldAuditASuccessOncePerFewMinutesNotOnEveryApiCall() {
        for (int i = 0; i < 3; i++) {
            assertThat(guard.authenticate(attempt("sw.demo", "right")).isAuthenticated()).isTrue();
        }
        assertThat(audited).containsExactly("SIGN_IN sw.demo ALLOWED");
    }

    @Test
    void shouldCheckCountAndAuditAFailureOnceThoughSpringAsksTheSameGuardAgainThroughItsParentManager() {
        // As HttpSecurity builds it: the chain's manager has the guard, and its parent (the global one) the same bean.
        var manager = new org.springframework.security.authentication.ProviderManager(List.of(guard),
                new org.springframework.security.authentication.ProviderManager(List.of(guard)));

        assertThatThrownBy(() -> manager.authenticate(attempt("sw.demo", "wrong")))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);

        assertThat(passwordChecks).isEqualTo(1);
        assertThat(audited).hasSize(1);
    }

    @Test
    void shouldKeepAnUnprintableOrEndlessNameOutOfTheAuditAsTyped() {
        assertThatThrownBy(() -> guard.authenticate(attempt("x\u0000y" + "z".repeat(100_000), "wrong")));
        assertThat(audited).singleElement().satisfies(e -> {
            assertThat(e).doesNotContain("\u0000");
            assertThat(e.length()).isLessThan(200);
        });
    }
}
