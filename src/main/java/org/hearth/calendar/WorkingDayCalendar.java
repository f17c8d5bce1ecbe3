package org.hearth.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working days in England: Monday to Friday, less bank holidays.
 *
 * <p>Bank holidays come from {@code reference/calendar/bank-holidays-england-and-wales.csv} for the years it covers,
 * because that list carries the one-off changes (jubilees, a royal wedding, a state funeral, moved May days) that no
 * rule can predict. For any other year they are computed by the standing rules, which is right for the years since
 * the early May bank holiday began in 1978 except for one-offs announced later.
 *
 * <p>Counting convention: the day something starts is day 0 and the count begins the next working day. This is how
 * the DfE counts timescales such as the 45 working days for a children's social care assessment, which run from the
 * day after the referral.
 */
public final class WorkingDayCalendar {
    static final String RESOURCE = "reference/calendar/bank-holidays-england-and-wales.csv";

    private static volatile WorkingDayCalendar england;

    private final SortedMap<LocalDate, String> listed;
    private final int firstListedYear;
    private final int lastListedYear;
    private final Map<Integer, SortedMap<LocalDate, String>> byRuleCache = new ConcurrentHashMap<>();

    WorkingDayCalendar(SortedMap<LocalDate, String> listed) {
        if (listed.isEmpty()) {
            throw new IllegalArgumentException("a bank holiday list needs at least one date");
        }
        this.listed = Collections.unmodifiableSortedMap(new TreeMap<>(listed));
        this.firstListedYear = listed.firstKey().getYear();
        this.lastListedYear = listed.lastKey().getYear();
    }

    /** The England and Wales calendar shipped with Hearth, loaded once. */
    public static WorkingDayCalendar england() {
        WorkingDayCalendar local = england;
        if (local == null) {
            synchronized (WorkingDayCalendar.class) {
                local = england;
                if (local == null) {
                    local = new WorkingDayCalendar(parse(readResource()));
                    england = local;
                }
            }
        }
        return local;
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && bankHoliday(date).isEmpty();
    }

    /** The bank holiday's title, e.g. "Boxing Day (substitute day)", or empty on an ordinary day. */
    public Optional<String> bankHoliday(LocalDate date) {
        return Optional.ofNullable(holidaysIn(date.getYear()).get(date));
    }

    /** All bank holidays in a calendar year, by date. */
    public SortedMap<LocalDate, String> holidaysIn(int year) {
        if (year >= firstListedYear && year <= lastListedYear) {
            return listed.subMap(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
        }
        return byRuleCache.computeIfAbsent(year, y -> Collections.unmodifiableSortedMap(holidaysByRule(y)));
    }

    /**
     * The date {@code n} working days after {@code start}. Start is day 0, so the first working day after it is
     * day 1; {@code n = 0} gives {@code start} itself, whether or not it is a working day.
     */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("count working days forwards: n must not be negative, was " + n);
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The date {@code n} working days before {@code start}, counting back from the day before it: the DfE's
     * cut-offs ("started more than 45 working days before the end of the census year") are found this way.
     */
    public LocalDate minusWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("count working days backwards: n must not be negative, was " + n);
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < n) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * Working days after {@code from} up to and including {@code to}: the same convention as
     * {@link #plusWorkingDays}. Negative when {@code to} is before {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** Bank holidays of England and Wales by the standing rules alone, with weekend substitutes. */
    static SortedMap<LocalDate, String> holidaysByRule(int year) {
        SortedMap<LocalDate, String> days = new TreeMap<>();
        LocalDate newYear = LocalDate.of(year, Month.JANUARY, 1);
        if (isWeekend(newYear)) {
            days.put(newYear.with(TemporalAdjusters.next(DayOfWeek.MONDAY)), "New Year's Day (substitute day)");
        } else {
            days.put(newYear, "New Year's Day");
        }
        LocalDate easter = easterSunday(year);
        days.put(easter.minusDays(2), "Good Friday");
        days.put(easter.plusDays(1), "Easter Monday");
        LocalDate may = LocalDate.of(year, Month.MAY, 1);
        days.put(may.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)), "Early May bank holiday");
        days.put(may.with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)), "Spring bank holiday");
        days.put(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
                "Summer bank holiday");
        addChristmas(year, days);
        return days;
    }

    // When Christmas or Boxing Day falls at a weekend, each takes the next weekday the other has not already taken.
    private static void addChristmas(int year, SortedMap<LocalDate, String> days) {
        LocalDate christmas = LocalDate.of(year, Month.DECEMBER, 25);
        LocalDate boxing = christmas.plusDays(1);
        switch (christmas.getDayOfWeek()) {
            case SATURDAY -> {
                days.put(christmas.plusDays(2), "Christmas Day (substitute day)");
                days.put(christmas.plusDays(3), "Boxing Day (substitute day)");
            }
            case SUNDAY -> {
                days.put(boxing, "Boxing Day");
                days.put(christmas.plusDays(2), "Christmas Day (substitute day)");
            }
            case FRIDAY -> {
                days.put(christmas, "Christmas Day");
                days.put(christmas.plusDays(3), "Boxing Day (substitute day)");
            }
            default -> {
                days.put(christmas, "Christmas Day");
                days.put(boxing, "Boxing Day");
            }
        }
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus). */
    static LocalDate easterSunday(int year) {
        int golden = year % 19;
        int century = year / 100;
        int yearOfCentury = year % 100;
        int skippedLeaps = century / 4;
        int centuryRest = century % 4;
        int moonCorrection = (century + 8) / 25;
        int moonShift = (century - moonCorrection + 1) / 3;
        int epact = (19 * golden + century - skippedLeaps - moonShift + 15) % 30;
        int leapQuarter = yearOfCentury / 4;
        int leapRest = yearOfCentury % 4;
        int weekday = (32 + 2 * centuryRest + 2 * leapQuarter - epact - leapRest) % 7;
        int adjust = (golden + 11 * epact + 22 * weekday) / 451;
        int monthAndDay = epact + weekday - 7 * adjust + 114;
        return LocalDate.of(year, monthAndDay / 31, monthAndDay % 31 + 1);
    }

    public static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    static SortedMap<LocalDate, String> parse(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).trim().equals("date,title")) {
            throw new IllegalStateException(RESOURCE + " must start with the header 'date,title'");
        }
        SortedMap<LocalDate, String> days = new TreeMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(",", 2);
            if (parts.length != 2 || parts[1].isBlank()) {
                throw new IllegalStateException(RESOURCE + " line " + (i + 1) + ": expected 'date,title'");
            }
            LocalDate date;
            try {
                date = LocalDate.parse(parts[0].trim());
            } catch (DateTimeException e) {
                throw new IllegalStateException(RESOURCE + " line " + (i + 1) + ": '" + parts[0] + "' is not a date");
            }
            if (days.put(date, parts[1].trim()) != null) {
                throw new IllegalStateException(RESOURCE + " line " + (i + 1) + ": " + date + " is listed twice");
            }
        }
        return days;
    }

    private static List<String> readResource() {
        InputStream in = WorkingDayCalendar.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
