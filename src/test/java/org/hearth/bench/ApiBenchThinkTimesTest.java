package org.hearth.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApiBenchThinkTimesTest {

    @Test
    void shouldReadOneThinkTimeAsBefore() {
        assertThat(ApiBenchCommand.thinkTimes("5000")).containsExactly(5000);
    }

    @Test
    void shouldReadSeveralThinkTimesInTheOrderGiven() {
        assertThat(ApiBenchCommand.thinkTimes("5000, 0")).containsExactly(5000, 0);
    }

    @Test
    void shouldRefuseANegativeThinkTime() {
        assertThatThrownBy(() -> ApiBenchCommand.thinkTimes("5000,-1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseWordsForAThinkTime() {
        assertThatThrownBy(() -> ApiBenchCommand.thinkTimes("five")).isInstanceOf(NumberFormatException.class);
    }
}
