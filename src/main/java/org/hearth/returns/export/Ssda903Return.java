package org.hearth.returns.export;

import static org.hearth.returns.export.ExportSupport.blank;
import static org.hearth.returns.export.ExportSupport.isBlank;
import static org.hearth.returns.export.ExportSupport.uk;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hearth.allocation.Allocation;
import org.hearth.allocation.SocialWorkerEpisode;
import org.hearth.care.CareOutcome;
import org.hearth.care.DeprivationOfLiberty;
import org.hearth.care.CarePeriod;
import org.hearth.care.CareReview;
import org.hearth.care.LegalStatus;
import org.hearth.care.MissingEpisode;
import org.hearth.codes.CollectionYear;
import org.hearth.journey.ChildJourney;
import org.hearth.leaving.CareLeaverContact;
import org.hearth.people.ImmigrationStatus;
import org.hearth.people.MothersChild;
import org.hearth.journey.child.Person;
import org.hearth.permanence.Permanence;
import org.hearth.permanence.PreviousPermanence;
import org.hearth.returns.ReturnedRow;
import org.hearth.allocation.AllocationStage;
import org.hearth.care.CareStage;
import org.hearth.leaving.LeavingCareStage;
import org.hearth.people.PeopleStage;
import org.hearth.permanence.PermanenceStage;
import org.hearth.returns.ReturnedRowsStage;

/**
 * One year's 903 return, child by child: which children are in it and the rows of each table, as column name to
 * value. The CSV and XML writers both render this, so they cannot disagree.
 *
 * <p>MC_DOB is the latest child born to the young person ({@code mothers-children}); OC2's answers come from the
 * year's {@code care-outcomes} (a child with outcomes recorded for the year is returned in OC2 with them; one in the
 * cohort without gets a row of blanks); AD1's adopter fields from the adoption plan; PrevPerm from the child's
 * {@code previous-permanence} as a return gave it, else a permanence order before the period of care began (blank
 * if neither: an absent record does not tell us there was none); DUC from a UASC {@code immigration-statuses} end
 * date, else the 18th birthday; SWEpisodes from allocations and {@code social-worker-episodes}; DoLo from
 * {@code deprivations-of-liberty}. Those kinds are filled by the 903 import; Hearth's forms do not yet write them.
 */
final class Ssda903Return {
    /** Short breaks (V3, V4): the DfE leaves children only on short breaks out of the OC2 cohort. */
    private static final Set<String> SHORT_BREAKS = Set.of("V3", "V4");
    private static final Set<String> ADOPTED = Set.of("E11", "E12");

    /** One child's rows, by table. */
    record Child(ChildJourney journey, Map<Ssda903Table, List<Map<String, String>>> rows) {
        List<Map<String, String>> rows(Ssda903Table table) {
            return rows.getOrDefault(table, List.of());
        }

        Map<String, String> first(Ssda903Table table) {
            List<Map<String, String>> r = rows(table);
            return r.isEmpty() ? null : r.get(0);
        }
    }

    private Ssda903Return() {}

