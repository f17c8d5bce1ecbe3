package org.hearth.journey;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.hearth.access.Actor;

/**
 * A workflow step on a child's record — record a contact and its decision, end a CP plan at a review, start a
 * placement — as plain Java: the child's journey and the step's answers in; the changes to make, or the reasons it
 * is refused (with the DfE rule code where there is one), out. No web, no database: the web pages, the API, imports
 * and (later) partner and portal front ends all run the same command through
 * {@link JourneyService#execute}, which checks access, the version read and every journey rule, and saves.
 */
public interface JourneyCommand {
    /**
     * The parts of the record this command may change (kind names, e.g. {@code cp-plans}): what the actor's view must
     * let them change. Every change the command returns must be of one of these kinds.
     */
    List<String> parts();

    /** What the command does to this journey, decided by who asks and when. */
    Decision decide(ChildJourney journey, Context context);

    /** Who runs the command and when: the rules of a step may depend on the actor's role (only a manager…). */
    record Context(Actor actor, LocalDate today) {
        public Context {
            Objects.requireNonNull(actor);
            Objects.requireNonNull(today);
        }
    }

    /** The changes to save, or the refusals that stop the command (then nothing is saved). */
    record Decision(List<JourneyChange<?>> changes, List<Violation> refusals) {
        public Decision {
            changes = List.copyOf(changes);
            refusals = List.copyOf(refusals);
        }

        public static Decision of(List<JourneyChange<?>> changes) {
            return new Decision(changes, List.of());
        }

        public static Decision of(JourneyChange<?>... changes) {
            return new Decision(List.of(changes), List.of());
        }

        public static Decision refused(List<Violation> refusals) {
            if (refusals.isEmpty()) {
                throw new IllegalArgumentException("a refusal needs its reasons");
            }
            return new Decision(List.of(), refusals);
        }

        public static Decision refused(Violation... refusals) {
            return refused(List.of(refusals));
        }

        public boolean refused() {
            return !refusals.isEmpty();
        }
    }
}
