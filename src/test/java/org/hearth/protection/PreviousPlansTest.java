package org.hearth.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.aChild;
import static org.hearth.journey.JourneyBuilder.day;

import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.junit.jupiter.api.Test;

class PreviousPlansTest {
    static CpPlan plan(java.time.LocalDate start, java.time.LocalDate end, Integer previous) {
        return new CpPlan(UUID.randomUUID(), null, null, null, start, end, "NEG", "NEG", previous);
    }

    @Test
    void shouldCountTheChildsEarlierPlansWhenNotGiven() {
        ChildJourney j = aChild().journey()
                .with(ProtectionStage.CP_PLANS, plan(day(2020, 1, 6), day(2020, 9, 1), null))
                .with(ProtectionStage.CP_PLANS, plan(day(2022, 3, 7), day(2023, 1, 9), null));

        CpPlan next = PreviousPlans.filledIn(j, plan(day(2025, 2, 3), null, null));

        assertThat(next.numberOfPreviousPlans()).isEqualTo(2);
    }

    @Test
    void shouldCountNoneForAFirstPlan() {
        assertThat(PreviousPlans.filledIn(aChild().journey(), plan(day(2025, 2, 3), null, null)).numberOfPreviousPlans())
                .isZero();
    }

    @Test
    void shouldKeepANumberGivenByAnImport() {
        assertThat(PreviousPlans.filledIn(aChild().journey(), plan(day(2025, 2, 3), null, 3)).numberOfPreviousPlans())
                .isEqualTo(3);
    }
}
