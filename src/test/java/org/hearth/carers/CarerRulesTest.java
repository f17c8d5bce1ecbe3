package org.hearth.carers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.aChild;
import static org.hearth.journey.JourneyBuilder.carePeriod;
import static org.hearth.journey.JourneyBuilder.day;
import static org.hearth.journey.JourneyBuilder.legalStatus;
import static org.hearth.journey.JourneyBuilder.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.calendar.WorkingDayCalendar;
import org.hearth.care.CeaseCare;
import org.hearth.care.ChangePlacement;
import org.hearth.care.NewPlacement;
import org.hearth.care.Placement;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.FormChanges;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;
import org.junit.jupiter.api.Test;

/**
 * Carers' rules as plain Java: who decides (and so who may ask), the answer-time clock in working days, the link ending
 * with the placement, and the roles that may take each step.
 */
class CarerRulesTest {
    static final LocalDate TODAY = day(2026, 3, 10); // a Tuesday
    static final LocalDate PLACED = day(2026, 1, 5);
    static final Actor SW = new Actor("sw.test", "Sam Test", Role.SOCIAL_WORKER, "T1");
    static final Actor CARER = new Actor("carer.test", "Jo Test", Role.CARER, null);
    static final Actor OTHER_CARER = new Actor("carer.other", "Al Other", Role.CARER, null);
    static final Actor IRO = new Actor("iro.test", "Ira Test", Role.IRO, "IRO");
    static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");

    final Placement placement = placement(PLACED, null);
    final ChildJourney lookedAfter = aChild().with(carePeriod(PLACED, null), legalStatus(PLACED, null), placement)
            .journey();

    static JourneyCommand.Context as(Actor actor) {
        return new JourneyCommand.Context(actor, TODAY);
    }

    static List<String> refusals(JourneyCommand.Decision d) {
        return d.refusals().stream().map(Violation::message).toList();
    }

    /** Runs the command and returns the journey as saved, failing if it is refused or breaks a rule. */
    static ChildJourney run(ChildJourney j, JourneyCommand command, Actor actor) {
        JourneyCommand.Decision d = command.decide(j, as(actor));
        assertThat(refusals(d)).as(command.getClass().getSimpleName()).isEmpty();
        assertThat(FormChanges.refusals(j, d.changes())).isEmpty();
        return FormChanges.applied(j, d.changes());
    }

    ChildJourney linked() {
        return run(lookedAfter, new LinkCarer(placement.id(), CARER.username(), Role.CARER, "FOSTER", PLACED), SW);
    }

    static Map<String, AgreeDelegatedAuthority.Choice> everyDecision(String who) {
        Map<String, AgreeDelegatedAuthority.Choice> out = new LinkedHashMap<>();
        CarersStage.options(CarersStage.DECISION).keySet()
                .forEach(d -> out.put(d, new AgreeDelegatedAuthority.Choice(who, "Because")));
        return out;
    }

    ChildJourney agreed() {
        Map<String, AgreeDelegatedAuthority.Choice> choices = everyDecision("CARER");
        choices.put("SLEEPOVER", new AgreeDelegatedAuthority.Choice("SOCIAL_WORKER", "New placement"));
        choices.put("HOLIDAY_ABROAD", new AgreeDelegatedAuthority.Choice("PARENT", "Passport"));
        return run(linked(), new AgreeDelegatedAuthority(day(2026, 1, 8), choices), SW);
    }

    // ── Linking ──────────────────────────────────────────────────────────────────────────────────────────────

    @Test
    void shouldLinkACarersAccountToTheCurrentPlacementOnlyAsTheSocialWorker() {
        ChildJourney j = linked();
        assertThat(CarerRules.linkOf(j, CARER.username(), TODAY)).isPresent();
        assertThat(CarerRules.linkOf(j, OTHER_CARER.username(), TODAY)).isEmpty();
        assertThat(refusals(new LinkCarer(placement.id(), "sw.other", Role.SOCIAL_WORKER, "FOSTER", PLACED)
                .decide(lookedAfter, as(SW)))).containsExactly("Choose a carer's account: this account is not a carer's");
        assertThat(refusals(new LinkCarer(placement.id(), CARER.username(), Role.CARER, "FOSTER", PLACED)
                .decide(lookedAfter, as(IRO)))).containsExactly(
                "Only the child's social worker or their team manager links a carer to the placement");
        assertThat(refusals(new LinkCarer(placement.id(), CARER.username(), Role.CARER, "FOSTER", PLACED)
                .decide(lookedAfter, as(CARER)))).hasSize(1);
    }

