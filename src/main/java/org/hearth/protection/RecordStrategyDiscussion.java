package org.hearth.protection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Dates;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;
import org.hearth.referral.Referral;
import org.hearth.referral.Referrals;

/**
 * A multi-agency strategy discussion was held on {@code date} with {@code participants} (each agency's participant,
 * by organisation), decided {@code outcome} (S47, CIN or NFA), with its {@code minutes} and the {@code actions} each
 * agency agreed, due on dates. The police and health must take part (Working Together 2023): when either did not, the
 * discussion is still recorded, with {@code absenceReason} saying why, and the record shows it. It belongs to the
 * child's open referral; when it decides on a section 47 enquiry, the enquiry starts the same day, saved with it.
 */
public record RecordStrategyDiscussion(LocalDate date, List<Participant> participants, String outcome, String minutes,
                                       String absenceReason, List<AgreedAction> actions) implements JourneyCommand {
    static final String START_S47 = "S47";
    static final String NO_REFERRAL = "There is no open referral for this child; record the referral first";
    static final String PARTICIPANTS_MISSING = "Add the people who took part in the strategy discussion";
    static final String OUTCOME_MISSING = "Select what the strategy discussion decided";
    static final String ABSENCE_REASON_MISSING = "The police and health must take part in a strategy discussion: "
            + "say why %s did not";
    private static final String KIND = ProtectionStage.STRATEGY_DISCUSSIONS.name();

    public RecordStrategyDiscussion {
        participants = participants == null ? List.of() : new ArrayList<>(participants);
        actions = actions == null ? List.of() : new ArrayList<>(actions);
        participants = java.util.Collections.unmodifiableList(participants);
        actions = java.util.Collections.unmodifiableList(actions);
        minutes = ProtectionChecks.blankToNull(minutes);
        absenceReason = ProtectionChecks.blankToNull(absenceReason);
    }

    public boolean startsEnquiry() {
        return START_S47.equals(outcome);
    }

    @Override
    public List<String> parts() {
        return List.of(KIND, ProtectionStage.S47_ENQUIRIES.name(), Meetings.ATTENDEES, Meetings.ACTIONS);
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        if (!ChildProtection.recordsCasework(context.actor())) {
            return Decision.refused(ProtectionChecks.casework(KIND, "a strategy discussion"));
        }
        List<Violation> refusals = new ArrayList<>();
        Optional<Referral> referral = Referrals.open(j);
        if (referral.isEmpty()) {
            refusals.add(new Violation("strategy-needs-referral", null, KIND, null, "discussionDate", NO_REFERRAL));
        }
        boolean dated = ProtectionChecks.happened(date, context, "strategy-date", KIND, null, "discussionDate",
                "the date of the strategy discussion", refusals);
        if (participants.isEmpty()) {
            refusals.add(new Violation("strategy-participants", null, KIND, null, "participants", PARTICIPANTS_MISSING));
        }
        Meetings.checkParticipants(participants, refusals);
        List<String> missing = ChildProtection.missingAgencies(participants.stream().filter(p -> p != null)
                .map(p -> new ProtectionAttendee(null, null, null, KIND, p.agency(), null, null, null, null, p.attended()))
                .toList());
        if (!participants.isEmpty() && !missing.isEmpty() && absenceReason == null) {
            refusals.add(new Violation("strategy-police-health", null, KIND, null, "absenceReason",
                    String.format(ABSENCE_REASON_MISSING, String.join(" and ", missing).toLowerCase(java.util.Locale.UK)
                            .replace("police", "the police"))));
        }
        Meetings.tooLong(minutes, Meetings.MAX_TEXT, "minutes", "The minutes", KIND, refusals);
        Meetings.tooLong(absenceReason, Meetings.MAX_TEXT, "absenceReason", "The reason", KIND, refusals);
        if (outcome == null || !ChildProtection.OUTCOMES.containsKey(outcome)) {
            refusals.add(new Violation("strategy-outcome", null, KIND, null, "outcome", OUTCOME_MISSING));
        }
        Meetings.checkActions(actions, date, refusals);
        if (referral.isPresent() && dated && date.isBefore(referral.get().referralDate()) && !startsEnquiry()) {
            // With an enquiry the journey rules say this, with the DfE code (2889); without one, the command says it.
            refusals.add(new Violation("strategy-after-referral", null, KIND, null, "discussionDate",
                    "The strategy discussion on " + Dates.uk(date) + " cannot be before the referral on "
                            + Dates.uk(referral.get().referralDate())));
        }
        if (!refusals.isEmpty()) {
            return Decision.refused(refusals);
        }
        var childId = j.child().id();
        var referralId = referral.get().id();
        UUID discussionId = UUID.randomUUID();
        List<JourneyChange<?>> changes = new ArrayList<>();
        changes.add(JourneyChange.added(ProtectionStage.STRATEGY_DISCUSSIONS, new StrategyDiscussion(discussionId,
                childId, referralId, date, outcome, minutes, missing.isEmpty() ? null : absenceReason)));
        changes.addAll(Meetings.attendees(childId, discussionId, KIND, participants));
        changes.addAll(Meetings.actions(childId, discussionId, null, date, actions));
        if (startsEnquiry()) {
            // Started the same day, in the same change: both are saved or neither is.
            changes.add(JourneyChange.of(ProtectionStage.S47_ENQUIRIES,
                    new S47Enquiry(null, childId, referralId, discussionId, date, null, null)));
        }
        return Decision.of(changes);
    }
}
