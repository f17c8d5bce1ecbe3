package org.hearth.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
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

    @Test
    void shouldSpreadTheUsersFirstPagesOverTheirThinkTimeRatherThanAskAllAtOnce() {
        List<SplittableRandom> users = ApiBenchCommand.userPauses(200);
        double[] first = users.stream().mapToDouble(u -> ApiBenchCommand.thinkPause(u, 5000)).toArray();
        double mean = java.util.Arrays.stream(first).average().orElseThrow();
        double sd = Math.sqrt(java.util.Arrays.stream(first).map(x -> (x - mean) * (x - mean)).sum() / first.length);
        // Exponential pauses: the spread is about the mean. Seeding each user with its number put all 200 pauses
        // between 6.39 and 6.81 s, so every user asked in the same 0.4 s.
        assertThat(sd / mean).isBetween(0.7, 1.3);
        assertThat(java.util.Arrays.stream(first).filter(p -> p < 1000).count()).as("users asking within 1 s")
                .isBetween(20L, 60L);
    }

    @Test
    void shouldKeepTheMeanThinkTimeAskedFor() {
        SplittableRandom user = ApiBenchCommand.userPauses(1).get(0);
        double sum = 0;
        for (int i = 0; i < 20_000; i++) {
            sum += ApiBenchCommand.thinkPause(user, 5000);
        }
        assertThat(sum / 20_000).isBetween(4850.0, 5150.0);
    }

    @Test
    void shouldGiveTheSamePausesToEveryBuildMeasured() {
        long a = ApiBenchCommand.thinkPause(ApiBenchCommand.userPauses(3).get(2), 5000);
        long b = ApiBenchCommand.thinkPause(ApiBenchCommand.userPauses(3).get(2), 5000);
        assertThat(a).isEqualTo(b);
    }
}
