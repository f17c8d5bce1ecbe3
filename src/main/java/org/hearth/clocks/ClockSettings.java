package org.hearth.clocks;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hearth.calendar.SchoolHolidays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The council's own clock settings, loaded and checked once at start-up: its timescales
 * ({@code hearth.clocks.timescales}, a file of {@link TimescaleRules#OVERRIDE_HEADER} lines replacing rows of the
 * shipped table) and its school holidays ({@code hearth.clocks.school-holidays}, for the PEP's school days). A file
 * that is missing or has a wrong line stops Hearth starting, with the line and what is wrong with it: a clock
 * silently running on the wrong number is worse than no start. Unset, the shipped table and no school holidays apply.
 */
@Component
public class ClockSettings {
    private static final Logger log = LoggerFactory.getLogger(ClockSettings.class);

    private static volatile TimescaleRules rules;
    private static volatile SchoolHolidays schoolHolidays = SchoolHolidays.none();

    ClockSettings(@Value("${hearth.clocks.timescales:}") String timescales,
                  @Value("${hearth.clocks.school-holidays:}") String holidays) {
        TimescaleRules loaded = TimescaleRules.standard();
        if (!timescales.isBlank()) {
            Path file = Path.of(timescales.strip());
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("hearth.clocks.timescales names " + file + ", which is not a file");
            }
            loaded = loaded.withCouncilOverrides(file);
            log.info("Council timescales loaded from {}", file);
        }
        SchoolHolidays school = SchoolHolidays.none();
        if (!holidays.isBlank()) {
            Path file = Path.of(holidays.strip());
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("hearth.clocks.school-holidays names " + file + ", which is not a file");
            }
            school = SchoolHolidays.load(file);
            log.info("School holidays loaded from {}: {} holidays", file, school.holidays().size());
        }
        configure(loaded, school);
    }

    /** Puts settings in force for every clock Hearth derives (start-up, and tests). */
    public static void configure(TimescaleRules table, SchoolHolidays holidays) {
        rules = table;
        schoolHolidays = holidays;
    }

    /** The timescales in force: the council's, or the shipped table before any are loaded. */
    public static TimescaleRules rules() {
        TimescaleRules r = rules;
        return r == null ? TimescaleRules.standard() : r;
    }

    public static SchoolHolidays schoolHolidays() {
        return schoolHolidays;
    }
}
