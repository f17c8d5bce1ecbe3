package org.hearth.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.aChild;
import static org.hearth.journey.JourneyBuilder.day;
import static org.hearth.journey.JourneyBuilder.icpc;
import static org.hearth.journey.JourneyBuilder.referral;
import static org.hearth.journey.JourneyBuilder.s47;
import static org.hearth.journey.JourneyBuilder.strategy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.FormChanges;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;
import org.hearth.platform.web.DateAnswer;
import org.hearth.referral.Referral;
import org.junit.jupiter.api.Test;

/** The strategy discussion, the section 47 outcome and the initial conference, decided in plain Java. */
class ProtectionCommandsTest {
    static final LocalDate TODAY = day(2026, 3, 10);
    static final JourneyCommand.Context WORKER = as(Role.SOCIAL_WORKER);
    static final Referral REFERRAL = referral(day(2026, 1, 5));
    final ChildJourney referred = aChild().with(REFERRAL).journey();

    static JourneyCommand.Context as(Role role) {
        return new JourneyCommand.Context(new Actor("u.test", "U Test", role, "T1"), TODAY);
    }

    static List<String> refusals(ChildJourney j, JourneyCommand command, JourneyCommand.Context context) {
        return command.decide(j, context).refusals().stream().map(Violation::message).toList();
    }

    // ---- strategy discussion ----------------------------------------------------------------------------------

    static final Participant POLICE = new Participant("POLICE", "POL1", "Example Valley Police", "DC Sam Rowe",
            "Detective constable", true);
    static final Participant HEALTH = new Participant("HEALTH", "NHS1", "Example Valley Hospitals", "Jo Hart",
            "Named nurse for safeguarding", true);
    static final Participant WORKER_SELF = new Participant("SOCIAL_CARE", null, null, "Alex Kay", "Social worker", true);
    static final AgreedAction CHECKS = new AgreedAction("POLICE", "POL1", "DC Sam Rowe", "Complete police checks on "
            + "the adults in the household", day(2026, 1, 9));

    static RecordStrategyDiscussion discussion(LocalDate on, List<Participant> who, String outcome) {
        return new RecordStrategyDiscussion(on, who, outcome, null, null, List.of());
    }

    @Test
    void shouldStartTheEnquiryTheSameDayWhenTheStrategyDiscussionDecidesOnOne() {
        JourneyCommand.Decision d = new RecordStrategyDiscussion(day(2026, 1, 6), List.of(POLICE, HEALTH, WORKER_SELF),
                "S47", "Bruising seen at school; police and health agree a joint enquiry.", null, List.of(CHECKS))
                .decide(referred, WORKER);
        assertThat(d.refused()).isFalse();
        StrategyDiscussion sd = (StrategyDiscussion) d.changes().get(0).record();
        assertThat(sd.id()).as("chosen by the command, so its participants and enquiry refer to it").isNotNull();
        assertThat(sd.referralId()).isEqualTo(REFERRAL.id());
        assertThat(sd.minutes()).startsWith("Bruising seen");
        assertThat(d.changes()).extracting(c -> c.kind().name()).containsExactly("strategy-discussions",
                "protection-attendees", "protection-attendees", "protection-attendees", "protection-actions",
                "s47-enquiries");
        ProtectionAttendee police = (ProtectionAttendee) d.changes().get(1).record();
        assertThat(police.meetingId()).isEqualTo(sd.id());
        assertThat(police.organisationId()).isEqualTo("POL1");
        assertThat(police.attendeeName()).isEqualTo("DC Sam Rowe");
        ProtectionAction action = (ProtectionAction) d.changes().get(4).record();
        assertThat(action.forId()).isEqualTo(sd.id());
        assertThat(action.agency()).isEqualTo("POLICE");
        assertThat(action.dueDate()).isEqualTo(day(2026, 1, 9));
        assertThat(action.status()).isEqualTo("NOT_STARTED");
        S47Enquiry s47 = (S47Enquiry) d.changes().get(5).record();
        assertThat(s47.s47StartDate()).isEqualTo(day(2026, 1, 6));
        assertThat(s47.strategyDiscussionId()).isEqualTo(sd.id());
        assertThat(s47.referralId()).isEqualTo(REFERRAL.id());
        assertThat(FormChanges.refusals(referred, d.changes())).isEmpty();
    }

    @Test
    void shouldRecordOnlyTheDiscussionAndItsParticipantsWhenItDecidesNoFurtherAction() {
        JourneyCommand.Decision d = discussion(day(2026, 1, 6), List.of(POLICE, HEALTH), "NFA").decide(referred, WORKER);
        assertThat(d.changes()).extracting(c -> c.kind().name()).containsExactly("strategy-discussions",
                "protection-attendees", "protection-attendees");
    }

