package org.hearth.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The bench's own arithmetic and its browser-like cookie handling, which its figures rest on. */
class BenchFiguresTest {
    private static List<Double> oneToHundred() {
        List<Double> sorted = new ArrayList<>();
        IntStream.rangeClosed(1, 100).forEach(i -> sorted.add((double) i));
        return sorted;
    }

    @Test
    void shouldGiveNearestRankPercentiles() {
        List<Double> sorted = oneToHundred();
        assertThat(ApiBenchCommand.pct(sorted, 50)).isEqualTo(50.0);
        assertThat(ApiBenchCommand.pct(sorted, 95)).isEqualTo(95.0);
        assertThat(ApiBenchCommand.pct(sorted, 99)).isEqualTo(99.0);
        assertThat(ApiBenchCommand.pct(sorted, 100)).isEqualTo(100.0);
    }

    @Test
    void shouldLetOneSlowCallInTwentyShowInTheP95() {
        List<Double> sorted = new ArrayList<>();
        IntStream.range(0, 18).forEach(i -> sorted.add(10.0));
        sorted.add(900.0);
        sorted.add(900.0);
        assertThat(ApiBenchCommand.pct(sorted, 50)).isEqualTo(10.0);
        assertThat(ApiBenchCommand.pct(sorted, 95)).isEqualTo(900.0);
    }

    @Test
    void shouldAnswerNothingRatherThanFailWithNoCalls() {
        assertThat(ApiBenchCommand.pct(List.of(), 95)).isNaN();
    }

    @Test
    void shouldReplaceTheSessionCookieWhenSignInChangesIt() {
        Map<String, String> cookies = new LinkedHashMap<>();
        ApiBenchCommand.keepCookies(List.of("SESSION=before; Path=/; HttpOnly; SameSite=Lax"), cookies);
        ApiBenchCommand.keepCookies(List.of("SESSION=after; Path=/; HttpOnly", "other=x=y; Path=/"), cookies);
        assertThat(ApiBenchCommand.cookieHeader(cookies)).isEqualTo("SESSION=after; other=x=y");
    }

    @Test
    void shouldIgnoreASetCookieWithNoName() {
        Map<String, String> cookies = new LinkedHashMap<>();
        ApiBenchCommand.keepCookies(List.of("=nameless; Path=/", "garbage"), cookies);
        assertThat(cookies).isEmpty();
    }

    @Test
    void shouldReportTheMachinesCoresAndLoad() {
        assertThat(ApiBenchCommand.machine()).matches("\\d+ cores, load average \\S+.*");
    }
}
