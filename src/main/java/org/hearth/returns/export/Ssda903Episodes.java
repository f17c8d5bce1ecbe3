package org.hearth.returns.export;

import org.hearth.returns.geography.PostcodeDirectory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import org.hearth.care.CarePeriod;
import org.hearth.care.LegalStatus;
import org.hearth.care.Placement;
import org.hearth.codes.CollectionYear;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyRecord;
import org.hearth.people.Address;
import org.hearth.care.CareStage;
import org.hearth.people.PeopleStage;

/**
 * Derives a child's 903 episodes from each period of care's legal status and placement history: a new episode
 * starts whenever the legal status or the placement changes.
 *
 * <p>Reason for new episode (RNE), as the DfE's 903 guide defines the codes (and as the open 903 tools, which follow
 * it, label them):
 * <ul>
 *   <li>S started to be looked after (first episode of a period);</li>
 *   <li>L change of legal status only;</li>
 *   <li>P change of placement and carer(s) only;</li>
 *   <li>T change of placement but the carer(s) stayed the same, e.g. a foster placement becoming placed for adoption
 *       with the same carers;</li>
 *   <li>B change of legal status and of placement and carer(s) at the same time;</li>
 *   <li>U change of legal status and of placement, carer(s) the same, at the same time.</li>
 * </ul>
 * So "both on one day" is B (new carer) or U (same carer); T is not "both". The model has no carer identity, so the
 * carer counts as the same when the new placement is at the same placement postcode with the same Ofsted URN
 * (the DfE's own checks, rules 434 and 436, compare PLACE, PL_POST, URN and PLACE_PROVIDER). A new placement record
 * with nothing changed in those four fields, on a day the legal status code does not change either, is not a new
 * episode.
 *
 * <p>A placement or legal status imported from a 903 return keeps the RNE and CIN the return gave for the episode
 * it starts ({@code claEpisodeStartReason}, {@code claPrimaryNeedCode}): an episode starting that day takes them as
 * returned, and is an episode even where nothing else changed, so a return re-exports as it came. Without them
 * (everything Hearth records) RNE is derived as above and CIN is the period's.
 */
public final class Ssda903Episodes {
    private final String laCode;
    private final PostcodeDirectory postcodes;

    /**
     * @param laCode    the ONS code of the returning upper-tier LA (e.g. E10000016), for PL_LOCATION; null to
     *                  leave PL_LOCATION blank
     * @param postcodes where postcodes are; {@link PostcodeDirectory#none()} to leave the derived fields blank
     */
    public Ssda903Episodes(String laCode, PostcodeDirectory postcodes) {
        if (laCode != null && !laCode.matches("[EWSN]\\d{8}")) {
            throw new IllegalArgumentException("The 903 placement location needs the LA's ONS code such as E10000016, not '"
                    + laCode + "'");
        }
        this.laCode = laCode;
        this.postcodes = Objects.requireNonNull(postcodes);
    }

    /** The episodes open at any point in the year, using the shipped postcode directory; PL_LOCATION blank. */
    public static List<Ssda903Episode> derive(ChildJourney journey, CollectionYear year) {
        return new Ssda903Episodes(null, PostcodeDirectory.standard()).inYear(journey, year);
    }

    /**
     * The episodes open at any point in the year, as at its 31 March: an episode ending later shows no end, reason
     * ceased or reason for placement change (unless an imported return gave them), and one starting later is left
     * out. For the previous-year checks, ask for {@code year.previous()}.
     */
    public List<Ssda903Episode> inYear(ChildJourney journey, CollectionYear year) {
        return inYear(journey, year, Ssda903Return.Returned.of(journey, year));
    }