    @Test
    void shouldRefuseADiscussionWithoutThePoliceOrHealthUnlessItSaysWhy() {
        assertThat(refusals(referred, discussion(day(2026, 1, 6), List.of(POLICE, WORKER_SELF), "S47"), WORKER))
                .containsExactly("The police and health must take part in a strategy discussion: say why health did not");
        assertThat(refusals(referred, discussion(day(2026, 1, 6), List.of(WORKER_SELF), "S47"), WORKER))
                .containsExactly("The police and health must take part in a strategy discussion: say why the police "
                        + "and health did not");
        JourneyCommand.Decision d = new RecordStrategyDiscussion(day(2026, 1, 6), List.of(POLICE, WORKER_SELF), "S47",
                null, "The GP could not be reached on the day; the health visitor was on leave.", List.of())
                .decide(referred, WORKER);
        assertThat(d.refused()).isFalse();
        StrategyDiscussion sd = (StrategyDiscussion) d.changes().get(0).record();
        assertThat(sd.absenceReason()).startsWith("The GP could not be reached");
        assertThat(sd.summary()).contains("police or health did not take part");
    }

    @Test
    void shouldCountSomeoneWhoSentApologiesAsNotTakingPart() {
        Participant apologies = new Participant("HEALTH", null, null, "Jo Hart", "Health visitor", false);
        assertThat(refusals(referred, discussion(day(2026, 1, 6), List.of(POLICE, apologies), "NFA"), WORKER))
                .containsExactly("The police and health must take part in a strategy discussion: say why health did not");
    }

    @Test
    void shouldRefuseAStrategyDiscussionWithNoOpenReferral() {
        ChildJourney closed = aChild().with(referral(day(2026, 1, 5), day(2026, 2, 1))).journey();
        assertThat(refusals(closed, discussion(day(2026, 3, 1), List.of(POLICE, HEALTH), "S47"), WORKER))
                .containsExactly("There is no open referral for this child; record the referral first");
    }

    @Test
    void shouldRefuseAFutureOrMissingDateNoParticipantsAnUnknownOutcomeAndADiscussionBeforeTheReferral() {
        assertThat(refusals(referred, discussion(day(2026, 3, 11), List.of(), "MAYBE"), WORKER))
                .containsExactly("The date of the strategy discussion must be today or in the past",
                        "Add the people who took part in the strategy discussion",
                        "Select what the strategy discussion decided");
        assertThat(refusals(referred, discussion(day(2026, 1, 2), List.of(POLICE, HEALTH), "NFA"), WORKER))
                .containsExactly("The strategy discussion on 2 January 2026 cannot be before the referral on 5 January 2026");
    }

    @Test
    void shouldRefuseAParticipantWithNoNameRoleOrAgencyAndAnActionWithNoOwnerOrDueBeforeTheDiscussion() {
        Participant nobody = new Participant("ALIENS", null, null, " ", null, true);
        AgreedAction late = new AgreedAction("HEALTH", null, null, "Health check", day(2026, 1, 5));
        AgreedAction undated = new AgreedAction("POLICE", null, "DC Rowe", "Checks", null);
        List<Violation> refused = new RecordStrategyDiscussion(day(2026, 1, 6), List.of(POLICE, HEALTH, nobody), "NFA",
                null, null, List.of(late, undated)).decide(referred, WORKER).refusals();
        assertThat(refused).extracting(Violation::field).containsExactly("participant-3-organisation",
                "participant-3-name", "participant-3-role", "action-1-owner", "action-1-dueDate", "action-2-dueDate");
        assertThat(refused).extracting(Violation::message).contains(
                "Action 1: the due date must be on or after 6 January 2026", "Participant 3: enter their name");
    }

    @Test
    void shouldRefuseHugeMinutesAndNames() {
        Participant huge = new Participant("POLICE", null, null, "x".repeat(201), "DC", true);
        assertThat(refusals(referred, new RecordStrategyDiscussion(day(2026, 1, 6), List.of(huge, HEALTH), "NFA",
                "m".repeat(10_001), null, List.of()), WORKER))
                .containsExactly("Participant 1: the name must be 200 characters or fewer",
                        "The minutes must be 10,000 characters or fewer");
    }

