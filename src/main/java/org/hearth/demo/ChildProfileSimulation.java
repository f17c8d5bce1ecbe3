package org.hearth.demo;

import java.time.LocalDate;
import java.util.List;
import org.hearth.journey.child.Person;

/**
 * Who the child is and when children's services first meet them: born or expected, their age,
 * whether they came to England alone seeking asylum, and the person record (names, identifiers, demographics).
 */
final class ChildProfileSimulation extends StageSimulation {
    static final String LA_NUMBER = "935";
    static final Weighted ETHNICITY = new Weighted(new String[] {"WBRI", "WIRI", "WIRT", "WOTH", "WROM",
            "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH",
            "REFU", "NOBT"}, new double[] {63, 0.4, 0.3, 5.5, 0.8, 2.6, 1.0, 1.5, 3.2, 1.1, 3.0, 1.4, 1.5, 1.2, 3.8,
            1.5, 0.2, 3.0, 0.4, 3.6});

    ChildProfileSimulation(SimulatedChild child, JourneySimulator journey) {
        super(child, journey);
    }

    /** Sets the child's birth (or expected birth) and returns the day of the first contact. */
    LocalDate profile() {
        if (showcased()) {
            c.dob = today.minusYears(between(4, 13)).minusDays(between(0, 364));
            c.age18 = c.dob.plusYears(18);
            return switch (c.showcase) {
                case OVERDUE_ASSESSMENT -> today.minusDays(80);
                case CIN -> today.minusDays(between(90, 400));
                case CP_OVERDUE_REVIEW -> today.minusDays(125);
                case CP -> today.minusDays(between(45, 500));
                default -> today.minusDays(between(100, 900));
            };
        }
        LocalDate start = today.minusDays(between(0, 6 * 365));
        double u = rnd.nextDouble();
        if (u < 0.008) {
            // Unborn now: protecting a baby starts in pregnancy.
            c.expectedDob = today.plusWeeks(between(1, 16));
            start = c.expectedDob.minusWeeks(between(12, 36));
            if (start.isAfter(today)) {
                start = today.minusDays(between(0, 14));
            }
            return start;
        }
        if (u < 0.045) {
            LocalDate birth = start.plusWeeks(between(4, 30));
            if (birth.isAfter(today)) {
                c.expectedDob = birth;
            } else {
                c.setDob(birth);
            }
            return start;
        }
        if (u < 0.057) {
            c.uasc = true;
            c.setDob(start.minusYears(between(15, 17)).minusDays(between(0, 200)));
            return start;
        }
        double band = rnd.nextDouble();
        int years;
        int days = between(0, 364);
        if (band < 0.06) {
            years = 0;
        } else if (band < 0.24) {
            years = between(1, 4);
        } else if (band < 0.49) {
            years = between(5, 9);
        } else if (band < 0.85) {
            years = between(10, 15);
        } else {
            years = 16;
            days = between(0, 500); // 16 and the first half of 17: referrals close as a child turns 18
        }
        c.setDob(start.minusYears(years).minusDays(days));
        return start;
    }

    String nhsNumber() {
        return DemoIdentifiers.nhsNumberFor(c.index, c.identifierOffset);
    }

    Person person(LocalDate start) {
        boolean unborn = c.dob == null;
        boolean male = c.uasc ? chance(0.9) : chance(0.52);
        String sex = unborn ? "U" : male ? "M" : "F";
        String[] names = male ? DemoNames.BOYS : DemoNames.GIRLS;
        String forename = unborn ? null : c.uasc ? pick(DemoNames.UASC_BOYS) : pick(names);
        c.surname = pick(DemoNames.SURNAMES);
        String ethnicity = unborn && chance(0.5) ? "NOBT"
                : c.uasc ? pick(new String[] {"AOTH", "BAFR", "OOTH", "BOTH"}) : ETHNICITY.pick(rnd);
        String nhs = unborn ? null : c.uasc ? (chance(0.4) ? nhsNumber() : null) : chance(0.95) ? nhsNumber() : null;
        String upn = null;
        String upnUnknown;
        Integer age = unborn ? null : c.dob.until(today).getYears();
        // Children's services see a UPN from the school year before reception (the DfE's "school age" in the CIN
        // census: born on or before 31 August four years before the census year ends), e.g. from a school nursery.
        LocalDate schoolAgeBornBy = LocalDate.of((today.getMonthValue() >= 4 ? today.getYear() + 1 : today.getYear()) - 4,
                8, 31);
        if (age == null || c.dob.isAfter(schoolAgeBornBy)) {
            upnUnknown = "UN1";
        } else if (c.uasc && start.isAfter(today.minusYears(1))) {
            upnUnknown = chance(0.5) ? "UN2" : "UN3";
        } else if (c.careStartedLast != null && c.careStartedLast.isAfter(today.minusDays(30)) && chance(0.5)) {
            upnUnknown = "UN4";
        } else if (c.onlyNfa && chance(0.3)) {
            upnUnknown = "UN7";
        } else {
            upnUnknown = null;
            // Allocated when the child started school, from age 4.
            upn = DemoIdentifiers.upnFor(LA_NUMBER, c.uasc ? start.getYear() : c.dob.plusYears(4).getYear(), c.index,
                    c.identifierOffset);
        }
        List<String> disabilities = chance(0.1)
                ? List.of(pick(new String[] {"LD", "AUT", "BEH", "COMM", "MOB", "HEAR", "VIS", "PC"}))
                : List.of("NONE");
        String knownAs = !unborn && chance(0.05) ? forename.substring(0, Math.min(3, forename.length())) : null;
        return new Person(pid, String.format("C%07d", c.index + 1), Person.CHILD, forename, c.surname, knownAs, sex, null,
                ethnicity, c.dob, unborn ? c.expectedDob : null, null, nhs, upn, upnUnknown, null,
                c.uasc ? pick(new String[] {"AFG", "ERI", "SDN", "IRN", "SYR", "VNM", "ALB"}) : "GBR",
                c.uasc ? null : "ENG", null, c.uasc ? "UASC" : null, c.uasc, false, disabilities);
    }
}
