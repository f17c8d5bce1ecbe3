package org.hearth.returns.cin.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.hearth.access.AccessSeam;
import org.hearth.codes.CollectionYear;
import org.hearth.journey.BulkLoader;
import org.hearth.journey.ChildJourney;
import org.hearth.returns.cin.CinCensus;
import org.hearth.returns.cin.CinReader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a CIN census file into children's journeys in one transaction: every child or none. Children already on
 * record (same LA child id) keep what they have; referrals already on their record (same referral date) are
 * skipped, so importing the same file twice adds nothing the second time.
 */
@Service
public class CinImportService {
    public static final String RECORDED_BY = "cin-import";

    private final BulkLoader loader;
    private final AccessSeam seam;
    private final org.hearth.identity.candidates.IdentityCandidates identity;

    CinImportService(BulkLoader loader, AccessSeam seam, org.hearth.identity.candidates.IdentityCandidates identity) {
        this.identity = identity;
        this.loader = loader;
        this.seam = seam;
    }

    /** What an import did, or why it did nothing. */
    public record Outcome(List<ImportError> errors, List<ImportError> kept, List<String> notes, int children,
                          int childrenAdded, int childrenExtended, int childrenUnchanged, int referralsAdded,
                          int referralsSkipped) {
        public boolean refused() {
            return !errors.isEmpty();
        }

        static Outcome refused(List<ImportError> errors, List<String> notes, int children) {
            return new Outcome(List.copyOf(errors), List.of(), List.copyOf(notes), children, 0, 0, 0, 0, 0);
        }
    }

    /**
     * Reads, maps and (when nothing is wrong) writes the file. A refused file returns its errors and writes
     * nothing; a failure while writing rolls the whole import back.
     *
     * @param progress told a line of progress every {@code every} children
     */
    @Transactional
    public Outcome importFile(Path path, CollectionYear year, int every, Consumer<String> progress) {
        return importFile(path, year, false, every, progress);
    }

    /**
     * As {@link #importFile(Path, CollectionYear, int, Consumer)}; with {@code keepRuleBreaks}, what the census says
     * that breaks a code list or journey rule is kept as returned and listed ({@link Outcome#kept()}) rather than
     * refusing the file (see {@link CinImport}).
     */
    @Transactional
    public Outcome importFile(Path path, CollectionYear year, boolean keepRuleBreaks, int every,
                              Consumer<String> progress) {
        String file = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        CinCensus census;
        try {
            census = CinReader.read(path);
        } catch (CinReader.CinReadException e) {
            return Outcome.refused(List.of(new ImportError(file, null, null, -1, null, "the file is " + e.getMessage())),
                    List.of(), 0);
        } catch (IOException e) {
            return Outcome.refused(List.of(new ImportError(file, null, null, -1, null, "cannot read the file: "
                    + e.getClass().getSimpleName() + ": " + e.getMessage())), List.of(), 0);
        }
        int total = census.children().size();
        Set<String> ids = new LinkedHashSet<>();
        census.children().forEach(c -> {
            if (c.laChildId() != null) {
                ids.add(c.laChildId());
            }
        });
        Map<String, ChildJourney> existing = loader.journeysByLegacyId(ids);
        CinImport.Result result = CinImport.map(file, year, census, existing::get, keepRuleBreaks, n -> {
            if (every > 0 && n % every == 0) {
                progress.accept("checked " + n + " of " + total + " children");
            }
        });
        if (result.refused()) {
            return Outcome.refused(result.errors(), result.notes(), total);
        }
        ImportWriter.Written w = ImportWriter.write(loader, RECORDED_BY, result.children(), every, progress);
        List<String> notes = new ArrayList<>(result.notes());
        seam.systemWrote(RECORDED_BY, "cin-import", "CIN census import of " + file + " for " + year,
                w.added() + " children added, " + w.extended() + " extended, " + w.unchanged()
                        + " unchanged; " + w.recordsAdded() + " referrals added, " + w.recordsSkipped()
                        + " already on record; " + result.kept().size() + " rule breaks kept as history");
        // Nothing is linked: the matcher's likely other records of each child added wait on the child's record for a
        // person to decide (the same child, or not).
        identity.findForImported(w.addedIds(), RECORDED_BY);
        return new Outcome(List.of(), result.kept(), List.copyOf(notes), total, w.added(), w.extended(), w.unchanged(),
                w.recordsAdded(), w.recordsSkipped());
    }

    /**
     * Writes {@code name} ({@code file,row,field,reason}), e.g. errors.csv or kept.csv, into {@code dir}, creating it
     * if need be.
     */
    public static Path writeErrors(Path dir, String name, List<ImportError> errors) throws IOException {
        Files.createDirectories(dir);
        Path out = dir.resolve(name);
        StringBuilder sb = new StringBuilder("file,row,field,reason\n");
        for (ImportError e : errors) {
            sb.append(csv(e.file())).append(',').append(csv(e.where())).append(',')
                    .append(csv(e.field() == null ? "" : e.field())).append(',').append(csv(e.reason())).append('\n');
        }
        Files.writeString(out, sb);
        return out;
    }

    static String csv(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
