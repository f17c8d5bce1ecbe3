package org.hearth.returns.ssda903.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.hearth.allocation.SocialWorkerEpisode;
import org.hearth.care.CareOutcome;
import org.hearth.care.CarePeriod;
import org.hearth.care.CareReview;
import org.hearth.care.DeprivationOfLiberty;
import org.hearth.care.LegalStatus;
import org.hearth.care.MissingEpisode;
import org.hearth.care.Placement;
import org.hearth.codes.CodeList;
import org.hearth.codes.CodeLists;
import org.hearth.codes.CollectionYear;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.EpisodeKind;
import org.hearth.journey.JourneyRecord;
import org.hearth.journey.JourneyRules;
import org.hearth.journey.Violation;
import org.hearth.leaving.CareLeaverContact;
import org.hearth.people.Address;
import org.hearth.people.ImmigrationStatus;
import org.hearth.people.MothersChild;
import org.hearth.journey.child.Person;
import org.hearth.permanence.Permanence;
import org.hearth.permanence.PreviousPermanence;
import org.hearth.returns.ReturnedRow;
import org.hearth.returns.cin.imports.ImportError;
import org.hearth.returns.cin.imports.ImportWriter;
import org.hearth.returns.ssda903.Ssda903Data;
import org.hearth.returns.ssda903.Ssda903Table;
import org.hearth.allocation.AllocationStage;
import org.hearth.care.CareStage;
import org.hearth.leaving.LeavingCareStage;
import org.hearth.people.PeopleStage;
import org.hearth.permanence.PermanenceStage;
import org.hearth.returns.ReturnedRowsStage;
import org.hearth.stages.Stages;

/**
 * Maps a 903 return (this year's tables and, optionally, last year's) to children's journeys, ready for the bulk
 * loader. Plain Java: the caller says which children are already on record (by CHILD, the LA child id) and gets back
 * the journeys to write, or the reasons the return is refused.
 *
 * <p>Decisions:
 * <ul>
 *   <li>Episodes make the record the export derives episodes from: a child's episodes (both years, this year's row
 *       winning where both give the same DECOM) chain into periods of care, a new period beginning when the previous
 *       episode ended with a reason other than X1 or left a gap; within a period a legal status starts where LS
 *       changes and a placement where PLACE, PLACE_PROVIDER, PL_POST or URN change, each ending the day the next starts; the reason for a placement change is the one given on the
 *       episode the move ended; HOME_POST becomes the child's home address from that episode on; the first
 *       episode's CIN is the period's. Each episode's RNE and CIN are kept, as returned, on the legal status and
 *       placement that start with it; where neither changes (a P with the same placement), the placement starts
 *       again, so the episode boundary is kept. The export gives them back rather than deriving them.</li>
 *   <li>Two kinds of problem: a return that cannot be read into a record (an unreadable date, a row with no CHILD,
 *       a child with no Header row, an episode with no DECOM) is always refused; a record that breaks a journey rule
 *       or a code list (including an old coding, such as SEX 1/2 from 2024/25) refuses it too, unless the caller
 *       keeps rule breaks as history, in which case each is listed ({@link Result#kept()}) and the record is kept as
 *       the return gave it, so it re-exports the same.</li>
 *   <li>Which rows the return held is kept too ({@link ReturnedRow}): a child with no episode in the year, a review
 *       from another year, an end given after 31 March. The export gives an imported year back with those rows, its
 *       values from the record; where both years give the same record, this year's row is the one kept.</li>
 *   <li>A child already on record keeps what it has: records whose natural key (start date, review date, year…) is
 *       already held are skipped and counted, so importing the same return again adds nothing.</li>
 * </ul>
 */
public final class Ssda903Import {

    /** What is already on record for a CHILD id: that child's journey, or null when new. */
    @FunctionalInterface
    public interface Existing extends Function<String, ChildJourney> {
        Existing NONE = id -> null;
    }

    /** One return as read, with the name to give it in errors (the directory or XML file). */
    public record Source(String name, Ssda903Data data) {}

    /** One child's outcome: a new journey ({@code before} null) or additions to one already on record. */
    public record Planned(String childId, ChildJourney before, ChildJourney after, int added, int skipped,
                          List<Violation> accepted) implements ImportWriter.Planned {}

    /**
     * The outcome of mapping: the children, the errors that refuse the return, the rule breaks kept as history
     * (when allowed) and notes.
     */
    public record Result(List<Planned> children, List<ImportError> errors, List<ImportError> kept, List<String> notes) {
        public boolean refused() {
            return !errors.isEmpty();
        }
    }

    private record Origin(String file, String table, int row, boolean last) {}

    /** A table row with where it came from. */
    private record Row(Origin origin, Ssda903Table table, int index) {
        String get(String column) {
            return table.get(index, column);
        }
    }

