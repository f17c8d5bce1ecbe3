package org.hearth.identity.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Why the matcher scored a pair as it did, in words a practitioner can check against the two records: for each
 * field, how the two compared (the comparison level), whether that agrees, partly agrees or disagrees, and whether it
 * counted for or against their being one child. Plain Java: made from the comparison pattern and the model only.
 */
public final class Evidence {
    public enum Verdict {
        AGREES("agrees"), PARTLY_AGREES("partly agrees"), DISAGREES("disagrees"), MISSING("not known on both");

        private final String words;

        Verdict(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** One field's comparison: e.g. "Date of birth: one day apart (partly agrees, counts for)". */
    public record Line(String field, String level, Verdict verdict, double weight) {
        public String sentence() {
            String effect = verdict == Verdict.MISSING || Math.abs(weight) < 0.5 ? "no evidence either way"
                    : weight > 0 ? "counts for a match" : "counts against a match";
            return capitalised(field) + ": " + level + " (" + verdict.words() + ", " + effect + ")";
        }
    }

    private Evidence() {
    }

    /** Every field's line, the strongest evidence for a match first, fields missing on either side last. */
    public static List<Line> of(int pattern, FellegiSunter model) {
        List<Line> lines = new ArrayList<>();
        for (int f = 0; f < Comparer.FIELDS; f++) {
            int level = Comparer.level(pattern, f);
            int last = Comparer.LEVELS[f] - 1;
            Verdict verdict = level == 0 ? Verdict.MISSING : level == 1 ? Verdict.AGREES
                    : level == last ? Verdict.DISAGREES : Verdict.PARTLY_AGREES;
            String words = level == 0 ? "missing on one or both records" : Comparer.LEVEL_NAMES[f][level];
            lines.add(new Line(Comparer.FIELD_NAMES[f], words, verdict, model.weight(f, level)));
        }
        if (PairScorer.siblingPattern(pattern)) {
            lines.add(new Line("family", "same surname and home but a different first name, as brothers, sisters and"
                    + " twins have", Verdict.DISAGREES, -PairScorer.SIBLING_PENALTY));
        }
        lines.sort((a, b) -> {
            boolean am = a.verdict() == Verdict.MISSING;
            boolean bm = b.verdict() == Verdict.MISSING;
            return am != bm ? (am ? 1 : -1) : Double.compare(b.weight(), a.weight());
        });
        return List.copyOf(lines);
    }

    /**
     * One paragraph: "Agrees: first name, date of birth. Partly agrees: surname (spelt nearly the same). Disagrees:
     * postcode (different). Not known on both: NHS number." Empty groups are left out.
     */
    public static String summary(List<Line> lines) {
        StringBuilder b = new StringBuilder();
        for (Verdict v : Verdict.values()) {
            List<String> parts = new ArrayList<>();
            for (Line l : lines) {
                if (l.verdict() == v) {
                    parts.add(v == Verdict.AGREES || v == Verdict.MISSING ? l.field() : l.field() + " (" + l.level() + ")");
                }
            }
            if (!parts.isEmpty()) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(capitalised(v.words())).append(": ").append(String.join(", ", parts)).append('.');
            }
        }
        return b.toString();
    }

    /** A probability as people read it: "97%", "under 1%", "over 99%". */
    public static String percent(double probability) {
        if (probability < 0.01) {
            return "under 1%";
        }
        if (probability > 0.99) {
            return "over 99%";
        }
        return Math.round(probability * 100) + "%";
    }

    static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
