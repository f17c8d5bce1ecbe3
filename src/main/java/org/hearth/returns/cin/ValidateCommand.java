package org.hearth.returns.cin;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hearth.codes.CollectionYear;
import org.hearth.returns.IssueReport;
import org.hearth.returns.RuleCatalogue;
import org.hearth.returns.ValidationIssue;

/**
 * Validates a CIN census XML file: {@code --year YYYY --file FILE.xml --out DIR [--schema]}. Writes
 * {@code DIR/issues.csv} (and {@code rule-summary.csv}), prints a short report and the elapsed time. Problems with the
 * arguments or the file are reported in one line, without a stack trace.
 */
public final class ValidateCommand {
    public static final int OK = 0;
    public static final int USAGE = 2;
    public static final int FAILED = 1;

    private static final String USAGE_TEXT = "usage: --year YYYY --file FILE.xml --out DIR [--schema]";

    private ValidateCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String yearText = null;
        String fileText = null;
        String outText = null;
        boolean schema = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--year", "--file", "--out" -> {
                    if (i + 1 >= args.length) {
                        err.println("error: " + a + " needs a value; " + USAGE_TEXT);
                        return USAGE;
                    }
                    String v = args[++i];
                    if (a.equals("--year")) {
                        yearText = v;
                    } else if (a.equals("--file")) {
                        fileText = v;
                    } else {
                        outText = v;
                    }
                }
                case "--schema" -> schema = true;
                default -> {
                    err.println("error: unknown argument '" + a + "'; " + USAGE_TEXT);
                    return USAGE;
                }
            }
        }
        if (yearText == null || fileText == null || outText == null) {
            err.println("error: --year, --file and --out are all required; " + USAGE_TEXT);
            return USAGE;
        }
        CollectionYear year;
        try {
            year = CollectionYear.parse(yearText);
            RuleCatalogue.load("cin", year);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage() + " (CIN rules are held for 2023 to 2026)");
            return USAGE;
        }
        Path file = Path.of(fileText);
        if (!Files.isRegularFile(file)) {
            err.println("error: no such file: " + file);
            return FAILED;
        }
        long started = System.nanoTime();
        try {
            CinCensus census = CinReader.read(file);
            long read = System.nanoTime();
            List<ValidationIssue> issues = CinValidator.validate(year, census);
            long validated = System.nanoTime();
            IssueReport report = new IssueReport(issues);
            report.writeTo(Path.of(outText));
            out.printf("CIN census %s, %s: %d children%n", year, file.getFileName(), census.children().size());
            report.print(out, 15);
            RuleCatalogue catalogue = RuleCatalogue.load("cin", year);
            long queries = issues.stream().filter(i -> catalogue.rule(i.ruleCode())
                    .map(r -> r.type().equals("QUERY")).orElse(false)).count();
            out.printf("%d errors, %d queries%n", issues.size() - queries, queries);
            if (schema && !CinSchema.describes(year)) {
                out.printf("schema: not checked — Hearth ships the DfE schema up to %s only, and a %s census has "
                        + "items that schema does not know%n", CinSchema.LAST_YEAR_DESCRIBED, year);
            } else if (schema) {
                List<CinSchema.Problem> problems = CinSchema.validate(file);
                out.printf("schema (%s): %d problems%n", "CIN_schema_2024.xsd", problems.size());
                problems.stream().limit(10).forEach(p -> out.println("  " + p));
            }
            out.printf("read %d ms, validated %d ms, total %d ms; wrote %s%n", (read - started) / 1_000_000,
                    (validated - read) / 1_000_000, (System.nanoTime() - started) / 1_000_000,
                    Path.of(outText).resolve("issues.csv"));
            return OK;
        } catch (CinReader.CinReadException e) {
            err.println("error: " + file + " is " + e.getMessage());
            return FAILED;
        } catch (IOException e) {
            // NIO exceptions often carry only the path; the exception's name says what went wrong with it.
            String what = e.getClass().getSimpleName().replace("Exception", "")
                    .replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase();
            err.println("error: " + what + ": " + e.getMessage());
            return FAILED;
        }
    }
}
