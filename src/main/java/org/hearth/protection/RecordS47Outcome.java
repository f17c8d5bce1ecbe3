package org.hearth.protection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * The section 47 enquiry {@code enquiryId} ended on {@code endDate}, with an initial child protection conference
 * needed or not. An enquiry whose conference has been held cannot be changed to need none.
 */
public record RecordS47Outcome(UUID enquiryId, LocalDate endDate, Boolean conferenceRequired) implements JourneyCommand {
    static final String CONFERENCE_MISSING = "Select yes if an initial child protection conference is needed";
    private static final String KIND = ProtectionStage.S47_ENQUIRIES.name();

    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        if (!ChildProtection.recordsCasework(context.actor())) {
            return Decision.refused(ProtectionChecks.casework(KIND, "the outcome of a section 47 enquiry"));
        }
        S47Enquiry s47 = enquiryId == null ? null : j.find(ProtectionStage.S47_ENQUIRIES, enquiryId).orElse(null);
        if (s47 == null) {
            return Decision.refused(new Violation("s47-outcome-enquiry", null, KIND, enquiryId, null,
                    "The section 47 enquiry is not on this child's record"));
        }
        List<Violation> refusals = new ArrayList<>();
        ProtectionChecks.happened(endDate, context, "s47-end-date", KIND, s47.id(), "s47EndDate",
                "the date the enquiry ended", refusals);
        if (conferenceRequired == null) {
            refusals.add(new Violation("s47-outcome-conference", null, KIND, s47.id(), "icpcRequired",
                    CONFERENCE_MISSING));
        } else if (!conferenceRequired && j.all(ProtectionStage.INITIAL_CONFERENCES).stream()
                .anyMatch(c -> s47.id().equals(c.s47EnquiryId()))) {
            refusals.add(new Violation("s47-outcome-conference", null, KIND, s47.id(), "icpcRequired",
                    "An initial conference has already been held for this enquiry, so it cannot end with none needed"));
        }
        if (!refusals.isEmpty()) {
            return Decision.refused(refusals);
        }
        return Decision.of(JourneyChange.of(ProtectionStage.S47_ENQUIRIES, new S47Enquiry(s47.id(), s47.personId(),
                s47.referralId(), s47.strategyDiscussionId(), s47.s47StartDate(), endDate, conferenceRequired,
                s47.icpcTargetDate())));
    }
}
