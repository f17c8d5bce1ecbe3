package org.hearth.stability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.hearth.access.AccessDenied;
import org.hearth.access.AccessSeam;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.journey.JourneyService;
import org.springframework.stereotype.Service;

/**
 * The council's placement stability figure for analysts and team managers, aggregate only: of the children looked
 * after today, how many moved placement twice or more in the last two years (by {@link StabilityIndex}), against the
 * Children's Commissioner's goal of fewer than one child in ten. No child is named. The children are read as one
 * system read through the seam (audited), and each look at the figure is audited as an aggregate read. The figure is
 * kept for ten minutes, as the whole council is read to make it.
 */
@Service
public class StabilityFigures {
    /** The Commissioner's goal: fewer than one looked-after child in ten with two or more moves in two years. */
    public static final double GOAL = 0.10;
    static final String PART = "stability";
    static final String REFUSED = "The council's stability figure is for data analysts and team managers";

    private final JourneyService journeys;
    private final AccessSeam seam;
    private final AtomicReference<Figure> kept = new AtomicReference<>();

    StabilityFigures(JourneyService journeys, AccessSeam seam) {
        this.journeys = journeys;
        this.seam = seam;
    }

    /** The figure on a day: how many children were looked after, and how many of them had 2+ moves in 2 years. */
    public record Figure(LocalDate on, int lookedAfter, int twoOrMoreMoves, int oneMove, Instant made) {
        public double share() {
            return lookedAfter == 0 ? 0 : (double) twoOrMoreMoves / lookedAfter;
        }

        public boolean meetsGoal() {
            return share() < GOAL;
        }

        /** The share as a whole-number percentage, for people ("12%"). */
        public String percent() {
            return Math.round(share() * 1000) / 10.0 + "%";
        }
    }

    public static boolean mayView(Role role) {
        return role == Role.DATA_ANALYST || role == Role.TEAM_MANAGER;
    }

    public Figure figure(Actor actor) {
        if (!mayView(actor.role())) {
            seam.aggregateRead(actor, PART, "council placement stability", null); // refuses administrators, audited
            throw AccessDenied.forRole(REFUSED);
        }
        LocalDate today = LocalDate.now();
        Figure f = kept.get();
        if (f == null || !f.on().equals(today) || f.made().isBefore(Instant.now().minusSeconds(600))) {
            f = make(today);
            kept.set(f);
        }
        seam.aggregateRead(actor, PART, "council placement stability", f.twoOrMoreMoves() + " of " + f.lookedAfter()
                + " looked-after children with 2 or more placement moves in 2 years; no child named");
        return f;
    }

    private Figure make(LocalDate today) {
        int[] counts = new int[3];
        journeys.forEachKnownToLa("stability figures", PART, "the council's placement stability figure", chunk ->
                chunk.forEach(j -> {
                    if (j.all(org.hearth.care.CareStage.CARE_PERIODS).stream().noneMatch(p -> p.periodStartDate() != null
                            && !p.periodStartDate().isAfter(today)
                            && (p.periodEndDate() == null || p.periodEndDate().isAfter(today)))) {
                        return;
                    }
                    StabilityIndex.Stability s = StabilityIndex.of(j, today);
                    counts[0]++;
                    if (s.placementMoves24() >= 2) {
                        counts[1]++;
                    } else if (s.placementMoves24() == 1) {
                        counts[2]++;
                    }
                }));
        return new Figure(today, counts[0], counts[1], counts[2], Instant.now());
    }
}
