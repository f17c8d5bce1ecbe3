package org.hearth.returns.ssda903.imports;

import java.io.PrintStream;
import java.nio.file.Path;
import org.hearth.cli.Options;
import org.hearth.codes.CollectionYear;
import org.hearth.returns.cin.imports.ImportListing;

/**
 * {@code ./hearth returns import --return 903 --year YYYY --current DIR|FILE.xml [--previous DIR|FILE.xml]
 * [--keep-rule-breaks] [--out DIR] [--progress N]}: brings a local authority's 903 history into Hearth, all or
 * nothing. Exit 0 when imported (or already there), 1 when refused (nothing saved; the errors printed and, with
 * {@code --out}, written to {@code DIR/errors.csv}), 2 for bad arguments. Rule breaks kept as history are listed
 * the same way in {@code DIR/kept.csv}.
 */
public final class Ssda903ImportCommand {
    static final String USAGE = "usage: returns import --return 903 --year YYYY --current DIR|FILE.xml "
            + "[--previous DIR|FILE.xml] [--keep-rule-breaks] [--out DIR] [--progress N]";

    private final Ssda903ImportService service;
    private final PrintStream out;
    private final PrintStream err;

    public Ssda903ImportCommand(Ssda903ImportService service, PrintStream out, PrintStream err) {
        this.service = service;
        this.out = out;
        this.err = err;
    }

    public int run(Options options) {
        if (options.get("year").isEmpty() || options.get("current").isEmpty()) {
            err.println("hearth returns import: --year and --current are required; " + USAGE);
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
        Path current = Path.of(options.get("current").get());
        Path previous = options.get("previous").map(Path::of).orElse(null);
        boolean keep = options.has("keep-rule-breaks");
        long t0 = System.nanoTime();
        Ssda903ImportService.Outcome o = service.importReturn(current, previous, year, keep, every,
                line -> out.println("  " + line));
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (o.refused()) {
            err.printf("Refused the 903 return %s for %s: %d problem%s; nothing was saved.%n", current.getFileName(),
                    year, o.errors().size(), o.errors().size() == 1 ? "" : "s");
            ImportListing.list(err, o.errors(),
                    options.has("out") ? "" : "; give --out DIR for the full list in errors.csv");
            if (!keep && o.errors().stream().anyMatch(e -> e.reason().contains("Hearth rule")
                    || e.reason().contains("code") || e.reason().contains("coding"))) {
                err.println("To bring the history in as it was returned, rule breaks and all (each listed in "
                        + "kept.csv), run again with --keep-rule-breaks.");
            }
            ImportListing.write(options, "errors.csv", o.errors(), err, err);
            o.notes().stream().limit(ImportListing.SHOWN).forEach(n -> err.println("  note: " + n));
            return 1;
        }
        o.notes().stream().limit(ImportListing.SHOWN).forEach(n -> out.println("  note: " + n));
        if (!o.kept().isEmpty()) {
            out.printf("Kept %d rule break%s as history, as the return gave them:%n", o.kept().size(),
                    o.kept().size() == 1 ? "" : "s");
            ImportListing.list(out, o.kept(),
                    options.has("out") ? "" : "; give --out DIR for the full list in kept.csv");
            ImportListing.write(options, "kept.csv", o.kept(), out, err);
        }
        out.printf("Imported the 903 return %s%s for %s: %d children in the return; %d added, %d already on record "
                        + "given new records, %d already on record with nothing new; %d records added, %d already "
                        + "on record skipped (%.1f s).%n", current.getFileName(),
                previous == null ? "" : " with " + previous.getFileName(), year, o.children(), o.childrenAdded(),
                o.childrenExtended(), o.childrenUnchanged(), o.recordsAdded(), o.recordsSkipped(), seconds);
        return 0;
    }
}
