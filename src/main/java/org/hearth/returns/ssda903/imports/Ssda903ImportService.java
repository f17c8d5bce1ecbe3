package org.hearth.returns.ssda903.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.hearth.access.AccessSeam;
import org.hearth.codes.CollectionYear;
import org.hearth.journey.BulkLoader;
import org.hearth.journey.ChildJourney;
import org.hearth.returns.cin.imports.ImportError;
import org.hearth.returns.cin.imports.ImportWriter;
import org.hearth.returns.ssda903.Ssda903Data;
import org.hearth.returns.ssda903.Ssda903Reader;
import org.hearth.returns.ssda903.Ssda903Table;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a 903 return (this year's, and optionally last year's: CSV directories or XML files) into children's
 * journeys in one transaction: every child or none. Children already on record (same CHILD id) keep what they have;
 * records already on their record are skipped, so importing the same return twice adds nothing the second time.
 */
@Service
public class Ssda903ImportService {
    public static final String RECORDED_BY = "ssda903-import";

    private final BulkLoader loader;
    private final AccessSeam seam;
    private final org.hearth.identity.candidates.IdentityCandidates identity;

    Ssda903ImportService(BulkLoader loader, AccessSeam seam, org.hearth.identity.candidates.IdentityCandidates identity) {
        this.identity = identity;
        this.loader = loader;
        this.seam = seam;
    }

    /** What an import did, or why it did nothing. */
    public record Outcome(List<ImportError> errors, List<ImportError> kept, List<String> notes, int children,
                          int childrenAdded, int childrenExtended, int childrenUnchanged, int recordsAdded,
                          int recordsSkipped) {
        public boolean refused() {
            return !errors.isEmpty();
        }

        static Outcome refused(List<ImportError> errors, List<ImportError> kept, List<String> notes, int children) {
            return new Outcome(List.copyOf(errors), List.copyOf(kept), List.copyOf(notes), children, 0, 0, 0, 0, 0);
        }
    }

    /**
     * Reads, maps and (when nothing refuses it) writes the return.
     *
     * @param previous       last year's return, or null
     * @param keepRuleBreaks keep records that break a journey rule or code list, listing them, rather than refuse
     * @param progress       told a line of progress every {@code every} children
     */
    @Transactional
    public Outcome importReturn(Path current, Path previous, CollectionYear year, boolean keepRuleBreaks, int every,
                                Consumer<String> progress) {
        Ssda903Import.Source now;
        Ssda903Import.Source last = null;
        try {
            now = read(current);
            if (previous != null) {
                last = read(previous);
            }
        } catch (Unreadable e) {
            return Outcome.refused(List.of(e.error), List.of(), List.of(), 0);
        }
        if (!now.data().has("Header") && !now.data().has("Episodes")) {
            return Outcome.refused(List.of(new ImportError(now.name(), null, null, -1, null,
                    "no 903 Header or Episodes table found")), List.of(), List.of(), 0);
        }
        Set<String> ids = new LinkedHashSet<>();
        for (Ssda903Import.Source s : last == null ? List.of(now) : List.of(last, now)) {
            for (Ssda903Table t : s.data().tables().values()) {
                for (int r = 0; r < t.size(); r++) {
                    String id = t.get(r, "CHILD");
                    if (id != null) {
                        ids.add(id);
                    }
                }
            }
        }
        int total = ids.size();
        progress.accept("read " + total + " children from " + now.name() + (last == null ? "" : " and " + last.name()));
        long t0 = System.nanoTime();
        Map<String, ChildJourney> existing = loader.journeysByLegacyId(ids);
        Ssda903Import.Result result = Ssda903Import.map(year, now, last, existing::get, keepRuleBreaks, n -> {
            if (every > 0 && n % every == 0) {
                progress.accept("checked " + n + " of " + total + " children");
            }
        });
        progress.accept(String.format("checked %d children against the journey rules in %.1f s", total,
                (System.nanoTime() - t0) / 1e9));
        if (result.refused()) {
            return Outcome.refused(result.errors(), result.kept(), result.notes(), total);
        }
        long t1 = System.nanoTime();
        ImportWriter.Written w = ImportWriter.write(loader, RECORDED_BY, result.children(), every, progress);
        progress.accept(String.format("wrote %d children in %.1f s", w.added() + w.extended(),
                (System.nanoTime() - t1) / 1e9));
        seam.systemWrote(RECORDED_BY, "ssda903-import", "SSDA903 import of " + now.name()
                        + (last == null ? "" : " with " + last.name()) + " for " + year,
                w.added() + " children added, " + w.extended() + " extended, " + w.unchanged() + " unchanged; "
                        + w.recordsAdded() + " records added, " + w.recordsSkipped() + " already on record; "
                        + result.kept().size() + " rule breaks kept as history");
        // Nothing is linked: the matcher's likely other records of each child added wait on the child's record for a
        // person to decide (the same child, or not).
        identity.findForImported(w.addedIds(), RECORDED_BY);
        return new Outcome(List.of(), result.kept(), result.notes(), total, w.added(), w.extended(), w.unchanged(),
                w.recordsAdded(), w.recordsSkipped());
    }

    private static final class Unreadable extends Exception {
        final ImportError error;

        Unreadable(ImportError error) {
            super(error.reason(), null, false, false);
            this.error = error;
        }
    }

    private static Ssda903Import.Source read(Path path) throws Unreadable {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        if (!Files.exists(path)) {
            throw new Unreadable(new ImportError(name, null, null, -1, null, "no such file or directory: " + path));
        }
        try {
            Ssda903Data data = Ssda903Reader.readReturn(path);
            if (!data.missingColumns().isEmpty()) {
                // Importing without them would drop their values silently: refuse, naming what is missing.
                StringBuilder why = new StringBuilder("columns are missing from the header, so nothing was imported:");
                data.missingColumns().forEach((file, cols) -> why.append(' ').append(file).append(" has no ")
                        .append(String.join(", ", cols)).append(';'));
                why.setLength(why.length() - 1);
                throw new Unreadable(new ImportError(name, null, null, -1, null, why
                        + ". Add the columns (empty where there is nothing to say) and import again."));
            }
            return new Ssda903Import.Source(name, data);
        } catch (IOException e) {
            throw new Unreadable(new ImportError(name, null, null, -1, null, "cannot be read: " + e.getMessage()));
        }
    }
}