    @Test
    void shouldRefuseAStrategyDiscussionFromAnIroEarlyHelpWorkerOrPersonalAdviser() {
        RecordStrategyDiscussion command = discussion(day(2026, 1, 6), List.of(POLICE, HEALTH), "S47");
        for (Role role : List.of(Role.IRO, Role.EARLY_HELP_WORKER, Role.PERSONAL_ADVISER)) {
            assertThat(refusals(referred, command, as(role))).as(role.name()).containsExactly(
                    "Only the child's social worker or their team manager can record a strategy discussion");
        }
        assertThat(command.decide(referred, as(Role.TEAM_MANAGER)).refused()).isFalse();
    }

    static final PartnerOrganisations ORGS = PartnerOrganisations.of(
            new PartnerOrganisations.Organisation("POL1", "Example Valley Police", "Police force", "POLICE"),
            new PartnerOrganisations.Organisation("NHS1", "Example Valley Hospitals", "NHS trust", "HEALTH"));

    @Test
    void shouldReadTheStrategyFormIntoTheCommandTakingTheAgencyFromTheOrganisation() {
        Map<String, String> form = new HashMap<>();
        DateAnswer.fill(form, "discussionDate", day(2026, 1, 6));
        form.put("participant-1-organisation", "POL1");
        form.put("participant-1-name", "DC Sam Rowe");
        form.put("participant-1-role", "Detective constable");
        form.put("participant-3-organisation", "NHS1");
        form.put("participant-3-name", "Jo Hart");
        form.put("participant-3-role", "Named nurse for safeguarding");
        form.put("action-2-organisation", "POL1");
        form.put("action-2-owner", "DC Sam Rowe");
        form.put("action-2-action", "Complete police checks on the adults in the household");
        DateAnswer.fill(form, "action-2-dueDate", day(2026, 1, 9));
        form.put("minutes", " ");
        form.put("outcome", "CIN");
        assertThat(ProtectionForms.strategy(form, TODAY, ORGS).command()).isEqualTo(new RecordStrategyDiscussion(
                day(2026, 1, 6), List.of(POLICE, HEALTH), "CIN", null, null, List.of(CHECKS)));
        assertThat(ProtectionForms.strategy(Map.of(), TODAY, ORGS).errors().all()).hasSize(3);
        assertThat(ProtectionForms.STRATEGY_QUESTIONS.apply("s47StartDate")).isEqualTo("discussionDate");
        assertThat(ProtectionForms.STRATEGY_QUESTIONS.apply("participant-3-name")).isEqualTo("participant-3-name");
    }

    @Test
    void shouldLeaveTheAgencyEmptyForAnOrganisationNotInTheTableSoTheCommandRefusesIt() {
        Map<String, String> form = new HashMap<>();
        DateAnswer.fill(form, "discussionDate", day(2026, 1, 6));
        form.put("participant-1-organisation", "NOT-A-REAL-ORG");
        form.put("participant-1-name", "Someone");
        form.put("participant-1-role", "Someone");
        form.put("participant-2-organisation", "agency:HEALTH");
        form.put("participant-2-name", "Jo Hart");
        form.put("participant-2-role", "GP");
        form.put("outcome", "NFA");
        RecordStrategyDiscussion command = ProtectionForms.strategy(form, TODAY, ORGS).command();
        assertThat(command.participants().get(1).agency()).isEqualTo("HEALTH");
        assertThat(command.decide(referred, WORKER).refusals()).extracting(Violation::field)
                .contains("participant-1-organisation");
    }

    // ---- section 47 outcome ----------------------------------------------------------------------------------

    @Test
    void shouldEndTheEnquiryWithWhetherAConferenceIsNeeded() {
        S47Enquiry enquiry = s47(REFERRAL, null, day(2026, 1, 6));
        ChildJourney j = aChild().with(REFERRAL, enquiry).journey();
        JourneyCommand.Decision d = new RecordS47Outcome(enquiry.id(), day(2026, 1, 20), false).decide(j, WORKER);
        assertThat(d.changes()).singleElement().satisfies(c -> {
            S47Enquiry ended = (S47Enquiry) c.record();
            assertThat(ended.id()).isEqualTo(enquiry.id());
            assertThat(ended.s47EndDate()).isEqualTo(day(2026, 1, 20));
            assertThat(ended.icpcRequired()).isFalse();
        });
    }

