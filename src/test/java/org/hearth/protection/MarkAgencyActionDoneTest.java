package org.hearth.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.aChild;
import static org.hearth.journey.JourneyBuilder.day;
import static org.hearth.journey.JourneyBuilder.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.View;
import org.hearth.access.ChildFacts;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.FormChanges;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.JourneyRecorded;
import org.hearth.journey.Violation;
import org.hearth.referral.Referral;
import org.junit.jupiter.api.Test;

/**
 * A strategy discussion's actions reach the agencies they are for: the police (or health) marks its own action done,
 * with a note, and the chronology then reads "{organisation}: {action} done"; another agency's action, an action
 * already done, no note, or a council worker using the partner's step are refused. And a partner's view of the record
 * shows only their own organisation's actions.
 */
class MarkAgencyActionDoneTest {
    static final LocalDate TODAY = day(2026, 3, 10);
    static final LocalDate HELD = day(2026, 3, 2);
    static final Referral REFERRAL = referral(day(2026, 2, 20));
    static final Participant POLICE = new Participant("POLICE", "POL1", "Example Valley Police", "DC Sam Rowe",
            "Detective constable", true);
    static final Participant HEALTH = new Participant("HEALTH", "NHS1", "Example Valley Hospitals", "Jo Hart",
            "Named nurse", true);
    static final AgreedAction POLICE_CHECKS = new AgreedAction("POLICE", "POL1", "DC Sam Rowe",
            "Complete police checks on the adults in the household", day(2026, 3, 9));
    static final AgreedAction HEALTH_RECORDS = new AgreedAction("HEALTH", "NHS1", "Jo Hart",
            "Share the child's health records", day(2026, 3, 20));

    static JourneyCommand.Context partner(String organisation) {
        return new JourneyCommand.Context(new Actor("p.test", "P Test", Role.PARTNER, null, organisation), TODAY);
    }

    final ChildJourney discussed = discussed();

    static ChildJourney discussed() {
        ChildJourney referred = aChild().with(REFERRAL).journey();
        JourneyCommand.Decision d = new RecordStrategyDiscussion(HELD, List.of(POLICE, HEALTH), "S47", null, null,
                List.of(POLICE_CHECKS, HEALTH_RECORDS)).decide(referred, new JourneyCommand.Context(
                new Actor("sw", "SW", Role.SOCIAL_WORKER, "T1"), TODAY));
        assertThat(d.refusals()).isEmpty();
        return FormChanges.applied(referred, d.changes());
    }

    ProtectionAction action(ChildJourney j, String organisation) {
        return j.all(ProtectionStage.ACTIONS).stream().filter(a -> organisation.equals(a.organisationId())).findFirst()
                .orElseThrow();
    }

    List<String> refusals(JourneyCommand command, JourneyCommand.Context context) {
        return command.decide(discussed, context).refusals().stream().map(Violation::message).toList();
    }

    @Test
    void shouldMarkThePolicesOwnActionDoneTodayWithItsNoteAndSayItInTheChronology() {
        ProtectionAction checks = action(discussed, "POL1");
        JourneyCommand.Decision d = new MarkAgencyActionDone(checks.id(), "Checks done: nothing of concern",
                "Example Valley Police").decide(discussed, partner("POL1"));
        assertThat(d.refusals()).isEmpty();
        ProtectionAction done = (ProtectionAction) d.changes().get(0).record();
        assertThat(done.status()).isEqualTo("DONE");
        assertThat(done.progress()).isEqualTo("Checks done: nothing of concern");
        assertThat(done.doneDate()).isEqualTo(TODAY);
        assertThat(done.open()).isFalse();
        JourneyRecorded recorded = new JourneyRecorded(discussed.child().id(), ProtectionStage.ACTIONS, done, checks,
                "p.test");
        assertThat(recorded.ended()).as("dated by the day it was done").isTrue();
        assertThat(done.summaryOfChange())
                .isEqualTo("Example Valley Police: Complete police checks on the adults in the household done");
        ChildJourney after = FormChanges.applied(discussed, d.changes());
        assertThat(org.hearth.stages.Stages.journeyRules().check(after)).isEmpty();
    }

