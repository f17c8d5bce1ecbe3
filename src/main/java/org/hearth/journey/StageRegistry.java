package org.hearth.journey;

import java.util.List;
import java.util.Optional;

/**
 * The stages Hearth runs with, as the journey code sees them: every kind of record and every rule, without naming
 * one. Implemented by the one registration ({@code org.hearth.stages.Stages}).
 */
public interface StageRegistry {
    List<Stage> stages();

    /** Every kind of record, in journey order. */
    List<EpisodeKind<?>> kinds();

    /** The journey rules: the common ones and every stage's. */
    JourneyRules rules();

    default Optional<EpisodeKind<?>> kind(String name) {
        return kinds().stream().filter(k -> k.name().equals(name)).findFirst();
    }

    /** What every stage changes in its own records because of the changes from {@code before} to {@code after}. */
    default List<JourneyChange<?>> consequences(ChildJourney before, ChildJourney after) {
        List<JourneyChange<?>> out = new java.util.ArrayList<>();
        for (Stage stage : stages()) {
            out.addAll(stage.consequences(before, after));
        }
        return out;
    }

    /** Lets each stage derive what it derives on a record about to be saved. */
    default <T extends Record & JourneyRecord> T prepare(ChildJourney journey, EpisodeKind<T> kind, T record) {
        T out = record;
        for (Stage stage : stages()) {
            if (stage.kinds().contains(kind)) {
                out = stage.prepare(journey, kind, out);
            }
        }
        return out;
    }
}