    /** As {@link #inYear(ChildJourney, CollectionYear)}, with the rows the year's return gave, already gathered. */
    List<Ssda903Episode> inYear(ChildJourney journey, CollectionYear year, Ssda903Return.Returned returned) {
        List<Ssda903Episode> out = new ArrayList<>();
        for (Ssda903Episode e : all(journey)) {
            if (e.openDuring(year.start(), year.end())) {
                out.add(e.asAt(returned.known(Ssda903Table.EPISODES, e.decom(), year)));
            }
        }
        return out;
    }

    /** Every episode of every period of care, as far as the record goes. */
    public List<Ssda903Episode> all(ChildJourney journey) {
        String child = ExportSupport.childId(journey.child());
        List<LegalStatus> statuses = journey.all(CareStage.LEGAL_STATUSES);
        List<Placement> placements = journey.all(CareStage.PLACEMENTS);
        List<Address> addresses = journey.all(PeopleStage.ADDRESSES);
        List<Ssda903Episode> out = new ArrayList<>();
        List<CarePeriod> periods = journey.all(CareStage.CARE_PERIODS);
        for (CarePeriod period : periods) {
            List<LegalStatus> ls = statuses.stream().filter(r -> owner(periods, r.startDate()) == period).toList();
            List<Placement> pl = placements.stream().filter(r -> owner(periods, r.startDate()) == period).toList();
            TreeSet<LocalDate> changes = new TreeSet<>();
            ls.forEach(r -> changes.add(r.startDate()));
            pl.forEach(r -> changes.add(r.startDate()));
            changes.add(period.periodStartDate());

            List<Segment> segments = new ArrayList<>();
            for (LocalDate day : changes) {
                LegalStatus status = latestFrom(ls, day);
                Placement placement = latestFrom(pl, day);
                if (status == null || placement == null) {
                    // The journey rules refuse a day of care without both; skip it rather than invent one.
                    continue;
                }
                // What an imported return said about an episode starting this day, if anything.
                AsReturned returned = asReturned(day, status, placement);
                String cin = returned != null && !ExportSupport.isBlank(returned.cin) ? returned.cin
                        : period.cinCode();
                Segment previous = segments.isEmpty() ? null : segments.get(segments.size() - 1);
                if (previous == null) {
                    segments.add(new Segment(day, status, placement, returned != null ? returned.rne : "S", cin));
                    continue;
                }
                boolean legal = !Objects.equals(previous.status.legalStatus(), status.legalStatus());
                boolean moved = !samePlacementDetails(previous.placement, placement);
                if (!legal && !moved && returned == null) {
                    continue;
                }
                boolean sameCarer = moved && sameCarer(previous.placement, placement);
                String rne = returned != null ? returned.rne
                        : !moved ? "L" : legal ? (sameCarer ? "U" : "B") : (sameCarer ? "T" : "P");
                segments.add(new Segment(day, status, placement, rne, cin));
            }

            for (int i = 0; i < segments.size(); i++) {
                Segment s = segments.get(i);
                Segment next = i + 1 < segments.size() ? segments.get(i + 1) : null;
                LocalDate dec = next != null ? next.start : period.periodEndDate();
                // An open period has no reason ceased, unless a return imported as history gave one.
                String rec = next != null ? "X1" : period.reasonCeased();
                // The reason a placement changed belongs to the episode its placement ends with (none where the
                // next episode keeps the placement); on a period's last episode, only a reason an imported return
                // gave (Hearth records none on the placement care ends in).
                String reasonPlaceChange = next != null && next.placement.equals(s.placement) ? null
                        : trim(s.placement.claPlacementChangeReason());
                String homePost = homePostcode(addresses, s.start);
                String plPost = s.placement.claPlacementPostcode();
                BigDecimal distance = homePost == null || plPost == null ? null
                        : postcodes.miles(homePost, plPost).orElse(null);
                String plLa = plPost == null ? null : postcodes.upperTierLa(plPost).orElse(null);
                String location = plPost == null ? null : postcodes.placementLocation(plPost, laCode).orElse(null);
                out.add(new Ssda903Episode(child, s.start, s.rne, s.status.legalStatus(), s.cin,
                        s.placement.claPlacementType(), s.placement.claPlacementProvider(), dec, rec,
                        reasonPlaceChange, homePost, plPost, s.placement.claPlacementUrn(), distance, plLa, location));
            }
        }
        return out;
    }

