package org.hearth.returns.cin.imports;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hearth.cli.HearthCommand;
import org.hearth.cli.Options;
import org.hearth.codes.CollectionYear;
import org.hearth.returns.ssda903.imports.Ssda903ImportCommand;
import org.hearth.returns.ssda903.imports.Ssda903ImportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * {@code ./hearth returns import --return 903 …} (see {@link Ssda903ImportCommand}) or
 * {@code ./hearth returns import --return cin --year YYYY --file FILE.xml [--keep-rule-breaks] [--out DIR]
 * [--progress N]}: brings a local authority's CIN census history into Hearth, all or nothing. Exit 0 when imported
 * (or already there), 1 when refused (nothing saved; the errors printed and, with {@code --out}, written to
 * {@code DIR/errors.csv}), 2 for bad arguments. With {@code --keep-rule-breaks}, what the census says that breaks a
 * code list or rule (an old coding, dates out of order) is kept as returned, listed, and with {@code --out} written
 * to {@code DIR/kept.csv}; the census then exports again as it was returned.
 */
@Component
public class ReturnsImportCommand implements HearthCommand {
    private final CinImportService service;
    private final Ssda903ImportService ssda903;
    private final PrintStream out;
    private final PrintStream err;

    @Autowired
    ReturnsImportCommand(CinImportService service, Ssda903ImportService ssda903) {
        this(service, ssda903, System.out, System.err);
    }

    ReturnsImportCommand(CinImportService service, PrintStream out, PrintStream err) {
        this(service, null, out, err);
    }

    public ReturnsImportCommand(CinImportService service, Ssda903ImportService ssda903, PrintStream out,
                                PrintStream err) {
        this.service = service;
        this.ssda903 = ssda903;
        this.out = out;
        this.err = err;
    }

    @Override
    public String name() {
        return "returns import";
    }

    @Override
    public int run(Options options) {
        String which = options.get("return", "");
        if ((which.equals("903") || which.equalsIgnoreCase("ssda903")) && ssda903 != null) {
            return new Ssda903ImportCommand(ssda903, out, err).run(options);
        }
        if (!which.equalsIgnoreCase("cin")) {
            err.println("hearth returns import: say which return with --return 903 or --return cin");
            return 2;
        }
        if (options.get("year").isEmpty() || options.get("file").isEmpty()) {
            err.println("hearth returns import: --year and --file are required; usage: returns import --return cin "
                    + "--year YYYY --file FILE.xml [--keep-rule-breaks] [--out DIR] [--progress N]");
            return 2;
        }
        CollectionYear year;
        int every;
        try {
            year = CollectionYear.parse(options.get("year").get());
            every = options.getInt("progress", 1_000);
        } catch (IllegalArgumentException e) {
            err.println("hearth returns import: " + e.getMessage());
            return 2;
        }
        Path file = Path.of(options.get("file").get());
        if (!Files.isRegularFile(file)) {
            err.println("hearth returns import: no such file: " + file);
            return 1;
        }
        long t0 = System.nanoTime();
        boolean keep = options.has("keep-rule-breaks");
        CinImportService.Outcome o = service.importFile(file, year, keep, every, line -> out.println("  " + line));
        if (o.refused()) {
            err.printf("Refused %s for %s: %d problem%s; nothing was saved.%n", file.getFileName(), year,
                    o.errors().size(), o.errors().size() == 1 ? "" : "s");
            ImportListing.list(err, o.errors(),
                    options.has("out") ? "" : "; give --out DIR for the full list in errors.csv");
            ImportListing.write(options, "errors.csv", o.errors(), err, err);
            if (!keep && o.errors().stream().anyMatch(e -> e.reason().contains("Hearth rule")
                    || e.reason().contains(" code in ") || e.reason().contains("old GenderCurrent coding"))) {
                err.println("To bring the census in as it was returned, rule breaks listed (in kept.csv with --out), "
                        + "run again with --keep-rule-breaks.");
            }
            return 1;
        }
        if (!o.kept().isEmpty()) {
            out.printf("Kept %d rule break%s as history, as the census returned them:%n", o.kept().size(),
                    o.kept().size() == 1 ? "" : "s");
            ImportListing.list(out, o.kept(),
                    options.has("out") ? "" : "; give --out DIR for the full list in kept.csv");
            ImportListing.write(options, "kept.csv", o.kept(), out, err);
        }
        o.notes().stream().limit(ImportListing.SHOWN).forEach(n -> out.println("  note: " + n));
        if (o.notes().size() > ImportListing.SHOWN) {
            out.println("  ... and " + (o.notes().size() - ImportListing.SHOWN) + " more notes");
        }
        out.printf("Imported %s for %s: %d children in the file; %d added, %d already on record given new "
                        + "referrals, %d already on record with nothing new; %d referrals added, %d already on record "
                        + "skipped (%.1f s).%n", file.getFileName(), year, o.children(), o.childrenAdded(),
                o.childrenExtended(), o.childrenUnchanged(), o.referralsAdded(), o.referralsSkipped(),
                (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
