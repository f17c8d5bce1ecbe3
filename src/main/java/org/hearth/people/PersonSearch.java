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

    private static final String SELECT = "SELECT pers_person_id, pers_forename, pers_surname, pers_known_as, pers_dob, "
            + "pers_expected_dob, pers_legacy_id, pers_nhs_number FROM ssd_person WHERE pers_kind = 'CHILD' AND ";

    /**
     * Children who live or lived at an address with this postcode, narrowed by whatever else was typed (a name, a date
     * of birth). An address flagged "do not disclose" is never searched: finding a child by it would disclose it.
     */
    private List<SearchRanking.Match> atPostcode(SearchQuery q) {
        Map<UUID, SearchRanking.Candidate> candidates = new LinkedHashMap<>();
        jdbc.query(SELECT + "pers_person_id IN (SELECT addr_person_id FROM ssd_address WHERE "
                        + "upper(replace(addr_address_postcode, ' ', '')) = ? AND NOT addr_do_not_disclose AND NOT EXISTS (SELECT 1 FROM person_warning w WHERE w.pwar_person_id = addr_person_id "
                        + "AND w.pwar_warning_type = 'DO_NOT_DISCLOSE_ADDRESS' AND w.pwar_start_date <= current_date "
                        + "AND (w.pwar_end_date IS NULL OR w.pwar_end_date > current_date))) LIMIT " + CANDIDATES,
                (RowCallbackHandler) rs -> add(candidates, rs), q.postcode().replace(" ", ""));
        SearchQuery rest = new SearchQuery(q.text(), q.words(), q.typedNames(), q.dob(), q.nhsNumber(), null, q.problem());
        if (rest.isEmpty()) {
            return candidates.values().stream().limit(LIMIT).map(c -> new SearchRanking.Match(c.id(), c.displayName(),
                    c.dob(), c.expectedDob(), c.legacyId(), 1.0, "Postcode")).toList();
        }
        return SearchRanking.rank(rest, List.copyOf(candidates.values()), names, LIMIT).stream()
                .map(m -> new SearchRanking.Match(m.id(), m.name(), m.dob(), m.expectedDob(), m.legacyId(),
                        m.score() + 1.0, m.why() + " and postcode")).toList();
    }

    /**
     * Children by the words of an address (a street, a house name) or a postcode; "do not disclose" addresses are
     * never searched. Every word must be in the address line, or the postcode must match.
     */
    public List<SearchRanking.Match> byAddress(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.length() < 3) {
            return List.of();
        }
        SearchQuery asQuery = SearchQuery.parse(text);
        if (asQuery.postcode() != null && asQuery.words().isEmpty()) {
            return atPostcode(new SearchQuery(text, List.of(), List.of(), null, null, null, null, asQuery.postcode()));
        }
        List<String> words = java.util.Arrays.stream(text.toLowerCase(java.util.Locale.ROOT).split("[\\s,]+"))
                .filter(w -> !w.isBlank()).limit(8).toList();
        List<String> clauses = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        for (String w : words) {
            clauses.add("lower(addr_address_line) LIKE ?");
            args.add("%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        String byPostcode = asQuery.postcode() == null ? "" : " OR upper(replace(addr_address_postcode, ' ', '')) = ?";
        if (asQuery.postcode() != null) {
            args.add(asQuery.postcode().replace(" ", ""));
        }
        Map<UUID, SearchRanking.Candidate> candidates = new LinkedHashMap<>();
        jdbc.query(SELECT + "pers_person_id IN (SELECT addr_person_id FROM ssd_address WHERE NOT addr_do_not_disclose AND NOT EXISTS (SELECT 1 FROM person_warning w WHERE w.pwar_person_id = addr_person_id "
                        + "AND w.pwar_warning_type = 'DO_NOT_DISCLOSE_ADDRESS' AND w.pwar_start_date <= current_date "
                        + "AND (w.pwar_end_date IS NULL OR w.pwar_end_date > current_date)) "
                        + "AND ((" + String.join(" AND ", clauses) + ")" + byPostcode + ")) ORDER BY pers_surname, "
                        + "pers_forename LIMIT " + LIMIT,
                (RowCallbackHandler) rs -> add(candidates, rs), args.toArray());
        return candidates.values().stream().map(c -> new SearchRanking.Match(c.id(), c.displayName(), c.dob(),
                c.expectedDob(), c.legacyId(), 1.0, "Address")).toList();
    }

    /** The relationships that make an adult a child's parent or carer. */
    static final List<String> PARENT_OR_CARER = List.of("MOTHER", "FATHER", "STEP_PARENT", "CARER", "GRANDPARENT");

    /**
     * Children by the name of a parent or carer linked to them (tolerant of spelling and familiar forms, as a child's
     * name is), closest first.
     */
    public List<SearchRanking.Match> byParent(String typed) {
        SearchQuery q = SearchQuery.parse(typed);
        if (q.words().isEmpty()) {
            return List.of();
        }
        List<String> all = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        for (String w : q.words()) {
            all.add(wordClause(w, args));
        }
        List<Object> queryArgs = new ArrayList<>();
        queryArgs.add(PARENT_OR_CARER.toArray(String[]::new));
        queryArgs.addAll(args);
        Map<UUID, SearchRanking.Candidate> children = new LinkedHashMap<>();
        Map<UUID, List<String[]>> parents = new java.util.HashMap<>();
        jdbc.query("SELECT c.pers_person_id, c.pers_forename, c.pers_surname, c.pers_known_as, c.pers_dob, "
                        + "c.pers_expected_dob, c.pers_legacy_id, c.pers_nhs_number, a.pers_forename, a.pers_surname, "
                        + "a.pers_known_as FROM person_relationship r "
                        + "JOIN ssd_person c ON c.pers_person_id = r.rela_person_id AND c.pers_kind = 'CHILD' "
                        + "JOIN (SELECT * FROM ssd_person WHERE " + String.join(" AND ", all) + ") a "
                        + "ON a.pers_person_id = r.rela_related_person_id "
                        + "WHERE r.rela_relationship_type = ANY(?) AND (r.rela_end_date IS NULL OR r.rela_end_date >= current_date) "
                        + "LIMIT " + CANDIDATES,
                (RowCallbackHandler) rs -> {
                    add(children, rs);
                    parents.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new String[] {rs.getString(9), rs.getString(10), rs.getString(11)});
                }, reorder(queryArgs));
        List<SearchRanking.Match> out = new ArrayList<>();
        for (SearchRanking.Candidate c : children.values()) {
            double best = 0;
            for (String[] p : parents.getOrDefault(c.id(), List.of())) {
                best = Math.max(best, names.score(q.words(), List.of(nz(p[0]), nz(p[1]), nz(p[2]))));
            }
            if (best > 0) {
                out.add(new SearchRanking.Match(c.id(), c.displayName(), c.dob(), c.expectedDob(), c.legacyId(), best,
                        best >= NameMatcher.EXACT ? "Parent or carer's name" : "Similar parent or carer's name"));
            }
        }
        out.sort(java.util.Comparator.comparingDouble(SearchRanking.Match::score).reversed()
                .thenComparing(SearchRanking.Match::name, String.CASE_INSENSITIVE_ORDER));
        return out.size() > LIMIT ? List.copyOf(out.subList(0, LIMIT)) : List.copyOf(out);
    }

    /** The name clauses come first in the SQL, the relationship types last. */
    private static Object[] reorder(List<Object> typesThenNames) {
        List<Object> out = new ArrayList<>(typesThenNames.subList(1, typesThenNames.size()));
        out.add(typesThenNames.get(0));
        return out.toArray();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public List<SearchRanking.Match> find(SearchQuery q) {
        return find(q, CANDIDATES, true);
    }

    /**
     * The search with the fuzzy candidates always taken, up to {@code candidates} of them, and no exact tier: how the
     * search chose its candidates before V46. Kept so that a test can compare the results of the two on the same data.
     */
    List<SearchRanking.Match> findFuzzyOnly(SearchQuery q, int candidates) {
        return find(q, candidates, false);
    }

    private List<SearchRanking.Match> find(SearchQuery q, int fuzzyCandidates, boolean exactFirst) {
        if (q.isEmpty()) {
            return List.of();
        }
        if (q.postcode() != null) {
            return atPostcode(q);
        }
        Map<UUID, SearchRanking.Candidate> candidates = new LinkedHashMap<>();
        RowCallbackHandler collect = rs -> add(candidates, rs);
        // Identifiers first, each on its own: exact, indexed, never crowded out by a broad name match.
        if (q.nhsNumber() != null) {
            jdbc.query(SELECT + "pers_nhs_number IN (?, ?)", collect, q.nhsNumber(),
                    org.hearth.identity.NhsNumber.format(q.nhsNumber()));
        }
        if (q.possibleLaId() != null) {
            jdbc.query(SELECT + "upper(pers_legacy_id) = upper(?)", collect, q.possibleLaId());
        }
        // Children whose names are exactly what was typed (or a familiar form of it) first, as many as a page shows,
        // in the order a page shows them: however common the name, an index range scan (V46). They outrank every
        // fuzzy match, so only when fewer than a page match exactly is the search widened: in the same statement
        // (issue 15: one round trip, not two), the fuzzy part gated on the exact part's count.
        List<Object> exactArgs = new ArrayList<>();
        String exact = exactFirst && !q.words().isEmpty() ? exact(q, exactArgs) : null;
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
        // The closest first, so that a broad word (many sound-alikes) never crowds out the exact name.
        String order = closeness.isEmpty() ? "" : " ORDER BY " + String.join(" + ", closeness) + " DESC";
        args.addAll(closenessArgs);
        if (exact != null) {
            // The ranking orders candidates fully (score, name, id), so only which children come back matters, not
            // in what order the two parts return them. all is never empty here: there is a word.
            List<Object> both = new ArrayList<>(exactArgs);
            both.addAll(args);
            jdbc.query("WITH exact AS (" + exact + ") SELECT * FROM exact UNION ALL SELECT * FROM (" + SELECT
                    + "(SELECT count(DISTINCT pers_person_id) FROM exact) < " + LIMIT + " AND "
                    + String.join(" AND ", all) + order + " LIMIT " + fuzzyCandidates + ") fuzzy", collect,
                    both.toArray());
        } else if (!all.isEmpty()) {
            jdbc.query(SELECT + String.join(" AND ", all) + order + " LIMIT " + fuzzyCandidates, collect,
                    args.toArray());
        }
        return SearchRanking.rank(q, List.copyOf(candidates.values()), names, LIMIT, this::logOdds);
    }

    /** The three names a typed word may be, as V46 indexes them. */
    private static final List<String> NAME_KEYS = List.of("hearth_name_key(pers_surname)",
            "hearth_name_key(pers_forename)", "hearth_name_key(pers_known_as)");
    private static final String DISPLAY_ORDER = " ORDER BY hearth_display_key(pers_forename, pers_surname, "
            + "pers_known_as), pers_person_id LIMIT " + LIMIT;

    /**
     * The children whose names match every typed word exactly or by a familiar form, in the order results are shown
     * (the name as displayed, then the id), at most a page of them from each way of matching; returns how many rows
     * came back. One word and no date: for each name the word may be (surname, forename, known-as) and each form of
     * it, the first page of children in display order, read off the V46 index in that order. Within one such group
     * every child scores the same (the same name matched the same way), so the best page of all of them is among
     * these. Two words: the children with them as first name and surname. More words or a date of birth: those with
     * every word as one of their names. These are few: all of them, up to the candidate limit. Returns the
     * statement (its columns those of {@link #SELECT}), its arguments added to {@code args}; a child may come back
     * more than once (matched more than one way).
     */
    private String exact(SearchQuery q, List<Object> args) {
        if (q.words().size() == 1 && q.dob() == null) {
            String[] variants = names.variants(q.words().get(0)).toArray(String[]::new);
            List<String> branches = new ArrayList<>();
            for (String key : NAME_KEYS) {
                branches.add("SELECT p.* FROM unnest(?::text[]) v(name) CROSS JOIN LATERAL (SELECT pers_person_id, "
                        + "pers_forename, pers_surname, pers_known_as, pers_dob, pers_expected_dob, pers_legacy_id, "
                        + "pers_nhs_number FROM ssd_person WHERE pers_kind = 'CHILD' AND " + key + " = v.name"
                        + DISPLAY_ORDER + ") p");
                args.add(variants);
            }
            return String.join(" UNION ALL ", branches);
        }
        List<String> all = new ArrayList<>();
        if (q.words().size() == 2 && q.dob() == null) {
            // A forename (or known-as name) and a surname, in either order: the pairs V46 indexes together, so only the
            // children with both are read. A child who has both words but not as first name and surname scores lower
            // (the identity matcher reads the typed words as a first name and a surname) and is left to the fuzzy search.
            String[] one = names.variants(q.words().get(0)).toArray(String[]::new);
            String[] two = names.variants(q.words().get(1)).toArray(String[]::new);
            List<String> pairs = new ArrayList<>();
            for (String first : List.of("hearth_name_key(pers_forename)", "hearth_name_key(pers_known_as)")) {
                for (String[][] order : List.of(new String[][] {one, two}, new String[][] {two, one})) {
                    pairs.add("(" + first + " = ANY(?) AND hearth_name_key(pers_surname) = ANY(?))");
                    args.add(order[0]);
                    args.add(order[1]);
                }
            }
            all.add("(" + String.join(" OR ", pairs) + ")");
        } else {
            if (q.dob() != null) {
                all.add("(pers_dob = ? OR pers_expected_dob = ?)");
                args.add(Date.valueOf(q.dob()));
                args.add(Date.valueOf(q.dob()));
            }
            for (String w : q.words()) {
                String[] variants = names.variants(w).toArray(String[]::new);
                List<String> any = new ArrayList<>();
                for (String key : NAME_KEYS) {
                    any.add(key + " = ANY(?)");
                    args.add(variants);
                }
                all.add("(" + String.join(" OR ", any) + ")");
            }
        }
        return SELECT + String.join(" AND ", all) + " ORDER BY hearth_display_key(pers_forename, pers_surname, "
                + "pers_known_as), pers_person_id LIMIT " + CANDIDATES;
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
