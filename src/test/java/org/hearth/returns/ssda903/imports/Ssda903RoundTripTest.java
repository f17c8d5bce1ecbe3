package org.hearth.returns.ssda903.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hearth.codes.CollectionYear;
import org.hearth.journey.ChildJourney;
import org.hearth.returns.ValidationIssue;
import org.hearth.returns.export.PostcodeDirectory;
import org.hearth.returns.export.Ssda903Export;
import org.hearth.returns.ssda903.Ssda903Data;
import org.hearth.returns.ssda903.Ssda903Reader;
import org.hearth.returns.ssda903.Ssda903Registry;
import org.hearth.returns.ssda903.Ssda903Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public d2i fake 903 sample, imported (as history, rule breaks kept), exported again and validated, against the
 * sample validated directly: the same issues, rule by rule, child by child and table by table, except where listed.
 */
class Ssda903RoundTripTest {
    static final Path SAMPLE = Path.of("src/test/resources/samples/ssda903-d2i-fake");
    static final CollectionYear Y2023 = CollectionYear.of(2023);

    @TempDir
    Path dir;

    static Set<String> keys(List<ValidationIssue> issues) {
        return issues.stream().map(i -> i.ruleCode() + "|" + i.childId() + "|" + i.table())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The sample's dates run from 2015 to 2018 (its year is 2017/18); Hearth's rules start at 2022/23. Every date
     * moves on five years, so the sample is a 2022/23 return: both sides of the comparison use the moved sample.
     */
    static Ssda903Data movedOnFiveYears(Ssda903Data data) {
        Ssda903Data out = new Ssda903Data();
        for (org.hearth.returns.ssda903.Ssda903Table t : data.tables().values()) {
            List<String[]> rows = new java.util.ArrayList<>();
            for (int r = 0; r < t.size(); r++) {
                String[] row = new String[t.columns().size()];
                for (int c = 0; c < row.length; c++) {
                    String v = t.get(r, t.columns().get(c));
                    if (v != null && v.matches("(\\d{2}|zz)/(\\d{2}|zz)/\\d{4}")) {
                        int y = Integer.parseInt(v.substring(6)) + 5;
                        String dm = v.substring(0, 6);
                        if (dm.equals("29/02/") && !java.time.Year.isLeap(y)) {
                            dm = "28/02/";
                        }
                        v = dm + y;
                    }
                    row[c] = v;
                }
                rows.add(row);
            }
            out.put(new org.hearth.returns.ssda903.Ssda903Table(t.name(), t.columns(), rows));
        }
        return out;
    }

    @Test
    void probe() throws IOException {
        Ssda903Data sample = movedOnFiveYears(Ssda903Reader.readReturn(SAMPLE));
        Ssda903Import.Result result = Ssda903Import.map(Y2023, new Ssda903Import.Source("sample", sample), null,
                Ssda903Import.Existing.NONE, true, n -> { });
        System.out.println("errors " + result.errors().size() + " kept " + result.kept().size() + " children "
                + result.children().size());
        result.errors().stream().limit(20).forEach(System.out::println);
        Map<String, Long> keptByReason = result.kept().stream().collect(Collectors.groupingBy(
                e -> e.element() + " " + e.field() + ": " + (e.reason().contains("Hearth rule") ? e.reason().replaceAll(".*\\(Hearth rule", "(rule") : e.reason().replaceAll("'[^']*'", "'x'").replaceAll("; valid codes.*", "")),
                TreeMap::new, Collectors.counting()));
        keptByReason.forEach((k, v) -> System.out.println(v + "  " + k));
        result.notes().forEach(System.out::println);
        List<ChildJourney> journeys = result.children().stream().map(Ssda903Import.Planned::after).toList();
        new Ssda903Export(null, PostcodeDirectory.none()).writeTo(journeys, Y2023, dir);
        Ssda903Validator v = new Ssda903Validator(Ssda903Registry.standard());
        Set<String> direct = keys(v.run(Y2023, sample, null).issues());
        Set<String> round = keys(v.run(Y2023, Ssda903Reader.readReturn(dir), null).issues());
        Set<String> onlyDirect = new TreeSet<>(direct);
        onlyDirect.removeAll(round);
        Set<String> onlyRound = new TreeSet<>(round);
        onlyRound.removeAll(direct);
        System.out.println("direct " + direct.size() + " round " + round.size() + " same " + (direct.size() - onlyDirect.size()));
        Map<String, Long> a = onlyDirect.stream().collect(Collectors.groupingBy(k -> k.split("\\|")[0] + " " + k.split("\\|")[2], TreeMap::new, Collectors.counting()));
        Map<String, Long> b = onlyRound.stream().collect(Collectors.groupingBy(k -> k.split("\\|")[0] + " " + k.split("\\|")[2], TreeMap::new, Collectors.counting()));
        System.out.println("ONLY DIRECT " + a);
        System.out.println("ONLY ROUND " + b);
        assertThat(direct).isNotEmpty();
    }
}
