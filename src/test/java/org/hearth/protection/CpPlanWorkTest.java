package org.hearth.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.aChild;
import static org.hearth.journey.JourneyBuilder.cpPlan;
import static org.hearth.journey.JourneyBuilder.day;
import static org.hearth.journey.JourneyBuilder.icpc;
import static org.hearth.journey.JourneyBuilder.referral;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.clocks.ClockStatus;
import org.hearth.clocks.JourneyClocks;
import org.hearth.clocks.StatutoryClock;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.FormChanges;
import org.hearth.journey.JourneyBuilder;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;
import org.hearth.platform.web.DateAnswer;
import org.hearth.referral.Referral;
import org.junit.jupiter.api.Test;

/**
 * A child protection plan's substance, decided in plain Java: its outcomes and actions, its core groups (after the
 * initial conference; the first within 10 working days of it, as a clock), progress on the actions, and whether it is
 * a repeat plan as the DfE counts them.
 */
class CpPlanWorkTest {
    static final LocalDate TODAY = day(2026, 3, 10);
    static final LocalDate ICPC = day(2026, 2, 2);
    static final JourneyCommand.Context WORKER = ProtectionCommandsTest.as(Role.SOCIAL_WORKER);
    static final Referral REFERRAL = referral(day(2026, 1, 5));
    final ChildJourney onPlan = aChild().with(REFERRAL).onCpPlan(REFERRAL, ICPC, null).journey();
    final CpPlan plan = ChildProtection.openPlan(onPlan);
    static final AgreedAction NURSERY = new AgreedAction("SCHOOL", null, "Ms Patel", "Daily nursery attendance "
            + "monitored and shared weekly", day(2026, 3, 20));
    static final AgreedAction GP = new AgreedAction("HEALTH", null, "Dr Iqbal", "Review mother's medication",
            day(2026, 2, 20));
    static final Participant MOTHER = new Participant("FAMILY", null, null, "Kim Brown", "Mother", true);
    static final Participant HEALTH_APOLOGIES = new Participant("HEALTH", null, null, "Dr Iqbal", "GP", false);

    static List<String> refusals(ChildJourney j, JourneyCommand command) {
        return command.decide(j, WORKER).refusals().stream().map(Violation::message).toList();
    }

    /** The plan with an outcome and its two actions added, as the service would save them. */
    ChildJourney withOutcome() {
        JourneyCommand.Decision d = new AddCpPlanOutcome(plan.id(), ICPC, "Ella is fed and attends nursery every day",
                List.of(NURSERY, GP)).decide(onPlan, WORKER);
        assertThat(d.refusals()).isEmpty();
        return FormChanges.applied(onPlan, d.changes());
    }

    // ---- outcomes and actions ------------------------------------------------------------------------------

    @Test
    void shouldAddAnOutcomeWithItsActionsToTheOpenPlan() {
        ChildJourney j = withOutcome();
        CpPlanOutcome outcome = ChildProtection.outcomes(j, plan.id()).get(0);
        assertThat(outcome.outcome()).isEqualTo("Ella is fed and attends nursery every day");
        List<ProtectionAction> actions = ChildProtection.actions(j, plan.id());
        assertThat(actions).extracting(ProtectionAction::owner).containsExactly("Dr Iqbal", "Ms Patel");
        assertThat(actions).allSatisfy(a -> {
            assertThat(a.outcomeId()).isEqualTo(outcome.id());
            assertThat(a.status()).isEqualTo("NOT_STARTED");
            assertThat(a.setDate()).isEqualTo(ICPC);
        });
        assertThat(actions.get(0).overdueOn(TODAY)).as("due 20 February, not done").isTrue();
        assertThat(actions.get(1).overdueOn(TODAY)).isFalse();
        assertThat(Stages_rules(j)).isEmpty();
    }

    private static List<Violation> Stages_rules(ChildJourney j) {
        return org.hearth.stages.Stages.journeyRules().check(j);
    }

    @Test
    void shouldRefuseAnOutcomeWithNoWordsNoActionsOrBeforeThePlan() {
        assertThat(refusals(onPlan, new AddCpPlanOutcome(plan.id(), day(2026, 2, 1), " ", List.of())))
                .containsExactly("The outcome cannot be set before the plan started on 2 February 2026",
                        AddCpPlanOutcome.OUTCOME_MISSING, AddCpPlanOutcome.ACTIONS_MISSING);
    }

