package org.hearth.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the sealer's next run asks for: what is new, and the numbers still missing below it. */
class SealScanTest {
    private final SealScan scan = new SealScan(60, 5);

    @Test
    void shouldScanByRangeUntilAFullScanHasSaidWhereTheChainStands() {
        assertThat(scan.known()).isFalse();
        scan.reset(100, List.of(98L, 99L), 1_000);
        assertThat(scan.known()).isTrue();
        assertThat(scan.head()).isEqualTo(100);
        assertThat(scan.gaps()).containsExactly(98L, 99L);
        assertThat(scan.lowest()).isEqualTo(98);
    }

    @Test
    void shouldAskOnlyForWhatIsNewWhenNothingIsMissing() {
        scan.reset(100, List.of(), 1_000);
        scan.sealed(List.of(101L, 102L, 103L), 1_001);
        assertThat(scan.head()).isEqualTo(103);
        assertThat(scan.gaps()).isEmpty();
        assertThat(scan.lowest()).isEqualTo(104);
    }

    @Test
    void shouldKeepAskingForANumberPassedOverUntilItIsSealed() {
        scan.reset(100, List.of(), 1_000);
        scan.sealed(List.of(103L, 101L), 1_001); // 102 numbered first, still in flight
        assertThat(scan.gaps()).containsExactly(102L);
        assertThat(scan.lowest()).isEqualTo(102);
        scan.sealed(List.of(), 1_010);
        assertThat(scan.gaps()).as("not found yet: asked for again").containsExactly(102L);
        scan.sealed(List.of(102L, 104L), 1_020);
        assertThat(scan.gaps()).isEmpty();
        assertThat(scan.head()).isEqualTo(104);
    }

    @Test
    void shouldLeaveANumberMissingPastTheStragglerPeriodToTheFullScan() {
        scan.reset(100, List.of(), 1_000);
        scan.sealed(List.of(102L), 1_000); // 101 rolled back: never committed
        assertThat(scan.gaps()).containsExactly(101L);
        scan.sealed(List.of(), 1_059);
        assertThat(scan.gaps()).containsExactly(101L);
        scan.sealed(List.of(), 1_060);
        assertThat(scan.gaps()).isEmpty();
    }

    @Test
    void shouldKeepTheNewestMissingNumbersWhenTooManyAreMissing() {
        scan.reset(100, List.of(), 1_000);
        scan.sealed(List.of(120L), 1_000); // 101..119 missing: sealed by another instance, say
        assertThat(scan.gaps()).containsExactly(115L, 116L, 117L, 118L, 119L);
        assertThat(scan.head()).isEqualTo(120);
    }

    @Test
    void shouldNotCountNumbersAboveTheHeadAsMissingAfterAFullScan() {
        scan.reset(100, List.of(99L, 150L), 1_000);
        assertThat(scan.gaps()).containsExactly(99L);
    }

    @Test
    void shouldNotMoveTheHeadBackWhenARunSealsOnlyAStraggler() {
        scan.reset(100, List.of(97L), 1_000);
        scan.sealed(List.of(97L), 1_001);
        assertThat(scan.head()).isEqualTo(100);
        assertThat(scan.gaps()).isEmpty();
    }
}
