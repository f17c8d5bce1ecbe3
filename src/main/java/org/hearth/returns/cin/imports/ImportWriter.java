package org.hearth.returns.cin.imports;

import java.util.List;
import java.util.function.Consumer;
import org.hearth.journey.BulkLoader;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Violation;

/**
 * Writes what an import planned (the CIN census's or the 903's) through the bulk loader in one batch, counting as it
 * goes: the part of writing an import that does not depend on which return it came from.
 */
public final class ImportWriter {
    private ImportWriter() {}

    /**
     * One child's outcome: a new journey ({@code before} null) or additions to one already on record, with the
     * journey-rule breaks kept as returned ({@code accepted}).
     */
    public interface Planned {
        ChildJourney before();

        ChildJourney after();

        List<Violation> accepted();

        /** Records (referrals, episodes…) the import adds to the child. */
        int added();

        /** Records the return gave that the child already has on record. */
        int skipped();

        default boolean isNew() {
            return before() == null;
        }

        default boolean changes() {
            return before() == null || added() > 0;
        }
    }

    /**
     * What was written: children added, extended and left unchanged, and records added and skipped; and the ids of
     * the children added (to look for other records of them).
     */
    public record Written(int added, int extended, int unchanged, int recordsAdded, int recordsSkipped,
                          List<java.util.UUID> addedIds) {}

    /** Writes the children that change, telling {@code progress} a line every {@code every} children written. */
    public static Written write(BulkLoader loader, String recordedBy, List<? extends Planned> children, int every,
                                Consumer<String> progress) {
        BulkLoader.Batch batch = loader.start(recordedBy);
        int added = 0;
        int extended = 0;
        int unchanged = 0;
        int recordsAdded = 0;
        int recordsSkipped = 0;
        int written = 0;
        List<java.util.UUID> addedIds = new java.util.ArrayList<>();
        for (Planned p : children) {
            recordsSkipped += p.skipped();
            if (!p.changes()) {
                unchanged++;
                continue;
            }
            if (p.isNew()) {
                batch.add(p.after(), p.accepted());
                addedIds.add(p.after().child().id());
                added++;
            } else {
                batch.extend(p.before(), p.after(), p.accepted());
                extended++;
            }
            recordsAdded += p.added();
            if (every > 0 && ++written % every == 0) {
                progress.accept("written " + written + " children");
            }
        }
        batch.finish();
        return new Written(added, extended, unchanged, recordsAdded, recordsSkipped, List.copyOf(addedIds));
    }
}
