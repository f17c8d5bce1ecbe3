package org.hearth.people;

import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Finds children by what a practitioner has to hand: a name (tolerant of spelling and familiar forms), a date of
 * birth, an NHS number or an LA id, or several of these at once. PostgreSQL narrows the candidates broadly
 * (the nickname table, the start of a name, trigrams, double metaphone); {@link SearchRanking} judges and
 * orders them. Returns candidates only; callers filter by access.
 */
@Component
public class PersonSearch {
    static final int LIMIT = 50;
    static final int CANDIDATES = 500;

    private final JdbcTemplate jdbc;
    private final NameMatcher names = NameMatcher.standard();

    private final org.hearth.identity.candidates.IdentityCandidates identity;

    PersonSearch(JdbcTemplate jdbc, org.hearth.identity.candidates.IdentityCandidates identity) {
        this.jdbc = jdbc;
        this.identity = identity;
    }

    public List<SearchRanking.Match> find(String query) {
        return find(SearchQuery.parse(query));
    }

    public List<SearchRanking.Match> find(SearchQuery q) {
        if (q.isEmpty()) {
            return List.of();
        }
        String select = "SELECT pers_person_id, pers_forename, pers_surname, pers_known_as, pers_dob, "
                + "pers_expected_dob, pers_legacy_id, pers_nhs_number FROM ssd_person WHERE pers_kind = 'CHILD' AND ";
        Map<UUID, SearchRanking.Candidate> candidates = new LinkedHashMap<>();
        RowCallbackHandler collect = rs -> add(candidates, rs);
        // Identifiers first, each on its own: exact, indexed, never crowded out by a broad name match.
        if (q.nhsNumber() != null) {
            jdbc.query(select + "pers_nhs_number IN (?, ?)", collect, q.nhsNumber(),
                    org.hearth.identity.NhsNumber.format(q.nhsNumber()));
        }
        if (q.possibleLaId() != null) {
            jdbc.query(select + "upper(pers_legacy_id) = upper(?)", collect, q.possibleLaId());
        }
        List<String> all = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (q.dob() != null) {
            all.add("(pers_dob = ? OR pers_expected_dob = ?)");
            args.add(Date.valueOf(q.dob()));
            args.add(Date.valueOf(q.dob()));
        }
        List<String> closeness = new ArrayList<>();
        List<Object> closenessArgs = new ArrayList<>();
        for (String w : q.words()) {
            all.add(wordClause(w, args));
            closeness.add(closeness(w, closenessArgs));
        }
        if (!all.isEmpty()) {
            // The closest first, so that a broad word (many sound-alikes) never crowds out the exact name.
            String order = closeness.isEmpty() ? "" : " ORDER BY " + String.join(" + ", closeness) + " DESC";
            args.addAll(closenessArgs);
            jdbc.query(select + String.join(" AND ", all) + order + " LIMIT " + CANDIDATES, collect, args.toArray());
        }
        return SearchRanking.rank(q, List.copyOf(candidates.values()), names, LIMIT, this::logOdds);
    }

    /**
     * The identity matcher's score of a person against what was typed: the typed names may be in either order, and a
     * person may go by a known-as name, so the best reading counts. What was not typed is no evidence either way.
     */
    double logOdds(SearchQuery q, SearchRanking.Candidate c) {
        List<String> w = q.words();
        List<String[]> readings = new ArrayList<>();
        if (w.isEmpty()) {
            readings.add(new String[] {null, null});
        } else if (w.size() == 1) {
            readings.add(new String[] {w.get(0), null});
            readings.add(new String[] {null, w.get(0)});
        } else {
            readings.add(new String[] {w.get(0), String.join(" ", w.subList(1, w.size()))});
            readings.add(new String[] {w.get(w.size() - 1), String.join(" ", w.subList(0, w.size() - 1))});
        }
        java.time.LocalDate theirs = c.dob() != null ? c.dob() : c.expectedDob();
        List<String> firsts = new ArrayList<>();
        firsts.add(c.forename());
        if (c.knownAs() != null && !c.knownAs().isBlank()) {
            firsts.add(c.knownAs());
        }
        double best = Double.NEGATIVE_INFINITY;
        for (String[] r : readings) {
            org.hearth.identity.matching.InputRecord typed = org.hearth.identity.candidates.IdentityCandidates.subject(
                    r[0], null, r[1], q.dob(), null, null, null, q.nhsNumber(), null);
            for (String first : firsts) {
                best = Math.max(best, identity.logOdds(typed, org.hearth.identity.candidates.IdentityCandidates
                        .subject(first, null, c.surname(), theirs, null, null, null, c.nhsNumber(), null)));
            }
        }
        return best;
    }

    private static void add(Map<UUID, SearchRanking.Candidate> out, java.sql.ResultSet rs) throws java.sql.SQLException {
        SearchRanking.Candidate c = new SearchRanking.Candidate(rs.getObject(1, UUID.class), rs.getString(2),
                rs.getString(3), rs.getString(4), date(rs.getDate(5)), date(rs.getDate(6)), rs.getString(7),
                rs.getString(8));
        out.putIfAbsent(c.id(), c);
    }

    /**
     * One typed word matches a forename, surname or known-as broadly; the ranking then judges it closely. Every
     * condition has an index (V7), so PostgreSQL combines index scans rather than reading every person.
     */
    private String wordClause(String w, List<Object> args) {
        List<String> parts = new ArrayList<>();
        String[] variants = names.variants(w).toArray(String[]::new);
        for (String column : List.of("lower(pers_forename)", "lower(pers_surname)", "lower(pers_known_as)")) {
            parts.add(column + " = ANY(?)");
            args.add(variants);
            parts.add(column + " LIKE ?");
            args.add(w + "%");
            parts.add(column + " % ?");
            args.add(w);
            parts.add("dmetaphone(" + column + ") = dmetaphone(?)");
            args.add(w);
        }
        return "(" + String.join(" OR ", parts) + ")";
    }

    /** How close a name is to one typed word: 1 for a name starting with it, plus its best trigram similarity. */
    private static String closeness(String w, List<Object> args) {
        List<String> starts = new ArrayList<>();
        List<String> similar = new ArrayList<>();
        for (String column : List.of("lower(pers_forename)", "lower(pers_surname)", "lower(pers_known_as)")) {
            starts.add("coalesce(" + column + " LIKE ?, false)");
            similar.add("coalesce(similarity(" + column + ", ?), 0)");
        }
        for (int i = 0; i < 3; i++) {
            args.add(w + "%");
        }
        for (int i = 0; i < 3; i++) {
            args.add(w);
        }
        return "(CASE WHEN " + String.join(" OR ", starts) + " THEN 1 ELSE 0 END + greatest(" + String.join(", ", similar)
                + "))";
    }

    private static java.time.LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