    @Test
    void shouldRefuseALinkBeforeThePlacementInTheFutureToAnEndedPlacementOrTwice() {
        assertThat(refusals(new LinkCarer(placement.id(), CARER.username(), Role.CARER, "FOSTER", day(2026, 1, 1))
                .decide(lookedAfter, as(SW)))).containsExactly(
                "The date must be on or after the placement started on 5 January 2026");
        assertThat(refusals(new LinkCarer(placement.id(), CARER.username(), Role.CARER, "FOSTER", TODAY.plusDays(1))
                .decide(lookedAfter, as(SW)))).containsExactly("The date must be today or in the past");
        assertThat(refusals(new LinkCarer(UUID.randomUUID(), CARER.username(), Role.CARER, "NANNY", PLACED)
                .decide(lookedAfter, as(SW)))).containsExactly("Choose the child's current placement",
                "Select what kind of carer this is");
        assertThat(refusals(new LinkCarer(placement.id(), CARER.username(), Role.CARER, "FOSTER", PLACED)
                .decide(linked(), as(SW)))).containsExactly("This carer is already linked to the placement");
    }

    @Test
    void shouldEndTheCarersLinkTheDayThePlacementEnds() {
        ChildJourney moved = run(agreed(), new ChangePlacement(day(2026, 3, 1), "CARPL",
                new NewPlacement("U1", "PR1", "AB1 2CD", null)), SW);
        PlacementCarer link = moved.all(CarersStage.PLACEMENT_CARERS).get(0);
        assertThat(link.linkEndDate()).isEqualTo(day(2026, 3, 1));
        assertThat(CarerRules.linkOf(moved, CARER.username(), TODAY)).isEmpty();
        assertThat(CarerRules.linkOf(moved, CARER.username(), day(2026, 3, 1))).isPresent();

        ChildJourney ceased = run(agreed(), new CeaseCare(day(2026, 3, 2), "E4A"), SW);
        assertThat(ceased.all(CarersStage.PLACEMENT_CARERS).get(0).linkEndDate()).isEqualTo(day(2026, 3, 2));
    }

    @Test
    void shouldFindALinkOpenAfterItsPlacementEndedABrokenRecord() {
        ChildJourney j = linked();
        Placement ended = placement.endingOn(day(2026, 2, 1), "CARPL");
        ChildJourney broken = j.with(org.hearth.care.CareStage.PLACEMENTS, ended);
        assertThat(CarerRules.check(broken)).extracting(Violation::rule).contains("carer-link-after-placement");
    }

    // ── Who decides ──────────────────────────────────────────────────────────────────────────────────────────

    @Test
    void shouldSayWhoDecidesEachEverydayDecisionAsAgreed() {
        ChildJourney j = agreed();
        assertThat(CarerRules.carerDecides(j, "HAIRCUT")).isTrue();
        assertThat(CarerRules.carerDecides(j, "SLEEPOVER")).isFalse();
        assertThat(CarerRules.whoDecides(j, "HOLIDAY_ABROAD").orElseThrow().decidedBy()).isEqualTo("PARENT");
        assertThat(CarerRules.carerDecides(linked(), "HAIRCUT")).as("nothing agreed yet: not the carer's").isFalse();
    }

    @Test
    void shouldRefuseDelegatedAuthorityWithADecisionUnansweredOrWithoutItsReason() {
        Map<String, AgreeDelegatedAuthority.Choice> choices = everyDecision("CARER");
        choices.remove("SOCIAL_MEDIA");
        choices.put("HAIRCUT", new AgreeDelegatedAuthority.Choice("CARER", " "));
        assertThat(refusals(new AgreeDelegatedAuthority(day(2026, 1, 8), choices).decide(linked(), as(SW))))
                .containsExactly("Give the reason for who decides about haircuts", "Say who decides about social media accounts");
        assertThat(refusals(new AgreeDelegatedAuthority(day(2026, 1, 8), everyDecision("GRANDMA"))
                .decide(linked(), as(SW)))).hasSize(8);
        assertThat(refusals(new AgreeDelegatedAuthority(day(2026, 1, 8), everyDecision("CARER"))
                .decide(linked(), as(CARER)))).containsExactly(
                "Only the child's social worker or their team manager records the delegated authority");
    }

