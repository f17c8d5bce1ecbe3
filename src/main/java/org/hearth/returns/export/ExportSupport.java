package org.hearth.returns.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.hearth.codes.CollectionYear;
import org.hearth.journey.child.Person;

/** Small formatting rules shared by the 903 and CIN exports. */
final class ExportSupport {
    static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** The first collection year (2024/25) in which both returns code sex as M/F/U. */
    static final int SEX_MFU_FROM = 2025;

    private ExportSupport() {}

    static String uk(LocalDate date) {
        return date == null ? "" : UK.format(date);
    }

    static String blank(String s) {
        return s == null ? "" : s.trim();
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * The LA's own child id. The 903 XML allows ten characters; a person with no legacy id gets the first ten
     * hex digits of their Hearth id, which is stable across runs.
     */
    static String childId(Person p) {
        if (!isBlank(p.legacyId())) {
            return p.legacyId().trim();
        }
        return p.id().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
    }

    /** The child's sex in the year's coding, normalised from either coding ("M" or "1"); blank if not known. */
    static String sex(Person p, CollectionYear year) {
        String s = blank(p.sex()).toUpperCase(Locale.ROOT);
        boolean male = s.equals("M") || s.equals("1");
        boolean female = s.equals("F") || s.equals("2");
        if (year.endYear() >= SEX_MFU_FROM) {
            return male ? "M" : female ? "F" : "U";
        }
        // Before 2024/25 the 903 had only 1 and 2: an unknown sex has no code and stays blank.
        return male ? "1" : female ? "2" : "";
    }

    /**
     * CIN GenderCurrent (up to 2023/24): 1 male, 2 female, 9 indeterminate, 0 not recorded (and unborn). A
     * recorded gender code wins; otherwise it follows sex.
     */
    static String genderCurrent(Person p) {
        String g = blank(p.gender());
        if (g.matches("[0129]")) {
            return g;
        }
        String s = sex(p, CollectionYear.of(SEX_MFU_FROM - 1));
        return s.isEmpty() ? "0" : s;
    }

    /** Ethnicity, or NOBT (information not yet obtained), which is what a missing code means to the DfE. */
    static String ethnicity(Person p) {
        return isBlank(p.ethnicity()) ? "NOBT" : p.ethnicity().trim();
    }
}
