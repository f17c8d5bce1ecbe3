package org.hearth.returns.cin;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hearth.codes.CollectionYear;
import org.hearth.returns.cin.CinCensus.Child;

/**
 * What every rule sees: the census, the collection year and the data derived from them once per validation (the
 * census period, counts of ids across the return).
 */
public final class CinContext {
    /** England's working days, shared with the statutory clocks. */
    public static final org.hearth.calendar.WorkingDayCalendar CALENDAR = org.hearth.calendar.WorkingDayCalendar.england();

    private final CollectionYear year;
    private final CinCensus census;
    private final LocalDate referenceDate;
    private final LocalDate periodStart;
    private final LocalDate assessmentDue;
    private final LocalDate conferenceDue;
    private final LocalDate nfaCutOff;
    private Map<String, Integer> upnCounts;
    private Map<String, Integer> childIdCounts;

    CinContext(CollectionYear year, CinCensus census) {
        this.year = year;
        this.census = census;
        // The DfE rules use 31 March of the collection year, whatever the header says (rule 100 checks the header).
        this.referenceDate = year.end();
        this.periodStart = year.start();
        this.assessmentDue = CALENDAR.minusWorkingDays(referenceDate, 45);
        this.conferenceDue = CALENDAR.minusWorkingDays(referenceDate, 15);
        this.nfaCutOff = CALENDAR.minusWorkingDays(periodStart, 1);
    }

    /** The reference date less 45 working days: an assessment started before it should be authorised (8670Q). */
    LocalDate assessmentDue() {
        return assessmentDue;
    }

    /** The reference date less 15 working days: an S47 started before it should have its conference (8675Q). */
    LocalDate conferenceDue() {
        return conferenceDue;
    }

    /** 1 April less one working day: a referral before it cannot be a no-further-action referral (8569Q). */
    LocalDate nfaCutOff() {
        return nfaCutOff;
    }

    public CollectionYear year() {
        return year;
    }

    public CinCensus census() {
        return census;
    }

    List<Child> children() {
        return census.children;
    }

    /** 31 March of the collection year. */
    LocalDate referenceDate() {
        return referenceDate;
    }

    /** 1 April before the reference date. */
    LocalDate periodStart() {
        return periodStart;
    }

    /** Within the census year: 1 April to 31 March inclusive. False for a missing date. */
    boolean inPeriod(LocalDate date) {
        return date != null && !date.isBefore(periodStart) && !date.isAfter(referenceDate);
    }

    /** From 2024/25 the child's sex is recorded as Sex (M/F/U) rather than GenderCurrent (1/2/0/9). */
    boolean usesSex() {
        return year.endYear() >= 2025;
    }

    int upnCount(String upn) {
        if (upnCounts == null) {
            upnCounts = new HashMap<>();
            for (Child c : census.children) {
                if (c.upn != null) {
                    upnCounts.merge(c.upn, 1, Integer::sum);
                }
            }
        }
        return upn == null ? 0 : upnCounts.getOrDefault(upn, 0);
    }

    int childIdCount(String id) {
        if (childIdCounts == null) {
            childIdCounts = new HashMap<>();
            for (Child c : census.children) {
                if (c.laChildId != null) {
                    childIdCounts.merge(c.laChildId, 1, Integer::sum);
                }
            }
        }
        return id == null ? 0 : childIdCounts.getOrDefault(id, 0);
    }
}
