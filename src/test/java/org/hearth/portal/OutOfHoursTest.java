package org.hearth.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A harm flag goes to the duty team as well as the worker outside 09:00–17:00 London time on a working day. */
class OutOfHoursTest {
    final HarmFlags space = new HarmFlags(null, null, null, "T01");

    @Test
    void shouldSendAFlagToTheDutyTeamAtNightAtWeekendsAndOnBankHolidays() {
        assertThat(space.outOfHours(Instant.parse("2026-12-07T10:00:00Z"))).isFalse(); // Monday, 10:00 GMT
        assertThat(space.outOfHours(Instant.parse("2026-12-07T16:59:00Z"))).isFalse();
        assertThat(space.outOfHours(Instant.parse("2026-12-07T17:00:00Z"))).isTrue();
        assertThat(space.outOfHours(Instant.parse("2026-12-07T08:59:00Z"))).isTrue();
        assertThat(space.outOfHours(Instant.parse("2026-12-05T12:00:00Z"))).isTrue(); // Saturday
        assertThat(space.outOfHours(Instant.parse("2026-12-25T12:00:00Z"))).isTrue(); // Christmas Day
        assertThat(space.outOfHours(Instant.parse("2026-07-06T08:30:00Z"))).isFalse(); // 09:30 BST
    }
}