    @Test
    void shouldRefuseAnOutcomeForAnotherChildsPlanOrAnEndedPlan() {
        assertThat(refusals(onPlan, new AddCpPlanOutcome(UUID.randomUUID(), ICPC, "x", List.of(GP))))
                .containsExactly("The child protection plan is not on this child's record");
        ChildJourney ended = aChild().with(REFERRAL).onCpPlan(REFERRAL, ICPC, day(2026, 3, 2)).journey();
        CpPlan old = ended.all(ProtectionStage.CP_PLANS).get(0);
        assertThat(refusals(ended, new AddCpPlanOutcome(old.id(), day(2026, 3, 3), "x", List.of(GP))))
                .containsExactly("This child protection plan has ended, so it cannot be changed");
    }

    @Test
    void shouldRefusePlanWorkFromAnIro() {
        assertThat(new AddCpPlanOutcome(plan.id(), ICPC, "x", List.of(GP)).decide(onPlan,
                ProtectionCommandsTest.as(Role.IRO)).refusals()).extracting(Violation::message)
                .containsExactly("Only the child's social worker or their team manager can record the outcomes of a "
                        + "child protection plan");
    }

    // ---- core groups -----------------------------------------------------------------------------------------

    @Test
    void shouldRecordACoreGroupWithWhoCameAndProgressOnTheActions() {
        ChildJourney j = withOutcome();
        ProtectionAction gp = ChildProtection.actions(j, plan.id()).get(0);
        ProtectionAction nursery = ChildProtection.actions(j, plan.id()).get(1);
        JourneyCommand.Decision d = new RecordCoreGroup(plan.id(), day(2026, 2, 12), List.of(MOTHER, HEALTH_APOLOGIES),
                "Attendance up to 90%.", List.of(new RecordCoreGroup.ActionUpdate(gp.id(), "DONE", "Reviewed 10 Feb"),
                new RecordCoreGroup.ActionUpdate(nursery.id(), "NOT_STARTED", null))).decide(j, WORKER);
        assertThat(d.refusals()).isEmpty();
        assertThat(d.changes()).extracting(c -> c.kind().name()).containsExactly("core-groups",
                "protection-attendees", "protection-attendees", "protection-actions");
        ChildJourney after = FormChanges.applied(j, d.changes());
        CoreGroup group = ChildProtection.coreGroups(after, plan.id()).get(0);
        assertThat(ChildProtection.attendees(after, group.id())).extracting(ProtectionAttendee::tookPart)
                .containsExactly(true, false);
        ProtectionAction done = after.find(ProtectionStage.ACTIONS, gp.id()).orElseThrow();
        assertThat(done.status()).isEqualTo("DONE");
        assertThat(done.progress()).isEqualTo("Reviewed 10 Feb");
        assertThat(done.overdueOn(TODAY)).isFalse();
        assertThat(Stages_rules(after)).isEmpty();
    }

    @Test
    void shouldRefuseACoreGroupBeforeTheInitialConference() {
        assertThat(refusals(onPlan, new RecordCoreGroup(plan.id(), day(2026, 1, 30), List.of(MOTHER), null, List.of())))
                .containsExactly("A core group meets after the initial child protection conference: the plan started "
                        + "on 2 February 2026, so the core group cannot be on 30 January 2026");
    }

    @Test
    void shouldRefuseACoreGroupWithNoPlanNobodyThereAFutureDateOrAnotherPlansAction() {
        ChildJourney noPlan = aChild().with(REFERRAL).journey();
        assertThat(refusals(noPlan, new RecordCoreGroup(UUID.randomUUID(), day(2026, 2, 10), List.of(MOTHER), null,
                List.of()))).containsExactly("The child protection plan is not on this child's record");
        assertThat(refusals(onPlan, new RecordCoreGroup(plan.id(), day(2026, 3, 11), List.of(), null,
                List.of(new RecordCoreGroup.ActionUpdate(UUID.randomUUID(), "DONE", null)))))
                .containsExactly("The date of the core group must be today or in the past",
                        RecordCoreGroup.PARTICIPANTS_MISSING,
                        "The action is not one of this child protection plan's actions");
    }

