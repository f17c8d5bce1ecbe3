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

    @Test
    void shouldStartTheEnquiryTheSameDayWhenTheStrategyDiscussionDecidesOnOne() {
        JourneyCommand.Decision d = new RecordStrategyDiscussion(day(2026, 1, 6), List.of("HEALTH", "POLICE"), "S47")
                .decide(referred, WORKER);
        assertThat(d.refused()).isFalse();
        StrategyDiscussion sd = (StrategyDiscussion) d.changes().get(0).record();
        S47Enquiry s47 = (S47Enquiry) d.changes().get(1).record();
        assertThat(sd.agencies()).isEqualTo("Police, Health");
        assertThat(sd.referralId()).isEqualTo(REFERRAL.id());
        assertThat(s47.s47StartDate()).isEqualTo(day(2026, 1, 6));
        assertThat(s47.referralId()).isEqualTo(REFERRAL.id());
        assertThat(FormChanges.refusals(referred, d.changes())).isEmpty();
    }

    @Test
    void shouldRecordOnlyTheDiscussionWhenItDecidesNoFurtherAction() {
        JourneyCommand.Decision d = new RecordStrategyDiscussion(day(2026, 1, 6), List.of("POLICE"), "NFA")
                .decide(referred, WORKER);
        assertThat(d.changes()).singleElement().satisfies(c -> assertThat(c.kind()).isEqualTo(ProtectionStage.STRATEGY_DISCUSSIONS));
    }

    @Test
    void shouldRefuseAStrategyDiscussionWithNoOpenReferral() {
        ChildJourney closed = aChild().with(referral(day(2026, 1, 5), day(2026, 2, 1))).journey();
        assertThat(refusals(closed, new RecordStrategyDiscussion(day(2026, 3, 1), List.of("POLICE"), "S47"), WORKER))
                .containsExactly("There is no open referral for this child; record the referral first");
    }

    @Test
    void shouldRefuseAFutureOrMissingDateNoAgenciesAnUnknownOutcomeAndADiscussionBeforeTheReferral() {
        assertThat(refusals(referred, new RecordStrategyDiscussion(day(2026, 3, 11), List.of(), "MAYBE"), WORKER))
                .containsExactly("The date of the strategy discussion must be today or in the past",
                        "Select the agencies that took part in the strategy discussion",
                        "Select what the strategy discussion decided");
        assertThat(refusals(referred, new RecordStrategyDiscussion(null, List.of("ALIENS"), "NFA"), WORKER))
                .containsExactly("Enter the date of the strategy discussion",
                        "Select the agencies that took part in the strategy discussion");
        assertThat(refusals(referred, new RecordStrategyDiscussion(day(2026, 1, 2), List.of("POLICE"), "NFA"), WORKER))
                .containsExactly("The strategy discussion on 2 January 2026 cannot be before the referral on 5 January 2026");
    }

    @Test
    void shouldRefuseAStrategyDiscussionFromAnIroEarlyHelpWorkerOrPersonalAdviser() {
        RecordStrategyDiscussion command = new RecordStrategyDiscussion(day(2026, 1, 6), List.of("POLICE"), "S47");
        for (Role role : List.of(Role.IRO, Role.EARLY_HELP_WORKER, Role.PERSONAL_ADVISER)) {
            assertThat(refusals(referred, command, as(role))).as(role.name()).containsExactly(
                    "Only the child's social worker or their team manager can record a strategy discussion");
        }
        assertThat(command.decide(referred, as(Role.TEAM_MANAGER)).refused()).isFalse();
    }

    @Test
    void shouldReadTheStrategyFormIntoTheCommand() {
        Map<String, String> form = new HashMap<>();
        DateAnswer.fill(form, "discussionDate", day(2026, 1, 6));
        form.put("agency-POLICE", "yes");
        form.put("agency-SCHOOL", "yes");
        form.put("outcome", "CIN");
        assertThat(ProtectionForms.strategy(form, TODAY).command())
                .isEqualTo(new RecordStrategyDiscussion(day(2026, 1, 6), List.of("POLICE", "SCHOOL"), "CIN"));
        assertThat(ProtectionForms.strategy(Map.of(), TODAY).errors().all()).hasSize(3);
        assertThat(ProtectionForms.STRATEGY_QUESTIONS.apply("s47StartDate")).isEqualTo("discussionDate");
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
