package org.hearth.returns.cin.imports;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.hearth.cli.Options;

/**
 * How {@code returns import} (CIN census and 903) shows a list of import errors or kept rule breaks: the first
 * {@link #SHOWN} on screen, and all of them in a CSV under {@code --out DIR}.
 */
public final class ImportListing {
    public static final int SHOWN = 50;

    private ImportListing() {}

    /** Prints the first {@link #SHOWN}, then how many more there are, followed by {@code more}. */
    public static void list(PrintStream to, List<ImportError> errors, String more) {
        errors.stream().limit(SHOWN).forEach(e -> to.println("  " + e));
        if (errors.size() > SHOWN) {
            to.println("  ... and " + (errors.size() - SHOWN) + " more" + more);
        }
    }

    /** With {@code --out DIR}, writes them all to {@code DIR/name}, saying so on {@code to}; a failure on err. */
    public static void write(Options options, String name, List<ImportError> errors, PrintStream to,
                             PrintStream err) {
        options.get("out").ifPresent(dir -> {
            try {
                to.println("Wrote " + CinImportService.writeErrors(Path.of(dir), name, errors));
            } catch (IOException e) {
                err.println("hearth returns import: could not write " + name + " in " + dir + ": " + e.getMessage());
            }
        });
    }
}
