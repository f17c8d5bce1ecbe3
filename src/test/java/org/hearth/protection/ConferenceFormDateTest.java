package org.hearth.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Issue 13 §7: the conference form pre-filled a Sunday, a date its own rule (DfE 8875) refuses. */
class ConferenceFormDateTest {
    @Test
    void shouldNeverPrefillAConferenceDateAtAWeekend() {
        LocalDate friday = LocalDate.of(2026, 12, 4);
        assertThat(ProtectionPages.conferenceDayOnOrBefore(LocalDate.of(2026, 12, 6))).isEqualTo(friday); // Sunday
        assertThat(ProtectionPages.conferenceDayOnOrBefore(LocalDate.of(2026, 12, 5))).isEqualTo(friday); // Saturday
        assertThat(ProtectionPages.conferenceDayOnOrBefore(friday)).isEqualTo(friday);
        assertThat(ProtectionPages.conferenceDayOnOrBefore(LocalDate.of(2026, 12, 7)))
                .isEqualTo(LocalDate.of(2026, 12, 7)); // Monday
    }
}
