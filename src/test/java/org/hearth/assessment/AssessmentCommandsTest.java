package org.hearth.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.aChild;
import static org.hearth.journey.JourneyBuilder.authorisedAssessment;
import static org.hearth.journey.JourneyBuilder.day;
import static org.hearth.journey.JourneyBuilder.referral;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.FormChanges;
import org.hearth.journey.JourneyBuilder;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;
import org.hearth.referral.Referral;
import org.junit.jupiter.api.Test;

class AssessmentCommandsTest {
    static final LocalDate TODAY = day(2026, 3, 10);
    static final Actor WORKER = new Actor("sw.test", "Sam Test", Role.SOCIAL_WORKER, "T1");
    static final Actor MANAGER = new Actor("tm.test", "Tess Manager", Role.TEAM_MANAGER, "T1");
    final Referral referral = referral(day(2026, 1, 5));

    static JourneyCommand.Context as(Actor actor) {
        return new JourneyCommand.Context(actor, TODAY);
    }

    static List<String> refusals(ChildJourney j, JourneyCommand command, Actor actor) {
        return command.decide(j, as(actor)).refusals().stream().map(Violation::message).toList();
    }

    static AssessmentAnswers started(LocalDate on) {
        return new AssessmentAnswers(on, null, null, null, null, null, null, null, null);
    }

    static AssessmentAnswers complete(Boolean nfa, String helpOffered) {
        return new AssessmentAnswers(day(2026, 1, 6), day(2026, 1, 8), "Wants to stay at her school",
                "Mother is coping with support", "Overcrowded flat", List.of("3B", "4B"), nfa,
                "Needs met with family help", helpOffered);
    }

    /** An assessment written in full under the referral, not yet authorised. */
    Assessment written(AssessmentAnswers answers) {
        return answers.writtenOver(new Assessment(JourneyBuilder.id(), JourneyBuilder.CHILD_ID, referral.id(), null,
                null, null, List.of(), null, null), EnumSet.allOf(AssessmentForm.Part.class));
    }

    // ---- starting ----------------------------------------------------------------------------------------------

    @Test
    void shouldStartAnUnauthorisedAssessmentUnderTheOpenReferral() {
        ChildJourney j = aChild().with(referral).journey();
        JourneyCommand.Decision d = new StartAssessment(started(day(2026, 1, 6))).decide(j, as(WORKER));
        Assessment a = (Assessment) d.changes().get(0).record();
        assertThat(a.referralId()).isEqualTo(referral.id());
        assertThat(a.assessmentStartDate()).isEqualTo(day(2026, 1, 6));
        assertThat(a.assessmentAuthDate()).isNull();
        assertThat(FormChanges.refusals(j, d.changes())).isEmpty();
    }

    @Test
    void shouldRefuseToStartAnAssessmentWithNoOpenReferral() {
        assertThat(refusals(aChild().journey(), new StartAssessment(started(day(2026, 1, 6))), WORKER))
                .containsExactly("The child has no open child in need episode. Record a contact and referral first");
        ChildJourney closed = aChild().with(referral(day(2026, 1, 5), day(2026, 2, 1))).journey();
        assertThat(refusals(closed, new StartAssessment(started(day(2026, 1, 6))), WORKER))
                .containsExactly("The child has no open child in need episode. Record a contact and referral first");
    }

    @Test
    void shouldRefuseASecondAssessmentWhileOneIsBeingWritten() {
        Assessment writing = written(started(day(2026, 1, 6)));
        assertThat(refusals(aChild().with(referral, writing).journey(), new StartAssessment(started(day(2026, 2, 6))),
                WORKER)).containsExactly("The assessment started on 6 January 2026 is not yet authorised. Carry on "
                + "with it rather than starting another");
    }

