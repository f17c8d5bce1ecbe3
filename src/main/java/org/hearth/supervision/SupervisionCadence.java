package org.hearth.supervision;

import java.time.LocalDate;
import java.util.Collection;
import org.hearth.calendar.WorkingDayCalendar;
import org.hearth.clocks.ClockSettings;
import org.hearth.clocks.TimescaleRule;
import org.hearth.clocks.TimescaleRules;

/**
 * How often each worker is supervised, from the council's timescales (clocks/timescales.tsv, local policy): a newly
 * qualified social worker in their assessed and supported year (ASYE) at {@code SUPERVISION_ASYE} for the first
 * {@code SUPERVISION_ASYE_PERIOD}, everyone else at {@code SUPERVISION}. The supervision-due clock runs from the last
 * supervision, or, for a worker never supervised, from the day they started (their ASYE or their account). Plain Java.
 */
public final class SupervisionCadence {
    static final String STANDARD = "SUPERVISION";
    static final String ASYE = "SUPERVISION_ASYE";
    static final String ASYE_PERIOD = "SUPERVISION_ASYE_PERIOD";
    /** Due within this many days shows amber. */
    public static final int DUE_SOON_DAYS = 7;

    private SupervisionCadence() {}

    /** Red: overdue; amber: due within {@link #DUE_SOON_DAYS} days; green: in time. */
    public enum Rag {
        RED("Overdue", "govuk-tag--red"), AMBER("Due soon", "govuk-tag--yellow"), GREEN("In time", "govuk-tag--green");

        private final String label;
        private final String tagClass;

        Rag(String label, String tagClass) {
            this.label = label;
            this.tagClass = tagClass;
        }

        public String label() { return label; }

        public String tagClass() { return tagClass; }
    }

    /**
     * A worker's supervision clock.
     *
     * @param last  the last supervision, or null when there has been none
     * @param dueOn the next supervision is due by this day
     * @param rule  the timescale that set it (its name says which cadence)
     * @param asye  whether the newly qualified cadence applied
     */
    public record Due(LocalDate last, LocalDate dueOn, TimescaleRule rule, boolean asye, Rag rag) {
        public boolean overdue() {
            return rag == Rag.RED;
        }
    }

    /** {@link #of(LocalDate, LocalDate, LocalDate, LocalDate, TimescaleRules)} with the council's timescales in force. */
    public static Due of(LocalDate asyeStart, LocalDate started, LocalDate lastSupervision, LocalDate today) {
        return of(asyeStart, started, lastSupervision, today, ClockSettings.rules());
    }

    /**
     * @param asyeStart       the day the worker began their ASYE, or null when they are not newly qualified
     * @param started         the day the worker started (their account), from which a never-supervised worker's
     *                        clock runs
     * @param lastSupervision the worker's last supervision, or null
     */
    public static Due of(LocalDate asyeStart, LocalDate started, LocalDate lastSupervision, LocalDate today,
                         TimescaleRules rules) {
        LocalDate from = lastSupervision != null ? lastSupervision
                : asyeStart != null ? asyeStart : started != null ? started : today;
        boolean asye = asyeStart != null && from.isBefore(rules.rule(ASYE_PERIOD)
                .dueDate(asyeStart, WorkingDayCalendar.england()));
        TimescaleRule rule = rules.rule(asye ? ASYE : STANDARD);
        LocalDate due = rule.dueDate(from, WorkingDayCalendar.england(), ClockSettings.schoolHolidays());
        return new Due(lastSupervision, due, rule, asye, ragOf(due, today));
    }

    static Rag ragOf(LocalDate due, LocalDate today) {
        if (due.isBefore(today)) {
            return Rag.RED;
        }
        return due.isAfter(today.plusDays(DUE_SOON_DAYS)) ? Rag.GREEN : Rag.AMBER;
    }

    /** The share of these workers with no supervision within their cadence (overdue), as a whole percentage. */
    public static int percentOverdue(Collection<Due> workers) {
        if (workers.isEmpty()) {
            return 0;
        }
        long overdue = workers.stream().filter(Due::overdue).count();
        return (int) Math.round(100.0 * overdue / workers.size());
    }
}