    @Test
    void shouldChangeADecisionInPlaceKeepingOneEntryPerDecision() {
        ChildJourney j = agreed();
        Map<String, AgreeDelegatedAuthority.Choice> choices = everyDecision("CARER");
        choices.put("HOLIDAY_ABROAD", new AgreeDelegatedAuthority.Choice("PARENT", "Passport"));
        ChildJourney changed = run(j, new AgreeDelegatedAuthority(day(2026, 3, 1), choices), SW);
        assertThat(changed.all(CarersStage.DELEGATED_AUTHORITY)).hasSize(8);
        assertThat(CarerRules.carerDecides(changed, "SLEEPOVER")).isTrue();
        assertThat(refusals(new AgreeDelegatedAuthority(day(2026, 3, 1), choices).decide(changed, as(SW))))
                .containsExactly("Nothing has changed: the delegated authority already says this");
    }

    // ── Asking and answering ─────────────────────────────────────────────────────────────────────────────────

    @Test
    void shouldLetTheCarerAskOnlyForADecisionThatIsNotTheirs() {
        ChildJourney j = agreed();
        assertThat(refusals(new AskForDecision("HAIRCUT", "A haircut?", NOW, 2).decide(j, as(CARER))))
                .containsExactly("You can decide about haircuts yourself: your delegated authority says so");
        ChildJourney asked = run(j, new AskForDecision("SLEEPOVER", "Can she stay at Amy's on Saturday?", NOW, 2), CARER);
        DecisionRequest r = asked.all(CarersStage.DECISION_REQUESTS).get(0);
        assertThat(r.askedBy()).isEqualTo(CARER.username());
        assertThat(CarerRules.waiting(asked)).containsExactly(r);
    }

    @Test
    void shouldRefuseAskingByAnotherCarerAPractitionerAfterThePlacementEndedOrWithNothingAsked() {
        ChildJourney j = agreed();
        String notYours = "Only the child's carer asks for a decision, while the child is placed with them";
        assertThat(refusals(new AskForDecision("SLEEPOVER", "?", NOW, 2).decide(j, as(OTHER_CARER)))).containsExactly(notYours);
        assertThat(refusals(new AskForDecision("SLEEPOVER", "?", NOW, 2).decide(j, as(SW)))).containsExactly(notYours);
        ChildJourney ended = run(j, new CeaseCare(day(2026, 3, 2), "E4A"), SW);
        assertThat(refusals(new AskForDecision("SLEEPOVER", "?", NOW, 2).decide(ended, as(CARER)))).containsExactly(notYours);
        assertThat(refusals(new AskForDecision("PONY", "", NOW, 2).decide(j, as(CARER)))).containsExactly(
                "Select what the decision is about", "Say what you are asking for");
        assertThat(refusals(new AskForDecision("SLEEPOVER", "x".repeat(2_001), NOW, 2).decide(j, as(CARER))))
                .containsExactly("Say what you are asking for in 2,000 characters or fewer");
    }

    @Test
    void shouldDueTheAnswerInWorkingDaysSkippingWeekendsAndBankHolidays() {
        WorkingDayCalendar england = WorkingDayCalendar.england();
        assertThat(CarerRules.answerDue(day(2026, 3, 10), 2, england)).isEqualTo(day(2026, 3, 12)); // Tue -> Thu
        assertThat(CarerRules.answerDue(day(2026, 3, 13), 2, england)).isEqualTo(day(2026, 3, 17)); // Fri -> Tue
        assertThat(CarerRules.answerDue(day(2026, 12, 24), 2, england)).isEqualTo(day(2026, 12, 30)); // Christmas
        ChildJourney asked = run(agreed(), new AskForDecision("SLEEPOVER", "Saturday?", NOW, 2), CARER);
        assertThat(asked.all(CarersStage.DECISION_REQUESTS).get(0).answerDueOn()).isEqualTo(day(2026, 3, 12));
    }

