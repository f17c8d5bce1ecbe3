package org.hearth.health;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Which flags a child carries on a day, from their record: plain rules, no I/O.
 *
 * <ul>
 * <li>A child protection plan open that day flags the child; while the child is unborn it is an unborn child
 *     protection plan, shown on the mother's NHS number.</li>
 * <li>A period of care open that day flags the child as looked after, unless the child is looked after only under
 *     a series of short breaks that day (legal status V3 or V4): CP-IS shares full and interim care orders, voluntary
 *     accommodation and the other looked-after statuses, not respite.</li>
 * <li>A care leaver is not flagged (CP-IS does not flag care leavers); nor is a plan or period that has ended, or
 *     one that starts after the day.</li>
 * </ul>
 */
public final class FlagRules {
    /** Legal statuses under which a child is looked after only for short breaks (respite). */
    static final Set<String> SHORT_BREAKS = Set.of("V3", "V4");

    private FlagRules() {}

    /** A dated episode: a CP plan or a period of care (end null while open; the end day is the last day). */
    public record Span(UUID id, LocalDate start, LocalDate end) {
        boolean openOn(LocalDate day) {
            return start != null && !start.isAfter(day) && (end == null || end.isAfter(day));
        }
    }

    /** A legal status and its dates. */
    public record Legal(String code, LocalDate start, LocalDate end) {
        boolean openOn(LocalDate day) {
            return start != null && !start.isAfter(day) && (end == null || end.isAfter(day));
        }
    }

    /** What the rules read of a child's record. */
    public record Facts(boolean unborn, List<Span> cpPlans, List<Span> carePeriods, List<Legal> legalStatuses) {
        public Facts {
            cpPlans = List.copyOf(cpPlans);
            carePeriods = List.copyOf(carePeriods);
            legalStatuses = List.copyOf(legalStatuses);
        }
    }

    /** The child's flags on the day, CP plans first. */
    public static List<HealthFlag> flags(Facts facts, LocalDate day) {
        List<HealthFlag> out = new ArrayList<>();
        facts.cpPlans().stream().filter(p -> p.openOn(day)).max(Comparator.comparing(Span::start)).ifPresent(p ->
                out.add(new HealthFlag(facts.unborn() ? FlagKind.UCPP : FlagKind.CPP, p.start(), p.id())));
        Optional<Span> care = facts.carePeriods().stream().filter(p -> p.openOn(day))
                .max(Comparator.comparing(Span::start));
        if (care.isPresent() && !onlyShortBreaks(facts.legalStatuses(), day)) {
            out.add(new HealthFlag(FlagKind.CLA, care.get().start(), care.get().id()));
        }
        return out;
    }

    /** Whether the legal status in force on the day is a short-break one. */
    static boolean onlyShortBreaks(List<Legal> statuses, LocalDate day) {
        return statuses.stream().filter(l -> l.openOn(day)).max(Comparator.comparing(Legal::start))
                .map(l -> SHORT_BREAKS.contains(l.code())).orElse(false);
    }

    /** Whether the child carries any flag on the day. */
    public static boolean flagged(Facts facts, LocalDate day) {
        return !flags(facts, day).isEmpty();
    }
}
