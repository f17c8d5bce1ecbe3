package org.hearth.stages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Stage;

/** The status tags an identity bar and a caseload show, derived from the record by each stage in journey order. */
public final class ChildStatus {
    private ChildStatus() {}

    public static List<String> tags(ChildJourney j, LocalDate today) {
        List<String> tags = new ArrayList<>();
        if (j.child().unborn()) {
            tags.add("UNBORN");
        }
        for (Stage stage : Stages.standard().stages()) {
            tags.addAll(stage.statusTags(j, today));
        }
        return tags;
    }
}