    @Test
    void shouldLetOnlyTheSocialWorkerAnswerOnceWithAReason() {
        ChildJourney asked = run(agreed(), new AskForDecision("SLEEPOVER", "Saturday?", NOW, 2), CARER);
        UUID request = asked.all(CarersStage.DECISION_REQUESTS).get(0).id();
        assertThat(refusals(new AnswerDecisionRequest(request, "AGREED", "Fine", NOW).decide(asked, as(CARER))))
                .containsExactly("Only the child's social worker or their team manager answers a carer's request");
        assertThat(refusals(new AnswerDecisionRequest(request, "MAYBE", "", NOW).decide(asked, as(SW))))
                .containsExactly("Say whether you agree", "Give the reason for your answer");
        assertThat(refusals(new AnswerDecisionRequest(UUID.randomUUID(), "AGREED", "Fine", NOW).decide(asked, as(SW))))
                .containsExactly("Choose a request on this child's record");
        ChildJourney answered = run(asked, new AnswerDecisionRequest(request, "AGREED", "Amy's parents are known", NOW), SW);
        assertThat(CarerRules.answerTo(answered, request).orElseThrow().agreed()).isTrue();
        assertThat(CarerRules.waiting(answered)).isEmpty();
        assertThat(refusals(new AnswerDecisionRequest(request, "REFUSED", "No", NOW).decide(answered, as(SW))))
                .containsExactly("This request has already been answered");
    }

    // ── The clock for agreeing it, and reviewing it ──────────────────────────────────────────────────────────

    @Test
    void shouldDueTheDelegatedAuthorityFiveWorkingDaysAfterThePlacementOnceACarerIsLinked() {
        WorkingDayCalendar england = WorkingDayCalendar.england();
        assertThat(CarerRules.agreementDue(lookedAfter, TODAY, 5, england)).as("no carer linked").isEmpty();
        assertThat(CarerRules.agreementDue(linked(), TODAY, 5, england)).contains(day(2026, 1, 12));
        assertThat(CarerRules.agreementDue(agreed(), TODAY, 5, england)).isEmpty();
    }

    @Test
    void shouldRecordAReviewOnlyOfDelegatedAuthorityThatExists() {
        assertThat(refusals(new ReviewDelegatedAuthority(TODAY, null).decide(linked(), as(SW))))
                .containsExactly("There is no delegated authority to review yet: agree it first");
        assertThat(refusals(new ReviewDelegatedAuthority(TODAY, UUID.randomUUID()).decide(agreed(), as(SW))))
                .containsExactly("Choose one of this child's looked-after reviews");
        ChildJourney reviewed = run(agreed(), new ReviewDelegatedAuthority(TODAY, null), SW);
        assertThat(CarerRules.lastReview(reviewed).orElseThrow().reviewedOn()).isEqualTo(TODAY);
        ChildJourney atReview = org.hearth.journey.JourneyBuilder.add(agreed(),
                org.hearth.journey.JourneyBuilder.careReview(TODAY));
        UUID review = atReview.all(org.hearth.care.CareStage.CARE_REVIEWS).get(0).id();
        ChildJourney byTheIro = run(atReview, new ReviewDelegatedAuthority(TODAY, review), IRO);
        assertThat(CarerRules.lastReview(byTheIro).orElseThrow().careReviewId()).isEqualTo(review);
        assertThat(refusals(new ReviewDelegatedAuthority(TODAY, null).decide(agreed(), as(CARER)))).containsExactly(
                "Only the child's IRO, social worker or their team manager records that it was reviewed");
    }

    // ── Logs ─────────────────────────────────────────────────────────────────────────────────────────────────

    @Test
    void shouldKeepTheCarersLogWithTheCarerAsSourceAndRefuseAnyoneElse() {
        ChildJourney j = agreed();
        ChildJourney logged = run(j, new RecordCarerLog(TODAY, "HAPPY", "Scored a goal at football", true, NOW), CARER);
        CarerLog log = logged.all(CarersStage.CARER_LOGS).get(0);
        assertThat(log.summary()).isEqualTo("From carer.test (foster carer): significant event: Scored a goal at football");
        assertThat(run(j, new RecordCarerLog(TODAY, null, "Quiet day", false, NOW), CARER)
                .all(CarersStage.CARER_LOGS).get(0).summary()).isEqualTo("From carer.test (foster carer): daily log");
        assertThat(refusals(new RecordCarerLog(TODAY, "HAPPY", "x", false, NOW).decide(j, as(OTHER_CARER)))).hasSize(1);
        assertThat(refusals(new RecordCarerLog(TODAY, "HAPPY", "x", false, NOW).decide(j, as(SW)))).hasSize(1);
        assertThat(refusals(new RecordCarerLog(TODAY.plusDays(1), "ELATED", " ", false, NOW).decide(j, as(CARER))))
                .containsExactly("The date must be today or in the past", "Select the child's mood from the list",
                        "Say what happened");
        assertThat(refusals(new RecordCarerLog(day(2026, 1, 1), null, "Before", false, NOW).decide(j, as(CARER))))
                .containsExactly("The date must be while the child was placed with you");
    }
}
