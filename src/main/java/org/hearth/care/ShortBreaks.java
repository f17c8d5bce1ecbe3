package org.hearth.care;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.hearth.journey.ChildJourney;

/**
 * Short breaks: a child accommodated under an agreed series of short-term breaks, legal status V3 (each break
 * recorded as its own episode) or V4 (the agreement recorded). CPPCR 2010 reg 48 applies the regulations to them
 * with modifications: no separate placement plan, health assessment or PEP (reg 48(3)(a)-(b)), visits within three
 * months of the first placement and then at intervals of not more than six months (reg 48(3)(c)), and reviews within
 * three months of the first placement and then at intervals of not more than six months.
 */
public final class ShortBreaks {
    public static final Set<String> LEGAL_STATUSES = Set.of("V3", "V4");

    private ShortBreaks() {}

    public static boolean isShortBreak(String legalStatus) {
        return legalStatus != null && LEGAL_STATUSES.contains(legalStatus);
    }

    /** The child's short breaks, oldest first. */
    public static List<LegalStatus> breaks(ChildJourney j) {
        return j.all(CareStage.LEGAL_STATUSES).stream().filter(l -> isShortBreak(l.legalStatus())
                        && l.legalStatusStartDate() != null)
                .sorted(Comparator.comparing(LegalStatus::legalStatusStartDate)).toList();
    }

    /** Whether a period of care is a short break: its legal status on its first day is V3 or V4. */
    public static boolean isShortBreak(ChildJourney j, CarePeriod period) {
        return j.all(CareStage.LEGAL_STATUSES).stream().filter(l -> l.legalStatusStartDate() != null
                        && period.covers(l.legalStatusStartDate()))
                .min(Comparator.comparing(LegalStatus::legalStatusStartDate))
                .map(l -> isShortBreak(l.legalStatus())).orElse(false);
    }

    /**
     * The start of the series of short breaks running on {@code today}, or null when none is: the series runs while a
     * break is open or the last ended within the six months in which the next review and visit fall due.
     */
    public static LocalDate seriesStart(ChildJourney j, LocalDate today) {
        List<LegalStatus> breaks = breaks(j);
        if (breaks.isEmpty()) {
            return null;
        }
        LegalStatus last = breaks.get(breaks.size() - 1);
        boolean running = last.legalStatusEndDate() == null || !last.legalStatusEndDate().plusMonths(6).isBefore(today);
        if (!running) {
            return null;
        }
        // The series began with the first break after the last gap of more than six months between breaks.
        LocalDate start = last.legalStatusStartDate();
        for (int i = breaks.size() - 2; i >= 0; i--) {
            LegalStatus b = breaks.get(i);
            LocalDate ended = b.legalStatusEndDate() == null ? start : b.legalStatusEndDate();
            if (ended.plusMonths(6).isBefore(start)) {
                break;
            }
            start = b.legalStatusStartDate();
        }
        return start;
    }
}
