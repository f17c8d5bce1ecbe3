package org.hearth.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.aChild;
import static org.hearth.journey.JourneyBuilder.cinPlan;
import static org.hearth.journey.JourneyBuilder.day;
import static org.hearth.journey.JourneyBuilder.referral;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.FormChanges;
import org.hearth.journey.Violation;
import org.hearth.platform.web.DateAnswer;
import org.hearth.referral.Referral;
import org.junit.jupiter.api.Test;

class CinPlanFormTest {
    static final LocalDate TODAY = day(2026, 3, 10);
    final Referral referral = referral(day(2026, 1, 5));

    static Map<String, String> dated(LocalDate date) {
        Map<String, String> f = new HashMap<>();
        DateAnswer.fill(f, "date", date);
        return f;
    }

    @Test
    void shouldStartAPlanOnTheOpenReferralWithoutAskingWhichOne() {
        ChildJourney j = aChild().with(referral).journey();
        CinPlanForm.Read read = CinPlanForm.start(j, dated(day(2026, 2, 2)), TODAY);
        assertThat(read.errors().isEmpty()).isTrue();
        CinPlan plan = (CinPlan) read.changes().get(0).record();
        assertThat(plan.referralId()).isEqualTo(referral.id());
        assertThat(plan.cinPlanStartDate()).isEqualTo(day(2026, 2, 2));
        assertThat(FormChanges.refusals(j, read.changes())).isEmpty();
    }

    @Test
    void shouldBeRefusedByTheJourneyRulesWhileAChildProtectionPlanIsOpen() {
        ChildJourney j = aChild().with(referral).onCpPlan(referral, day(2026, 1, 20), null).journey();
        CinPlanForm.Read read = CinPlanForm.start(j, dated(day(2026, 2, 2)), TODAY);
        assertThat(read.errors().isEmpty()).isTrue();
        assertThat(FormChanges.refusals(j, read.changes())).extracting(Violation::dfeCode, CinPlanFormTest::question)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("4001", "date"));
        assertThat(FormChanges.refusals(j, read.changes()).get(0).message())
                .contains("cannot run at the same time as a child protection plan (CP plan from 20 January 2026)");
    }

    static String question(Violation v) {
        return CinPlanForm.question(v.field());
    }

    @Test
    void shouldRefuseAPlanWithNoOpenReferralOrOnANoFurtherActionReferral() {
        assertThat(CinPlanForm.start(aChild().journey(), dated(day(2026, 2, 2)), TODAY).errors().all())
                .containsExactly("The child has no open child in need episode. Record a contact and referral first");
        assertThat(CinPlanForm.start(aChild().with(new Referral(org.hearth.journey.JourneyBuilder.id(),
                org.hearth.journey.JourneyBuilder.CHILD_ID, null, day(2026, 1, 5), "1A", "N9", day(2026, 1, 5), true, null, null)).journey(), dated(day(2026, 2, 2)), TODAY)
                .errors().all()).singleElement().asString().contains("no further action").endsWith("(DfE rule 4000)");
    }

    @Test
    void shouldRefuseAPlanBeforeTheReferralOrWhileAnotherIsOpenOrWithNoRealDate() {
        ChildJourney j = aChild().with(referral, cinPlan(referral, day(2026, 1, 10), null)).journey();
        assertThat(CinPlanForm.start(j, dated(day(2026, 1, 2)), TODAY).errors().all()).containsExactly(
                "The child in need plan started on 10 January 2026 is still open. End it before starting another (DfE rule 4004)",
                "The plan cannot start before the referral on 5 January 2026 (DfE rule 4015)");
        Map<String, String> nonsense = dated(day(2026, 2, 2));
        nonsense.put("date-month", "13");
        assertThat(CinPlanForm.start(aChild().with(referral).journey(), nonsense, TODAY).errors().all())
                .containsExactly("Enter the date the plan started as a real date, for example 27 3 2025 (DfE rule 4010)");
    }

    @Test
    void shouldEndTheOpenPlanAndRefuseAnEndBeforeItsStart() {
        CinPlan open = cinPlan(referral, day(2026, 1, 10), null);
        ChildJourney j = aChild().with(referral, open).journey();
        CinPlanForm.Read ended = CinPlanForm.end(j, open, dated(day(2026, 3, 1)), TODAY);
        assertThat(((CinPlan) ended.changes().get(0).record()).cinPlanEndDate()).isEqualTo(day(2026, 3, 1));
        assertThat(((CinPlan) ended.changes().get(0).record()).id()).isEqualTo(open.id());
        assertThat(FormChanges.refusals(j, ended.changes())).isEmpty();

        assertThat(CinPlanForm.end(j, open, dated(day(2026, 1, 9)), TODAY).errors().all())
                .containsExactly("The plan cannot end before it started on 10 January 2026 (DfE rule 4011)");
        assertThat(CinPlanForm.end(j, open, dated(TODAY.plusDays(1)), TODAY).errors().all())
                .containsExactly("The date the plan ended must be today or in the past");
    }
}
