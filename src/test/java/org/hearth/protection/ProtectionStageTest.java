package org.hearth.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.aChild;
import static org.hearth.journey.JourneyBuilder.day;
import static org.hearth.journey.JourneyBuilder.icpc;
import static org.hearth.journey.JourneyBuilder.referral;
import static org.hearth.journey.JourneyBuilder.s47;

import java.time.LocalDate;
import java.util.List;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Stage;
import org.hearth.referral.Referral;
import org.junit.jupiter.api.Test;

/** The protection steps offered on the child's record: only to those who may take them, only when not refused. */
class ProtectionStageTest {
    static final LocalDate TODAY = day(2026, 3, 10);
    static final Referral REFERRAL = referral(day(2026, 1, 5));
    final ProtectionStage stage = new ProtectionStage();

    List<String> offered(ChildJourney j, Role role) {
        return stage.actions(j, new Actor("u.test", "U Test", role, "T1"), TODAY).stream().map(Stage.Action::label)
                .toList();
    }

    @Test
    void shouldOfferAStrategyDiscussionToTheWorkerAndManagerButNotTheIro() {
        ChildJourney referred = aChild().with(REFERRAL).journey();
        assertThat(offered(referred, Role.SOCIAL_WORKER)).containsExactly("Record a strategy discussion");
        assertThat(offered(referred, Role.TEAM_MANAGER)).containsExactly("Record a strategy discussion");
        assertThat(offered(referred, Role.IRO)).isEmpty();
        assertThat(offered(referred, Role.EARLY_HELP_WORKER)).isEmpty();
        assertThat(offered(aChild().journey(), Role.SOCIAL_WORKER)).isEmpty();
    }

    @Test
    void shouldOfferTheOutcomeToTheWorkerAndTheConferenceToTheChairWhileTheEnquiryAwaitsOne() {
        S47Enquiry enquiry = s47(REFERRAL, null, day(2026, 1, 6));
        ChildJourney j = aChild().with(REFERRAL, enquiry).journey();
        assertThat(offered(j, Role.SOCIAL_WORKER)).containsExactly("Record the outcome of the section 47 enquiry",
                "Record the initial conference");
        assertThat(offered(j, Role.IRO)).containsExactly("Record the initial conference");
        ChildJourney held = aChild().with(REFERRAL, enquiry, icpc(REFERRAL, enquiry, day(2026, 1, 26), false)).journey();
        assertThat(offered(held, Role.IRO)).isEmpty();
    }

    @Test
    void shouldOfferAReviewConferenceOnlyWhileAPlanIsOpen() {
        ChildJourney onPlan = aChild().with(REFERRAL).onCpPlan(REFERRAL, day(2026, 1, 26), null).journey();
        assertThat(offered(onPlan, Role.IRO)).containsExactly("Record a review conference");
        assertThat(offered(onPlan, Role.SOCIAL_WORKER)).containsExactly("Record a review conference");
        assertThat(offered(onPlan, Role.PERSONAL_ADVISER)).isEmpty();
        ChildJourney ended = aChild().with(REFERRAL).onCpPlan(REFERRAL, day(2026, 1, 26), day(2026, 3, 1)).journey();
        assertThat(offered(ended, Role.IRO)).isEmpty();
        assertThat(offered(ended, Role.SOCIAL_WORKER)).containsExactly("Record a strategy discussion");
    }

    @Test
    void shouldPutTheCardsLinksFromTheActionsOfferedOnTheSummary() {
        ChildJourney onPlan = aChild().with(REFERRAL).onCpPlan(REFERRAL, day(2026, 1, 26), null).journey();
        Actor iro = new Actor("iro.test", "I Test", Role.IRO, "T1");
        ProtectionSummary summary = ProtectionSummary.of(onPlan, List.of(), iro, TODAY);
        assertThat(summary.plan().recordReview().href()).endsWith("/cp-reviews/new");
        assertThat(summary.strategyDiscussion()).isNull();
        assertThat(summary.shows(summary.plan().recordReview())).isTrue();
        Stage.Action other = new Stage.Action("Record a visit", "/children/x/visits/new", List.of("visits"));
        assertThat(summary.notShown(List.of(summary.plan().recordReview(), other))).containsExactly(other);
        Actor pa = new Actor("pa.test", "P Test", Role.PERSONAL_ADVISER, "T1");
        assertThat(ProtectionSummary.of(onPlan, List.of(), pa, TODAY).plan().recordReview()).isNull();
    }

    @Test
    void shouldNotPutTheStrategyDiscussionButtonOnTheRecordForAnIro() {
        ChildJourney referred = aChild().with(REFERRAL).journey();
        Actor iro = new Actor("iro.test", "I Test", Role.IRO, "T1");
        Actor worker = new Actor("sw.test", "S Test", Role.SOCIAL_WORKER, "T1");
        assertThat(ProtectionSummary.of(referred, List.of(), iro, TODAY).strategyDiscussion()).isNull();
        assertThat(ProtectionSummary.of(referred, List.of(), worker, TODAY).strategyDiscussion().href())
                .endsWith("/strategy-discussions/new");
    }

    @Test
    void shouldSayWhatEachProtectionFormSaved() {
        assertThat(stage.savedMessages()).containsEntry("s47", "Strategy discussion recorded and section 47 enquiry started")
                .containsEntry("cp-review-end", "Child protection review recorded and the plan ended")
                .containsKeys("strategy", "s47-outcome", "conference", "cp-plan", "cp-review");
    }

    @Test
    void shouldFindTheOpenPlanItsLastReviewAndTheOpenEnquiryInOnePlace() {
        ChildJourney onPlan = aChild().with(REFERRAL).onCpPlan(REFERRAL, day(2026, 1, 26), null).journey();
        CpPlan plan = ChildProtection.openPlan(onPlan);
        assertThat(plan).isNotNull();
        assertThat(ChildProtection.lastReview(onPlan, plan)).isNull();
        CpReview early = org.hearth.journey.JourneyBuilder.cpReview(plan, day(2026, 2, 10));
        CpReview late = org.hearth.journey.JourneyBuilder.cpReview(plan, day(2026, 3, 2));
        ChildJourney reviewed = org.hearth.journey.JourneyBuilder.add(org.hearth.journey.JourneyBuilder.add(onPlan, late), early);
        assertThat(ChildProtection.lastReview(reviewed, plan)).isEqualTo(late);
        assertThat(ChildProtection.lastReview(reviewed)).isEqualTo(late);
        S47Enquiry open = s47(REFERRAL, null, day(2026, 1, 6));
        assertThat(ChildProtection.openEnquiry(aChild().with(REFERRAL, open).journey())).contains(open);
        assertThat(ChildProtection.category(plan)).isEqualTo("NEG");
    }
}
