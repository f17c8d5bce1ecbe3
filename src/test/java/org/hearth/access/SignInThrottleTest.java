package org.hearth.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {
    private static final Instant T0 = Instant.parse("2026-12-07T09:00:00Z");
    private final SignInThrottle throttle = new SignInThrottle(5, 50, Duration.ofSeconds(30), Duration.ofMinutes(15),
            Duration.ofHours(1));

    @Test
    void shouldLetFourFailuresPassAndLockTheNameOnTheFifth() {
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.failed("sw.demo", "10.0.0.1", T0)).isEmpty();
        }
        assertThat(throttle.lockedUntil("sw.demo", "10.0.0.1", T0)).isEmpty();

        assertThat(throttle.failed("sw.demo", "10.0.0.1", T0)).contains(T0.plusSeconds(30));
        assertThat(throttle.lockedUntil("sw.demo", "10.0.0.2", T0.plusSeconds(29))).contains(T0.plusSeconds(30));
        assertThat(throttle.lockedUntil("sw.demo", "10.0.0.2", T0.plusSeconds(30))).isEmpty();
    }

    @Test
    void shouldDoubleTheLockWithEachFurtherFailureUpToTheMaximum() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("sw.demo", null, T0);
        }
        assertThat(throttle.failed("sw.demo", null, T0.plusSeconds(31))).contains(T0.plusSeconds(31 + 60));
        assertThat(throttle.failed("sw.demo", null, T0.plusSeconds(100))).contains(T0.plusSeconds(100 + 120));
        assertThat(throttle.lockFor(500)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void shouldCountTheNameWhateverItsCaseSoALockCannotBeSidesteppedBySHOUTING() {
        for (int i = 0; i < 5; i++) {
            throttle.failed(i % 2 == 0 ? "SW.demo" : "sw.demo", null, T0);
        }
        assertThat(throttle.lockedUntil("Sw.Demo", null, T0)).isPresent();
    }

    @Test
    void shouldStartAfreshAfterASuccess() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("sw.demo", null, T0);
        }
        throttle.succeeded("sw.demo");
        assertThat(throttle.failed("sw.demo", null, T0)).isEmpty();
    }

    @Test
    void shouldForgetOldFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("sw.demo", null, T0);
        }
        assertThat(throttle.failed("sw.demo", null, T0.plus(Duration.ofHours(2)))).isEmpty();
    }

    @Test
    void shouldNotLetAnOfficesSteadyTrickleOfTyposAddUpAllDay() {
        // A typo every two minutes from the office's one address: 30 an hour, 240 in a day, under 50 in any window.
        for (int minute = 0; minute < 8 * 60; minute += 2) {
            assertThat(throttle.failed("worker-" + minute, "203.0.113.7", T0.plus(Duration.ofMinutes(minute)))).isEmpty();
        }
        assertThat(throttle.lockedUntil("someone", "203.0.113.7", T0.plus(Duration.ofHours(8)))).isEmpty();
    }

    @Test
    void shouldLockAnAddressThatTriesManyNamesButNotItsOtherNamesBefore() {
        for (int i = 0; i < 49; i++) {
            throttle.failed("name-" + i, "10.0.0.9", T0);
        }
        assertThat(throttle.lockedUntil("someone.else", "10.0.0.9", T0)).isEmpty();
        throttle.failed("name-49", "10.0.0.9", T0);

        assertThat(throttle.lockedUntil("someone.else", "10.0.0.9", T0)).isPresent();
        assertThat(throttle.lockedUntil("someone.else", "10.0.0.10", T0)).isEmpty();
    }

    @Test
    void shouldNotLetASuccessClearTheAddress() {
        for (int i = 0; i < 50; i++) {
            throttle.failed("name-" + i, "10.0.0.9", T0);
        }
        throttle.succeeded("my.own.account");
        assertThat(throttle.lockedUntil("my.own.account", "10.0.0.9", T0)).isPresent();
    }

    @Test
    void shouldRefuseASettingThatWouldNeverLockOrNeverUnlock() {
        assertThatThrownBy(() -> new SignInThrottle(0, 50, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SignInThrottle(5, 50, Duration.ZERO, Duration.ofMinutes(15), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SignInThrottle(5, 50, Duration.ofMinutes(30), Duration.ofMinutes(15), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
