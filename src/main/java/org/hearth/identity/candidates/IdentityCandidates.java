package org.hearth.identity.candidates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.AccessSeam;
import org.hearth.access.Actor;
import org.hearth.identity.NhsNumber;
import org.hearth.identity.matching.CandidateMatcher;
import org.hearth.identity.matching.Evidence;
import org.hearth.identity.matching.FellegiSunter;
import org.hearth.identity.matching.InputRecord;
import org.hearth.identity.matching.ModelFile;
import org.hearth.identity.matching.NameVariants;
import org.hearth.platform.web.HearthProblem;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Candidates for "is this a child we already know?": a new child, an imported record or a partner's referral is
 * scored against the children on Hearth with the linker's own matcher (standardisation, comparison levels, the
 * sibling rule) and the model learnt on the synthetic children set ({@code identity/model.tsv}, see
 * {@link org.hearth.identity.bench.TrainModel}). Candidates carry their score and the evidence in words. People
 * decide: the same child (a link, never a merge), not the same child (the pair is not offered again), or a link
 * undone; every decision is stored with the score and evidence seen, and audited through the access seam.
 */
@Service
public class IdentityCandidates {
    /** Candidates scoring below this are not shown: the matcher is nearly sure they are someone else. */
    public static final double SHOW_FROM = 0.10;
    static final int LIMIT = 10;
    /**
     * An import leaves a candidate for a person only from this score: 903 and CIN files carry no names, and a date
     * of birth and sex alone come to about 58% under the learnt model, which would list every child born that day.
     */
    public static final double IMPORT_FROM = 0.90;
    /** At most this many children are read from the database to be scored against one record. */
    static final int PREBLOCK = 2_000;

    public enum Decision {
        SAME_CHILD, NOT_SAME_CHILD, LINK_UNDONE
    }

    /** A child who may be the same as the subject: score, the evidence line by line and in one paragraph. */
    public record Candidate(UUID id, String name, LocalDate dob, LocalDate expectedDob, String legacyId,
                            double probability, List<Evidence.Line> evidence, String summary) {
        public String percent() {
            return Evidence.percent(probability);
        }
    }

    /** What one user may be shown: the candidates they may see, and how many they may not. */
    public record Shown(List<Candidate> visible, int hidden) {
        public boolean any() {
            return !visible.isEmpty() || hidden > 0;
        }
    }

    /** A live link between two records of one child, from the point of view of one of them. */
    public record Link(UUID linkId, UUID other, String otherName, String linkedBy, Instant linkedAt) {
        public java.time.ZonedDateTime linkedAtLocal() {
            return linkedAt.atZone(LONDON);
        }
    }

    /** A stored decision, for the record's history. */
    public record Made(UUID other, String otherName, Decision decision, double probability, String evidence,
                       String context, String decidedBy, Instant decidedAt) {
        public java.time.ZonedDateTime decidedAtLocal() {
            return decidedAt.atZone(LONDON);
        }
    }

    static final java.time.ZoneId LONDON = java.time.ZoneId.of("Europe/London");

    private final JdbcTemplate jdbc;
    private final AccessSeam seam;
    private final FellegiSunter model;
    private final NameVariants names = NameVariants.standard();
    private final CandidateMatcher pairs;