    @Test
    void shouldRefuseAnotherAgencysActionAnActionAlreadyDoneAndANoteOfNoWords() {
        ProtectionAction health = action(discussed, "NHS1");
        assertThat(refusals(new MarkAgencyActionDone(health.id(), "Done", "Example Valley Police"), partner("POL1")))
                .containsExactly(MarkAgencyActionDone.NOT_YOURS);
        ProtectionAction checks = action(discussed, "POL1");
        assertThat(refusals(new MarkAgencyActionDone(checks.id(), "   ", "Example Valley Police"), partner("POL1")))
                .containsExactly(MarkAgencyActionDone.NOTE_MISSING);
        assertThat(refusals(new MarkAgencyActionDone(checks.id(), "x".repeat(2_001), "Example Valley Police"),
                partner("POL1"))).containsExactly("What was done must be 2,000 characters or fewer");
        assertThat(refusals(new MarkAgencyActionDone(UUID.randomUUID(), "Done", "Example Valley Police"),
                partner("POL1"))).containsExactly(MarkAgencyActionDone.NO_SUCH_ACTION);
        ChildJourney done = FormChanges.applied(discussed, new MarkAgencyActionDone(checks.id(), "Done",
                "Example Valley Police").decide(discussed, partner("POL1")).changes());
        assertThat(new MarkAgencyActionDone(checks.id(), "Again", "Example Valley Police").decide(done,
                partner("POL1")).refusals()).extracting(Violation::message)
                .containsExactly("This action is already done (10 March 2026)");
    }

    @Test
    void shouldRefuseACouncilWorkerThePartnersStep() {
        ProtectionAction checks = action(discussed, "POL1");
        assertThat(refusals(new MarkAgencyActionDone(checks.id(), "Done", null), new JourneyCommand.Context(
                new Actor("sw", "SW", Role.SOCIAL_WORKER, "T1", "POL1"), TODAY)))
                .containsExactly(MarkAgencyActionDone.NOT_A_PARTNER);
    }

    @Test
    void shouldShowAPartnerOnlyTheirOwnOrganisationsActions() {
        ChildFacts.Shared police = new ChildFacts.Shared(UUID.randomUUID(), UUID.randomUUID(), "POL1",
                "SAFEGUARDING_ENQUIRY", "CA1989_S47", null, null);
        View view = new View(View.Parts.of("person", "strategy-discussions", "protection-actions"), View.Parts.NONE,
                true, org.hearth.access.AccessPolicy.Basis.SHARING_DECISION, null, null, null, police);
        assertThat(view.shows(action(discussed, "POL1"))).isTrue();
        assertThat(view.shows(action(discussed, "NHS1"))).isFalse();
        ProtectionAction councils = new ProtectionAction(UUID.randomUUID(), discussed.child().id(), UUID.randomUUID(),
                null, "SOCIAL_CARE", null, "Alex Kay", "Visit the family", HELD, TODAY, "NOT_STARTED", null);
        assertThat(view.shows(councils)).as("the council's own action").isFalse();
        View worker = new View(View.Parts.EVERY, View.Parts.EVERY, false, null, null, null, null);
        assertThat(worker.shows(action(discussed, "NHS1"))).as("the council sees every agency's").isTrue();
    }

    @Test
    void shouldSayWhenThePoliceOrHealthDidNotTakePart() {
        ChildJourney referred = aChild().with(REFERRAL).journey();
        JourneyCommand.Decision d = new RecordStrategyDiscussion(HELD, List.of(POLICE), "CIN", null,
                "The hospital's named nurse was not available at short notice", List.of()).decide(referred,
                new JourneyCommand.Context(new Actor("sw", "SW", Role.SOCIAL_WORKER, "T1"), TODAY));
        assertThat(d.refusals()).isEmpty();
        StrategyDiscussion sd = (StrategyDiscussion) d.changes().get(0).record();
        assertThat(sd.summary()).contains("(police or health did not take part)");
        assertThat(new RecordStrategyDiscussion(HELD, List.of(POLICE), "CIN", null, null, List.of())
                .decide(referred, new JourneyCommand.Context(new Actor("sw", "SW", Role.SOCIAL_WORKER, "T1"), TODAY))
                .refusals()).extracting(Violation::message).containsExactly(
                        "The police and health must take part in a strategy discussion: say why health did not");
    }
}
