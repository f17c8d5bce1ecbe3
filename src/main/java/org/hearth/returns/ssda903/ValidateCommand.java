package org.hearth.returns.ssda903;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hearth.codes.CollectionYear;
import org.hearth.returns.IssueReport;
import org.hearth.returns.RuleCatalogue;

/**
 * {@code validate --return 903}: validates a directory of 903 CSV files or a 903 XML file (optionally with last
 * year's, either way) and writes
 * {@code issues.csv} and {@code rule-summary.csv}. Problems with the arguments or files are reported as one clear
 * line, never as a stack trace.
 */
public final class ValidateCommand {
    static final String USAGE =
            "usage: --year YYYY --current DIR|FILE.xml [--previous DIR|FILE.xml] [--la CODE] [--postcodes] [--ofsted FILE]\n"
            + "       [--la-codes FILE] --out DIR\n"
            + "  --la         the LA's DfE code (e.g. 383) or ONS code (e.g. E08000035; enables rules 1015, 503J,\n"
            + "               179, 411, 229; a DfE code does so when --la-codes gives its ONS code)\n"
            + "  --postcodes  also run the placement distance and LA rules (reads the ONS postcode directory, ~1 s)\n"
            + "  --ofsted     Ofsted's register of providers, CSV urn,place_codes,provider_codes,postcode,\n"
            + "               registered,closed (enables rules 1008, 219, 221, 224, 227, 228, 229)\n"
            + "  --la-codes   the DfE's list of LA codes, CSV la_code[,la_name,ons_code] (enables rule 633)";

    private ValidateCommand() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Returns 0 when validation ran (whatever it found), 2 for bad arguments, 1 when the files cannot be read. */
    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--postcodes")) {
                opts.put("postcodes", "yes");
                continue;
            }
            if (!a.startsWith("--") || i + 1 >= args.length || args[i + 1].startsWith("--")) {
                err.println("error: " + (a.startsWith("--") ? a + " needs a value" : "unexpected argument " + a));
                err.println(USAGE);
                return 2;
            }
            opts.put(a.substring(2), args[++i]);
        }
        for (String key : opts.keySet()) {
            if (!key.matches("year|current|previous|la|out|postcodes|ofsted|la-codes")) {
                err.println("error: unknown option --" + key);
                err.println(USAGE);
                return 2;
            }
        }
        for (String required : new String[] {"year", "current", "out"}) {
            if (!opts.containsKey(required)) {
                err.println("error: --" + required + " is required");
                err.println(USAGE);
                return 2;
            }
        }
        CollectionYear year;
        try {
            year = CollectionYear.parse(opts.get("year"));
            RuleCatalogue.load("ssda903", year);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        String la = opts.get("la");
        if (la != null && !la.matches("\\d{3}|[EW]\\d{8}")) {
            err.println("error: --la must be a three-digit DfE local authority code or an ONS code such as "
                    + "E08000035, not '" + la + "'");
            return 2;
        }
        Path current = Path.of(opts.get("current"));
        Path previous = opts.containsKey("previous") ? Path.of(opts.get("previous")) : null;
        Path outDir = Path.of(opts.get("out"));
        for (Path dir : previous == null ? new Path[] {current} : new Path[] {current, previous}) {
            if (!Files.isDirectory(dir) && !(Ssda903XmlReader.isXml(dir) && Files.isRegularFile(dir))) {
                err.println("error: " + dir + " is not a directory (of CSV tables) or a 903 XML file");
                return 1;
            }
        }

        OfstedRegister ofsted = null;
        LaCodeList laCodes = null;
        try {
            if (opts.containsKey("ofsted")) {
                ofsted = OfstedRegister.read(Path.of(opts.get("ofsted")));
            }
            if (opts.containsKey("la-codes")) {
                laCodes = LaCodeList.read(Path.of(opts.get("la-codes")));
            }
        } catch (ReferenceDataException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }

        long started = System.nanoTime();
        Ssda903Data now;
        Ssda903Data last = null;
        try {
            now = Ssda903Reader.readReturn(current);
            if (previous != null) {
                last = Ssda903Reader.readReturn(previous);
            }
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
        if (now.tables().isEmpty()) {
            err.println("error: no 903 CSV files (or XML return) found in " + current);
            return 1;
        }
        if (last != null && last.tables().isEmpty()) {
            err.println("warning: no 903 CSV files found in " + previous + "; validating without last year");
            last = null;
        }
        Ssda903Validator validator = new Ssda903Validator(Ssda903Registry.standard(), opts.containsKey("postcodes"));
        String onsLa = la == null || !la.matches("\\d{3}") ? la : laCodes == null ? null : laCodes.onsCode(la);
        if (onsLa != null) {
            validator = validator.forLa(onsLa); // placements inside or outside the LA can be told apart
        }
        if (ofsted != null) {
            validator = validator.withOfsted(ofsted);
        }
        if (laCodes != null) {
            validator = validator.withLaCodes(laCodes);
        }
        Ssda903Result result = validator.run(year, now, last);
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;

        IssueReport report = new IssueReport(result.issues());
        try {
            report.writeTo(outDir);
        } catch (IOException e) {
            err.println("error: cannot write to " + outDir + ": " + e.getMessage());
            return 1;
        }
        out.printf("SSDA903 %s%s: %d tables read from %s%s%n", year, la == null ? "" : " LA " + la,
                now.tables().size(), current, last == null ? "" : ", previous year from " + previous);
        result.notices().forEach(n -> out.println("  note: " + n));
        report.print(out, 10);
        out.printf("%d rules run; %d catalogued rules not run:%n", result.rulesRun().size(),
                result.skipped().size());
        result.skipped().forEach(s -> out.printf("  %-6s %s%n", s.code(), s.reason()));
        out.printf("wrote %s; validated in %d ms%n", outDir.resolve("issues.csv"), elapsedMs);
        return 0;
    }
}