    static List<Child> build(List<ChildJourney> journeys, CollectionYear year, Ssda903Episodes deriver) {
        List<Child> out = new ArrayList<>();
        for (ChildJourney j : journeys) {
            Child c = child(j, year, deriver);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The child's rows, or null if the child is in neither the looked-after nor the care leaver cohort, nor was in
     * the year's return as imported.
     */
    static Child child(ChildJourney j, CollectionYear year, Ssda903Episodes deriver) {
        Person p = j.child();
        Returned returned = Returned.of(j, year);
        List<Ssda903Episode> episodes = deriver.inYear(j, year, returned);
        Integer oc3Birthday = oc3Birthday(j, year);
        if (episodes.isEmpty() && oc3Birthday == null && !returned.imported()) {
            return null;
        }
        String id = ExportSupport.childId(p);
        String dob = uk(p.dob());
        Map<Ssda903Table, List<Map<String, String>>> rows = new EnumMap<>(Ssda903Table.class);

        put(rows, Ssda903Table.HEADER, row(Ssda903Table.HEADER, id, ExportSupport.sex(p, year), dob,
                ExportSupport.ethnicity(p), !isBlank(p.upn()) ? p.upn().trim() : blank(p.upnUnknown()),
                mother(p, year, episodes), uk(mothersChildDob(j, year))));

        for (Ssda903Episode e : episodes) {
            put(rows, Ssda903Table.EPISODES, row(Ssda903Table.EPISODES, id, uk(e.decom()), e.rne(), blank(e.ls()),
                    blank(e.cin()), blank(e.place()), blank(e.placeProvider()), uk(e.dec()), blank(e.rec()),
                    blank(e.reasonPlaceChange()), blank(e.homePost()), blank(e.plPost()), blank(e.urn())));
        }

        if (!episodes.isEmpty() || returned.imported()) {
            lookedAfterTables(j, year, id, dob, episodes, returned, rows);
        }

        if (oc3Birthday != null || returned.has(Ssda903Table.OC3)) {
            CareLeaverContact c = oc3Birthday != null ? contactAround(j, p.dob().plusYears(oc3Birthday))
                    : j.all(LeavingCareStage.CARE_LEAVER_CONTACTS).stream().filter(k -> year.contains(k.careLeaverLatestContact()))
                    .reduce((a, b) -> b).orElse(null);
            put(rows, Ssda903Table.OC3, row(Ssda903Table.OC3, id, dob,
                    c == null ? "" : blank(c.careLeaverInTouch()), c == null ? "" : blank(c.careLeaverActivity()),
                    c == null ? "" : accom(c)));
        }
        return new Child(j, rows);
    }

    private static void lookedAfterTables(ChildJourney j, CollectionYear year, String id, String dob,
                                          List<Ssda903Episode> episodes, Returned returned,
                                          Map<Ssda903Table, List<Map<String, String>>> rows) {
        Person p = j.child();
        LocalDate start = year.start();
        LocalDate end = year.end();

        for (CareReview r : j.all(CareStage.CARE_REVIEWS)) {
            boolean inYear = r.claReviewDate() != null && year.contains(r.claReviewDate())
                    && !Boolean.TRUE.equals(r.claReviewCancelled());
            if (inYear || returned.has(Ssda903Table.REVIEWS, r.claReviewDate())) {
                put(rows, Ssda903Table.REVIEWS, row(Ssda903Table.REVIEWS, id, dob, uk(r.claReviewDate()),
                        blank(r.claReviewParticipation())));
            }
        }

        if (Boolean.TRUE.equals(p.uasc()) && p.dob() != null) {
            LocalDate ceased = j.all(PeopleStage.IMMIGRATION_STATUSES).stream()
                    .filter(s -> ImmigrationStatus.UASC.equals(s.immigrationStatus()) && s.endDate() != null)
                    .map(ImmigrationStatus::endDate).reduce((a, b) -> b).orElse(p.dob().plusYears(18));
            put(rows, Ssda903Table.UASC, row(Ssda903Table.UASC, id, ExportSupport.sex(p, year), dob, uk(ceased)));
        }

        CareOutcome outcome = j.all(CareStage.CARE_OUTCOMES).stream()
                .filter(o -> end.equals(o.outcomeYearEnd())).reduce((a, b) -> b).orElse(null);
        if (outcome != null) {
            // Outcomes recorded for the year are returned, as the LA answered them.
            put(rows, Ssda903Table.OC2, row(Ssda903Table.OC2, id, dob, outcome.sdqScore(), outcome.sdqReason(),
                    outcome.convicted(), outcome.healthCheck(), outcome.immunisations(), outcome.teethCheck(),
                    outcome.healthAssessment(), outcome.substanceMisuse(), outcome.interventionReceived(),
                    outcome.interventionOffered()));
        } else if (inOc2Cohort(j, year) || returned.has(Ssda903Table.OC2)) {
            put(rows, Ssda903Table.OC2, row(Ssda903Table.OC2, id, dob, "", "", "", "", "", "", "", "", "", ""));
        }

        List<Permanence> adoptions = j.all(PermanenceStage.PERMANENCE).stream()
                .filter(x -> "ADOPTION".equals(x.permanencePlan())).toList();
        List<Permanence> adoptionPlans = adoptions.stream()
                .filter(x -> x.admDecisionDate() != null && !x.admDecisionDate().isAfter(end)).toList();
        boolean adoptedInYear = episodes.stream().anyMatch(e -> e.dec() != null && ADOPTED.contains(e.rec()));
        Permanence ad1 = adoptions.stream().filter(x -> returned.has(Ssda903Table.AD1, x.admDecisionDate()))
                .reduce((a, b) -> b).orElse(adoptionPlans.isEmpty() ? null : adoptionPlans.get(adoptionPlans.size() - 1));
        // An imported year keeps the AD1 rows it was returned with: a derived row for an adoption the LA returned
        // without adopter details would be a row it never sent. Adoption details recorded since bring the row back.
        if (returned.has(Ssda903Table.AD1)
                || adoptedInYear && (!returned.imported() || ad1 != null && ad1.hasAdoptionDetails())) {
            LocalDate matched = ad1 == null ? null
                    : upTo(ad1.matchedDate(), returned.known(Ssda903Table.AD1, ad1.admDecisionDate(), year));
            put(rows, Ssda903Table.AD1, row(Ssda903Table.AD1, id, dob, ad1 == null ? "" : uk(ad1.admDecisionDate()),
                    uk(matched), ad1 == null ? "" : blank(ad1.adoptedByCarerFlag()),
                    ad1 == null ? "" : blank(ad1.numberOfAdopters()), ad1 == null ? "" : blank(ad1.adopterSex()),
                    ad1 == null ? "" : blank(ad1.adopterLegalStatus())));
        }
        for (Permanence plan : adoptions) {
            LocalDate reversed = upTo(plan.decisionReversedDate(),
                    returned.known(Ssda903Table.PLACED_ADOPTION, plan.admDecisionDate(), year));
            boolean inYear = adoptionPlans.contains(plan) && (reversed == null || !reversed.isBefore(start));
            if (inYear || plan.admDecisionDate() != null
                    && returned.has(Ssda903Table.PLACED_ADOPTION, plan.admDecisionDate())) {
                put(rows, Ssda903Table.PLACED_ADOPTION, row(Ssda903Table.PLACED_ADOPTION, id, dob,
                        uk(plan.admDecisionDate()), uk(reversed), reversed == null ? "" : blank(plan.decisionReversedReason())));
            }
        }

        // Previous permanence is asked of each child who started to be looked after in the year.
        // A previous permanence recorded as a return gave it is returned as it was recorded, once.
        PreviousPermanence given = j.all(PermanenceStage.PREVIOUS_PERMANENCE).stream().reduce((a, b) -> b).orElse(null);
        if (given != null) {
            put(rows, Ssda903Table.PREV_PERM, row(Ssda903Table.PREV_PERM, id, dob,
                    blank(given.previousPermanenceOption()), blank(given.previousPermanenceLa()),
                    blank(given.previousPermanenceOrderDate())));
        } else if (returned.has(Ssda903Table.PREV_PERM)) {
            put(rows, Ssda903Table.PREV_PERM, row(Ssda903Table.PREV_PERM, id, dob, "", "", ""));
        }
        for (Ssda903Episode e : episodes) {
            if (given == null && "S".equals(e.rne()) && year.contains(e.decom())) {
                Permanence before = j.all(PermanenceStage.PERMANENCE).stream()
                        .filter(x -> x.permanenceOrderDate() != null && x.permanenceOrderDate().isBefore(e.decom()))
                        .reduce((a, b) -> b).orElse(null);
                put(rows, Ssda903Table.PREV_PERM, row(Ssda903Table.PREV_PERM, id, dob,
                        before == null ? "" : previousPermanence(before), "",
                        before == null ? "" : uk(before.permanenceOrderDate())));
            }
        }

        List<CarePeriod> periods = j.all(CareStage.CARE_PERIODS);
        for (MissingEpisode m : j.all(CareStage.MISSING)) {
            LocalDate from = m.missingEpisodeStartDate();
            boolean inYear = from != null && !from.isAfter(end)
                    && (m.missingEpisodeEndDate() == null || !m.missingEpisodeEndDate().isBefore(start));
            if (inYear && periods.stream().anyMatch(pe -> pe.covers(from)) || returned.has(Ssda903Table.MISSING, from)) {
                put(rows, Ssda903Table.MISSING, row(Ssda903Table.MISSING, id, dob, blank(m.missingEpisodeType()),
                        uk(from), uk(upTo(m.missingEpisodeEndDate(), returned.known(Ssda903Table.MISSING, from, year)))));
            }
        }

        // Social worker episodes recorded as the return gives them (the worker's registration number and the DfE
        // reason) are the child's SWEpisodes; allocations (which name a Hearth account) only stand in without them.
        boolean swEpisodesHeld = !j.all(AllocationStage.SOCIAL_WORKER_EPISODES).isEmpty();
        for (Allocation a : swEpisodesHeld ? List.<Allocation>of() : j.all(AllocationStage.ALLOCATIONS)) {
            boolean socialWorker = "SW".equalsIgnoreCase(blank(a.professionalRoleId()));
            boolean inYear = a.involvementStartDate() != null && !a.involvementStartDate().isAfter(end)
                    && (a.involvementEndDate() == null || !a.involvementEndDate().isBefore(start));
            if (socialWorker && inYear) {
                LocalDate dec = upTo(a.involvementEndDate(), end);
                put(rows, Ssda903Table.SW_EPISODES, row(Ssda903Table.SW_EPISODES, id, dob, blank(a.professionalId()),
                        uk(a.involvementStartDate()), uk(dec), dec == null ? "" : blank(a.workerChangeReason())));
            }
        }
        for (SocialWorkerEpisode w : j.all(AllocationStage.SOCIAL_WORKER_EPISODES)) {
            boolean inYear = w.startDate() != null && !w.startDate().isAfter(end)
                    && (w.endDate() == null || !w.endDate().isBefore(start));
            if (inYear) {
                LocalDate dec = upTo(w.endDate(), end);
                put(rows, Ssda903Table.SW_EPISODES, row(Ssda903Table.SW_EPISODES, id, dob, blank(w.socialWorkerId()),
                        uk(w.startDate()), uk(dec), blank(w.swChangeReason())));
            }
        }
        for (DeprivationOfLiberty d : j.all(CareStage.DEPRIVATIONS_OF_LIBERTY)) {
            boolean inYear = d.startDate() != null && !d.startDate().isAfter(end)
                    && (d.endDate() == null || !d.endDate().isBefore(start));
            if (inYear) {
                put(rows, Ssda903Table.DOLO, row(Ssda903Table.DOLO, id, dob, uk(d.startDate()),
                        uk(upTo(d.endDate(), end))));
            }
        }
    }

    /** The rows a year's return gave the child when it was imported ({@link ReturnedRow}); none for a derived year. */
    record Returned(Set<String> keys, Set<String> laterDatesGiven) {
        static Returned of(ChildJourney j, CollectionYear year) {
            Set<String> keys = new java.util.HashSet<>();
            Set<String> later = new java.util.HashSet<>();
            for (ReturnedRow r : j.all(ReturnedRowsStage.RETURNED_ROWS)) {
                if (year.end().equals(r.returnYearEnd())) {
                    keys.add(r.returnTable() + "|" + r.rowKey());
                    if (Boolean.TRUE.equals(r.laterDatesGiven())) {
                        later.add(r.returnTable() + "|" + r.rowKey());
                    }
                }
            }
            return new Returned(keys, later);
        }

        /** Whether the year's return was imported with this child in it. */
        boolean imported() {
            return keys.contains(Ssda903Table.HEADER.dfeName() + "|");
        }

        boolean has(Ssda903Table table) {
            return !keys.isEmpty() && keys.stream().anyMatch(k -> k.startsWith(table.dfeName() + "|"));
        }

        boolean has(Ssda903Table table, LocalDate day) {
            return !keys.isEmpty() && keys.contains(key(table, day));
        }

        /** The last day the row's dates may fall on: 31 March, unless the return gave a later one. */
        LocalDate known(Ssda903Table table, LocalDate day, CollectionYear year) {
            return laterDatesGiven.contains(key(table, day)) ? LocalDate.MAX : year.end();
        }

        private static String key(Ssda903Table table, LocalDate day) {
            return table.dfeName() + "|" + (day == null ? "" : day.toString());
        }
    }

    /**
     * OC2: looked after continuously for at least 12 months at 31 March, i.e. in a period that began on or before
     * 31 March a year earlier and had not ended by the reference date, and not only on short breaks then.
     */
    static boolean inOc2Cohort(ChildJourney j, CollectionYear year) {
        LocalDate end = year.end();
        for (CarePeriod pe : j.all(CareStage.CARE_PERIODS)) {
            boolean longEnough = !pe.periodStartDate().isAfter(end.minusYears(1));
            boolean stillIn = pe.periodEndDate() == null || pe.periodEndDate().isAfter(end);
            if (longEnough && stillIn) {
                LegalStatus atEnd = j.all(CareStage.LEGAL_STATUSES).stream()
                        .filter(l -> !l.startDate().isAfter(end) && (l.endDate() == null || !l.endDate().isBefore(end)))
                        .reduce((a, b) -> b).orElse(null);
                return atEnd == null || !SHORT_BREAKS.contains(atEnd.legalStatus());
            }
        }
        return false;
    }

    /**
     * OC3: the birthday (17 to 21) falling in the year of a young person who had left care by then and qualifies
     * as a care leaver: looked after for at least 13 weeks in all since their 14th birthday, and looked after on or
     * after their 16th birthday. Null if not in the cohort.
     */
    static Integer oc3Birthday(ChildJourney j, CollectionYear year) {
        LocalDate dob = j.child().dob();
        if (dob == null) {
            return null;
        }
        for (int age = 17; age <= 21; age++) {
            LocalDate birthday = dob.plusYears(age);
            if (!year.contains(birthday)) {
                continue;
            }
            List<CarePeriod> periods = j.all(CareStage.CARE_PERIODS);
            boolean inCareOnBirthday = periods.stream().anyMatch(pe -> pe.covers(birthday));
            LocalDate fourteen = dob.plusYears(14);
            LocalDate sixteen = dob.plusYears(16);
            long daysSince14 = 0;
            boolean after16 = false;
            for (CarePeriod pe : periods) {
                if (pe.periodStartDate().isAfter(birthday)) {
                    continue;
                }
                LocalDate to = pe.periodEndDate() == null || pe.periodEndDate().isAfter(birthday)
                        ? birthday : pe.periodEndDate();
                LocalDate from = pe.periodStartDate().isBefore(fourteen) ? fourteen : pe.periodStartDate();
                if (to.isAfter(from)) {
                    daysSince14 += ChronoUnit.DAYS.between(from, to);
                }
                after16 |= !to.isBefore(sixteen);
            }
            if (!inCareOnBirthday && after16 && daysSince14 >= 13 * 7) {
                return age;
            }
            return null;
        }
        return null;
    }

    /** The contact nearest the birthday in the DfE's window: three months before to one month after. */
    private static CareLeaverContact contactAround(ChildJourney j, LocalDate birthday) {
        LocalDate from = birthday.minusMonths(3);
        LocalDate to = birthday.plusMonths(1);
        return j.all(LeavingCareStage.CARE_LEAVER_CONTACTS).stream()
                .filter(c -> c.careLeaverLatestContact() != null && !c.careLeaverLatestContact().isBefore(from)
                        && !c.careLeaverLatestContact().isAfter(to))
                .min(Comparator.comparingLong(c -> Math.abs(ChronoUnit.DAYS.between(birthday, c.careLeaverLatestContact()))))
                .orElse(null);
    }

    /**
     * ACCOM is one code: the accommodation letter and 1 (suitable) or 2 (not suitable). The model may hold the
     * combined code already, or the letter with suitability apart.
     */
    private static String accom(CareLeaverContact c) {
        String a = blank(c.careLeaverAccommodation());
        if (a.length() != 1 || a.equals("0")) {
            return a;
        }
        String s = blank(c.careLeaverAccomSuitable()).toUpperCase(java.util.Locale.ROOT);
        String digit = switch (s) {
            case "1", "Y", "YES", "TRUE", "SUITABLE" -> "1";
            case "2", "N", "NO", "FALSE", "UNSUITABLE", "NOT SUITABLE" -> "2";
            default -> "";
        };
        return digit.isEmpty() ? a : a + digit;
    }

    private static String previousPermanence(Permanence p) {
        String type = blank(p.permanenceOrderType()).isEmpty() ? blank(p.permanencePlan()) : blank(p.permanenceOrderType());
        return switch (type.toUpperCase(java.util.Locale.ROOT)) {
            case "ADOPTION", "P1" -> "P1";
            case "SGO", "P2" -> "P2";
            case "CHILD_ARRANGEMENTS", "RESIDENCE", "P3" -> "P3";
            default -> "";
        };
    }

    /**
     * MOTHER is asked only of girls looked after during the year (903 rules 165 and 628): blank for boys, for
     * children of unknown sex and for care leavers only in OC3, whatever the record holds.
     */
    private static String mother(Person p, CollectionYear year, List<Ssda903Episode> episodes) {
        if (p.isMother() == null || episodes.isEmpty()) {
            return "";
        }
        String sex = ExportSupport.sex(p, year);
        if (!sex.equals("F") && !sex.equals("2")) {
            return "";
        }
        return p.isMother() ? "1" : "0";
    }

    /** The birth date of the young person's latest child born by the end of the year (MC_DOB), or null. */
    private static LocalDate mothersChildDob(ChildJourney j, CollectionYear year) {
        return j.all(PeopleStage.MOTHERS_CHILDREN).stream().map(MothersChild::childsDob)
                .filter(d -> d != null && !d.isAfter(year.end())).reduce((a, b) -> b).orElse(null);
    }

    /** A date as the return knows it at the reference date: later ones are not known yet. */
    private static LocalDate upTo(LocalDate date, LocalDate referenceDate) {
        return date == null || date.isAfter(referenceDate) ? null : date;
    }

    private static Map<String, String> row(Ssda903Table table, String... values) {
        if (values.length != table.columns().size()) {
            throw new IllegalArgumentException(table + " has " + table.columns().size() + " columns");
        }
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            row.put(table.columns().get(i), values[i] == null ? "" : values[i]);
        }
        return row;
    }

    private static void put(Map<Ssda903Table, List<Map<String, String>>> rows, Ssda903Table t, Map<String, String> row) {
        rows.computeIfAbsent(t, k -> new ArrayList<>()).add(row);
    }
}
