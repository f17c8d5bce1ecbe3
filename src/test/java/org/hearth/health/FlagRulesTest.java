package org.hearth.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FlagRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final UUID PLAN = UUID.randomUUID();
    static final UUID CARE = UUID.randomUUID();

    static FlagRules.Span span(UUID id, LocalDate from, LocalDate to) {
        return new FlagRules.Span(id, from, to);
    }

    static FlagRules.Facts facts(boolean unborn, List<FlagRules.Span> plans, List<FlagRules.Span> care,
                                 List<FlagRules.Legal> legal) {
        return new FlagRules.Facts(unborn, plans, care, legal);
    }

    @Test
    void shouldFlagAChildOnAnOpenChildProtectionPlanFromItsStart() {
        List<HealthFlag> flags = FlagRules.flags(facts(false, List.of(span(PLAN, TODAY.minusMonths(3), null)), List.of(),
                List.of()), TODAY);
        assertThat(flags).containsExactly(new HealthFlag(FlagKind.CPP, TODAY.minusMonths(3), PLAN));
    }

    @Test
    void shouldFlagAnUnbornChildsPlanAsAnUnbornChildProtectionPlan() {
        List<HealthFlag> flags = FlagRules.flags(facts(true, List.of(span(PLAN, TODAY.minusWeeks(2), null)), List.of(),
                List.of()), TODAY);
        assertThat(flags).extracting(HealthFlag::kind).containsExactly(FlagKind.UCPP);
    }

    @Test
    void shouldStopFlaggingOnTheDayThePlanEnds() {
        FlagRules.Facts ended = facts(false, List.of(span(PLAN, TODAY.minusYears(1), TODAY)), List.of(), List.of());
        assertThat(FlagRules.flags(ended, TODAY)).isEmpty();
        assertThat(FlagRules.flags(ended, TODAY.minusDays(1))).hasSize(1);
    }

    @Test
    void shouldNotFlagAPlanThatStartsAfterTheDay() {
        assertThat(FlagRules.flagged(facts(false, List.of(span(PLAN, TODAY.plusDays(1), null)), List.of(), List.of()),
                TODAY)).isFalse();
    }

    @Test
    void shouldFlagALookedAfterChildUnderACareOrder() {
        List<HealthFlag> flags = FlagRules.flags(facts(false, List.of(), List.of(span(CARE, TODAY.minusYears(2), null)),
                List.of(new FlagRules.Legal("C2", TODAY.minusYears(2), null))), TODAY);
        assertThat(flags).containsExactly(new HealthFlag(FlagKind.CLA, TODAY.minusYears(2), CARE));
    }

    @Test
    void shouldNotFlagAChildLookedAfterOnlyForShortBreaks() {
        FlagRules.Facts respite = facts(false, List.of(), List.of(span(CARE, TODAY.minusMonths(6), null)),
                List.of(new FlagRules.Legal("C2", TODAY.minusYears(3), TODAY.minusYears(2)),
                        new FlagRules.Legal("V4", TODAY.minusMonths(6), null)));
        assertThat(FlagRules.flags(respite, TODAY)).isEmpty();
    }

    @Test
    void shouldFlagBothAPlanAndCareWhenAChildHasBoth() {
        List<HealthFlag> flags = FlagRules.flags(facts(false, List.of(span(PLAN, TODAY.minusMonths(1), null)),
                List.of(span(CARE, TODAY.minusMonths(2), null)), List.of(new FlagRules.Legal("V2", TODAY.minusMonths(2),
                        null))), TODAY);
        assertThat(flags).extracting(HealthFlag::kind).containsExactly(FlagKind.CPP, FlagKind.CLA);
    }

    @Test
    void shouldNotFlagACareLeaver() {
        FlagRules.Facts leaver = facts(false, List.of(), List.of(span(CARE, TODAY.minusYears(4), TODAY.minusMonths(3))),
                List.of(new FlagRules.Legal("C2", TODAY.minusYears(4), TODAY.minusMonths(3))));
        assertThat(FlagRules.flags(leaver, TODAY)).isEmpty();
    }

    @Test
    void shouldFlagOnlyTheLatestOfOverlappingOpenPlans() {
        UUID later = UUID.randomUUID();
        List<HealthFlag> flags = FlagRules.flags(facts(false, List.of(span(PLAN, TODAY.minusMonths(9), null),
                span(later, TODAY.minusMonths(1), null)), List.of(), List.of()), TODAY);
        assertThat(flags).containsExactly(new HealthFlag(FlagKind.CPP, TODAY.minusMonths(1), later));
    }
}
