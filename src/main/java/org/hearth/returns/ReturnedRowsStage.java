package org.hearth.returns;

import java.util.List;
import org.hearth.journey.EpisodeKind;
import org.hearth.journey.Stage;

/** What an imported 903 return held beyond the record itself (written only by the import). */
public final class ReturnedRowsStage implements Stage {
    public static final EpisodeKind<ReturnedRow> RETURNED_ROWS = EpisodeKind.of(29, "returned-rows", "Row of an imported 903 return",
            ReturnedRow.class, "returns_returned_rows", "retr_", "retr_row_id").undated();

    @Override
    public String name() {
        return "returns";
    }

    @Override
    public List<EpisodeKind<?>> kinds() {
        return List.of(RETURNED_ROWS);
    }
}
