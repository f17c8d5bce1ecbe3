package org.hearth.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.EpisodeKind;
import org.hearth.journey.child.Person;
import org.hearth.stages.Stages;
import org.junit.jupiter.api.Test;

/**
 * The demo's data is what the demo accounts' caseloads, the browser tests and the returns tests stand on: the same
 * seed and day must give exactly the same children, dates, codes and relatives whoever reorganises the simulator.
 * The digests were computed on the simulator before it was broken into per-stage parts.
 */
class DemoSeedStabilityTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Test
    void shouldGenerateExactlyTheSameFamiliesForSeedSevenAsBefore() {
        assertThat(digest(7, TODAY, 5_000)).isEqualTo("47fb311d6f121c71c63cf8ab194f2e6977aecfc876ef86d755b12a07d8b5cabf");
    }

    @Test
    void shouldGenerateExactlyTheSameFamiliesForAnotherSeedAcrossTheK3ChangeAsBefore() {
        assertThat(digest(42, LocalDate.of(2025, 4, 5), 3_000)).isEqualTo("65d285d2ac518606ef52ba447bb9acd177155221496c36bfdc66c347e46d0300");
    }

    @Test
    void shouldGenerateExactlyTheSameFamiliesForAnEarlierDayAsBefore() {
        assertThat(digest(3, LocalDate.of(2024, 6, 2), 3_000)).isEqualTo("1cd0ade9bf29db007fbb83abfb45aeebf2a65a6a80cb0e62f863d9714b43ec73");
    }

    /** Every child, every record of every kind (in the journey's order) and every relative, as text, hashed. */
    static String digest(long seed, LocalDate today, int children) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            new DemoGenerator(seed, today).families(children).forEach(family -> {
                ChildJourney j = family.child();
                update(sha, j.child().toString());
                for (EpisodeKind<?> kind : Stages.allKinds()) {
                    update(sha, kind.name());
                    all(j, kind).forEach(r -> update(sha, r.toString()));
                }
                for (Person relative : family.relatives()) {
                    update(sha, relative.toString());
                }
            });
            return HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T extends Record & org.hearth.journey.JourneyRecord> List<T> all(ChildJourney j, EpisodeKind<T> kind) {
        return j.all(kind);
    }

    private static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
    }
}