    IdentityCandidates(JdbcTemplate jdbc, AccessSeam seam) {
        this.jdbc = jdbc;
        this.seam = seam;
        try (InputStream in = IdentityCandidates.class.getResourceAsStream("/identity/model.tsv")) {
            if (in == null) {
                throw new IllegalStateException("identity/model.tsv is missing from the classpath");
            }
            this.model = ModelFile.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.pairs = new CandidateMatcher(List.of(), model, names, false);
    }

    /**
     * log2 odds that two records are one child, with the same matcher and model as the candidates: find-a-child orders
     * its results by this.
     */
    public double logOdds(InputRecord a, InputRecord b) {
        return pairs.logOdds(a, b);
    }

    /** A child's details as the matcher reads them (no id: a new child, a referral, an import's row). */
    public static InputRecord subject(String forename, String middle, String surname, LocalDate dob, String sex,
                                      String postcode, String addressLine, String nhsNumber, String upn) {
        return new InputRecord("subject", "hearth", forename, middle, surname, dob == null ? null : dob.toString(),
                sex, postcode, addressLine, nhsNumber, upn);
    }

    /**
     * Scores a record against the children on Hearth; {@code self} (the subject's own record, when it has one) is
     * left out, as are children already linked to it or decided not to be it. No access check: callers show the
     * result through {@link #shownTo}.
     */
    public List<Candidate> score(InputRecord subject, UUID self) {
        return score(subject, self, true);
    }

    /** As {@link #score(InputRecord, UUID)}; {@code decided} false skips looking up decisions (a child just added has none). */
    List<Candidate> score(InputRecord subject, UUID self, boolean decided) {
        List<Row> rows = preblock(subject, self);
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<UUID> settled = self == null || !decided ? Set.of() : settled(self);
        List<InputRecord> inputs = rows.stream().map(Row::record).toList();
        CandidateMatcher matcher = new CandidateMatcher(inputs, model, names, false);
        List<Candidate> out = new ArrayList<>();
        for (CandidateMatcher.Candidate c : matcher.candidates(subject, SHOW_FROM, LIMIT + settled.size())) {
            Row r = rows.get(c.index());
            if (settled.contains(r.id())) {
                continue;
            }
            List<Evidence.Line> evidence = Evidence.of(c.pattern(), model);
            out.add(new Candidate(r.id(), r.name(), r.dob(), r.expectedDob(), r.legacyId(), c.probability(), evidence,
                    Evidence.summary(evidence)));
            if (out.size() == LIMIT) {
                break;
            }
        }
        return List.copyOf(out);
    }

    /**
     * The candidates this user may be shown: those whose record they may read, and a count of the others (never who
     * they are). Audited as a search, with the children shown and the number withheld. Analysts and administrators
     * are shown nothing.
     */
    public Shown shownTo(Actor actor, List<Candidate> candidates, String purpose) {
        if (!actor.role().practitioner()) {
            seam.searched(actor, purpose, List.of(), 0);
            return new Shown(List.of(), 0);
        }
        Set<UUID> readable = Set.copyOf(seam.readable(actor, candidates.stream().map(Candidate::id).toList()));
        List<Candidate> visible = candidates.stream().filter(c -> readable.contains(c.id())).toList();
        int hidden = candidates.size() - visible.size();
        seam.searched(actor, purpose, visible.stream().map(Candidate::id).toList(), hidden);
        return new Shown(visible, hidden);
    }

    /** The matcher's candidates for a child already on Hearth (a record review, an imported child), as one user sees them. */
    public Shown forChild(Actor actor, UUID child, String purpose) {
        // The child's own details are read through the seam: a worker who may not see the child learns nothing of them,
        // not even through which of their own children would match.
        InputRecord subject = seam.read(actor, child, org.hearth.access.RecordParts.PERSON, purpose,
                () -> recordOf(child)).orElseThrow(() -> HearthProblem.notFound("The child's record"));
        return shownTo(actor, score(subject, child), purpose);
    }

    /**
     * Records a person's decision on a pair: the score and evidence are worked out again here from the records as they
     * are (never taken from the page), stored with the decision and written to the audit of both children.
     * "Same child" makes a link (refused when the two are already linked); "not the same child" keeps the pair from
     * being offered again. Either clears the pair from the import's list of candidates.
     */
    public UUID decide(Actor actor, UUID subject, UUID other, Decision decision, String context) {
        if (decision == Decision.LINK_UNDONE) {
            return undo(actor, subject, other, context);
        }
        Scored scored = scorePair(subject, other);
        String detail = detail(decision, scored, context);
        return seam.identityDecision(actor, subject, other, purpose(decision), detail, () -> {
            if (decision == Decision.SAME_CHILD && liveLink(subject, other).isPresent()) {
                throw new HearthProblem(HttpStatus.CONFLICT, "These records are already linked",
                        "Someone has already confirmed that these two records are the same child");
            }
            UUID id = insertDecision(actor, subject, other, decision, scored, context);
            if (decision == Decision.SAME_CHILD) {
                UUID low = lower(subject, other);
                UUID high = low.equals(subject) ? other : subject;
                jdbc.update("INSERT INTO identity_link (link_id, person_low, person_high, linked_by, linked_at, "
                        + "link_decision_id) VALUES (?, ?, ?, ?, now(), ?)", UUID.randomUUID(), low, high,
                        actor.username(), id);
            }
            jdbc.update("DELETE FROM identity_candidate WHERE (subject_person_id = ? AND candidate_person_id = ?) "
                    + "OR (subject_person_id = ? AND candidate_person_id = ?)", subject, other, other, subject);
            return id;
        });
    }

    /** Undoes a live link: the link is kept as history with who undid it and when; the pair can be offered again. */
    UUID undo(Actor actor, UUID subject, UUID other, String context) {
        Scored scored = scorePair(subject, other);
        return seam.identityDecision(actor, subject, other, purpose(Decision.LINK_UNDONE),
                detail(Decision.LINK_UNDONE, scored, context), () -> {
                    UUID link = liveLink(subject, other).orElseThrow(() -> new HearthProblem(HttpStatus.CONFLICT,
                            "These records are not linked", "The link has already been undone, or was never made"));
                    UUID id = insertDecision(actor, subject, other, Decision.LINK_UNDONE, scored, context);
                    jdbc.update("UPDATE identity_link SET undone_by = ?, undone_at = now(), undo_decision_id = ? "
                            + "WHERE link_id = ?", actor.username(), id, link);
                    return id;
                });
    }

    /** Live links of a child to other records; only the records this user may read are named (callers filter). */
    public List<Link> links(UUID child) {
        return jdbc.query("SELECT l.link_id, CASE WHEN l.person_low = ? THEN l.person_high ELSE l.person_low END AS other, "
                        + "l.linked_by, l.linked_at FROM identity_link l WHERE (l.person_low = ? OR l.person_high = ?) "
                        + "AND l.undone_at IS NULL ORDER BY l.linked_at",
                (rs, n) -> new Link(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), null, rs.getString(3),
                        rs.getTimestamp(4).toInstant()), child, child, child)
                .stream().map(l -> new Link(l.linkId(), l.other(), nameOf(l.other()), l.linkedBy(), l.linkedAt()))
                .toList();
    }

