package org.hearth.stages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hearth.agencies.AgenciesStage;
import org.hearth.allocation.AllocationStage;
import org.hearth.assessment.AssessmentStage;
import org.hearth.care.CareStage;
import org.hearth.carers.CarersStage;
import org.hearth.documents.DocumentsStage;
import org.hearth.earlyhelp.EarlyHelpStage;
import org.hearth.journey.EpisodeKind;
import org.hearth.journey.JourneyRecord;
import org.hearth.journey.JourneyRules;
import org.hearth.journey.Stage;
import org.hearth.journey.StageRegistry;
import org.hearth.leaving.LeavingCareStage;
import org.hearth.notes.NotesStage;
import org.hearth.people.PeopleStage;
import org.hearth.permanence.PermanenceStage;
import org.hearth.portal.space.ChildSpaceStage;
import org.hearth.protection.ProtectionStage;
import org.hearth.referral.ReferralStage;
import org.hearth.returns.ReturnedRowsStage;
import org.hearth.visits.VisitsStage;
import org.springframework.stereotype.Component;

/**
 * The one registration of Hearth's stages. Adding a stage is writing its package (its {@link Stage}, kinds, rules,
 * commands and pages) and adding one line here; nothing in the journey code changes.
 */
@Component
public final class Stages implements StageRegistry {
    private static final List<Stage> ALL = List.of(new EarlyHelpStage(), new ReferralStage(), new AssessmentStage(),
            new ProtectionStage(), new CareStage(), new VisitsStage(), new AllocationStage(), new PermanenceStage(),
            new LeavingCareStage(), new PeopleStage(), new ReturnedRowsStage(), new DocumentsStage(), new NotesStage(),
            new CarersStage(), new AgenciesStage(), new ChildSpaceStage());

    private static final List<EpisodeKind<?>> KINDS = kindsOf(ALL);

    private static final JourneyRules RULES = JourneyRules.of(ALL);

    private static final Stages STANDARD = new Stages();

    /** Every stage, in journey order: the registry a Spring context injects, and what plain Java (CLI, tests) uses. */
    public static Stages standard() {
        return STANDARD;
    }

    @Override
    public List<Stage> stages() {
        return ALL;
    }

    @Override
    public List<EpisodeKind<?>> kinds() {
        return KINDS;
    }

    @Override
    public JourneyRules rules() {
        return RULES;
    }

    /** Every kind of record, in journey order. */
    public static List<EpisodeKind<?>> allKinds() {
        return KINDS;
    }

    /** The journey rules of every stage. */
    public static JourneyRules journeyRules() {
        return RULES;
    }

    public static Optional<EpisodeKind<?>> byName(String name) {
        return KINDS.stream().filter(k -> k.name().equals(name)).findFirst();
    }

    @SuppressWarnings("unchecked")
    public static <T extends Record & JourneyRecord> EpisodeKind<T> of(Class<T> type) {
        return (EpisodeKind<T>) KINDS.stream().filter(k -> k.type() == type).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a journey record: " + type));
    }

    private static List<EpisodeKind<?>> kindsOf(List<Stage> stages) {
        List<EpisodeKind<?>> out = new ArrayList<>();
        stages.forEach(s -> out.addAll(s.kinds()));
        out.sort(Comparator.comparingInt(EpisodeKind::position));
        return List.copyOf(out);
    }
}
