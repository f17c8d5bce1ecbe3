package org.hearth.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.aChild;
import static org.hearth.journey.JourneyBuilder.anUnbornChild;
import static org.hearth.journey.JourneyBuilder.day;
import static org.hearth.journey.JourneyBuilder.earlyHelp;

import java.time.LocalDate;
import java.util.List;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.FormChanges;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;
import org.junit.jupiter.api.Test;

class RecordVisitTest {
    static final LocalDate TODAY = day(2026, 3, 10);
    final ChildJourney child = aChild().journey();

    static JourneyCommand.Context as(Role role) {
        return new JourneyCommand.Context(new Actor("u", "U", role, "T1"), TODAY);
    }

    static List<String> refusals(ChildJourney j, RecordVisit visit, Role role) {
        return visit.decide(j, as(role)).refusals().stream().map(Violation::message).toList();
    }

    @Test
    void shouldRecordASocialWorkersVisitThatHappened() {
        JourneyCommand.Decision d = new RecordVisit(TODAY, "CP", true, true, true, " Seen at home ")
                .decide(child, as(Role.SOCIAL_WORKER));
        assertThat(d.refusals()).isEmpty();
        Visit v = (Visit) d.changes().get(0).record();
        assertThat(v.visitDate()).isEqualTo(TODAY);
        assertThat(v.visitSeenAlone()).isTrue();
        assertThat(v.visitNote()).isEqualTo("Seen at home");
        assertThat(FormChanges.refusals(child, d.changes())).isEmpty();
    }

    /** Issue 15 (High, safeguarding): a visit dated 2030 moved the CP visit clock to 2030; 9999-12-31 was accepted. */
    @Test
    void shouldRefuseFutureAndImpossibleVisitDates() {
        for (LocalDate future : List.of(TODAY.plusDays(1), LocalDate.of(2030, 1, 1), LocalDate.of(9999, 12, 31))) {
            assertThat(refusals(child, new RecordVisit(future, "CP", true, false, false, null), Role.SOCIAL_WORKER))
                    .as(future.toString()).containsExactly("The date of the visit must be today or in the past");
        }
        assertThat(refusals(child, new RecordVisit(LocalDate.of(1, 1, 1), "CP", true, false, false, null),
                Role.SOCIAL_WORKER)).containsExactly(
                "The date of the visit must be after the pregnancy began: the child was born on 1 June 2015");
        assertThat(refusals(child, new RecordVisit(null, "CP", true, false, false, null), Role.SOCIAL_WORKER))
                .containsExactly("Enter the date of the visit as a real date, for example 27 3 2025");
        ChildJourney unborn = anUnbornChild(day(2026, 5, 1)).journey();
        assertThat(refusals(unborn, new RecordVisit(day(2026, 2, 1), "CIN", true, false, false, null),
                Role.SOCIAL_WORKER)).isEmpty();
    }

    /** Issue 9 §4: an IRO's visit counted as the social worker's statutory visit. */
    @Test
    void shouldRefuseAnIrosVisitAsAStatutoryVisitAndNotOfferItToThem() {
        assertThat(refusals(child, new RecordVisit(TODAY, "CLA", true, true, false, null), Role.IRO))
                .singleElement().asString().startsWith("An IRO's visit is not the social worker's statutory visit");
        assertThat(new VisitsStage().actions(child, new Actor("iro", "I", Role.IRO, "T"), TODAY)).isEmpty();
        assertThat(new VisitsStage().actions(child, new Actor("sw", "S", Role.SOCIAL_WORKER, "T"), TODAY))
                .extracting(a -> a.label()).containsExactly("Record a visit");
    }

    @Test
    void shouldRecordAFamilyHelpVisitOnlyInAFamilyHelpEpisodeAndOnlyFamilyHelpVisitsByAFamilyHelpWorker() {
        assertThat(refusals(child, new RecordVisit(TODAY, "EH", true, false, false, null), Role.EARLY_HELP_WORKER))
                .containsExactly("A family help visit needs a family help episode open on the day of the visit");
        ChildJourney helped = aChild().with(earlyHelp(day(2026, 1, 5), null)).journey();
        assertThat(refusals(helped, new RecordVisit(TODAY, "EH", true, false, false, null), Role.EARLY_HELP_WORKER))
                .isEmpty();
        assertThat(refusals(helped, new RecordVisit(TODAY, "CP", true, false, false, null), Role.EARLY_HELP_WORKER))
                .containsExactly("A family help worker's visit is a family help visit: choose family help");
        assertThat(refusals(helped, new RecordVisit(TODAY, "CP", true, false, false, null), Role.PERSONAL_ADVISER))
                .containsExactly("A personal adviser's visit is a care leaver visit: choose care leaver");
    }

    @Test
    void shouldRefuseAnUnknownPlanAMissingSeenAndAChildSeenAloneWhoWasNotSeen() {
        assertThat(refusals(child, new RecordVisit(TODAY, "XX", null, true, false, null), Role.SOCIAL_WORKER))
                .containsExactly("Say which plan the visit is for: CIN, CP, CLA, EH (family help) or CL (care leaver)",
                        "Select yes if the child was seen",
                        "A child seen alone was seen: answer yes to seen");
    }

    /** Issue 13 §7: "child seen: no" asks why, and the answer is kept with the visit. */
    @Test
    void shouldRefuseAVisitWhereTheChildWasNotSeenWithoutSayingWhy() {
        assertThat(refusals(child, new RecordVisit(TODAY, "CP", false, false, false, null), Role.SOCIAL_WORKER))
                .containsExactly("Enter why the child was not seen");
        assertThat(refusals(child, new RecordVisit(TODAY, "CP", false, false, false, null, "  "), Role.SOCIAL_WORKER))
                .containsExactly("Enter why the child was not seen");
        assertThat(refusals(child, new RecordVisit(TODAY, "CP", false, false, false, null, "x".repeat(2_001)),
                Role.SOCIAL_WORKER)).containsExactly("Write why the child was not seen in 2,000 characters or fewer");
        JourneyCommand.Decision d = new RecordVisit(TODAY, "CP", false, false, false, null, " Asleep; mother said ill ")
                .decide(child, as(Role.SOCIAL_WORKER));
        assertThat(d.refusals()).isEmpty();
        Visit v = (Visit) d.changes().get(0).record();
        assertThat(v.visitSeen()).isFalse();
        assertThat(v.visitNotSeenReason()).isEqualTo("Asleep; mother said ill");
        Visit seen = (Visit) new RecordVisit(TODAY, "CP", true, false, false, null, "ignored")
                .decide(child, as(Role.SOCIAL_WORKER)).changes().get(0).record();
        assertThat(seen.visitNotSeenReason()).as("a child seen needs no reason").isNull();
    }
}
