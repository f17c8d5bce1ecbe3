package org.hearth.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.journey.JourneyBuilder.cinPlan;
import static org.hearth.journey.JourneyBuilder.day;
import static org.hearth.journey.JourneyBuilder.referral;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.hearth.platform.web.DateAnswer;
import org.hearth.referral.Referral;
import org.junit.jupiter.api.Test;

/** The CIN plan forms read their answers into the commands; what the commands decide is in {@link CinPlanCommandsTest}. */
class CinPlanFormTest {
    static final LocalDate TODAY = day(2026, 3, 10);
    final Referral referral = referral(day(2026, 1, 5));

    static Map<String, String> dated(LocalDate date) {
        Map<String, String> f = new HashMap<>();
        DateAnswer.fill(f, "date", date);
        return f;
    }

    @Test
    void shouldReadTheStartDateIntoTheCommand() {
        assertThat(CinPlanForm.start(dated(day(2026, 2, 2)), TODAY).command()).isEqualTo(new StartCinPlan(day(2026, 2, 2)));
    }

    @Test
    void shouldRefuseADateThatIsNotRealWithTheDfeRule() {
        Map<String, String> nonsense = dated(day(2026, 2, 2));
        nonsense.put("date-month", "13");
        CinPlanForm.Read<StartCinPlan> read = CinPlanForm.start(nonsense, TODAY);
        assertThat(read.command()).isNull();
        assertThat(read.errors().all())
                .containsExactly("Enter the date the plan started as a real date, for example 27 3 2025 (DfE rule 4010)");
    }

    @Test
    void shouldReadTheEndOfTheOpenPlanAndRefuseAnEndBeforeItsStartOrInTheFuture() {
        CinPlan open = cinPlan(referral, day(2026, 1, 10), null);
        assertThat(CinPlanForm.end(open, dated(day(2026, 3, 1)), TODAY).command())
                .isEqualTo(new EndCinPlan(open.id(), day(2026, 3, 1)));
        assertThat(CinPlanForm.end(open, dated(day(2026, 1, 9)), TODAY).errors().all())
                .containsExactly("The plan cannot end before it started on 10 January 2026 (DfE rule 4011)");
        assertThat(CinPlanForm.end(open, dated(TODAY.plusDays(1)), TODAY).errors().all())
                .containsExactly("The date the plan ended must be today or in the past");
    }

    @Test
    void shouldShowEveryRefusalAtTheDateQuestion() {
        assertThat(CinPlanForm.question("cinPlanStartDate")).isEqualTo("date");
        assertThat(CinPlanForm.question(null)).isNull();
    }
}
