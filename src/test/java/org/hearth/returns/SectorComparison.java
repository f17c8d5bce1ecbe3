package org.hearth.returns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares Hearth's issues with the sector validator's on one sample, per (rule, child): a rule that flags a child
 * on any row counts once. Only rules both tools ran are compared. A difference is a (rule, child) flagged by one
 * tool only; each must be listed in the documented-differences file ({@code returns/sector-differences.tsv}),
 * which says why (sector defect, ambiguous text and our reading, or input handling) with the DfE text.
 */
public final class SectorComparison {

    /** Which tool flagged a (rule, child) the other did not. */
    public enum Side { SECTOR_ONLY, HEARTH_ONLY }

    /** One flagged (rule, child); the child is {@code -} for an issue about the whole return. */
    public record Pair(String rule, String child) implements Comparable<Pair> {
        @Override
        public int compareTo(Pair o) {
            int c = rule.compareTo(o.rule);
            return c != 0 ? c : child.compareTo(o.child);
        }
    }

    /** A documented difference: one rule, one side, the children it covers, why. */
    public record Documented(String sample, String rule, Side side, String category, Set<String> children,
                             String dfeText, String why) {}

    public static final Set<String> CATEGORIES = Set.of("sector defect", "ambiguous text and our reading",
            "input handling");

    private final String sample;
    private final Set<Pair> sector;
    private final Set<Pair> hearth;

    /**
     * @param comparedRules the rules both tools ran on this sample; pairs of other rules are left out
     */
    public SectorComparison(String sample, Collection<Pair> sectorFlags, Collection<Pair> hearthFlags,
                            Set<String> comparedRules) {
        this.sample = sample;
        this.sector = new TreeSet<>();
        this.hearth = new TreeSet<>();
        sectorFlags.stream().filter(p -> comparedRules.contains(p.rule())).forEach(sector::add);
        hearthFlags.stream().filter(p -> comparedRules.contains(p.rule())).forEach(hearth::add);
    }

    public String sample() {
        return sample;
    }

    public Set<Pair> both() {
        Set<Pair> both = new TreeSet<>(sector);
        both.retainAll(hearth);
        return both;
    }

    public Set<Pair> union() {
        Set<Pair> union = new TreeSet<>(sector);
        union.addAll(hearth);
        return union;
    }

    /** The (rule, child) pairs flagged by one side only, by side. */
    public Map<Side, Set<Pair>> differences() {
        Set<Pair> sectorOnly = new TreeSet<>(sector);
        sectorOnly.removeAll(hearth);
        Set<Pair> hearthOnly = new TreeSet<>(hearth);
        hearthOnly.removeAll(sector);
        Map<Side, Set<Pair>> out = new LinkedHashMap<>();
        out.put(Side.SECTOR_ONLY, sectorOnly);
        out.put(Side.HEARTH_ONLY, hearthOnly);
        return out;
    }

    /** Differences not covered by the documented list (for this sample). */
    public Map<Side, Set<Pair>> undocumented(List<Documented> documented) {
        Map<Side, Set<Pair>> out = differences();
        out.forEach((side, pairs) -> pairs.removeIf(p -> covers(documented, side, p)));
        return out;
    }

    /** Documented entries (for this sample) naming a child that is not a difference (any more). */
    public List<String> stale(List<Documented> documented) {
        Map<Side, Set<Pair>> diffs = differences();
        List<String> stale = new ArrayList<>();
        for (Documented d : documented) {
            if (!d.sample().equals(sample)) {
                continue;
            }
            for (String child : d.children()) {
                if (!diffs.get(d.side()).contains(new Pair(d.rule(), child))) {
                    stale.add(d.rule() + " " + d.side() + " " + child);
                }
            }
        }
        return stale;
    }

    /** Number of differing pairs the documented list explains. */
    public int documentedCount(List<Documented> documented) {
        int n = 0;
        for (Map.Entry<Side, Set<Pair>> e : differences().entrySet()) {
            for (Pair p : e.getValue()) {
                if (covers(documented, e.getKey(), p)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Pairs both flagged, over pairs either flagged: the raw agreement, no difference explained away. */
    public double rawAgreement() {
        int union = union().size();
        return union == 0 ? 1.0 : (double) both().size() / union;
    }

    /** As {@link #rawAgreement()}, leaving the documented differences out of the denominator. */
    public double agreementOutsideDocumented(List<Documented> documented) {
        int denominator = union().size() - documentedCount(documented);
        return denominator == 0 ? 1.0 : (double) both().size() / denominator;
    }

    /** One line: the figures for this sample. */
    public String summary(List<Documented> documented) {
        Map<Side, Set<Pair>> d = differences();
        return String.format("%s: sector %d, Hearth %d, both %d (rule, child) pairs; sector only %d, Hearth only %d;"
                        + " raw agreement %.2f%%; %d differences documented; agreement outside them %.2f%%",
                sample, sector.size(), hearth.size(), both().size(), d.get(Side.SECTOR_ONLY).size(),
                d.get(Side.HEARTH_ONLY).size(), 100 * rawAgreement(), documentedCount(documented),
                100 * agreementOutsideDocumented(documented));
    }

    /** Differences per rule and side, e.g. for writing the documented list: rule -> side -> children. */
    public Map<String, Map<Side, Set<String>>> byRule() {
        Map<String, Map<Side, Set<String>>> out = new TreeMap<>();
        differences().forEach((side, pairs) -> pairs.forEach(p -> out.computeIfAbsent(p.rule(), k -> new TreeMap<>())
                .computeIfAbsent(side, k -> new TreeSet<>()).add(p.child())));
        return out;
    }

    private boolean covers(List<Documented> documented, Side side, Pair p) {
        for (Documented d : documented) {
            if (d.sample().equals(sample) && d.rule().equals(p.rule()) && d.side() == side
                    && d.children().contains(p.child())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads the documented-differences file: tab-separated {@code sample, rule, side (sector-only|hearth-only),
     * category, children (space-separated; - for the whole return), DfE text, why}; {@code #} starts a comment.
     *
     * @throws IllegalArgumentException naming the line, for a line that does not have that shape
     */
    public static List<Documented> readDocumented(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Documented> out = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 7) {
                throw new IllegalArgumentException(file + " line " + (n + 1) + ": 7 tab-separated fields expected, "
                        + f.length + " found");
            }
            Side side = switch (f[2]) {
                case "sector-only" -> Side.SECTOR_ONLY;
                case "hearth-only" -> Side.HEARTH_ONLY;
                default -> throw new IllegalArgumentException(file + " line " + (n + 1)
                        + ": side must be sector-only or hearth-only, not '" + f[2] + "'");
            };
            if (!CATEGORIES.contains(f[3])) {
                throw new IllegalArgumentException(file + " line " + (n + 1) + ": category must be one of "
                        + CATEGORIES + ", not '" + f[3] + "'");
            }
            if (f[5].isBlank() || f[6].isBlank()) {
                throw new IllegalArgumentException(file + " line " + (n + 1)
                        + ": the DfE text and the reason must be given");
            }
            Set<String> children = new TreeSet<>(List.of(f[4].trim().split("\\s+")));
            out.add(new Documented(f[0], f[1], side, f[3], children, f[5], f[6]));
        }
        return out;
    }
}
