package org.hearth.returns.ssda903.rules;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import org.hearth.returns.ssda903.IssueSink;
import org.hearth.returns.ssda903.Ssda903Context;
import org.hearth.returns.ssda903.Ssda903Registry;
import org.hearth.returns.ssda903.Ssda903Table;

/** Social worker episodes (SWEpisodes), collected from 2023/24. */
public final class SocialWorkerRules {
    private SocialWorkerRules() {}

    /** A test on the k-th social worker episode (by SW_DECOM) of one child. */
    @FunctionalInterface
    interface SwTest {
        boolean test(Ssda903Context c, Ssda903Table t, int[] rows, int k);
    }

    private static final LocalDate SW_REASONS_FROM = LocalDate.of(2023, 4, 1);

    public static void register(Ssda903Registry r) {
        r.rule("SW01STG1").from(2024).until(2024).needs("Episodes").check((c, sink) -> {
            Ssda903Table sw = c.table("SWEpisodes");
            for (String child : c.table("Episodes").children()) {
                if (c.lookedAfterAtEnd(child) && !sw.hasChild(child)) {
                    sink.flag("Episodes", R.lastEpisode(c, child));
                }
            }
        });
        // Episodes starting before 1 April 2023 (before social worker reasons were collected) need an ID; those
        // from then on also need the reason; every episode needs its start date.
        r.rule("SW01aSTG1").from(2025).rows("SWEpisodes", (c, t, i) -> t.date(i, "SW_DECOM") == null
                || (t.date(i, "SW_DECOM").isBefore(SW_REASONS_FROM) && t.blank(i, "SW_ID")));
        r.rule("SW01bSTG1").from(2025).rows("SWEpisodes", (c, t, i) -> t.date(i, "SW_DECOM") == null
                || (!t.date(i, "SW_DECOM").isBefore(SW_REASONS_FROM) && R.anyBlank(t, i, "SW_ID", "SW_REASON")));
        r.rule("SW03STG1").from(2024).until(2024).check(sequence((c, t, rows, k) ->
                R.anyBlank(t, rows[k], "SW_DECOM", "SW_ID") || (k > 0 && t.blank(rows[k], "SW_REASON"))));
        r.rule("SW06STG2").from(2024).rows("SWEpisodes", (c, t, i) -> R.after(t.date(i, "SW_DECOM"), c.end()));
        // The social worker reporting period starts a year before the collection year.
        r.rule("SW07STG2").from(2024).rows("SWEpisodes", (c, t, i) -> R.before(t.date(i, "SW_DEC"),
                c.start().minusYears(1))
                || R.after(t.date(i, "SW_DEC"), c.end()));
        r.rule("SW08STG2").from(2024).check(sequence((c, t, rows, k) -> k < rows.length - 1
                && t.blank(rows[k], "SW_DEC")));
        r.rule("SW14STG2").from(2024).until(2024).check(sequence((c, t, rows, k) -> k < rows.length - 1
                && t.blank(rows[k], "SW_DEC")));
        r.rule("SW09STG2").from(2024).rows("SWEpisodes", (c, t, i) -> t.date(i, "SW_DEC") != null
                && t.date(i, "SW_DEC").equals(t.date(i, "SW_DECOM")));
        r.rule("SW10STG2").from(2024).check(sequence((c, t, rows, k) -> k > 0
                && R.before(t.date(rows[k], "SW_DECOM"), t.date(rows[k - 1], "SW_DEC"))));
        r.rule("SW11aSTG2").from(2024).until(2024).check(sequence((c, t, rows, k) -> k == rows.length - 1
                && R.before(t.date(rows[k], "SW_DEC"), c.end())));
        // Only children still looked after at 31 March need a social worker then.
        r.rule("SW11bSTG2").from(2024).needs("Episodes").check(sequence((c, t, rows, k) -> k == rows.length - 1
                && R.before(t.date(rows[k], "SW_DEC"), c.end()) && c.lookedAfterAtEnd(t.child(rows[k]))));
        // Looked after at 31 March: the social worker history must reach back to 1 April.
        r.rule("SW12STG2").from(2024).needs("Episodes").check(sequence((c, t, rows, k) -> k == 0
                && R.after(t.date(rows[k], "SW_DECOM"), c.start()) && c.lookedAfterAtEnd(t.child(rows[k]))));
        r.rule("SW17STG2").from(2026).needs("Episodes").check((c, sink) -> {
            Ssda903Table sw = c.table("SWEpisodes");
            for (String child : c.table("Episodes").children()) {
                if (!c.lookedAfterAtEnd(child)) {
                    continue;
                }
                boolean open = false;
                for (int s : sw.rowsOf(child)) {
                    LocalDate start = sw.date(s, "SW_DECOM");
                    LocalDate end = sw.date(s, "SW_DEC");
                    open |= start != null && !start.isAfter(c.end()) && (end == null || end.isAfter(c.end()));
                }
                if (!open) {
                    int[] rows = sw.rowsOf(child);
                    if (rows.length == 0) {
                        sink.flag("Episodes", R.lastEpisode(c, child));
                    }
                    EpisodeRules.flagAll(sink, "SWEpisodes", rows);
                }
            }
        });
    }

    static Ssda903Registry.Check sequence(SwTest test) {
        return (c, sink) -> walk(c, sink, test);
    }

    private static void walk(Ssda903Context c, IssueSink sink, SwTest test) {
        Ssda903Table t = c.table("SWEpisodes");
        LocalDate[] start = t.dates("SW_DECOM");
        for (String child : t.children()) {
            int[] rows = Arrays.stream(t.rowsOf(child)).boxed()
                    .sorted(Comparator.comparing((Integer p) -> start[p],
                            Comparator.nullsLast(Comparator.naturalOrder())))
                    .mapToInt(Integer::intValue).toArray();
            for (int k = 0; k < rows.length; k++) {
                if (test.test(c, t, rows, k)) {
                    sink.flag("SWEpisodes", rows[k]);
                }
            }
        }
    }
}
