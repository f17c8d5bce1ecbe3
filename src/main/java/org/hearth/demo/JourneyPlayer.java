package org.hearth.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.EpisodeKind;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.JourneyRecord;
import org.hearth.journey.RuleViolations;
import org.hearth.journey.StageRegistry;
import org.hearth.journey.Violation;
import org.hearth.stages.Stages;

/**
 * Runs a stage's command on a child's journey held in memory, exactly as {@code JourneyService.execute} runs it on the
 * saved record, less the database, the lock and the audit: the command decides; its refusals refuse; each change
 * must be of a part the command declares; a new record gets its id and the child's through its table's
 * {@code withIdentity}, and every record is prepared by its stage ({@code Stages.standard().prepare}); and the whole
 * changed journey is refused if it breaks a journey rule the journey before did not break. So the demo simulator's
 * children reach each state by the same steps, judged by the same rules, as a practitioner's would.
 *
 * <p>Refusals are thrown as the app throws them ({@link RuleViolations}), so a simulated step the app would refuse
 * stops the simulation rather than making a child the app could not have.
 */
public final class JourneyPlayer {
    private final StageRegistry stages;

    public JourneyPlayer(StageRegistry stages) {
        this.stages = stages;
    }

    /** The player of Hearth's registered stages. */
    public static JourneyPlayer standard() {
        return new JourneyPlayer(Stages.standard());
    }

    /** The journey after the command, and the records it saved as saved (identified and prepared), in order. */
    public record Played(ChildJourney journey, List<Saved<?>> saved) {
        public Played {
            saved = List.copyOf(saved);
        }
    }

    /** One record the command saved, with its kind. */
    public record Saved<T extends Record & JourneyRecord>(EpisodeKind<T> kind, T record, boolean added) {}

    /**
     * Runs {@code command} on {@code journey}.
     *
     * @param newIds the ids of the records the command adds, in the order it adds them (the app draws random ones;
     *               the demo passes its own, so a seed always gives the same ids)
     * @throws RuleViolations when the command refuses, or its changes break a journey rule the journey kept
     * @throws IllegalArgumentException when the command changes nothing, changes a kind it does not declare, or
     *                                  replaces a record the journey does not have
     */
    public Played play(ChildJourney journey, JourneyCommand command, JourneyCommand.Context context,
                       Supplier<UUID> newIds) {
        JourneyCommand.Decision decision = command.decide(journey, context);
        if (decision.refused()) {
            throw new RuleViolations(decision.refusals());
        }
        if (decision.changes().isEmpty()) {
            throw new IllegalArgumentException("There is nothing to record");
        }
        for (JourneyChange<?> change : decision.changes()) {
            if (!command.parts().contains(change.kind().name())) {
                throw new IllegalArgumentException(command.getClass().getSimpleName() + " changed "
                        + change.kind().name() + ", which it does not declare");
            }
        }
        ChildJourney after = journey;
        List<Saved<?>> saved = new ArrayList<>();
        for (JourneyChange<?> change : decision.changes()) {
            Saved<?> s = apply(after, change, newIds);
            after = with(after, s);
            saved.add(s);
        }
        // As the service does: what other stages change because of these changes (a CIN plan ends with its episode).
        for (JourneyChange<?> consequence : stages.consequences(journey, after)) {
            Saved<?> s = apply(after, consequence, newIds);
            after = with(after, s);
            saved.add(s);
        }
        List<Violation> introduced = stages.rules().introducedBy(journey, after);
        if (!introduced.isEmpty()) {
            throw new RuleViolations(introduced);
        }
        return new Played(after, saved);
    }

    private <T extends Record & JourneyRecord> Saved<T> apply(ChildJourney journey, JourneyChange<T> change,
                                                              Supplier<UUID> newIds) {
        T record = change.record();
        boolean added = change.addsRecord();
        if (!added && journey.find(change.kind(), record.id()).isEmpty()) {
            throw new IllegalArgumentException("The " + change.kind().label().toLowerCase()
                    + " being changed is not on the child's record");
        }
        UUID id = record.id() != null ? record.id() : newIds.get();
        T identified = change.kind().table().withIdentity(record, id, journey.child().id());
        return new Saved<>(change.kind(), stages.prepare(journey, change.kind(), identified), added);
    }

    private static <T extends Record & JourneyRecord> ChildJourney with(ChildJourney journey, Saved<T> saved) {
        return journey.with(saved.kind(), saved.record());
    }
}
