package org.hearth.dfeapi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hearth.allocation.Allocation;
import org.hearth.allocation.AllocationRoles;
import org.hearth.allocation.AllocationStage;
import org.hearth.allocation.SocialWorkerEpisode;
import org.hearth.assessment.Assessment;
import org.hearth.assessment.AssessmentStage;
import org.hearth.assessment.CinPlan;
import org.hearth.care.CareOutcome;
import org.hearth.care.CarePeriod;
import org.hearth.care.CareStage;
import org.hearth.care.Placement;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.child.Person;
import org.hearth.leaving.CareLeaverContact;
import org.hearth.leaving.LeavingCareStage;
import org.hearth.people.Address;
import org.hearth.people.ImmigrationStatus;
import org.hearth.people.PeopleStage;
import org.hearth.permanence.Permanence;
import org.hearth.permanence.PermanenceStage;
import org.hearth.protection.CpPlan;
import org.hearth.protection.InitialConference;
import org.hearth.protection.ProtectionStage;
import org.hearth.protection.S47Enquiry;
import org.hearth.referral.Referral;
import org.hearth.referral.ReferralStage;
import org.hearth.returns.export.Ssda903Episode;
import org.hearth.returns.export.Ssda903Episodes;
import org.hearth.returns.geography.PostcodeDirectory;

/**
 * One child's record as the DfE children's social care data flow (spec 0.8) has it: {@code la_child_id},
 * {@code mis_child_id}, {@code purge}, {@code child_details}, {@code health_and_wellbeing} and
 * {@code social_care_episodes} with their nested assessments, plans, enquiries, placements, adoption and care leaver
 * details — the spec's field names, in its order, with ISO 8601 dates and the CIN census and 903 codes as recorded.
 * A field with no value is left out (as the spec's builders do), never sent as null.
 *
 * <p>Only what was open in the window is sent: CIN episodes open on some day of it, and within them the records
 * open in it (an assessment started or authorised in it, an SDQ, an adoption step or a care leaver contact dated in
 * it). See {@code docs/dfe-api.md} for where the model and the spec meet and how each field is derived.
 */
public final class ChildPayload {
    /** Ids the spec accepts: letters, digits, hyphen and underscore, at most 36 characters. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,36}");
    /** A worker id the spec accepts: at most 12 such characters. */
    static final Pattern WORKER_ID = Pattern.compile("[A-Za-z0-9_-]{1,12}");
    private static final PostcodeDirectory NO_POSTCODES = PostcodeDirectory.none();

    private ChildPayload() {}

    /** The child's payload, in the spec's order; the child must have an LA child id. */
    public static Map<String, Object> of(ChildJourney journey, Cohort.Window window) {
        Person child = journey.child();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("la_child_id", laChildId(child));
        out.put("mis_child_id", misChildId(child));
        out.put("purge", false);
        out.put("child_details", childDetails(journey, window));
        Map<String, Object> health = health(journey, window);
        if (health != null) {
            out.put("health_and_wellbeing", health);
        }
        out.put("social_care_episodes", episodes(journey, window));
        return out;
    }

