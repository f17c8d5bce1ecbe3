package org.hearth.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Judges and orders the people a search turned up: an NHS number or LA id that is the person's own comes first;
 * then names by how closely they match (exact, familiar form, sounds alike, start of the name, a slip of the
 * keyboard), a matching date of birth counting for more. When a date of birth is given it must be the person's
 * (or an unborn child's expected date); every typed word of a name must match one of their names. Plain Java.
 */
public final class SearchRanking {
    /** A person as PostgreSQL found them, before judging. */
    public record Candidate(UUID id, String forename, String surname, String knownAs, LocalDate dob,
                            LocalDate expectedDob, String legacyId, String nhsNumber) {
        String displayName() {
            String first = knownAs != null && !knownAs.isBlank() ? knownAs : forename;
            return ((first == null ? "" : first) + " " + (surname == null ? "" : surname)).trim();
        }
    }

    /** A person who matches, with how well (higher is closer) and why, in the user's words. */
    public record Match(UUID id, String name, LocalDate dob, LocalDate expectedDob, String legacyId, double score,
                        String why) {}

    private SearchRanking() {}

    /** How likely a person is the one searched for, as log2 odds (the identity matcher's score). */
    @FunctionalInterface
    public interface MatchScore {
        double logOdds(SearchQuery query, Candidate candidate);
    }

    /**
     * As {@link #rank(SearchQuery, List, NameMatcher, int)}: the same people match (same filters), but they are ordered
     * by the identity matcher's score, an LA id or NHS number that is the person's own still first.
     */
    public static List<Match> rank(SearchQuery query, List<Candidate> candidates, NameMatcher names, int limit,
                                   MatchScore matcher) {
        List<Match> out = new ArrayList<>();
        for (Candidate c : candidates) {
            Match m = judge(query, c, names);
            if (m != null) {
                double identifier = "LA id".equals(m.why()) || "NHS number".equals(m.why()) ? 1000 : 0;
                out.add(new Match(m.id(), m.name(), m.dob(), m.expectedDob(), m.legacyId(),
                        identifier + matcher.logOdds(query, c), m.why()));
            }
        }
        out.sort(Comparator.comparingDouble(Match::score).reversed()
                .thenComparing(Match::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(m -> m.id().toString()));
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : List.copyOf(out);
    }

    public static List<Match> rank(SearchQuery query, List<Candidate> candidates, NameMatcher names, int limit) {
        List<Match> out = new ArrayList<>();
        for (Candidate c : candidates) {
            Match m = judge(query, c, names);
            if (m != null) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparingDouble(Match::score).reversed()
                .thenComparing(Match::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(m -> m.id().toString()));
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : List.copyOf(out);
    }

    /** The match, or null when this person does not match the query. */
    static Match judge(SearchQuery q, Candidate c, NameMatcher names) {
        if (q.nhsNumber() != null && q.nhsNumber().equals(digits(c.nhsNumber()))) {
            return match(c, 3.0, "NHS number");
        }
        String laId = q.possibleLaId();
        if (laId != null && c.legacyId() != null && c.legacyId().equalsIgnoreCase(laId)) {
            return match(c, 3.0, "LA id");
        }
        boolean dobGiven = q.dob() != null;
        boolean dobMatches = dobGiven && (q.dob().equals(c.dob()) || q.dob().equals(c.expectedDob()));
        if (dobGiven && !dobMatches) {
            return null;
        }
        if (q.words().isEmpty()) {
            return dobMatches ? match(c, 1.0, "Date of birth") : null;
        }
        double nameScore = names.score(q.words(), List.of(nz(c.forename()), nz(c.surname()), nz(c.knownAs())));
        if (nameScore == 0) {
            return null;
        }
        String why = nameScore >= NameMatcher.EXACT ? "Name" : "Similar name";
        return dobMatches ? match(c, 1.0 + nameScore, why + " and date of birth") : match(c, nameScore, why);
    }

    private static Match match(Candidate c, double score, String why) {
        return new Match(c.id(), c.displayName(), c.dob(), c.expectedDob(), c.legacyId(), score, why);
    }

    private static String digits(String s) {
        return s == null ? null : s.replace(" ", "");
    }

    private static String nz(String s) {
        return Objects.requireNonNullElse(s, "");
    }
}
