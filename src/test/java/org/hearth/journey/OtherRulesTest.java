package org.hearth.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.*;

import java.time.LocalDate;
import org.hearth.allocation.Allocation;
import org.hearth.leaving.CareLeaverContact;
import org.hearth.permanence.Permanence;
import org.hearth.visits.Visit;
import org.junit.jupiter.api.Test;

class OtherRulesTest {
    private static final LocalDate FROM = day(2025, 1, 6);
    private static final LocalDate HANDOVER = day(2025, 3, 3);

    // ---- one worker per role at a time -------------------------------------------------------------------------

    @Test
    void shouldRefuseTwoSocialWorkersAtOnce() {
        Allocation second = allocation("SW", day(2025, 2, 3), null);
        ChildJourney j = aChild().with(allocation("SW", FROM, HANDOVER), second).journey();

        Violation v = theViolation(j, "one-worker-per-role");
        assertThat(v.dfeCode()).isNull();
        assertThat(v.kind()).isEqualTo("allocations");
        assertThat(v.recordId()).isEqualTo(second.id());
        assertThat(v.message()).isEqualTo("The child already has a SW allocated from 6 January 2025; end that allocation first");
        assertPlainWords(v, FROM);
    }

    @Test
    void shouldRefuseTwoOpenAllocationsOfOneRole() {
        ChildJourney j = aChild().with(allocation("IRO", FROM, null), allocation("IRO", HANDOVER, null)).journey();

        assertThat(violations(j, "one-worker-per-role")).hasSize(1);
    }

    @Test
    void shouldAllowAHandoverBetweenWorkersOnTheDay() {
        assertValid(aChild().with(allocation("SW", FROM, HANDOVER), allocation("SW", HANDOVER, null)).journey());
    }

    @Test
    void shouldAllowWorkersOfDifferentRolesAtOnce() {
        assertValid(aChild().with(allocation("SW", FROM, null), allocation("IRO", FROM, null),
                allocation("EHW", HANDOVER, null)).journey());
    }

    // ---- visits ------------------------------------------------------------------------------------------------

    @Test
    void shouldRefuseAVisitThatDoesNotSayWhetherTheChildWasSeen() {
        Violation v = theViolation(aChild().with(visit(FROM, "CIN", null, null)).journey(), "visit-seen");
        assertThat(v.field()).isEqualTo("visitSeen");
        assertThat(v.message()).isEqualTo("Say whether the child was seen on the visit");
    }

    @Test
    void shouldAllowAVisitWhereTheChildWasNotSeen() {
        assertValid(aChild().with(visit(FROM, "CIN", false, false)).journey());
    }

    @Test
    void shouldRefuseAVisitWithoutAContext() {
        Violation v = theViolation(aChild().with(visit(FROM, null, true, false)).journey(), "visit-context");
        assertThat(v.field()).isEqualTo("visitContext");
        assertThat(v.message()).isEqualTo("Say which plan the visit is for: CIN, CP, CLA, EH (family help) or CL (care leaver)");
    }

    @Test
    void shouldRefuseAVisitWithAnUnknownContext() {
        assertThat(violations(aChild().with(visit(FROM, "HOME", true, false)).journey(), "visit-context")).hasSize(1);
    }

    @Test
    void shouldAllowVisitsInEveryContext() {
        JourneyBuilder b = aChild();
        for (String context : new String[] {"CIN", "CP", "CLA", "EH", "CL"}) {
            b.with(visit(FROM, context, true, true));
        }
        assertValid(b.journey());
    }

    @Test
    void shouldRefuseSeenAloneWithoutSeen() {
        Visit visit = visit(FROM, "CP", false, true);
        Violation v = theViolation(aChild().with(visit).journey(), "visit-seen-alone");
        assertThat(v.recordId()).isEqualTo(visit.id());
        assertThat(v.field()).isEqualTo("visitSeenAlone");
        assertThat(v.message()).isEqualTo("A child seen alone was seen: tick seen as well");
    }

    @Test
    void shouldRefuseSeenAloneWhenSeenIsNotAnswered() {
        assertThat(violations(aChild().with(visit(FROM, "CP", null, true)).journey(), "visit-seen-alone")).hasSize(1);
    }

    @Test
    void shouldAllowSeenAndSeenAlone() {
        assertValid(aChild().with(visit(FROM, "CP", true, true)).journey());
    }

    // ---- permanence --------------------------------------------------------------------------------------------

    @Test
    void shouldRefusePermanenceWithNoDate() {
        Permanence undated = new Permanence(id(), CHILD_ID, "SGO", null, null, null, null, null, null, "SGO");
        Violation v = theViolation(aChild().with(undated).journey(), "permanence-dated");
        assertThat(v.field()).isEqualTo("admDecisionDate");
        assertThat(v.message()).isEqualTo("Give the date of the decision or of the order");
    }

    @Test
    void shouldAllowPermanenceDatedByItsOrder() {
        assertValid(aChild().with(new Permanence(id(), CHILD_ID, "SGO", null, null, null, null, null, day(2025, 5, 1),
                "SGO")).journey());
    }

    @Test
    void shouldRefuseAMatchBeforeTheAdoptionDecision() {
        Violation v = theViolation(aChild().with(adoption(day(2025, 3, 3), day(2025, 3, 1), null)).journey(),
                "adoption-order");
        assertThat(v.field()).isEqualTo("matchedDate");
        assertThat(v.message()).isEqualTo("The match on 1 March 2025 is before the decision on 3 March 2025");
        assertPlainWords(v, day(2025, 3, 1), day(2025, 3, 3));
    }

    @Test
    void shouldRefusePlacementForAdoptionBeforeTheMatch() {
        Violation v = theViolation(aChild().with(adoption(day(2025, 3, 3), day(2025, 4, 1), day(2025, 3, 31))).journey(),
                "adoption-order");
        assertThat(v.field()).isEqualTo("placedForAdoptionDate");
        assertPlainWords(v, day(2025, 3, 31), day(2025, 4, 1));
    }

    @Test
    void shouldAllowAdoptionMilestonesInOrderIncludingOnOneDay() {
        assertValid(aChild().with(adoption(day(2025, 3, 3), day(2025, 4, 1), day(2025, 4, 1))).journey());
    }

    // ---- care leavers (1002) -------------------------------------------------------------------------------------

    @Test
    void shouldRefuseCareLeaverContactWithoutAPeriodOfCare() {
        CareLeaverContact contact = careLeaverContact(day(2025, 6, 2));
        Violation v = theViolation(aChild().with(contact).journey(), "care-leaver-was-looked-after");
        assertThat(v.dfeCode()).isEqualTo("1002");
        assertThat(v.recordId()).isEqualTo(contact.id());
        assertThat(v.message()).isEqualTo("Care leaver contacts need a period of being looked after on the record");
    }

    @Test
    void shouldAllowCareLeaverContactAfterAPeriodOfCare() {
        assertValid(aChild().lookedAfter(FROM, HANDOVER).with(careLeaverContact(day(2025, 6, 2))).journey());
    }
}
