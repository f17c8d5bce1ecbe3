package org.hearth.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.hearth.journey.ChildJourney;

/**
 * A synthetic local authority for demos, training and load tests: teams, staff with the fixed demo accounts, and
 * children whose journeys reproduce England's figures (product brief) and pass every journey rule. Nothing here is
 * about a real person: names are drawn at random from short built-in lists.
 *
 * <p>The same seed and {@code today} always give the same authority. Each child has its own random source derived
 * from the seed and the child's position, so children can be streamed one at a time without holding them all.
 */
public final class DemoGenerator {
    /** The first children made carry the demo social worker's caseload, so every seed shows the same mix. */
    private static final JourneySimulator.Showcase[] SHOWCASE = showcase();

    private final long seed;
    private final LocalDate today;

    public DemoGenerator(long seed, LocalDate today) {
        this.seed = seed;
        this.today = today;
    }

    public DemoAuthority generate(int children) {
        DemoStaff staff = new DemoStaff(seed, children);
        return new DemoAuthority(DemoStaff.TEAMS, staff.users, children(children, staff).toList());
    }

    public List<DemoTeam> teams() {
        return DemoStaff.TEAMS;
    }

    /** The staff for an authority of this many children (teams are sized to the caseloads). */
    public List<DemoUser> users(int children) {
        return List.copyOf(new DemoStaff(seed, children).users);
    }

    /** A child's journey with the relatives it names, who are people on Hearth too. */
    public record DemoFamily(ChildJourney child, List<org.hearth.journey.child.Person> relatives) {}

    /** The families one at a time, in order: what a loader writes. */
    public Stream<DemoFamily> families(int children) {
        DemoStaff staff = new DemoStaff(seed, children);
        return IntStream.range(0, children).mapToObj(i -> {
            JourneySimulator sim = simulator(i, staff);
            return new DemoFamily(sim.build(), sim.relatives());
        });
    }

    /** The children one at a time, in order, for a loader that should not hold them all; same as {@link #generate}. */
    public Stream<ChildJourney> children(int children) {
        return children(children, new DemoStaff(seed, children));
    }

    private Stream<ChildJourney> children(int children, DemoStaff staff) {
        return IntStream.range(0, children).mapToObj(i -> child(i, staff));
    }

    private ChildJourney child(int index, DemoStaff staff) {
        return simulator(index, staff).build();
    }

    private JourneySimulator simulator(int index, DemoStaff staff) {
        JourneySimulator.Showcase showcase = index < SHOWCASE.length ? SHOWCASE[index] : JourneySimulator.Showcase.NONE;
        return new JourneySimulator(childSeed(index), mix(seed), today, staff, showcase, index);
    }

    /** A well-mixed seed per child (the finaliser of SplitMix64), so neighbouring children are unrelated. */
    private long childSeed(int index) {
        return mix(seed + 0x9E3779B97F4A7C15L * (index + 1L));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static JourneySimulator.Showcase[] showcase() {
        JourneySimulator.Showcase[] out = new JourneySimulator.Showcase[18];
        for (int i = 0; i < out.length; i++) {
            out[i] = i == 0 ? JourneySimulator.Showcase.OVERDUE_ASSESSMENT
                    : i < 6 ? JourneySimulator.Showcase.CIN
                    : i == 6 ? JourneySimulator.Showcase.CP_OVERDUE_REVIEW
                    : i < 12 ? JourneySimulator.Showcase.CP
                    : JourneySimulator.Showcase.CLA;
        }
        return out;
    }
}