    @Test
    void shouldRefuseAStartWithNoDateBeforeTheReferralOrInTheFuture() {
        ChildJourney j = aChild().with(referral).journey();
        assertThat(refusals(j, new StartAssessment(started(null)), WORKER))
                .containsExactly("Enter the date the assessment started");
        assertThat(new StartAssessment(started(day(2026, 1, 2))).decide(j, as(WORKER)).refusals())
                .extracting(Violation::dfeCode, Violation::message).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "1103", "The assessment cannot start before the referral on 5 January 2026"));
        assertThat(refusals(j, new StartAssessment(started(TODAY.plusDays(1))), WORKER))
                .containsExactly("The date the assessment started must be today or in the past");
        assertThat(refusals(j, new StartAssessment(null), WORKER)).containsExactly("Enter the date the assessment started");
    }

    // ---- saving parts ------------------------------------------------------------------------------------------

    @Test
    void shouldSaveOnlyTheNamedPartAndNeverAnAuthorisation() {
        Assessment a = written(complete(false, "Family help plan"));
        ChildJourney j = aChild().with(referral, a).journey();
        AssessmentAnswers typed = new AssessmentAnswers(day(2026, 2, 1), null, "Other views", "Changed parenting",
                "Other family", List.of("21"), true, "Other analysis", "Other help");
        JourneyCommand.Decision d = new SaveAssessmentParts(a.id(), Set.of(AssessmentForm.Part.PARENTING), typed)
                .decide(j, as(WORKER));
        Assessment saved = (Assessment) d.changes().get(0).record();
        assertThat(saved.assessmentParenting()).isEqualTo("Changed parenting");
        assertThat(saved).usingRecursiveComparison().ignoringFields("assessmentParenting").isEqualTo(a);
        assertThat(saved.assessmentAuthDate()).isNull();
    }

    @Test
    void shouldSaveAPartialPartAsTheWorkerTypes() {
        Assessment a = written(started(day(2026, 1, 6)));
        AssessmentAnswers typed = new AssessmentAnswers(null, null, null, null, null, null, null, "Half an anal", null);
        assertThat(refusals(aChild().with(referral, a).journey(),
                new SaveAssessmentParts(a.id(), Set.of(AssessmentForm.Part.OUTCOME), typed), WORKER)).isEmpty();
    }

    @Test
    void shouldRefuseSavingAnAuthorisedOrUnknownAssessmentAndAnswersThatCannotBe() {
        Assessment done = authorisedAssessment(referral, day(2026, 1, 6), day(2026, 2, 1), "21");
        ChildJourney j = aChild().with(referral, done).journey();
        assertThat(refusals(j, new SaveAssessmentParts(done.id(), Set.of(AssessmentForm.Part.FAMILY),
                complete(false, "x")), WORKER))
                .containsExactly("This assessment was authorised on 1 February 2026 and can no longer be changed");
        assertThat(refusals(j, new SaveAssessmentParts(JourneyBuilder.id(), Set.of(AssessmentForm.Part.FAMILY),
                complete(false, "x")), WORKER)).containsExactly("There is no such assessment on this child's record");

        Assessment a = written(started(day(2026, 1, 6)));
        ChildJourney writing = aChild().with(referral, a).journey();
        AssessmentAnswers bad = new AssessmentAnswers(day(2026, 1, 6), day(2026, 1, 5), "x".repeat(AssessmentForm.TEXT_MAX + 1),
                null, null, List.of("21", "3B", "ZZ"), null, null, null);
        assertThat(refusals(writing, new SaveAssessmentParts(a.id(),
                EnumSet.of(AssessmentForm.Part.NEEDS, AssessmentForm.Part.FACTORS), bad), WORKER)).containsExactly(
                "The child is seen during the assessment, so on or after the day it started",
                "This answer must be 20000 characters or fewer",
                "'ZZ' is not a factor in the DfE list for 2025/26",
                "\"No factors identified\" (21) cannot be selected with any other factor");
    }

    // ---- sending -----------------------------------------------------------------------------------------------

    @Test
    void shouldLetACompleteAssessmentBeSent() {
        Assessment a = written(complete(false, "Family help plan"));
        assertThat(new SubmitAssessment(a.id()).refusals(aChild().with(referral, a).journey())).isEmpty();
    }

    @Test
    void shouldRequireHelpOfferedWhateverTheOutcome() {
        for (Boolean nfa : new Boolean[] {true, false}) {
            Assessment a = written(complete(nfa, null));
            ChildJourney j = aChild().with(referral, a).journey();
            assertThat(new SubmitAssessment(a.id()).refusals(j)).extracting(Violation::field, Violation::message)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("assessmentHelpOffered",
                            "Enter the help offered to the child and family, whatever the outcome"));
            assertThat(refusals(j, new AuthoriseAssessment(a.id(), WORKER.username(), "T1"), MANAGER))
                    .containsExactly("Enter the help offered to the child and family, whatever the outcome");
        }
    }

    @Test
    void shouldRefuseSendingAnIncompleteAssessmentNamingEveryMissingAnswer() {
        Assessment a = written(started(day(2026, 1, 6)));
        assertThat(new SubmitAssessment(a.id()).refusals(aChild().with(referral, a).journey()))
                .extracting(Violation::field).containsExactly("assessmentChildViews", "assessmentParenting",
                        "assessmentFamily", "assessmentFactors", "assessmentAnalysis", "assessmentOutcomeNfa",
                        "assessmentHelpOffered");
    }

    // ---- authorising -------------------------------------------------------------------------------------------

    @Test
    void shouldAuthoriseTodayWhenATeamManagerOfTheWorkersTeamApproves() {
        Assessment a = written(complete(true, "Leaflets and a family hub"));
        ChildJourney j = aChild().with(referral, a).journey();
        JourneyCommand.Decision d = new AuthoriseAssessment(a.id(), WORKER.username(), "T1").decide(j, as(MANAGER));
        Assessment authorised = (Assessment) d.changes().get(0).record();
        assertThat(authorised.assessmentAuthDate()).isEqualTo(TODAY);
        assertThat(authorised.authorisedOn(null)).usingRecursiveComparison().isEqualTo(a);
        assertThat(FormChanges.refusals(j, d.changes())).isEmpty();
    }

    @Test
    void shouldRefuseTheAuthorBeingTheirOwnAuthoriser() {
        Assessment a = written(complete(false, "Family help plan"));
        ChildJourney j = aChild().with(referral, a).journey();
        assertThat(refusals(j, new AuthoriseAssessment(a.id(), MANAGER.username(), "T1"), MANAGER))
                .containsExactly("You cannot authorise an assessment you wrote; another team manager must decide");
    }

    @Test
    void shouldRefuseAWorkerAndAManagerOfAnotherTeam() {
        Assessment a = written(complete(false, "Family help plan"));
        ChildJourney j = aChild().with(referral, a).journey();
        assertThat(refusals(j, new AuthoriseAssessment(a.id(), WORKER.username(), "T1"), WORKER))
                .containsExactly("Only a team manager can authorise an assessment, by approving the worker's request");
        Actor colleague = new Actor("sw.other", "Other Worker", Role.SOCIAL_WORKER, "T1");
        assertThat(refusals(j, new AuthoriseAssessment(a.id(), colleague.username(), "T1"), WORKER))
                .containsExactly("Only a team manager can authorise an assessment, by approving the worker's request");
        Actor elsewhere = new Actor("tm.other", "Other Manager", Role.TEAM_MANAGER, "T2");
        assertThat(refusals(j, new AuthoriseAssessment(a.id(), WORKER.username(), "T1"), elsewhere))
                .containsExactly("Only a team manager of sw.test's team can authorise this assessment");
        assertThat(refusals(j, new AuthoriseAssessment(a.id(), WORKER.username(), null), MANAGER))
                .containsExactly("Only a team manager of sw.test's team can authorise this assessment");
    }

    @Test
    void shouldRefuseAuthorisingTwiceOrAnAssessmentNotOnTheRecord() {
        Assessment done = authorisedAssessment(referral, day(2026, 1, 6), day(2026, 2, 1), "21");
        ChildJourney j = aChild().with(referral, done).journey();
        assertThat(refusals(j, new AuthoriseAssessment(done.id(), WORKER.username(), "T1"), MANAGER))
                .containsExactly("This assessment was already authorised on 1 February 2026");
        assertThat(refusals(j, new AuthoriseAssessment(JourneyBuilder.id(), WORKER.username(), "T1"), MANAGER))
                .containsExactly("There is no such assessment on this child's record");
    }

    @Test
    void shouldFindTheAssessmentBeingWrittenInOnePlace() {
        Assessment done = authorisedAssessment(referral, day(2026, 1, 6), day(2026, 2, 1), "21");
        Assessment writing = written(started(day(2026, 2, 6)));
        ChildJourney j = aChild().with(referral, done, writing).journey();
        assertThat(Assessments.inProgress(j)).contains(writing);
        assertThat(Assessments.lastAuthorised(j)).contains(done);
        assertThat(Assessments.inProgress(aChild().with(referral, done).journey())).isEmpty();
    }
}
