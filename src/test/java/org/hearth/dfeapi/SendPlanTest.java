package org.hearth.dfeapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.dfeapi.Child.d;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.assessment.AssessmentStage;
import org.hearth.assessment.CinPlan;
import org.hearth.referral.Referral;
import org.hearth.referral.ReferralStage;
import org.junit.jupiter.api.Test;

/** Full and partial sends, purges, and batches of at most 100. */
class SendPlanTest {
    static final Cohort.Window WINDOW = ChildPayloadTest.WINDOW;

    static Child withEpisode(String laId) {
        Child c = Child.born(laId, d("2015-01-01"));
        Referral r = new Referral(UUID.randomUUID(), c.id(), null, d("2025-03-01"), "1A", "N1", d("2025-03-01"), false,
                null, null);
        c.with(ReferralStage.REFERRALS, r);
        c.with(AssessmentStage.CIN_PLANS, new CinPlan(UUID.randomUUID(), c.id(), r.id(), d("2025-04-01"), null));
        return c;
    }

    static SendPlan.Current current(Child c) {
        return SendPlan.Current.of(c.id(), ChildPayload.of(c.journey(), WINDOW));
    }

    /** What the DfE holds once it has accepted these payloads. */
    static Map<UUID, SendPlan.Sent> accepted(List<SendPlan.Current> current) {
        Map<UUID, SendPlan.Sent> out = new HashMap<>();
        for (SendPlan.Current c : current) {
            out.put(c.personId(), new SendPlan.Sent(c.personId(), c.laChildId(), c.misChildId(), c.hash(), c.text(), false));
        }
        return out;
    }

    @Test
    void shouldSendEveryChildInAFullSendAndOnlyTheChangedOneInAPartial() {
        Child a = withEpisode("A1");
        Child b = withEpisode("B1");
        List<SendPlan.Current> before = List.of(current(a), current(b));
        Map<UUID, SendPlan.Sent> held = accepted(before);
        b.person = new org.hearth.journey.child.Person(b.person.id(), "B1", "CHILD", "Bea", "Example", null, "F", null,
                "WBRI", b.person.dob(), null, null, null, null, null, null, null, null, null, null, false, null, List.of());
        List<SendPlan.Current> now = List.of(current(a), current(b));

        assertThat(SendPlan.plan(SendPlan.Mode.FULL, now, held)).extracting(SendPlan.Outgoing::laChildId)
                .containsExactly("A1", "B1");
        List<SendPlan.Outgoing> partial = SendPlan.plan(SendPlan.Mode.PARTIAL, now, held);
        assertThat(partial).extracting(SendPlan.Outgoing::laChildId).containsExactly("B1");
        assertThat(partial.get(0).kind()).isEqualTo(SendPlan.Kind.CHILD);
        assertThat(SendPlan.plan(SendPlan.Mode.PARTIAL, List.of(current(a)), accepted(List.of(current(a))))).isEmpty();
    }

    @Test
    void shouldSendAChildNeverAcceptedInAPartial() {
        Child a = withEpisode("A1");
        assertThat(SendPlan.plan(SendPlan.Mode.PARTIAL, List.of(current(a)), Map.of())).hasSize(1);
    }

    @Test
    void shouldPurgeAChildWhoLeftTheFlowOrWasDeletedOnceOnly() {
        Child a = withEpisode("A1");
        Child gone = withEpisode("G1");
        Map<UUID, SendPlan.Sent> held = accepted(List.of(current(a), current(gone)));
        List<SendPlan.Outgoing> plan = SendPlan.plan(SendPlan.Mode.PARTIAL, List.of(current(a)), held);
        assertThat(plan).hasSize(1);
        SendPlan.Outgoing purge = plan.get(0);
        assertThat(purge.kind()).isEqualTo(SendPlan.Kind.PURGE);
        assertThat(purge.body()).isEqualTo(Map.of("la_child_id", "G1", "mis_child_id", gone.id().toString(),
                "purge", true));
        held.put(gone.id(), new SendPlan.Sent(gone.id(), "G1", gone.id().toString(), null, null, true));
        assertThat(SendPlan.plan(SendPlan.Mode.FULL, List.of(current(a)), held))
                .as("a purge the DfE accepted is not sent again").extracting(SendPlan.Outgoing::kind)
                .containsExactly(SendPlan.Kind.CHILD);
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldPurgeAPlanTheRecordNoLongerHasInsideTheChangedChild() {
        Child a = withEpisode("A1");
        Map<UUID, SendPlan.Sent> held = accepted(List.of(current(a)));
        CinPlan plan = (CinPlan) a.records.get(AssessmentStage.CIN_PLANS).get(0);
        a.records.remove(AssessmentStage.CIN_PLANS); // recorded in error and deleted
        List<SendPlan.Outgoing> out = SendPlan.plan(SendPlan.Mode.PARTIAL, List.of(current(a)), held);
        assertThat(out).hasSize(1);
        Map<String, Object> episode = (Map<String, Object>) ((List<Object>) out.get(0).body().get("social_care_episodes")).get(0);
        assertThat((List<Object>) episode.get("child_in_need_plans"))
                .containsExactly(Map.of("child_in_need_plan_id", plan.id().toString(), "purge", true));
        assertThat(out.get(0).text()).as("what is remembered is the record, not the purge entries")
                .doesNotContain(plan.id().toString());
    }

    @Test
    void shouldSplitIntoBatchesOfAtMost100() {
        List<Integer> records = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            records.add(i);
        }
        assertThat(SendPlan.batches(records, 100)).extracting(List::size).containsExactly(100, 100, 50);
        assertThatThrownBy(() -> SendPlan.batches(records, 101)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("100");
    }
}
