package org.hearth.visits;

import java.util.List;
import org.hearth.journey.EpisodeKind;
import org.hearth.journey.JourneyRule;
import org.hearth.journey.Stage;

/** Statutory visits to the child, whichever plan they are for. */
public final class VisitsStage implements Stage {
    public static final EpisodeKind<Visit> VISITS = EpisodeKind.of(16, "visits", "Visit",
            Visit.class, "visits", "visi_", "visi_visit_id").preBirth();

    @Override
    public String name() {
        return "visits";
    }

    @Override
    public List<EpisodeKind<?>> kinds() {
        return List.of(VISITS);
    }

    @Override
    public List<JourneyRule> rules() {
        return List.of(VisitRules::check);
    }
}
