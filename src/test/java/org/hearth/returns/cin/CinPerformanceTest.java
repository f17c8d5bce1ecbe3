package org.hearth.returns.cin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hearth.codes.CollectionYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// Times itself: runs with no other test class alongside (the unit tests otherwise run concurrently).
@org.junit.jupiter.api.parallel.Isolated
class CinPerformanceTest {

    @TempDir
    Path dir;

    /** 5,000 children: read and validated well under a second once warm; the bound is loose for shared machines. */
    @Test
    void shouldValidateFiveThousandChildrenQuickly() throws Exception {
        Path file = CinSyntheticReturn.write(dir.resolve("big.xml"), 5_000);
        CollectionYear year = CollectionYear.of(2025);
        CinValidator.validate(year, CinReader.read(file)); // warm-up
        long best = Long.MAX_VALUE;
        int issues = 0;
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            issues = CinValidator.validate(year, CinReader.read(file)).size();
            best = Math.min(best, System.nanoTime() - t);
        }
        System.out.printf("5,000 children: best %d ms, %d issues%n", best / 1_000_000, issues);
        assertThat(issues).isPositive();
        assertThat(best / 1_000_000).isLessThan(3_000);
    }
}
