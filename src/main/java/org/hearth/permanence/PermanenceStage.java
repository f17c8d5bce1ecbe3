package org.hearth.permanence;

import java.util.List;
import org.hearth.journey.EpisodeKind;
import org.hearth.journey.JourneyRule;
import org.hearth.journey.Stage;

/** Permanence: adoption and other permanence decisions, and permanence before care. */
public final class PermanenceStage implements Stage {
    public static final EpisodeKind<Permanence> PERMANENCE = EpisodeKind.of(18, "permanence", "Permanence",
            Permanence.class, "ssd_permanence", "perm_", "perm_table_id").undated();
    public static final EpisodeKind<PreviousPermanence> PREVIOUS_PERMANENCE = EpisodeKind.of(24, "previous-permanence", "Permanence before care",
            PreviousPermanence.class, "ssd_cla_previous_permanence", "lapp_", "lapp_table_id").undated();

    @Override
    public String name() {
        return "permanence";
    }

    @Override
    public List<EpisodeKind<?>> kinds() {
        return List.of(PERMANENCE, PREVIOUS_PERMANENCE);
    }

    @Override
    public List<JourneyRule> rules() {
        return List.of(PermanenceRules::check);
    }
}