    @Test
    void shouldRefuseAnUnknownActionStatus() {
        ChildJourney j = withOutcome();
        ProtectionAction gp = ChildProtection.actions(j, plan.id()).get(0);
        assertThat(refusals(j, new RecordCoreGroup(plan.id(), day(2026, 2, 12), List.of(MOTHER), null,
                List.of(new RecordCoreGroup.ActionUpdate(gp.id(), "FORGOTTEN", null)))))
                .containsExactly("Select how far the action \"Review mother's medication\" has got");
    }

    @Test
    void shouldReadTheCoreGroupFormChangingOnlyTheActionsWhoseAnswersChanged() {
        ChildJourney j = withOutcome();
        List<ProtectionAction> actions = ChildProtection.actions(j, plan.id());
        Map<String, String> form = new HashMap<>();
        DateAnswer.fill(form, "meetingDate", day(2026, 2, 12));
        form.put("participant-1-organisation", "agency:FAMILY");
        form.put("participant-1-name", "Kim Brown");
        form.put("participant-1-role", "Mother");
        form.put("action-" + actions.get(0).id() + "-status", "IN_PROGRESS");
        form.put("action-" + actions.get(1).id() + "-status", "NOT_STARTED");
        RecordCoreGroup command = ProtectionForms.coreGroup(plan.id(), actions, form, TODAY,
                ProtectionCommandsTest.ORGS).command();
        assertThat(command.participants()).containsExactly(MOTHER);
        JourneyCommand.Decision d = command.decide(j, WORKER);
        assertThat(d.changes()).filteredOn(c -> c.kind() == ProtectionStage.ACTIONS).singleElement()
                .satisfies(c -> assertThat(((ProtectionAction) c.record()).status()).isEqualTo("IN_PROGRESS"));
        assertThat(ProtectionForms.coreGroup(plan.id(), actions, Map.of(), TODAY, ProtectionCommandsTest.ORGS)
                .errors().all()).hasSize(2);
    }

    // ---- the first core group's clock ---------------------------------------------------------------------

    @Test
    void shouldRunTheFirstCoreGroupClockTenWorkingDaysFromTheConference() {
        StatutoryClock open = clock(onPlan, day(2026, 2, 10));
        assertThat(open.dueOn()).isEqualTo(day(2026, 2, 16));
        assertThat(open.status(day(2026, 2, 10))).isEqualTo(ClockStatus.DUE);
        assertThat(clock(onPlan, TODAY).status(TODAY)).isEqualTo(ClockStatus.OVERDUE);
        ChildJourney met = FormChanges.applied(onPlan, new RecordCoreGroup(plan.id(), day(2026, 2, 12), List.of(MOTHER),
                null, List.of()).decide(onPlan, WORKER).changes());
        assertThat(clock(met, TODAY).status(TODAY)).isEqualTo(ClockStatus.ON_TIME);
        ChildJourney late = FormChanges.applied(onPlan, new RecordCoreGroup(plan.id(), day(2026, 2, 20), List.of(MOTHER),
                null, List.of()).decide(onPlan, WORKER).changes());
        assertThat(clock(late, TODAY).status(TODAY)).isEqualTo(ClockStatus.LATE);
    }

    @Test
    void shouldNotRunTheCoreGroupClockForAnEndedPlanThatNeverHadOne() {
        ChildJourney ended = aChild().with(REFERRAL).onCpPlan(REFERRAL, ICPC, day(2026, 3, 2)).journey();
        assertThat(JourneyClocks.standard().derive(ended, TODAY)).extracting(StatutoryClock::ruleId)
                .doesNotContain("CORE_GROUP_FIRST");
    }

    private static StatutoryClock clock(ChildJourney j, LocalDate today) {
        return JourneyClocks.standard().derive(j, today).stream().filter(c -> c.ruleId().equals("CORE_GROUP_FIRST"))
                .findFirst().orElseThrow();
    }

    // ---- the rules every write keeps ------------------------------------------------------------------------

