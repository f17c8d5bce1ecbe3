package org.hearth.identity.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Helpers for the identity benchmark ({@code bench/identity.sh}): convert FEBRL files to the link format, and score
 * a link run's pairs and clusters against the truth as pairwise precision, recall and F1.
 *
 * <pre>
 *   febrl OUT.csv FILE [FILE...]          each FILE's records, source a, b, ... in file order
 *   score PAIRS.csv CLUSTERS.csv TRUTH.csv   prints "pairs P R F1" and "clusters P R F1"
 *   children N SEED OUT.csv TRUTH.csv [POSTCODES.csv]   invents N children's records with truth
 *                                        ({@link SyntheticChildren}; postcodes from a link-format file)
 * </pre>
 */
public final class IdentityBenchTools {
    private static final DateTimeFormatter FEBRL_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private IdentityBenchTools() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length >= 3 && args[0].equals("febrl")) {
            List<Path> in = new ArrayList<>();
            for (int i = 2; i < args.length; i++) {
                in.add(Path.of(args[i]));
            }
            febrlToLinkFormat(in, Path.of(args[1]));
        } else if (args.length == 4 && args[0].equals("score")) {
            Scores s = score(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]), 0.5);
            System.out.printf("pairs    precision %.4f recall %.4f F1 %.4f%n", s.pairs().precision(),
                    s.pairs().recall(), s.pairs().f1());
            System.out.printf("clusters precision %.4f recall %.4f F1 %.4f%n", s.clusters().precision(),
                    s.clusters().recall(), s.clusters().f1());
        } else if ((args.length == 5 || args.length == 6) && args[0].equals("children")) {
            List<String> postcodes = args.length == 6 ? SyntheticChildren.postcodesOf(Path.of(args[5])) : List.of();
            SyntheticChildren.generate(Integer.parseInt(args[1]), Long.parseLong(args[2]), postcodes,
                    Path.of(args[3]), Path.of(args[4]));
        } else {
            System.err.println("usage: febrl OUT.csv FILE...  |  score PAIRS.csv CLUSTERS.csv TRUTH.csv  |  "
                    + "children N SEED OUT.csv TRUTH.csv [POSTCODES.csv]");
            System.exit(2);
        }
    }

    /**
     * FEBRL columns (rec_id, given_name, surname, street_number, address_1, address_2, suburb, postcode, state,
     * date_of_birth, soc_sec_id; values with a leading space) to the link format. The social security id goes in the
     * NHS number column (an identifier that fails the NHS check: evidence, not truth); dates that are not real dates
     * (FEBRL corrupts some) are left blank, as the link format accepts only real dates.
     */
    public static void febrlToLinkFormat(List<Path> files, Path out) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("record_id,source,first_name,middle_name,surname,dob,sex,postcode,address_line,nhs_number,upn\n");
            char source = 'a';
            for (Path file : files) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 1; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.isEmpty()) {
                        continue;
                    }
                    String[] v = line.split(",", -1);
                    for (int k = 0; k < v.length; k++) {
                        v[k] = v[k].strip();
                    }
                    String address = join(", ", join(" ", v[3], v[4]), v[5], v[6]);
                    w.write(String.join(",", v[0], String.valueOf(source), v[1], "", v[2], date(v[9]), "", v[7],
                            quote(address), v[10], ""));
                    w.write('\n');
                }
                source++;
            }
        }
    }

    private static String date(String febrl) {
        try {
            return LocalDate.parse(febrl, FEBRL_DATE).toString();
        } catch (DateTimeParseException e) {
            return "";
        }
    }

    private static String join(String sep, String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (!p.isEmpty()) {
                if (b.length() > 0) {
                    b.append(sep);
                }
                b.append(p);
            }
        }
        return b.toString();
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    /** Precision, recall and F1 over unordered record pairs. */
    public record Measure(long truePositives, long falsePositives, long falseNegatives) {
        public double precision() {
            return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public record Scores(Measure pairs, Measure clusters) {
    }

    /** Scores the pairs at probability ≥ {@code threshold} and the clusters (every pair within a cluster). */
    public static Scores score(Path pairs, Path clusters, Path truth, double threshold) throws IOException {
        Map<String, String> entity = twoColumns(truth);
        Map<String, Long> sizes = new HashMap<>();
        for (String e : entity.values()) {
            sizes.merge(e, 1L, Long::sum);
        }
        long truePairs = 0;
        for (long n : sizes.values()) {
            truePairs += n * (n - 1) / 2;
        }
        long tp = 0;
        long fp = 0;
        List<String> lines = Files.readAllLines(pairs, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            String[] v = lines.get(i).split(",");
            if (v.length == 3 && Double.parseDouble(v[2]) >= threshold) {
                if (same(entity, v[0], v[1])) {
                    tp++;
                } else {
                    fp++;
                }
            }
        }
        Measure pairMeasure = new Measure(tp, fp, truePairs - tp);
        Map<String, List<String>> byCluster = new HashMap<>();
        twoColumns(clusters).forEach((record, cluster) -> byCluster.computeIfAbsent(cluster, c -> new ArrayList<>())
                .add(record));
        long ctp = 0;
        long cfp = 0;
        for (List<String> members : byCluster.values()) {
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    if (same(entity, members.get(i), members.get(j))) {
                        ctp++;
                    } else {
                        cfp++;
                    }
                }
            }
        }
        return new Scores(pairMeasure, new Measure(ctp, cfp, truePairs - ctp));
    }

    private static boolean same(Map<String, String> entity, String a, String b) {
        String x = entity.get(a);
        return x != null && x.equals(entity.get(b));
    }

    private static Map<String, String> twoColumns(Path file) throws IOException {
        Map<String, String> out = new HashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            String[] v = lines.get(i).split(",");
            if (v.length >= 2) {
                out.put(v[0], v[1]);
            }
        }
        return out;
    }
}
