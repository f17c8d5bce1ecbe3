package org.hearth.visits;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hearth.access.Actor;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.EpisodeKind;
import org.hearth.journey.JourneyRule;
import org.hearth.journey.Stage;

/** Statutory visits to the child, whichever plan they are for. */
public final class VisitsStage implements Stage {
    public static final EpisodeKind<Visit> VISITS = EpisodeKind.of(16, "visits", "Visit",
            Visit.class, "visits", "visi_", "visi_visit_id").preBirth();

    /** The child's page offers this step as its main button, not in the list of steps. */
    public static final String RECORD_A_VISIT = "Record a visit";

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

    /** A visit is offered only to the roles whose visits count as statutory visits (not an IRO). */
    @Override
    public List<Stage.Action> actions(ChildJourney journey, Actor actor, LocalDate today) {
        return RecordVisit.counts(actor.role()) ? List.of(new Stage.Action(RECORD_A_VISIT,
                "/children/" + journey.child().id() + "/visits/new", List.of(VISITS.name()))) : List.of();
    }

    @Override
    public Map<String, String> savedMessages() {
        return Map.of("visit", "Visit recorded");
    }
}