    @Test
    void shouldRefuseAnOutcomeForAnUnknownEnquiryWithNoAnswersOrFromAnIro() {
        S47Enquiry enquiry = s47(REFERRAL, null, day(2026, 1, 6));
        ChildJourney j = aChild().with(REFERRAL, enquiry).journey();
        assertThat(refusals(j, new RecordS47Outcome(UUID.randomUUID(), day(2026, 1, 20), true), WORKER))
                .containsExactly("The section 47 enquiry is not on this child's record");
        assertThat(refusals(j, new RecordS47Outcome(enquiry.id(), day(2026, 4, 1), null), WORKER))
                .containsExactly("The date the enquiry ended must be today or in the past",
                        "Select yes if an initial child protection conference is needed");
        assertThat(refusals(j, new RecordS47Outcome(enquiry.id(), day(2026, 1, 20), true), as(Role.IRO)))
                .containsExactly("Only the child's social worker or their team manager can record the outcome of "
                        + "a section 47 enquiry");
    }

    @Test
    void shouldRefuseToSayNoConferenceIsNeededAfterOneWasHeld() {
        S47Enquiry enquiry = s47(REFERRAL, null, day(2026, 1, 6));
        ChildJourney j = aChild().with(REFERRAL, enquiry, icpc(REFERRAL, enquiry, day(2026, 1, 26), false)).journey();
        assertThat(refusals(j, new RecordS47Outcome(enquiry.id(), day(2026, 1, 20), false), WORKER))
                .containsExactly("An initial conference has already been held for this enquiry, so it cannot end "
                        + "with none needed");
    }

    // ---- initial conference ----------------------------------------------------------------------------------

    @Test
    void shouldStartThePlanOnTheDayOfTheConferenceThatDecidedIt() {
        StrategyDiscussion sd = strategy(REFERRAL, day(2026, 1, 6));
        S47Enquiry enquiry = s47(REFERRAL, sd, day(2026, 1, 6));
        ChildJourney j = aChild().with(REFERRAL, sd, enquiry).journey();
        JourneyCommand.Decision d = new RecordInitialConference(null, day(2026, 1, 26), true, "EMO")
                .decide(j, as(Role.IRO));
        InitialConference c = (InitialConference) d.changes().get(0).record();
        CpPlan plan = (CpPlan) d.changes().get(1).record();
        assertThat(c.s47EnquiryId()).isEqualTo(enquiry.id());
        assertThat(c.planDecided()).isTrue();
        assertThat(plan.cpPlanStartDate()).isEqualTo(day(2026, 1, 26));
        assertThat(plan.cpPlanInitialCategory()).isEqualTo("EMO");
        assertThat(plan.cpPlanLatestCategory()).isEqualTo("EMO");
        assertThat(FormChanges.refusals(j, d.changes())).isEmpty();
        assertThat(new RecordInitialConference(enquiry.id(), day(2026, 1, 26), false, null).decide(j, WORKER).changes())
                .hasSize(1);
    }

    @Test
    void shouldRefuseAConferenceWithNoEnquiryAwaitingOneNoDecisionOrNoCategory() {
        S47Enquiry enquiry = s47(REFERRAL, null, day(2026, 1, 6));
        ChildJourney j = aChild().with(REFERRAL, enquiry).journey();
        assertThat(refusals(referred, new RecordInitialConference(null, day(2026, 1, 26), false, null), WORKER))
                .containsExactly("There is no section 47 enquiry awaiting a conference");
        assertThat(refusals(j, new RecordInitialConference(UUID.randomUUID(), day(2026, 1, 26), false, null), WORKER))
                .containsExactly("The section 47 enquiry is not on this child's record");
        assertThat(refusals(j, new RecordInitialConference(enquiry.id(), day(2026, 1, 26), null, null), WORKER))
                .containsExactly("Select whether the conference decided on a child protection plan");
        assertThat(refusals(j, new RecordInitialConference(enquiry.id(), day(2026, 1, 26), true, "BAD"), WORKER))
                .containsExactly("Select the category of abuse for the child protection plan");
        assertThat(refusals(j, new RecordInitialConference(enquiry.id(), null, true, "NEG"), WORKER))
                .containsExactly("Enter the date of the conference");
        assertThat(refusals(j, new RecordInitialConference(enquiry.id(), day(2026, 1, 26), true, "NEG"),
                as(Role.PERSONAL_ADVISER))).singleElement().asString().startsWith("Only the chair of the conference");
    }

    @Test
    void shouldLeaveAWeekendConferenceToTheJourneyRuleWithItsDfeCode() {
        S47Enquiry enquiry = s47(REFERRAL, null, day(2026, 1, 6));
        ChildJourney j = aChild().with(REFERRAL, enquiry).journey();
        JourneyCommand.Decision d = new RecordInitialConference(enquiry.id(), day(2026, 1, 24), true, "NEG")
                .decide(j, WORKER);
        assertThat(FormChanges.refusals(j, d.changes())).extracting(Violation::dfeCode).contains("8875");
    }
}