    /** The record of a child who has left the flow or whose record was deleted: its ids and purge. */
    public static Map<String, Object> purge(String laChildId, String misChildId) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("la_child_id", laChildId);
        out.put("mis_child_id", misChildId);
        out.put("purge", true);
        return out;
    }

    /** The LA's own child id (the 903's CHILD and CIN LAchildID): the record's LA child id. */
    public static String laChildId(Person child) {
        return child.legacyId() == null || child.legacyId().isBlank() ? null : child.legacyId().trim();
    }

    /** The case management system's id for the child: Hearth's id of the person, stable for the record's life. */
    public static String misChildId(Person child) {
        return child.id().toString();
    }

    private static Map<String, Object> childDetails(ChildJourney j, Cohort.Window w) {
        Person p = j.child();
        Map<String, Object> d = new LinkedHashMap<>();
        put(d, "unique_pupil_number", text(p.upn()));
        put(d, "former_unique_pupil_number", text(p.formerUpn()));
        if (text(p.upn()) == null) {
            put(d, "unique_pupil_number_unknown_reason", text(p.upnUnknown()));
        }
        put(d, "first_name", text(p.forename()));
        put(d, "surname", text(p.surname()));
        put(d, "date_of_birth", iso(p.dob()));
        if (p.dob() == null) {
            put(d, "expected_date_of_birth", iso(p.expectedDob()));
        }
        d.put("sex", sex(p));
        put(d, "ethnicity", text(p.ethnicity()));
        List<String> disabilities = p.disabilities().stream().map(ChildPayload::text)
                .filter(s -> s != null && !s.equalsIgnoreCase("NONE")).map(s -> s.toUpperCase(Locale.ROOT))
                .distinct().sorted().toList();
        if (!disabilities.isEmpty()) {
            d.put("disabilities", disabilities);
        }
        put(d, "postcode", postcode(j, w.end()));
        List<ImmigrationStatus> uasc = j.all(PeopleStage.IMMIGRATION_STATUSES).stream()
                .filter(s -> ImmigrationStatus.UASC.equalsIgnoreCase(text(s.immigrationStatus()))).toList();
        d.put("uasc_flag", Boolean.TRUE.equals(p.uasc()) || !uasc.isEmpty());
        uasc.stream().map(ImmigrationStatus::immigrationStatusEndDate).filter(x -> x != null)
                .max(Comparator.naturalOrder()).ifPresent(end -> d.put("uasc_end_date", iso(end)));
        d.put("purge", false);
        return d;
    }

    /**
     * M, F or U as the CIN census codes sex from 2024/25 (the older 1 and 2 read as M and F): the spec's builders send
     * U when sex is not known.
     */
    static String sex(Person p) {
        String s = p.sex() == null ? "" : p.sex().trim().toUpperCase(Locale.ROOT);
        return s.equals("M") || s.equals("1") ? "M" : s.equals("F") || s.equals("2") ? "F" : "U";
    }

    /**
     * The postcode of the child's home on the day: the latest address to start by then and not ended before it.
     * An address the record marks "do not disclose" (a refuge) is never sent.
     */
    static String postcode(ChildJourney j, LocalDate day) {
        return j.all(PeopleStage.ADDRESSES).stream()
                .filter(a -> !Boolean.TRUE.equals(a.doNotDisclose()) && text(a.addressPostcode()) != null)
                .filter(a -> a.addressStartDate() == null || !a.addressStartDate().isAfter(day))
                .filter(a -> a.addressEndDate() == null || !a.addressEndDate().isBefore(day))
                .max(Comparator.comparing(Address::addressStartDate, Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(a -> a.addressPostcode().trim().toUpperCase(Locale.ROOT)).orElse(null);
    }

    /** SDQ scores (whole numbers, as the 903's OC2 records them for the year ending on the date) dated in the window. */
    private static Map<String, Object> health(ChildJourney j, Cohort.Window w) {
        List<Map<String, Object>> sdqs = new ArrayList<>();
        List<CareOutcome> outcomes = new ArrayList<>(j.all(CareStage.CARE_OUTCOMES));
        outcomes.sort(Comparator.comparing(CareOutcome::outcomeYearEnd).reversed());
        for (CareOutcome o : outcomes) {
            String score = text(o.sdqScore());
            if (score != null && score.matches("\\d{1,2}") && w.contains(o.outcomeYearEnd())) {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("date", iso(o.outcomeYearEnd()));
                s.put("score", Integer.parseInt(score));
                sdqs.add(s);
            }
        }
        if (sdqs.isEmpty()) {
            return null;
        }
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("sdq_assessments", sdqs);
        h.put("purge", false);
        return h;
    }

    /** An episode being built: its referral (or period of care) and what is placed in it. */
    private static final class Episode {
        final String id;
        final LocalDate start;
        final LocalDate end;
        final Referral referral;
        final CarePeriod period;
        final List<Map<String, Object>> placements = new ArrayList<>();
        Map<String, Object> adoption;
        Map<String, Object> careLeavers;

        Episode(Referral referral) {
            this.id = referral.id().toString();
            this.start = referral.referralDate();
            this.end = referral.closeDate();
            this.referral = referral;
            this.period = null;
        }

        Episode(CarePeriod period) {
            this.id = period.id().toString();
            this.start = period.periodStartDate();
            this.end = period.periodEndDate();
            this.referral = null;
            this.period = period;
        }

        boolean covers(LocalDate day) {
            return !day.isBefore(start) && (end == null || !day.isAfter(end));
        }
    }

    private static List<Map<String, Object>> episodes(ChildJourney j, Cohort.Window w) {
        List<Episode> episodes = new ArrayList<>();
        for (Referral r : j.all(ReferralStage.REFERRALS)) {
            if (r.referralDate() != null && w.overlaps(r.referralDate(), r.closeDate())) {
                episodes.add(new Episode(r));
            }
        }
        List<CarePeriod> periods = j.all(CareStage.CARE_PERIODS);
        Ssda903Episodes derive = new Ssda903Episodes(null, NO_POSTCODES);
        List<Placement> placements = j.all(CareStage.PLACEMENTS);
        List<Ssda903Episode> cla = new ArrayList<>(derive.all(j));
        cla.sort(Comparator.comparing(Ssda903Episode::decom).reversed());
        for (Ssda903Episode e : cla) {
            if (w.overlaps(e.decom(), e.dec())) {
                episodeFor(episodes, periods, e.decom()).ifPresent(ep -> ep.placements.add(placement(e, placements)));
            }
        }
        j.all(PermanenceStage.PERMANENCE).stream()
                .filter(p -> w.contains(p.admDecisionDate()) || w.contains(p.matchedDate())
                        || w.contains(p.placedForAdoptionDate()))
                .max(Comparator.comparing(ChildPayload::latestAdoptionStep))
                .ifPresent(p -> episodeFor(episodes, periods, firstAdoptionStep(p)).ifPresent(ep -> ep.adoption = adoption(p)));
        j.all(LeavingCareStage.CARE_LEAVER_CONTACTS).stream()
                .filter(c -> w.contains(c.careLeaverLatestContact()))
                .max(Comparator.comparing(CareLeaverContact::careLeaverLatestContact))
                .ifPresent(c -> episodeFor(episodes, periods, c.careLeaverLatestContact())
                        .ifPresent(ep -> ep.careLeavers = careLeavers(c)));
        episodes.sort(Comparator.comparing((Episode e) -> e.start).thenComparing(e -> e.id));
        List<Map<String, Object>> out = new ArrayList<>();
        for (Episode e : episodes) {
            out.add(episode(j, w, e));
        }
        return out;
    }

    /**
     * The CIN episode a looked-after placement, an adoption step or a care leaver contact dated {@code day} belongs
     * to: the episode open that day, else the latest to start by then, else the earliest. A child looked after with
     * no CIN episode in the window (a history imported from the 903 alone) gets an episode for the period of care
     * itself — its id the period's, its "referral date" the day care began.
     */
    private static Optional<Episode> episodeFor(List<Episode> episodes, List<CarePeriod> periods, LocalDate day) {
        List<Episode> referrals = episodes.stream().filter(e -> e.referral != null).toList();
        Optional<Episode> open = referrals.stream().filter(e -> e.covers(day)).max(Comparator.comparing(e -> e.start));
        if (open.isPresent()) {
            return open;
        }
        Optional<Episode> before = referrals.stream().filter(e -> !e.start.isAfter(day)).max(Comparator.comparing(e -> e.start));
        if (before.isPresent()) {
            return before;
        }
        if (!referrals.isEmpty()) {
            return referrals.stream().min(Comparator.comparing(e -> e.start));
        }
        Optional<CarePeriod> period = periods.stream().filter(p -> !p.periodStartDate().isAfter(day))
                .max(Comparator.comparing(CarePeriod::periodStartDate))
                .or(() -> periods.stream().min(Comparator.comparing(CarePeriod::periodStartDate)));
        if (period.isEmpty()) {
            return Optional.empty();
        }
        String id = period.get().id().toString();
        Optional<Episode> existing = episodes.stream().filter(e -> e.id.equals(id)).findFirst();
        if (existing.isPresent()) {
            return existing;
        }
        Episode made = new Episode(period.get());
        episodes.add(made);
        return Optional.of(made);
    }

    private static Map<String, Object> episode(ChildJourney j, Cohort.Window w, Episode e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("social_care_episode_id", e.id);
        m.put("referral_date", iso(e.start));
        if (e.referral != null) {
            put(m, "referral_source", text(e.referral.referralSourceCode()));
            if (e.referral.referralNfa() != null) {
                m.put("referral_no_further_action_flag", e.referral.referralNfa());
            }
        }
        put(m, "closure_date", iso(e.end));
        if (e.referral != null) { // a period of care has a reason ceased (the placement's end_reason), no CIN closure reason
            put(m, "closure_reason", text(e.referral.closeReason()));
        }
        List<Map<String, Object>> workers = workers(j, w, e);
        if (!workers.isEmpty()) {
            m.put("care_worker_details", workers);
        }
        if (e.referral != null) {
            UUID ref = e.referral.id();
            addIfAny(m, "child_and_family_assessments", j.all(AssessmentStage.ASSESSMENTS).stream()
                    .filter(a -> ref.equals(a.referralId()))
                    .filter(a -> w.contains(a.assessmentStartDate()) || w.contains(a.assessmentAuthDate()))
                    .map(ChildPayload::assessment).toList());
            addIfAny(m, "child_in_need_plans", j.all(AssessmentStage.CIN_PLANS).stream()
                    .filter(p -> ref.equals(p.referralId()) && w.overlaps(p.cinPlanStartDate(), p.cinPlanEndDate()))
                    .map(ChildPayload::cinPlan).toList());
            List<InitialConference> icpcs = j.all(ProtectionStage.INITIAL_CONFERENCES);
            addIfAny(m, "section_47_assessments", j.all(ProtectionStage.S47_ENQUIRIES).stream()
                    .filter(s -> ref.equals(s.referralId()))
                    .filter(s -> w.overlaps(s.s47StartDate(), s.s47EndDate()) || icpc(s, icpcs, w).isPresent())
                    .map(s -> s47(s, icpc(s, icpcs, w))).toList());
            addIfAny(m, "child_protection_plans", j.all(ProtectionStage.CP_PLANS).stream()
                    .filter(p -> ref.equals(p.referralId()) && w.overlaps(p.cpPlanStartDate(), p.cpPlanEndDate()))
                    .map(ChildPayload::cpPlan).toList());
        }
        addIfAny(m, "child_looked_after_placements", e.placements);
        if (e.adoption != null) {
            m.put("adoption", e.adoption);
        }
        if (e.careLeavers != null) {
            m.put("care_leavers", e.careLeavers);
        }
        m.put("purge", false);
        return m;
    }

    /** Social workers allocated to the child on some day of both the episode and the window, newest first. */
    private static List<Map<String, Object>> workers(ChildJourney j, Cohort.Window w, Episode e) {
        record Worker(String id, LocalDate start, LocalDate end) {}
        List<Worker> all = new ArrayList<>();
        for (Allocation a : j.all(AllocationStage.ALLOCATIONS)) {
            if (AllocationRoles.SW.equals(a.professionalRoleId())) {
                all.add(new Worker(a.professionalId(), a.involvementStartDate(), a.involvementEndDate()));
            }
        }
        for (SocialWorkerEpisode s : j.all(AllocationStage.SOCIAL_WORKER_EPISODES)) {
            all.add(new Worker(s.socialWorkerId(), s.swEpisodeStartDate(), s.swEpisodeEndDate()));
        }
        List<Map<String, Object>> out = new ArrayList<>();
        all.stream().filter(x -> x.start() != null && text(x.id()) != null && w.overlaps(x.start(), x.end()))
                .filter(x -> !x.start().isAfter(e.end == null ? w.end() : e.end)
                        && (x.end() == null || !x.end().isBefore(e.start)))
                .sorted(Comparator.comparing(Worker::start).reversed().thenComparing(Worker::id))
                .forEach(x -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("worker_id", workerId(x.id()));
                    m.put("start_date", iso(x.start()));
                    put(m, "end_date", iso(x.end()));
                    out.add(m);
                });
        return out;
    }

    /**
     * The worker's id as recorded where the spec accepts it (12 letters, digits, hyphens or underscores); a Hearth
     * username that does not fit (it may hold a dot) becomes "W" and the first 11 hex digits of its SHA-256: the
     * same worker always gets the same id, and no name goes to the DfE.
     */
    static String workerId(String recorded) {
        String id = recorded.trim();
        if (WORKER_ID.matcher(id).matches()) {
            return id;
        }
        return "W" + sha256(id.toLowerCase(Locale.ROOT)).substring(0, 11);
    }

    private static Map<String, Object> assessment(Assessment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("child_and_family_assessment_id", a.id().toString());
        put(m, "start_date", iso(a.assessmentStartDate()));
        put(m, "authorisation_date", iso(a.assessmentAuthDate()));
        List<String> factors = a.assessmentFactors().stream().map(ChildPayload::text).filter(f -> f != null)
                .map(f -> f.toUpperCase(Locale.ROOT)).distinct().toList();
        if (!factors.isEmpty()) {
            m.put("factors", factors);
        }
        m.put("purge", false);
        return m;
    }

    private static Map<String, Object> cinPlan(CinPlan p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("child_in_need_plan_id", p.id().toString());
        m.put("start_date", iso(p.cinPlanStartDate()));
        put(m, "end_date", iso(p.cinPlanEndDate()));
        m.put("purge", false);
        return m;
    }

    /** The initial conference this enquiry led to, held in the window: the latest if more than one. */
    private static Optional<InitialConference> icpc(S47Enquiry s, List<InitialConference> icpcs, Cohort.Window w) {
        return icpcs.stream().filter(c -> s.id().equals(c.s47EnquiryId()) && w.contains(c.icpcDate()))
                .max(Comparator.comparing(InitialConference::icpcDate));
    }

    private static Map<String, Object> s47(S47Enquiry s, Optional<InitialConference> icpc) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("section_47_assessment_id", s.id().toString());
        put(m, "start_date", iso(s.s47StartDate()));
        Boolean required = s.icpcRequired() != null ? s.icpcRequired() : icpc.isPresent() ? Boolean.TRUE : null;
        if (required != null) {
            m.put("icpc_required_flag", required);
        }
        icpc.ifPresent(c -> m.put("icpc_date", iso(c.icpcDate())));
        put(m, "end_date", iso(s.s47EndDate()));
        m.put("purge", false);
        return m;
    }

    private static Map<String, Object> cpPlan(CpPlan p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("child_protection_plan_id", p.id().toString());
        m.put("start_date", iso(p.cpPlanStartDate()));
        put(m, "end_date", iso(p.cpPlanEndDate()));
        m.put("purge", false);
        return m;
    }

    /**
     * A 903 episode as a looked-after placement: its start (DECOM) and reason for new episode (RNE), placement type
     * (PLACE) and postcode (PL_POST), end (DEC), reason ceased (REC) and reason for placement change. Its id is the
     * placement record's where the episode starts with the placement, else derived from the placement's id and the
     * episode's start, so it is the same on every run.
     */
    private static Map<String, Object> placement(Ssda903Episode e, List<Placement> placements) {
        Placement p = placements.stream().filter(x -> x.claPlacementStartDate() != null
                        && !x.claPlacementStartDate().isAfter(e.decom()))
                .max(Comparator.comparing(Placement::claPlacementStartDate)).orElse(null);
        String id = p == null ? UUID.nameUUIDFromBytes(("cla:" + e.child() + ":" + e.decom()).getBytes(StandardCharsets.UTF_8)).toString()
                : p.claPlacementStartDate().equals(e.decom()) ? p.id().toString()
                : UUID.nameUUIDFromBytes((p.id() + ":" + e.decom()).getBytes(StandardCharsets.UTF_8)).toString();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("child_looked_after_placement_id", id);
        m.put("start_date", iso(e.decom()));
        put(m, "start_reason", text(e.rne()));
        put(m, "placement_type", text(e.place()));
        put(m, "postcode", e.plPost() == null ? null : text(e.plPost().toUpperCase(Locale.ROOT)));
        put(m, "end_date", iso(e.dec()));
        put(m, "end_reason", text(e.rec()));
        put(m, "change_reason", text(e.reasonPlaceChange()));
        m.put("purge", false);
        return m;
    }

    private static LocalDate latestAdoptionStep(Permanence p) {
        return java.util.stream.Stream.of(p.placedForAdoptionDate(), p.matchedDate(), p.admDecisionDate())
                .filter(d -> d != null).max(Comparator.naturalOrder()).orElse(LocalDate.MIN);
    }

    private static LocalDate firstAdoptionStep(Permanence p) {
        return java.util.stream.Stream.of(p.admDecisionDate(), p.matchedDate(), p.placedForAdoptionDate())
                .filter(d -> d != null).min(Comparator.naturalOrder()).orElseThrow();
    }

    private static Map<String, Object> adoption(Permanence p) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "initial_decision_date", iso(p.admDecisionDate()));
        put(m, "matched_date", iso(p.matchedDate()));
        put(m, "placed_date", iso(p.placedForAdoptionDate()));
        m.put("purge", false);
        return m;
    }

    private static Map<String, Object> careLeavers(CareLeaverContact c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("contact_date", iso(c.careLeaverLatestContact()));
        put(m, "activity", activity(c.careLeaverActivity()));
        put(m, "accommodation", accommodation(c.careLeaverAccommodation()));
        m.put("purge", false);
        return m;
    }

    /** The 903's care leaver activity (OC3 ACTIV) where the spec's list has it; "no information" is left out. */
    static String activity(String code) {
        String c = text(code);
        return c != null && c.toUpperCase(Locale.ROOT).matches("F1|P1|F2|P2|F4|P4|F5|P5|G4|G5|G6")
                ? c.toUpperCase(Locale.ROOT) : null;
    }

    /**
     * The spec's accommodation is the type alone (B, C, D, E, G, H, K, R, S, T, U or V); the 903's OC3 ACCOM adds
     * whether it is suitable (K1 suitable, K2 not), so the letter is sent. Z1 (no information) is left out.
     */
    static String accommodation(String code) {
        String c = text(code);
        if (c == null) {
            return null;
        }
        c = c.toUpperCase(Locale.ROOT);
        return c.matches("[BCDEGHKRSTUV][12]?") ? c.substring(0, 1) : null;
    }

    private static void addIfAny(Map<String, Object> m, String key, List<Map<String, Object>> items) {
        if (!items.isEmpty()) {
            m.put(key, items);
        }
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }

    static String text(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