    /** Every decision made on this child's record, newest first. */
    public List<Made> decisions(UUID child) {
        return jdbc.query("SELECT CASE WHEN subject_person_id = ? THEN candidate_person_id ELSE subject_person_id END, "
                        + "decision, score, evidence, context, decided_by, decided_at FROM identity_decision "
                        + "WHERE subject_person_id = ? OR candidate_person_id = ? ORDER BY decided_at DESC, decision_id",
                (rs, n) -> new Made(rs.getObject(1, UUID.class), null, Decision.valueOf(rs.getString(2)),
                        rs.getDouble(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getTimestamp(7).toInstant()), child, child, child)
                .stream().map(m -> new Made(m.other(), nameOf(m.other()), m.decision(), m.probability(), m.evidence(),
                        m.context(), m.decidedBy(), m.decidedAt())).toList();
    }

    /**
     * After an import: scores each child it added against the children already on Hearth and keeps the candidates
     * for a person to decide on (nothing is linked). Runs in the import's transaction; audited as a system write.
     *
     * @return how many candidates were found
     */
    public int findForImported(Collection<UUID> added, String foundBy) {
        int found = 0;
        Set<UUID> batch = new HashSet<>(added);
        Map<UUID, InputRecord> subjects = new LinkedHashMap<>();
        jdbc.query(SELECT + "AND p.pers_person_id = ANY(?)", rs -> {
            Row r = row(rs);
            subjects.put(r.id(), r.record());
        }, (Object) added.toArray(UUID[]::new));
        for (Map.Entry<UUID, InputRecord> e : subjects.entrySet()) {
            UUID child = e.getKey();
            for (Candidate c : score(e.getValue(), child, false)) {
                if (c.probability() < IMPORT_FROM || batch.contains(c.id()) && c.id().compareTo(child) < 0) {
                    continue; // below the import's bar, or two children of one import kept once
                }
                found += jdbc.update("INSERT INTO identity_candidate (subject_person_id, candidate_person_id, score, "
                        + "evidence, found_by) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", child, c.id(),
                        c.probability(), c.summary(), foundBy);
            }
        }
        seam.systemWrote(foundBy, "identity-candidates", "possible matches for imported children",
                found + " possible matches found for " + added.size() + " children added; none linked");
        return found;
    }

    /** How many candidates an import left on this child's record for a person to decide on. */
    public int pendingFromImport(UUID child) {
        Integer n = jdbc.queryForObject("SELECT count(*) FROM identity_candidate WHERE subject_person_id = ? "
                + "OR candidate_person_id = ?", Integer.class, child, child);
        return n == null ? 0 : n;
    }

    /** Children with candidates from an import awaiting a decision (for the import's own summary and tests). */
    public List<UUID> importedWithCandidates() {
        return jdbc.queryForList("SELECT DISTINCT subject_person_id FROM identity_candidate ORDER BY 1", UUID.class);
    }

    // ---- the pair, scored afresh

    record Scored(double probability, String evidence) {}

    Scored scorePair(UUID subject, UUID other) {
        InputRecord a = recordOf(subject).orElseThrow(() -> HearthProblem.notFound("The child's record"));
        InputRecord b = recordOf(other).orElseThrow(() -> HearthProblem.notFound("The child's record"));
        CandidateMatcher matcher = new CandidateMatcher(List.of(b), model, names, false);
        int pattern = matcher.pattern(a, b);
        double p = matcher.score(a, b);
        return new Scored(p, Evidence.summary(Evidence.of(pattern, model)));
    }

    private UUID insertDecision(Actor actor, UUID subject, UUID other, Decision decision, Scored scored,
                                String context) {
        UUID id = UUID.randomUUID();
        jdbc.update("INSERT INTO identity_decision (decision_id, subject_person_id, candidate_person_id, decision, score, "
                        + "evidence, context, decided_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, subject, other,
                decision.name(), Math.max(0, Math.min(1, scored.probability())), scored.evidence(), context,
                actor.username());
        return id;
    }

    private static String purpose(Decision d) {
        return switch (d) {
            case SAME_CHILD -> "identity: confirm the same child";
            case NOT_SAME_CHILD -> "identity: not the same child";
            case LINK_UNDONE -> "identity: undo a link";
        };
    }

    private static String detail(Decision d, Scored s, String context) {
        String text = d.name() + " (" + context + "), score " + String.format(java.util.Locale.ROOT, "%.4f",
                s.probability()) + ": " + s.evidence();
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    /**
     * The lower of two ids as PostgreSQL orders uuids (byte by byte, unsigned: as their text), which is not
     * {@link UUID#compareTo} (signed halves): the link table keeps each pair once, lower first.
     */
    static UUID lower(UUID a, UUID b) {
        return a.toString().compareTo(b.toString()) < 0 ? a : b;
    }

    private Optional<UUID> liveLink(UUID a, UUID b) {
        UUID low = lower(a, b);
        UUID high = low.equals(a) ? b : a;
        return jdbc.queryForList("SELECT link_id FROM identity_link WHERE person_low = ? AND person_high = ? "
                + "AND undone_at IS NULL", UUID.class, low, high).stream().findFirst();
    }

    /** Children this one is linked to, or whose latest decision with it is "not the same child": not offered again. */
    private Set<UUID> settled(UUID child) {
        Set<UUID> out = new HashSet<>();
        jdbc.query("SELECT DISTINCT ON (other) other, decision FROM (SELECT CASE WHEN subject_person_id = ? "
                        + "THEN candidate_person_id ELSE subject_person_id END AS other, decision, decided_at, decision_id "
                        + "FROM identity_decision WHERE subject_person_id = ? OR candidate_person_id = ?) d "
                        + "ORDER BY other, decided_at DESC, decision_id",
                rs -> {
                    if (!rs.getString(2).equals(Decision.LINK_UNDONE.name())) {
                        out.add(rs.getObject(1, UUID.class));
                    }
                }, child, child, child);
        return out;
    }

    // ---- reading children as the matcher reads them

    private record Row(UUID id, String name, LocalDate dob, LocalDate expectedDob, String legacyId,
                       InputRecord record) {}

    private static final String SELECT = "SELECT p.pers_person_id, p.pers_forename, p.pers_surname, p.pers_known_as, "
            + "p.pers_dob, p.pers_expected_dob, p.pers_sex, p.pers_nhs_number, p.pers_upn, p.pers_legacy_id, "
            + "a.addr_address_postcode, a.addr_address_line FROM ssd_person p LEFT JOIN LATERAL ("
            + "SELECT addr_address_postcode, addr_address_line FROM ssd_address WHERE addr_person_id = p.pers_person_id "
            + "ORDER BY addr_address_end_date IS NULL DESC, addr_address_start_date DESC NULLS LAST LIMIT 1) a ON true "
            + "WHERE p.pers_kind = 'CHILD' ";

    public Optional<InputRecord> recordOf(UUID child) {
        return jdbc.query(SELECT + "AND p.pers_person_id = ?", (rs, n) -> row(rs), child).stream().findFirst()
                .map(Row::record);
    }

    private String nameOf(UUID child) {
        return jdbc.query(SELECT + "AND p.pers_person_id = ?", (rs, n) -> row(rs), child).stream().findFirst()
                .map(Row::name).orElse("");
    }

    /**
     * The children worth scoring against this record, found broadly by indexed conditions (the matcher then judges
     * closely): an identifier, a date of birth within a day or with day and month swapped, the surname as written,
     * sounding alike or spelt nearly the same, or the first name in the same year of birth.
     */
    private List<Row> preblock(InputRecord s, UUID self) {
        List<String> or = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        String nhs = s.nhsNumber() == null ? "" : s.nhsNumber().replaceAll("\\s", "");
        if (nhs.length() == 10) {
            or.add("p.pers_nhs_number IN (?, ?)");
            args.add(nhs);
            args.add(NhsNumber.format(nhs));
        }
        if (s.upn() != null && !s.upn().isBlank()) {
            or.add("upper(p.pers_upn) = upper(?)");
            args.add(s.upn().strip());
        }
        LocalDate dob = s.dob() == null || s.dob().isBlank() ? null : LocalDate.parse(s.dob());
        if (dob != null) {
            List<Date> days = new ArrayList<>(List.of(Date.valueOf(dob.minusDays(1)), Date.valueOf(dob),
                    Date.valueOf(dob.plusDays(1)), Date.valueOf(LocalDate.of(dob.getYear(), 1, 1))));
            if (dob.getDayOfMonth() <= 12) {
                days.add(Date.valueOf(LocalDate.of(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue())));
            }
            or.add("p.pers_dob = ANY(?)");
            args.add(days.toArray(Date[]::new));
            or.add("p.pers_expected_dob BETWEEN ? AND ?");
            args.add(Date.valueOf(dob.minusDays(45)));
            args.add(Date.valueOf(dob.plusDays(45)));
        }
        String surname = s.surname() == null ? "" : s.surname().strip().toLowerCase(java.util.Locale.ROOT);
        if (!surname.isEmpty()) {
            or.add("lower(p.pers_surname) = ?");
            args.add(surname);
            or.add("dmetaphone(lower(p.pers_surname)) = dmetaphone(?)");
            args.add(surname);
            or.add("lower(p.pers_surname) % ?");
            args.add(surname);
        }
        String first = s.firstName() == null ? "" : s.firstName().strip().toLowerCase(java.util.Locale.ROOT);
        if (!first.isEmpty() && dob != null) {
            or.add("((lower(p.pers_forename) = ? OR lower(p.pers_known_as) = ? OR dmetaphone(lower(p.pers_forename)) "
                    + "= dmetaphone(?)) AND p.pers_dob BETWEEN ? AND ?)");
            args.add(first);
            args.add(first);
            args.add(first);
            args.add(Date.valueOf(dob.minusYears(1)));
            args.add(Date.valueOf(dob.plusYears(1)));
        }
        if (or.isEmpty()) {
            return List.of();
        }
        String sql = SELECT + (self == null ? "" : "AND p.pers_person_id <> '" + self + "' ") + "AND ("
                + String.join(" OR ", or) + ") LIMIT " + PREBLOCK;
        Map<UUID, Row> rows = new LinkedHashMap<>();
        jdbc.query(sql, rs -> {
            Row r = row(rs);
            rows.putIfAbsent(r.id(), r);
        }, args.toArray());
        return List.copyOf(rows.values());
    }

    private static Row row(ResultSet rs) throws SQLException {
        UUID id = rs.getObject(1, UUID.class);
        String forename = rs.getString(2);
        String surname = rs.getString(3);
        String knownAs = rs.getString(4);
        LocalDate dob = date(rs.getDate(5));
        LocalDate expected = date(rs.getDate(6));
        LocalDate matchDate = dob != null ? dob : expected;
        String first = forename == null && expected != null ? "Baby" : forename;
        InputRecord record = new InputRecord(id.toString(), "hearth", first, null, surname,
                matchDate == null ? null : matchDate.toString(), rs.getString(7), rs.getString(11), rs.getString(12),
                rs.getString(8), rs.getString(9));
        String shown = knownAs != null && !knownAs.isBlank() ? knownAs : forename;
        String name = ((shown == null ? "" : shown) + " " + (surname == null ? "" : surname)).trim();
        return new Row(id, name.isEmpty() ? "Name not recorded" : name, dob, expected, rs.getString(10), record);
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
