package org.hearth.journey;

import org.hearth.stages.Stages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.*;

import java.util.List;
import org.hearth.protection.CpPlan;
import org.hearth.protection.InitialConference;
import org.hearth.protection.S47Enquiry;
import org.hearth.protection.StrategyDiscussion;
import org.hearth.referral.Referral;
import org.junit.jupiter.api.Test;
import org.hearth.referral.ReferralStage;

class JourneyRulesTest {
    private final JourneyRules rules = Stages.journeyRules();

    /** History imported from another system: a referral closed without a reason (8805). */
    private final Referral imported = referralWithClosure(day(2024, 5, 6), null, day(2024, 9, 2));

    @Test
    void shouldAllowAWholeValidJourneyFromReferralToLeavingCare() {
        Referral r = referral(day(2025, 1, 6));
        StrategyDiscussion sd = strategy(r, day(2025, 1, 7));
        S47Enquiry enquiry = s47(r, sd, day(2025, 1, 7));
        InitialConference c = icpc(r, enquiry, day(2025, 1, 27), true);
        CpPlan plan = cpPlan(r, c, day(2025, 3, 3));
        ChildJourney j = aChild().with(r, authorisedAssessment(r, day(2025, 1, 7), day(2025, 2, 3), "16A"), sd, enquiry,
                        c, plan, cpReview(plan, day(2025, 3, 3)), allocation("SW", day(2025, 1, 6), null),
                        visit(day(2025, 1, 10), "CP", true, true))
                .lookedAfter(day(2025, 3, 3), day(2026, 2, 2))
                .with(careReview(day(2025, 3, 31)), careLeaverContact(day(2026, 3, 2)))
                .journey();

        assertThat(rules.check(j)).isEmpty();
    }

    @Test
    void shouldReportEveryViolationOfAJourney() {
        assertThat(rules.check(aChild().with(imported).journey())).extracting(Violation::rule)
                .containsExactly("closure-needs-date-and-reason");
    }

    @Test
    void shouldNotLetAnExistingViolationBlockAnUnrelatedChange() {
        ChildJourney before = aChild().with(imported).journey();
        ChildJourney after = add(before, referral(day(2025, 1, 6)));

        assertThat(rules.check(after)).isNotEmpty();
        assertThat(rules.introducedBy(before, after)).isEmpty();
    }

    @Test
    void shouldNotCountAnExistingViolationAsNewWhenItsRecordIsEditedWithoutFixingIt() {
        ChildJourney before = aChild().with(imported).journey();
        Referral moved = new Referral(imported.id(), CHILD_ID, null, day(2024, 5, 7), "1A", "N1", null, false, null,
                day(2024, 9, 2));

        assertThat(rules.introducedBy(before, add(before, moved))).isEmpty();
    }

    @Test
    void shouldRefuseOnlyTheNewViolationsOfAChange() {
        ChildJourney before = aChild().with(imported).journey();
        Referral r = referral(day(2025, 1, 6));
        InitialConference saturday = icpc(r, null, day(2025, 2, 8), false);
        ChildJourney after = before;
        for (JourneyRecord rec : List.<JourneyRecord>of(r, saturday)) {
            after = add(after, rec);
        }

        List<Violation> introduced = rules.introducedBy(before, after);
        assertThat(introduced).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("icpc-not-weekend");
            assertThat(v.dfeCode()).isEqualTo("8875");
            assertThat(v.recordId()).isEqualTo(saturday.id());
        });
    }

    @Test
    void shouldTreatEveryViolationAsNewForANewChild() {
        ChildJourney after = aChild().with(imported).journey();

        assertThat(rules.introducedBy(null, after)).extracting(Violation::rule)
                .containsExactly("closure-needs-date-and-reason");
    }

    @Test
    void shouldLeaveTheOriginalJourneyUnchangedWhenAChangeIsRefused() {
        Referral r = referral(day(2025, 1, 6));
        ChildJourney before = aChild().with(r).journey();
        Referral broken = new Referral(r.id(), CHILD_ID, null, day(2025, 1, 6), "1A", "N1", null, false, null,
                day(2025, 1, 3));

        ChildJourney after = before.with(ReferralStage.REFERRALS, broken);

        assertThat(rules.introducedBy(before, after)).extracting(Violation::rule)
                .contains("end-before-start", "closure-needs-date-and-reason");
        assertThat(before.all(ReferralStage.REFERRALS)).containsExactly(r);
        assertThat(after.all(ReferralStage.REFERRALS)).containsExactly(broken);
        assertThat(rules.check(before)).isEmpty();
    }

    @Test
    void shouldRunOnlyTheRulesItIsGiven() {
        JourneyRules onlyCare = new JourneyRules(List.of(org.hearth.care.CareRules::check));
        ChildJourney j = aChild().with(imported, carePeriod(day(2025, 1, 6), null)).journey();

        assertThat(onlyCare.check(j)).extracting(Violation::rule)
                .containsExactlyInAnyOrder("care-legal-status-from-start", "care-placement-from-start");
    }
}