    private static final JourneyRules RULES = Stages.journeyRules();
    private static final int SEX_MFU_FROM = 2025;

    /** Journey field (kind/component) to the 903 column that holds it. */
    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("person/dob", "DOB"), Map.entry("person/sex", "SEX"), Map.entry("person/ethnicity", "ETHNIC"),
            Map.entry("person/upn", "UPN"), Map.entry("person/upnUnknown", "UPN"), Map.entry("person/isMother", "MOTHER"),
            Map.entry("care-periods/startDate", "DECOM"), Map.entry("care-periods/periodStartDate", "DECOM"),
            Map.entry("care-periods/endDate", "DEC"), Map.entry("care-periods/periodEndDate", "DEC"),
            Map.entry("care-periods/reasonCeased", "REC"), Map.entry("care-periods/cinCode", "CIN"),
            Map.entry("legal-statuses/legalStatus", "LS"), Map.entry("legal-statuses/startDate", "DECOM"),
            Map.entry("legal-statuses/endDate", "DEC"),
            Map.entry("placements/claPlacementType", "PLACE"), Map.entry("placements/claPlacementProvider", "PLACE_PROVIDER"),
            Map.entry("placements/claPlacementChangeReason", "REASON_PLACE_CHANGE"),
            Map.entry("placements/claPlacementPostcode", "PL_POST"), Map.entry("placements/claPlacementUrn", "URN"),
            Map.entry("placements/claEpisodeStartReason", "RNE"), Map.entry("placements/claPrimaryNeedCode", "CIN"),
            Map.entry("legal-statuses/claEpisodeStartReason", "RNE"), Map.entry("legal-statuses/claPrimaryNeedCode", "CIN"),
            Map.entry("placements/startDate", "DECOM"), Map.entry("placements/endDate", "DEC"),
            Map.entry("care-reviews/startDate", "REVIEW"), Map.entry("care-reviews/claReviewDate", "REVIEW"),
            Map.entry("care-reviews/claReviewParticipation", "REVIEW_CODE"),
            Map.entry("missing/startDate", "MIS_START"), Map.entry("missing/endDate", "MIS_END"),
            Map.entry("missing/missingEpisodeType", "MISSING"),
            Map.entry("care-leaver-contacts/careLeaverInTouch", "IN_TOUCH"),
            Map.entry("care-leaver-contacts/careLeaverActivity", "ACTIV"),
            Map.entry("care-leaver-contacts/careLeaverAccommodation", "ACCOM"),
            Map.entry("permanence/admDecisionDate", "DATE_PLACED"), Map.entry("permanence/matchedDate", "DATE_MATCH"),
            Map.entry("permanence/decisionReversedDate", "DATE_PLACED_CEASED"),
            Map.entry("social-worker-episodes/startDate", "SW_DECOM"), Map.entry("social-worker-episodes/endDate", "SW_DEC"),
            Map.entry("deprivations-of-liberty/startDate", "DOLO_START"),
            Map.entry("deprivations-of-liberty/endDate", "DOLO_END"));

    private final CollectionYear year;
    private final boolean keepRuleBreaks;
    private final List<ImportError> errors = new ArrayList<>();
    private final List<ImportError> kept = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, CodeList> lists = new HashMap<>();
    /** Old codings seen, for one summary note each: "SEX '1'". */
    private final Map<String, Integer> oldCodings = new LinkedHashMap<>();

    private Ssda903Import(CollectionYear year, boolean keepRuleBreaks) {
        this.year = year;
        this.keepRuleBreaks = keepRuleBreaks;
    }

    /**
     * Maps the return. Never throws for the files' content: every problem is an {@link ImportError}.
     *
     * @param current        this year's return
     * @param previous       last year's, or null
     * @param keepRuleBreaks keep records that break a journey rule or code list as history (listed), rather than
     *                       refuse the return
     */
    public static Result map(CollectionYear year, Source current, Source previous, Existing existing,
                             boolean keepRuleBreaks, IntConsumer progress) {
        return new Ssda903Import(year, keepRuleBreaks).run(current, previous, existing, progress);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Gathering rows by child
    // ---------------------------------------------------------------------------------------------------------

    /** Every row of one child, by table, this year's first. */
    private static final class ChildRows {
        final String id;
        Row header;
        Row headerLast;
        final Map<String, List<Row>> tables = new HashMap<>();

        ChildRows(String id) {
            this.id = id;
        }

        List<Row> of(String table) {
            return tables.getOrDefault(table, List.of());
        }
    }

    private Result run(Source current, Source previous, Existing existing, IntConsumer progress) {
        Map<String, ChildRows> children = new LinkedHashMap<>();
        // This year's rows first: where both years give the same record (an episode, a review, a missing period by
        // its start), this year's, which knows how it ended, is the one kept.
        gather(current, false, children);
        if (previous != null) {
            gather(previous, true, children);
        }
        List<Planned> planned = new ArrayList<>();
        int done = 0;
        for (ChildRows c : children.values()) {
            progress.accept(++done);
            if (c.header == null && c.headerLast == null) {
                // Kept as history, a child with no Header row is known by the date of birth their other rows give.
                Row first = c.tables.values().stream().flatMap(List::stream).filter(r -> r.get("DOB") != null)
                        .findFirst().orElse(null);
                Row any = first != null ? first : c.tables.values().stream().flatMap(List::stream).findFirst().orElseThrow();
                String why = "this child has no Header row, so their sex and ethnicity are not known";
                if (!keepRuleBreaks || first == null) {
                    error(c.id, any.origin(), "CHILD", why + (first == null ? " nor their date of birth" : "")
                            + "; add the Header row or remove their other rows");
                    continue;
                }
                ruleBreak(c.id, any.origin(), "CHILD", why + "; recorded with the date of birth given here");
                c.header = first;
            }
            Planned p = child(c, existing.apply(c.id));
            if (p != null) {
                planned.add(p);
            }
        }
        oldCodings.forEach((what, n) -> notes.add(what + " is an old coding, not valid in " + year + " (" + n
                + " row" + (n == 1 ? "" : "s") + ")"));
        return new Result(List.copyOf(planned), List.copyOf(errors), List.copyOf(kept), List.copyOf(notes));
    }

    private void gather(Source source, boolean last, Map<String, ChildRows> children) {
        for (Ssda903Table t : source.data().tables().values()) {
            String name = t.name().endsWith("_last") ? t.name().substring(0, t.name().length() - 5) : t.name();
            for (int r = 0; r < t.size(); r++) {
                Origin origin = new Origin(source.name(), t.name(), r, last);
                String id = t.get(r, "CHILD");
                if (id == null) {
                    error(null, origin, "CHILD", "missing: every row needs the child's id (CHILD)");
                    continue;
                }
                ChildRows c = children.computeIfAbsent(id, ChildRows::new);
                Row row = new Row(origin, t, r);
                if (name.equals("Header")) {
                    if ((last ? c.headerLast : c.header) != null) {
                        error(id, origin, "CHILD", "the child has more than one Header row in " + source.name());
                        continue;
                    }
                    if (last) {
                        c.headerLast = row;
                    } else {
                        c.header = row;
                    }
                } else {
                    c.tables.computeIfAbsent(name, k -> new ArrayList<>()).add(row);
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // One child
    // ---------------------------------------------------------------------------------------------------------

    private final class Child {
        final ChildRows rows;
        final ChildJourney before;
        final UUID personId;
        final Map<UUID, Origin> sources = new HashMap<>();
        final Map<String, JourneyRecord> held = new HashMap<>();
        ChildJourney journey;
        int added;
        int skipped;
        Origin personOrigin;

        Child(ChildRows rows, ChildJourney before, Person person) {
            this.rows = rows;
            this.before = before;
            this.journey = before != null ? before : ChildJourney.of(person);
            this.personId = journey.child().id();
            if (before != null) {
                for (EpisodeKind<?> kind : Stages.allKinds()) {
                    for (JourneyRecord r : before.all(kind)) {
                        held.put(key(kind, r), r);
                    }
                }
            }
        }

        <T extends Record & JourneyRecord> void add(EpisodeKind<T> kind, T record, Origin origin) {
            String key = key(kind, record);
            JourneyRecord already = held.putIfAbsent(key, record);
            if (already != null) {
                skipped++;
                if (!already.id().equals(record.id()) && !Objects.equals(already.endDate(), record.endDate())
                        && before != null && before.findAny(already.id()).isPresent()) {
                    notes.add("child " + rows.id + ": the " + kind.label().toLowerCase(Locale.ROOT) + " starting "
                            + already.startDate() + " is already on record " + (already.endDate() == null ? "open"
                            : "ending " + already.endDate()) + " and is kept as recorded; " + origin.file() + " "
                            + origin.table() + " row " + origin.row() + " gives " + (record.endDate() == null
                            ? "no end" : "it ending " + record.endDate()) + ": change it on the child's record");
                }
                return;
            }
            sources.put(record.id(), origin);
            journey = journey.with(kind, record);
            added++;
        }
    }

    /** A record's natural key: what makes "the same record" when a return is imported again. */
    private static String key(EpisodeKind<?> kind, JourneyRecord r) {
        String extra = r instanceof ImmigrationStatus s ? s.immigrationStatus()
                : r instanceof PreviousPermanence p ? p.previousPermanenceOption() + "|" + p.previousPermanenceOrderDate()
                : r instanceof Address a ? a.addressPostcode()
                : r instanceof Permanence p ? p.permanencePlan()
                : r instanceof ReturnedRow w ? w.returnYearEnd() + "|" + w.returnTable() + "|" + w.rowKey() : "";
        return kind.name() + "|" + r.startDate() + "|" + extra;
    }

    private Planned child(ChildRows c, ChildJourney before) {
        int errorsBefore = errors.size();
        Row h = c.header != null ? c.header : c.headerLast;
        Person person = before != null ? before.child() : person(c, h);
        if (person == null) {
            return null;
        }
        Child x = new Child(c, before, person);
        x.personOrigin = h.origin();
        if (before == null) {
            x.sources.put(person.id(), h.origin());
        }
        episodes(x);
        reviews(x);
        uasc(x);
        outcomes(x);
        careLeaver(x, person);
        adoption(x);
        previousPermanence(x);
        missing(x);
        socialWorkers(x);
        dolo(x);
        mother(x, h);
        returnedRows(x);
        if (errors.size() > errorsBefore) {
            return null;
        }
        if (before != null && x.skipped > 0) {
            notes.add("child " + c.id + ": already on record; " + x.skipped + " record" + (x.skipped == 1 ? "" : "s")
                    + " already held skipped" + (x.added > 0 ? ", " + x.added + " new added" : ""));
        }
        List<Violation> violations = before == null ? RULES.check(x.journey) : RULES.introducedBy(before, x.journey);
        List<Violation> accepted = new ArrayList<>();
        for (Violation v : violations) {
            Origin o = x.sources.getOrDefault(v.recordId(), x.personOrigin);
            String column = COLUMNS.getOrDefault(v.kind() + "/" + v.field(), v.field());
            String reason = v.message() + " (Hearth rule " + v.rule() + (v.dfeCode() == null ? "" : ", DfE " + v.dfeCode())
                    + ")";
            if (keepRuleBreaks) {
                kept.add(new ImportError(o.file(), c.id, o.table(), o.row(), column, reason));
                accepted.add(v);
            } else {
                error(c.id, o, column, reason);
            }
        }
        if (errors.size() > errorsBefore) {
            return null;
        }
        return new Planned(c.id, before, x.journey, x.added, x.skipped, List.copyOf(accepted));
    }

    private Person person(ChildRows c, Row h) {
        String id = c.id;
        LocalDate dob = date(id, h, "DOB");
        if (dob == null && h.get("DOB") == null) {
            error(id, h.origin(), "DOB", "missing: the 903 gives every child's date of birth");
        }
        String sex = sex(id, h);
        String ethnic = h.get("ETHNIC");
        code(id, h, "ETHNIC", "ETHNIC", ethnic);
        String upn = h.get("UPN");
        String upnUnknown = null;
        if (upn != null && upn.toUpperCase(Locale.ROOT).matches("UN\\d{1,2}")) {
            upnUnknown = upn.toUpperCase(Locale.ROOT);
            upn = null;
        }
        String mother = h.get("MOTHER");
        Boolean isMother = mother == null ? null : mother.equals("1") ? Boolean.TRUE : mother.equals("0") ? Boolean.FALSE : null;
        if (mother != null && isMother == null) {
            ruleBreak(id, h.origin(), "MOTHER", "'" + mother + "' is not 1 (a mother) or 0 (not)");
        }
        boolean uasc = "1".equals(h.get("UASC")) || !c.of("UASC").isEmpty()
                || c.headerLast != null && "1".equals(c.headerLast.get("UASC"));
        return new Person(UUID.randomUUID(), id, Person.CHILD, null, null, null, sex, null, ethnic, dob, null, null,
                null, upn, upnUnknown, null, null, null, null, null, uasc ? Boolean.TRUE : null, isMother, List.of());
    }

    /** Sex as Hearth records it (M, F, U), from the coding of the year: 1/2 up to 2023/24, M/F/U from 2024/25. */
    private String sex(String id, Row h) {
        String s = h.get("SEX");
        if (s == null) {
            return null;
        }
        String u = s.toUpperCase(Locale.ROOT);
        boolean newCoding = year.endYear() >= SEX_MFU_FROM;
        if (u.equals("1") || u.equals("2")) {
            if (newCoding) {
                oldCoding(id, h.origin(), "SEX", s, "from 2024/25 the 903 codes sex M, F or U (" + (u.equals("1")
                        ? "1 was male: send M" : "2 was female: send F") + ")");
            }
            return u.equals("1") ? "M" : "F";
        }
        if (u.equals("M") || u.equals("F") || u.equals("U")) {
            if (!newCoding) {
                oldCoding(id, h.origin(), "SEX", s, "up to 2023/24 the 903 codes sex 1 (male) or 2 (female); M, F "
                        + "and U are the coding from 2024/25");
            }
            return u;
        }
        ruleBreak(id, h.origin(), "SEX", "'" + s + "' is not a sex code (" + (newCoding ? "M, F or U" : "1 or 2") + ")");
        return null;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Episodes → periods of care, legal statuses, placements, home addresses
    // ---------------------------------------------------------------------------------------------------------

    private record Episode(Row row, LocalDate decom, LocalDate dec) {}

    private void episodes(Child x) {
        String id = x.rows.id;
        Map<LocalDate, Episode> byStart = new java.util.TreeMap<>();
        for (Row r : x.rows.of("Episodes")) {
            LocalDate decom = date(id, r, "DECOM");
            if (decom == null) {
                if (r.get("DECOM") == null) {
                    error(id, r.origin(), "DECOM", "missing: every episode needs the date it began");
                }
                continue;
            }
            LocalDate dec = date(id, r, "DEC");
            // This year's rows come first: last year's row for the same episode (same DECOM) gives way to it.
            byStart.putIfAbsent(decom, new Episode(r, decom, dec));
        }
        List<Episode> eps = new ArrayList<>(byStart.values());
        int i = 0;
        while (i < eps.size()) {
            int j = i;
            while (j + 1 < eps.size() && continues(eps.get(j), eps.get(j + 1))) {
                j++;
            }
            period(x, eps.subList(i, j + 1));
            i = j + 1;
        }
        homes(x, eps);
    }

    /** Whether the next episode carries on the same period of care. */
    private static boolean continues(Episode prev, Episode next) {
        if ("S".equals(next.row().get("RNE"))) {
            return false; // the return says the child started to be looked after again
        }
        if (prev.dec() == null) {
            return true; // an open episode followed by another: the next one is the change
        }
        String rec = prev.row().get("REC");
        return !next.decom().isAfter(prev.dec()) && (rec == null || rec.equals("X1"));
    }

    private void period(Child x, List<Episode> eps) {
        Episode first = eps.get(0);
        Episode last = eps.get(eps.size() - 1);
        LocalDate end = last.dec();
        String rec = last.row().get("REC"); // given without a DEC, it breaks a rule: kept only as history
        CarePeriod period = new CarePeriod(UUID.randomUUID(), x.personId, first.decom(), end, rec,
                first.row().get("CIN"));
        x.add(CareStage.CARE_PERIODS, period, first.row().origin());

        LegalStatus status = null;
        Row statusRow = null;
        Placement placement = null;
        Row placementRow = null;
        Episode previous = null;
        for (Episode e : eps) {
            Row r = e.row();
            String ls = r.get("LS");
            // The episode's RNE and CIN as returned go on the record(s) starting with it, so the export gives them
            // back; an episode where neither the legal status nor the placement changes starts a placement again.
            String rne = r.get("RNE");
            String cin = r.get("CIN");
            boolean newStatus = status == null || !Objects.equals(status.legalStatus(), ls);
            if (newStatus) {
                if (status != null) {
                    x.add(CareStage.LEGAL_STATUSES, status.endingOn(e.decom()), statusRow.origin());
                }
                status = new LegalStatus(UUID.randomUUID(), x.personId, ls, e.decom(), null, rne, cin);
                statusRow = r;
            }
            boolean moved = placement == null || !same(placement.claPlacementType(), r.get("PLACE"))
                    || !same(placement.claPlacementProvider(), r.get("PLACE_PROVIDER"))
                    || !samePostcode(placement.claPlacementPostcode(), r.get("PL_POST"))
                    || !same(placement.claPlacementUrn(), r.get("URN"));
            if (moved || !newStatus) {
                if (placement != null) {
                    x.add(CareStage.PLACEMENTS, placement.endingOn(e.decom(), previous.row().get("REASON_PLACE_CHANGE")),
                            placementRow.origin());
                }
                placement = new Placement(UUID.randomUUID(), x.personId, e.decom(), null, r.get("PLACE"),
                        r.get("PLACE_PROVIDER"), r.get("PL_POST"), r.get("URN"), null, null, rne, cin);
                placementRow = r;
            }
            previous = e;
        }
        x.add(CareStage.LEGAL_STATUSES, status.endingOn(end), statusRow.origin());
        // A reason for placement change the return gives on the last episode (though no move follows) is kept.
        x.add(CareStage.PLACEMENTS, placement.endingOn(end, last.row().get("REASON_PLACE_CHANGE")), placementRow.origin());
    }

    /** HOME_POST as the child's home address from the episode that gives it until one gives another (or none). */
    private void homes(Child x, List<Episode> eps) {
        String current = null;
        LocalDate from = null;
        Row fromRow = null;
        for (Episode e : eps) {
            String post = e.row().get("HOME_POST");
            if (samePostcode(current, post)) {
                continue;
            }
            if (current != null) {
                x.add(PeopleStage.ADDRESSES, new Address(UUID.randomUUID(), x.personId, "Home", null, current, from,
                        e.decom().minusDays(1).isBefore(from) ? from : e.decom().minusDays(1)), fromRow.origin());
            }
            current = post;
            from = e.decom();
            fromRow = e.row();
        }
        if (current != null) {
            x.add(PeopleStage.ADDRESSES, new Address(UUID.randomUUID(), x.personId, "Home", null, current, from, null),
                    fromRow.origin());
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // The other tables
    // ---------------------------------------------------------------------------------------------------------

    private void reviews(Child x) {
        for (Row r : x.rows.of("Reviews")) {
            LocalDate day = date(x.rows.id, r, "REVIEW");
            if (day == null) {
                missingDate(x.rows.id, r, "REVIEW");
                continue;
            }
            x.add(CareStage.CARE_REVIEWS, new CareReview(UUID.randomUUID(), x.personId, day, r.get("REVIEW_CODE"), false),
                    r.origin());
        }
    }

    private void uasc(Child x) {
        for (Row r : x.rows.of("UASC")) {
            LocalDate duc = date(x.rows.id, r, "DUC");
            if (duc != null) {
                x.add(PeopleStage.IMMIGRATION_STATUSES, new ImmigrationStatus(UUID.randomUUID(), x.personId,
                        ImmigrationStatus.UASC, null, duc), r.origin());
            }
        }
    }

    private void outcomes(Child x) {
        for (Row r : x.rows.of("OC2")) {
            CollectionYear y = r.origin().last() ? year.previous() : year;
            String id = x.rows.id;
            code(id, r, "SDQ_REASON", "SDQ_REASON", r.get("SDQ_REASON"));
            for (String flag : List.of("CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT",
                    "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED")) {
                String v = r.get(flag);
                if (v != null && !v.equals("0") && !v.equals("1")) {
                    ruleBreak(id, r.origin(), flag, "'" + v + "' is not 1 (yes) or 0 (no)");
                }
            }
            x.add(CareStage.CARE_OUTCOMES, new CareOutcome(UUID.randomUUID(), x.personId, y.end(), r.get("SDQ_SCORE"),
                    r.get("SDQ_REASON"), r.get("CONVICTED"), r.get("HEALTH_CHECK"), r.get("IMMUNISATIONS"),
                    r.get("TEETH_CHECK"), r.get("HEALTH_ASSESSMENT"), r.get("SUBSTANCE_MISUSE"),
                    r.get("INTERVENTION_RECEIVED"), r.get("INTERVENTION_OFFERED")), r.origin());
        }
    }

    private void careLeaver(Child x, Person person) {
        for (Row r : x.rows.of("OC3")) {
            CollectionYear y = r.origin().last() ? year.previous() : year;
            // OC3 is about the young person's 17th to 21st birthday in the year: the contact is dated on it.
            LocalDate day = y.end();
            if (person.dob() != null) {
                for (int age = 17; age <= 21; age++) {
                    if (y.contains(person.dob().plusYears(age))) {
                        day = person.dob().plusYears(age);
                    }
                }
            }
            x.add(LeavingCareStage.CARE_LEAVER_CONTACTS, new CareLeaverContact(UUID.randomUUID(), x.personId, day, null,
                    r.get("IN_TOUCH"), r.get("ACTIV"), r.get("ACCOM"), null), r.origin());
        }
    }

    private void adoption(Child x) {
        String id = x.rows.id;
        List<Permanence> plans = new ArrayList<>();
        Map<UUID, Origin> origins = new HashMap<>();
        for (Row r : x.rows.of("PlacedAdoption")) {
            LocalDate decided = date(id, r, "DATE_PLACED");
            if (decided == null) {
                missingDate(id, r, "DATE_PLACED");
                continue;
            }
            if (plans.stream().anyMatch(p -> decided.equals(p.admDecisionDate()))) {
                continue; // the same decision in both years' returns
            }
            code(id, r, "REASON_PLACED_CEASED", "REASON_PLACED_CEASED", r.get("REASON_PLACED_CEASED"));
            Permanence p = new Permanence(UUID.randomUUID(), x.personId, "ADOPTION", decided, null, null,
                    date(id, r, "DATE_PLACED_CEASED"), r.get("REASON_PLACED_CEASED"), null, null);
            plans.add(p);
            origins.put(p.id(), r.origin());
        }
        for (Row r : x.rows.of("AD1")) {
            LocalDate decided = date(id, r, "DATE_INT");
            LocalDate matched = date(id, r, "DATE_MATCH");
            code(id, r, "FOSTER_CARE", "FOSTER_CARE", r.get("FOSTER_CARE"));
            code(id, r, "SEX_ADOPTR", "SEX_ADOPTR", r.get("SEX_ADOPTR"));
            code(id, r, "LS_ADOPTR", "LS_ADOPTR", r.get("LS_ADOPTR"));
            Permanence plan = plans.stream().filter(p -> Objects.equals(decided, p.admDecisionDate())).findFirst()
                    .orElse(plans.isEmpty() || decided != null ? null : plans.get(plans.size() - 1));
            Permanence withAdopters = new Permanence(plan == null ? UUID.randomUUID() : plan.id(), x.personId,
                    "ADOPTION", plan == null ? decided : plan.admDecisionDate(), matched, null,
                    plan == null ? null : plan.decisionReversedDate(), plan == null ? null : plan.decisionReversedReason(),
                    null, null, r.get("FOSTER_CARE"), r.get("NB_ADOPTR"), r.get("SEX_ADOPTR"), r.get("LS_ADOPTR"));
            if (plan != null) {
                plans.set(plans.indexOf(plan), withAdopters);
            } else {
                plans.add(withAdopters);
                origins.put(withAdopters.id(), r.origin());
            }
        }
        for (Permanence p : plans) {
            x.add(PermanenceStage.PERMANENCE, p, origins.get(p.id()));
        }
    }

    private void previousPermanence(Child x) {
        for (Row r : x.rows.of("PrevPerm")) {
            String date = r.get("DATE_PERM");
            if (r.get("PREV_PERM") == null && r.get("LA_PERM") == null && date == null) {
                continue; // an empty row says nothing
            }
            code(x.rows.id, r, "PREV_PERM", "PREV_PERM", r.get("PREV_PERM"));
            if (date != null && !date.matches("(\\d{2}|zz|ZZ)/(\\d{2}|zz|ZZ)/\\d{4}")) {
                error(x.rows.id, r.origin(), "DATE_PERM", "'" + date + "' is not a date (dd/mm/yyyy, with zz for a "
                        + "part not known)");
                continue;
            }
            x.add(PermanenceStage.PREVIOUS_PERMANENCE, new PreviousPermanence(UUID.randomUUID(), x.personId, r.get("PREV_PERM"),
                    r.get("LA_PERM"), date), r.origin());
        }
    }

    private void missing(Child x) {
        for (Row r : x.rows.of("Missing")) {
            LocalDate from = date(x.rows.id, r, "MIS_START");
            if (from == null) {
                missingDate(x.rows.id, r, "MIS_START");
                continue;
            }
            x.add(CareStage.MISSING, new MissingEpisode(UUID.randomUUID(), x.personId, from, r.get("MISSING"),
                    date(x.rows.id, r, "MIS_END"), null, null), r.origin());
        }
    }

    private void socialWorkers(Child x) {
        for (Row r : x.rows.of("SWEpisodes")) {
            LocalDate from = date(x.rows.id, r, "SW_DECOM");
            if (from == null) {
                missingDate(x.rows.id, r, "SW_DECOM");
                continue;
            }
            if (r.get("SW_ID") == null) {
                error(x.rows.id, r.origin(), "SW_ID", "missing: which social worker");
                continue;
            }
            code(x.rows.id, r, "SW_REASON", "SW_REASON", r.get("SW_REASON"));
            x.add(AllocationStage.SOCIAL_WORKER_EPISODES, new SocialWorkerEpisode(UUID.randomUUID(), x.personId, r.get("SW_ID"),
                    from, date(x.rows.id, r, "SW_DEC"), r.get("SW_REASON")), r.origin());
        }
    }

    private void dolo(Child x) {
        for (Row r : x.rows.of("DoLo")) {
            LocalDate from = date(x.rows.id, r, "DOLO_START");
            if (from == null) {
                missingDate(x.rows.id, r, "DOLO_START");
                continue;
            }
            x.add(CareStage.DEPRIVATIONS_OF_LIBERTY, new DeprivationOfLiberty(UUID.randomUUID(), x.personId, from,
                    date(x.rows.id, r, "DOLO_END")), r.origin());
        }
    }

    private void mother(Child x, Row h) {
        for (Row r : new Row[] {x.rows.headerLast, x.rows.header}) {
            if (r == null) {
                continue;
            }
            LocalDate born = date(x.rows.id, r, "MC_DOB");
            if (born != null) {
                x.add(PeopleStage.MOTHERS_CHILDREN, new MothersChild(UUID.randomUUID(), x.personId, null, born), r.origin());
            }
        }
    }

    /**
     * Which rows the return gave the child, so that the export gives the year back with the same rows (see
     * {@link ReturnedRow}). Episodes, UASC, SWEpisodes and DoLo follow from the record alone, so are not listed, but
     * for an episode whose end (DEC) the return gave though it fell after 31 March.
     */
    private void returnedRows(Child x) {
        for (Row h : new Row[] {x.rows.header, x.rows.headerLast}) {
            if (h != null && h.origin().table().startsWith("Header")) {
                returned(x, h, "Header", "", null);
            }
        }
        for (String table : List.of("OC2", "OC3", "PrevPerm")) {
            x.rows.of(table).forEach(r -> returned(x, r, table, "", null));
        }
        x.rows.of("Reviews").forEach(r -> returned(x, r, "Reviews", isoDate(r.get("REVIEW")), null));
        x.rows.of("Missing").forEach(r -> returned(x, r, "Missing", isoDate(r.get("MIS_START")), "MIS_END"));
        x.rows.of("AD1").forEach(r -> returned(x, r, "AD1", isoDate(r.get("DATE_INT")), "DATE_MATCH"));
        x.rows.of("PlacedAdoption").forEach(r -> returned(x, r, "PlacedAdoption", isoDate(r.get("DATE_PLACED")),
                "DATE_PLACED_CEASED"));
        // An episode's end is normally known to a return only up to 31 March; one the return gave later is kept.
        for (Row r : x.rows.of("Episodes")) {
            if (givenAfterYearEnd(r, "DEC")) {
                returned(x, r, "Episodes", isoDate(r.get("DECOM")), "DEC");
            }
        }
    }

    /** @param laterColumn the row's column that may hold a date after 31 March, or null */
    private void returned(Child x, Row r, String table, String key, String laterColumn) {
        CollectionYear y = r.origin().last() ? year.previous() : year;
        boolean later = laterColumn != null && givenAfterYearEnd(r, laterColumn);
        x.add(ReturnedRowsStage.RETURNED_ROWS, new ReturnedRow(UUID.randomUUID(), x.personId, y.end(), table, key,
                later ? Boolean.TRUE : null), r.origin());
    }

    private boolean givenAfterYearEnd(Row r, String column) {
        LocalDate d = parseDate(r.get(column));
        return d != null && d.isAfter((r.origin().last() ? year.previous() : year).end());
    }

    /** A dd/mm/yyyy date as yyyy-mm-dd, or blank (an unreadable date is reported where the row is read). */
    private static String isoDate(String text) {
        LocalDate d = parseDate(text);
        return d == null ? "" : d.toString();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Values
    // ---------------------------------------------------------------------------------------------------------

    /** A dd/mm/yyyy date, null when blank; an unreadable one is an error (the return cannot be read). */
    private LocalDate date(String id, Row r, String column) {
        String text = r.get(column);
        if (text == null) {
            return null;
        }
        LocalDate d = parseDate(text);
        if (d == null) {
            error(id, r.origin(), column, "'" + text + "' is not a date (dd/mm/yyyy)");
        }
        return d;
    }

    /** A dd/mm/yyyy date, or null when blank or not a date. */
    private static LocalDate parseDate(String text) {
        if (text == null || !text.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
            return null;
        }
        String[] p = text.split("/");
        try {
            return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private void missingDate(String id, Row r, String column) {
        if (r.get(column) == null) {
            error(id, r.origin(), column, "missing: a date (dd/mm/yyyy) is required");
        }
    }

    private void code(String id, Row r, String column, String listName, String value) {
        if (value == null) {
            return;
        }
        CodeList list = lists.computeIfAbsent(listName, n -> CodeLists.standard().list(n, year));
        if (list.contains(value)) {
            return;
        }
        for (int y = year.endYear() - 1; y >= 2023; y--) {
            if (CodeLists.standard().list(listName, CollectionYear.of(y)).contains(value)) {
                oldCoding(id, r.origin(), column, value, "valid up to " + CollectionYear.of(y) + ", not in " + year);
                return;
            }
        }
        ruleBreak(id, r.origin(), column, "'" + value + "' is not a " + listName + " code in " + year
                + "; valid codes: " + String.join(", ", list.codes()));
    }

    private void oldCoding(String id, Origin o, String column, String value, String why) {
        oldCodings.merge(column + " '" + value + "'", 1, Integer::sum);
        ruleBreak(id, o, column, "'" + value + "' is an old coding: " + why);
    }

    /** A problem with the record's content: refuses the return unless rule breaks are kept as history. */
    private void ruleBreak(String id, Origin o, String column, String reason) {
        ImportError e = new ImportError(o.file(), id, o.table(), o.row(), column, reason);
        if (keepRuleBreaks) {
            kept.add(e);
        } else {
            errors.add(e);
        }
    }

    private void error(String id, Origin o, String column, String reason) {
        errors.add(new ImportError(o.file(), id, o.table(), o.row(), column, reason));
    }

    private static boolean same(String a, String b) {
        return Objects.equals(a == null || a.isBlank() ? null : a.strip(), b == null || b.isBlank() ? null : b.strip());
    }

    private static boolean samePostcode(String a, String b) {
        return Objects.equals(a == null || a.isBlank() ? null : a.replace(" ", "").toUpperCase(Locale.ROOT),
                b == null || b.isBlank() ? null : b.replace(" ", "").toUpperCase(Locale.ROOT));
    }
}