    /**
     * The period of care a record starting on the day belongs to: the latest to start by then that covers it. Only
     * periods that overlap (an imported return's kept rule break) can both cover the day; the later one has it, so
     * its episodes are not given twice.
     */
    private static CarePeriod owner(List<CarePeriod> periods, LocalDate day) {
        CarePeriod found = null;
        for (CarePeriod p : periods) {
            if (p.covers(day) && (found == null || p.periodStartDate().isAfter(found.periodStartDate()))) {
                found = p;
            }
        }
        return found;
    }

    private record Segment(LocalDate start, LegalStatus status, Placement placement, String rne, String cin) {}

    private record AsReturned(String rne, String cin) {}

    /**
     * The RNE and CIN an imported return gave for an episode starting on the day, kept on the placement or legal
     * status starting then (the placement's first); null when neither holds an RNE, as for what Hearth records.
     */
    private static AsReturned asReturned(LocalDate day, LegalStatus status, Placement placement) {
        if (day.equals(placement.startDate()) && !ExportSupport.isBlank(placement.claEpisodeStartReason())) {
            return new AsReturned(placement.claEpisodeStartReason().trim(), trim(placement.claPrimaryNeedCode()));
        }
        if (day.equals(status.startDate()) && !ExportSupport.isBlank(status.claEpisodeStartReason())) {
            return new AsReturned(status.claEpisodeStartReason().trim(), trim(status.claPrimaryNeedCode()));
        }
        return null;
    }

    /** The record in force on a day: the latest to start on or before it (the rules keep them end to end). */
    private static <T extends JourneyRecord> T latestFrom(List<T> records, LocalDate day) {
        T found = null;
        for (T r : records) {
            if (!r.startDate().isAfter(day) && (r.endDate() == null || !r.endDate().isBefore(day))) {
                found = r;
            }
        }
        return found;
    }

    private static boolean samePlacementDetails(Placement a, Placement b) {
        return Objects.equals(a.claPlacementType(), b.claPlacementType())
                && samePostcode(a.claPlacementPostcode(), b.claPlacementPostcode())
                && Objects.equals(trim(a.claPlacementUrn()), trim(b.claPlacementUrn()))
                && Objects.equals(trim(a.claPlacementProvider()), trim(b.claPlacementProvider()));
    }

    private static boolean sameCarer(Placement a, Placement b) {
        return !ExportSupport.isBlank(a.claPlacementPostcode())
                && samePostcode(a.claPlacementPostcode(), b.claPlacementPostcode())
                && Objects.equals(trim(a.claPlacementUrn()), trim(b.claPlacementUrn()));
    }

    private static boolean samePostcode(String a, String b) {
        return Objects.equals(normal(a), normal(b));
    }

    private static String normal(String postcode) {
        return postcode == null || postcode.isBlank() ? null : postcode.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /**
     * The child's home postcode on the day: the address in force then, not counting an address recorded as a
     * placement (the 903 wants the home the child came from). Blank if none is recorded.
     */
    private static String homePostcode(List<Address> addresses, LocalDate day) {
        String found = null;
        for (Address a : addresses) {
            boolean inForce = a.addressStartDate() != null && !a.addressStartDate().isAfter(day)
                    && (a.addressEndDate() == null || !a.addressEndDate().isBefore(day));
            boolean placement = a.addressType() != null && a.addressType().trim().equalsIgnoreCase("Placement");
            if (inForce && !placement && !ExportSupport.isBlank(a.addressPostcode())) {
                found = a.addressPostcode().trim();
            }
        }
        return found;
    }
}