    @Test
    void shouldBreakTheRulesWithACoreGroupOutsideItsPlanOrAnActionOrParticipantBelongingToNothing() {
        ChildJourney j = JourneyBuilder.add(onPlan, new CoreGroup(UUID.randomUUID(), JourneyBuilder.CHILD_ID, plan.id(),
                day(2026, 1, 30), null));
        j = JourneyBuilder.add(j, new ProtectionAction(UUID.randomUUID(), JourneyBuilder.CHILD_ID, UUID.randomUUID(),
                null, "POLICE", null, "DC", "x", ICPC, day(2026, 2, 5), "NOT_STARTED", null));
        j = JourneyBuilder.add(j, new ProtectionAttendee(UUID.randomUUID(), JourneyBuilder.CHILD_ID, UUID.randomUUID(),
                "core-groups", "FAMILY", null, null, "Kim", "Mother", true));
        j = JourneyBuilder.add(j, new ProtectionAction(UUID.randomUUID(), JourneyBuilder.CHILD_ID, plan.id(),
                null, "POLICE", null, "DC", "x", ICPC, day(2026, 2, 1), "NOT_STARTED", null));
        assertThat(Stages_rules(j)).extracting(Violation::rule).contains("core-group-within-plan",
                "action-needs-meeting", "attendee-needs-meeting", "action-due-after-set");
    }

    // ---- repeat plans ---------------------------------------------------------------------------------------

    @Test
    void shouldFlagARepeatPlanWithinTwoYearsOfThePreviousEndingAndEverAfterThat() {
        Referral earlier = referral(day(2023, 1, 5), day(2024, 6, 1));
        InitialConference firstIcpc = icpc(earlier, null, day(2023, 2, 6), true);
        CpPlan first = cpPlan(earlier, firstIcpc, day(2024, 4, 1));
        ChildJourney j = aChild().with(earlier, firstIcpc, first, REFERRAL).onCpPlan(REFERRAL, ICPC, null).journey();
        CpPlan now = ChildProtection.openPlan(j);
        RepeatPlan repeat = RepeatPlan.of(j, now).orElseThrow();
        assertThat(repeat.previousPlans()).isEqualTo(1);
        assertThat(repeat.previousEnded()).isEqualTo(day(2024, 4, 1));
        assertThat(repeat.withinTwoYears()).isTrue();
        assertThat(repeat.words()).isEqualTo("Repeat plan: previous plan ended within 2 years (1 previous plan)");
        assertThat(new ProtectionStage().statusTags(j, TODAY)).containsExactly("CP", "CP_REPEAT_2Y");

        CpPlan longAgo = cpPlan(earlier, firstIcpc, day(2023, 2, 6), day(2023, 12, 1));
        ChildJourney older = aChild().with(earlier, firstIcpc, longAgo, REFERRAL).onCpPlan(REFERRAL, ICPC, null).journey();
        RepeatPlan ever = RepeatPlan.of(older, ChildProtection.openPlan(older)).orElseThrow();
        assertThat(ever.withinTwoYears()).as("ended 1 December 2023, over two years before 2 February 2026").isFalse();
        assertThat(new ProtectionStage().statusTags(older, TODAY)).containsExactly("CP", "CP_REPEAT");
    }

    @Test
    void shouldNotFlagAFirstPlanButCountPlansAnImportKnewOf() {
        assertThat(RepeatPlan.of(onPlan, plan)).isEmpty();
        assertThat(new ProtectionStage().statusTags(onPlan, TODAY)).containsExactly("CP");
        CpPlan imported = new CpPlan(plan.id(), plan.personId(), plan.referralId(), plan.icpcId(), plan.cpPlanStartDate(),
                null, "NEG", "NEG", 2);
        RepeatPlan repeat = RepeatPlan.of(onPlan, imported).orElseThrow();
        assertThat(repeat.previousPlans()).isEqualTo(2);
        assertThat(repeat.withinTwoYears()).as("when the earlier plans ended is not known").isFalse();
    }

    // ---- the category changed at review, in words -----------------------------------------------------------

    @Test
    void shouldDescribeTheCategoryChangeInWordsNotCodes() {
        CpPlan changed = new CpPlan(plan.id(), plan.personId(), plan.referralId(), plan.icpcId(), plan.cpPlanStartDate(),
                null, "NEG", "EMO", 0);
        assertThat(changed.summary()).isEqualTo("Child protection plan started, category: Neglect; category now: "
                + "Emotional abuse");
    }
}
