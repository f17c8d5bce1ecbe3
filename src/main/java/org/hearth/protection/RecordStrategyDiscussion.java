package org.hearth.protection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Dates;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;
import org.hearth.referral.Referral;
import org.hearth.referral.Referrals;

/**
 * A multi-agency strategy discussion was held on {@code date} with {@code agencies} (codes of
 * {@link ChildProtection#AGENCIES}) and decided {@code outcome} (S47, CIN or NFA). It belongs to the child's open
 * referral; when it decides on a section 47 enquiry, the enquiry starts the same day, saved with it.
 */
public record RecordStrategyDiscussion(LocalDate date, List<String> agencies, String outcome)
        implements JourneyCommand {
    static final String START_S47 = "S47";
    static final String NO_REFERRAL = "There is no open referral for this child; record the referral first";
    static final String AGENCIES_MISSING = "Select the agencies that took part in the strategy discussion";
    static final String OUTCOME_MISSING = "Select what the strategy discussion decided";
    private static final String KIND = ProtectionStage.STRATEGY_DISCUSSIONS.name();

    public RecordStrategyDiscussion {
        agencies = agencies == null ? List.of() : List.copyOf(agencies);
    }

    public boolean startsEnquiry() {
        return START_S47.equals(outcome);
    }

    @Override
    public List<String> parts() {
        return List.of(KIND, ProtectionStage.S47_ENQUIRIES.name());
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
        if (agencies.isEmpty() || !ChildProtection.AGENCIES.keySet().containsAll(agencies)) {
            refusals.add(new Violation("strategy-agencies", null, KIND, null, "agencies", AGENCIES_MISSING));
        }
        if (outcome == null || !ChildProtection.OUTCOMES.containsKey(outcome)) {
            refusals.add(new Violation("strategy-outcome", null, KIND, null, "outcome", OUTCOME_MISSING));
        }
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
        String words = String.join(", ", ChildProtection.AGENCIES.entrySet().stream()
                .filter(a -> agencies.contains(a.getKey())).map(java.util.Map.Entry::getValue).toList());
        List<JourneyChange<?>> changes = new ArrayList<>();
        changes.add(JourneyChange.of(ProtectionStage.STRATEGY_DISCUSSIONS,
                new StrategyDiscussion(null, childId, referralId, date, words, outcome)));
        if (startsEnquiry()) {
            // Started the same day, in the same change: both are saved or neither is.
            changes.add(JourneyChange.of(ProtectionStage.S47_ENQUIRIES,
                    new S47Enquiry(null, childId, referralId, null, date, null, null)));
        }
        return Decision.of(changes);
    }
}
