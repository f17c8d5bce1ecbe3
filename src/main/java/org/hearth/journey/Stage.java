package org.hearth.journey;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Actor;

/**
 * A stage of the child's journey (family help, the front door, assessment, protection, care, leaving care…) plugs
 * into Hearth through this one interface: the kinds of record it keeps, the rules it adds, what it derives on a
 * record before it is saved and the success messages of its forms. The journey code knows stages only through it;
 * {@code org.hearth.stages.Stages} is the one place that lists them.
 */
public interface Stage {
    /** A short name for the stage, as in its package ({@code protection}). */
    String name();

    /** The kinds of record this stage keeps, in journey order. */
    List<EpisodeKind<?>> kinds();

    /** The invariants this stage adds, checked against the whole record on every change. */
    default List<JourneyRule> rules() {
        return List.of();
    }

    /**
     * What the stage derives on a record about to be saved, from the rest of the record (a CP plan counts the plans
     * before it). Called once per changed record, inside the change's transaction.
     */
    default <T extends Record & JourneyRecord> T prepare(ChildJourney journey, EpisodeKind<T> kind, T record) {
        return record;
    }

    /**
     * What this stage records when a practitioner creates a child's record (the creator's allocation, so the record
     * is never left with no one responsible), saved with the child and checked by the rules like any change.
     */
    default List<JourneyChange<?>> onChildCreated(UUID childId, Actor creator, LocalDate today) {
        return List.of();
    }

    /**
     * A step this stage offers on the child's record: what a practitioner calls it, where its form is, and the parts
     * of the record it changes (offered only to someone whose view lets them change those parts).
     */
    record Action(String label, String href, List<String> parts) {
        public Action {
            parts = List.copyOf(parts);
        }
    }

    /**
     * The steps that apply to where the child is now (a CIN episode open, a plan open, looked after), so a worker is
     * not offered a form that could only be refused. The actor's role may narrow them further.
     */
    default List<Action> actions(ChildJourney journey, Actor actor, LocalDate today) {
        return List.of();
    }

    /**
     * The status tags this stage puts on the child's identity bar and caseload row (CP, LOOKED_AFTER…), from the
     * record as it stands today.
     */
    default List<String> statusTags(ChildJourney journey, LocalDate today) {
        return List.of();
    }

    /** Whether any of these records is open on {@code today} (started, and not ended by then). */
    static boolean openOn(List<? extends JourneyRecord> records, LocalDate today) {
        return records.stream().anyMatch(r -> r.startDate() != null && !r.startDate().isAfter(today)
                && (r.endDate() == null || r.endDate().isAfter(today)));
    }

    /**
     * What this stage changes in its own records because of a change another stage made, in the same transaction: a
     * child in need plan ends when its episode is closed. Given the record before and after the command's changes;
     * the consequences are judged by the journey rules with them.
     */
    default List<JourneyChange<?>> consequences(ChildJourney before, ChildJourney after) {
        return List.of();
    }

    /** The success message after each of this stage's forms, keyed by the page's {@code saved=} value. */
    default Map<String, String> savedMessages() {
        return Map.of();
    }
}
