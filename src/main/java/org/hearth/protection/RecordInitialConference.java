package org.hearth.protection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;
import org.hearth.referral.Referral;
import org.hearth.referral.Referrals;

/**
 * The initial child protection conference for the enquiry {@code enquiryId} (null: the latest awaiting one) was held
 * on {@code date} and decided on a child protection plan under {@code category}, or on none. A plan starts on the
 * day of the conference that decided it, saved with it. Who took part or sent apologies ({@code participants}) and what
 * the conference recommended are recorded with it.
 */
public record RecordInitialConference(UUID enquiryId, LocalDate date, Boolean planDecided, String category,
                                      List<Participant> participants, String recommendations)
        implements JourneyCommand {
    public RecordInitialConference {
        participants = participants == null ? List.of()
                : java.util.Collections.unmodifiableList(new ArrayList<>(participants));
        recommendations = ProtectionChecks.blankToNull(recommendations);
    }

    /** A conference recorded with its decision alone (as the CIN census knows it). */
    public RecordInitialConference(UUID enquiryId, LocalDate date, Boolean planDecided, String category) {
        this(enquiryId, date, planDecided, category, List.of(), null);
    }

    static final String DECISION_MISSING = "Select whether the conference decided on a child protection plan";
    static final String CATEGORY_MISSING = "Select the category of abuse for the child protection plan";
    private static final String KIND = ProtectionStage.INITIAL_CONFERENCES.name();

    @Override
    public List<String> parts() {
        return List.of(KIND, ProtectionStage.CP_PLANS.name(), Meetings.ATTENDEES);
    }

    /** The enquiry the conference follows: the one named, else the latest awaiting a conference. */
    static S47Enquiry enquiry(ChildJourney j, UUID enquiryId) {
        List<S47Enquiry> waiting = ChildProtection.awaitingConference(j);
        if (enquiryId == null) {
            return waiting.stream().max(Comparator.comparing(S47Enquiry::s47StartDate,
                    Comparator.nullsFirst(Comparator.naturalOrder()))).orElse(null);
        }
        return waiting.stream().filter(s -> s.id().equals(enquiryId)).findFirst().orElse(null);
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        if (!ChildProtection.recordsConferences(context.actor())) {
            return Decision.refused(ProtectionChecks.conference(KIND, "an initial child protection conference"));
        }
        S47Enquiry s47 = enquiry(j, enquiryId);
        if (s47 == null) {
            return Decision.refused(new Violation("icpc-awaiting-s47", null, KIND, enquiryId, "s47EnquiryId",
                    enquiryId != null && j.find(ProtectionStage.S47_ENQUIRIES, enquiryId).isEmpty()
                            ? "The section 47 enquiry is not on this child's record"
                            : "There is no section 47 enquiry awaiting a conference"));
        }
        List<Violation> refusals = new ArrayList<>();
        ProtectionChecks.happened(date, context, "icpc-date", KIND, null, "icpcDate", "the date of the conference",
                refusals);
        boolean plan = Boolean.TRUE.equals(planDecided);
        if (planDecided == null) {
            refusals.add(new Violation("icpc-decision", null, KIND, null, "icpcOutcomeCpFlag", DECISION_MISSING));
        } else if (plan && (category == null || !ChildProtection.CATEGORIES.containsKey(category))) {
            refusals.add(new Violation("cp-plan-category", null, ProtectionStage.CP_PLANS.name(), null,
                    "cpPlanInitialCategory", CATEGORY_MISSING));
        }
        Meetings.checkParticipants(participants, refusals);
        Meetings.tooLong(recommendations, Meetings.MAX_TEXT, "recommendations", "The recommendations", KIND, refusals);
        if (!refusals.isEmpty()) {
            return Decision.refused(refusals);
        }
        UUID childId = j.child().id();
        UUID referralId = s47.referralId() != null ? s47.referralId()
                : Referrals.open(j).map(Referral::id).orElse(null);
        List<JourneyChange<?>> changes = new ArrayList<>();
        UUID conferenceId = UUID.randomUUID();
        changes.add(JourneyChange.added(ProtectionStage.INITIAL_CONFERENCES,
                new InitialConference(conferenceId, childId, s47.id(), referralId, date, plan, recommendations)));
        changes.addAll(Meetings.attendees(childId, conferenceId, KIND, participants));
        if (plan) {
            changes.add(JourneyChange.of(ProtectionStage.CP_PLANS,
                    new CpPlan(null, childId, referralId, conferenceId, date, null, category, category, null)));
        }
        return Decision.of(changes);
    }
}
