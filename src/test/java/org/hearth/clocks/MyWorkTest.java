package org.hearth.clocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MyWorkTest {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    final Caseloads.Entry amy = entry("Amy Zeller", List.of("CP"),
            clock("CP_VISIT", TODAY.minusDays(2), ClockStatus.OVERDUE));
    final Caseloads.Entry ben = entry("Ben Adams", List.of("LOOKED_AFTER"),
            clock("CLA_REVIEW_FIRST", TODAY, ClockStatus.DUE_TODAY));
    final Caseloads.Entry cal = entry("Cal Zeller", List.of("CIN"),
            clock("ASSESSMENT", TODAY.plusDays(20), ClockStatus.DUE));
    final Caseloads.Entry dee = entry("Dee Moss", List.of("CARE_LEAVER"),
            clock("CARE_LEAVER_CONTACT", TODAY.plusDays(5), ClockStatus.DUE));
    final List<Caseloads.Entry> caseload = List.of(amy, ben, cal, dee);

    List<String> names(List<MyWork.Group> groups) {
        return groups.stream().flatMap(g -> g.rows().stream()).map(r -> r.entry().name()).toList();
    }

    MyWork.Choice choice(List<String> status, List<String> kind, List<String> legal, String sort) {
        return MyWork.Choice.of(status, kind, legal, sort);
    }

    @Test
    void shouldSortSoonestDueFirstByDefault() {
        assertThat(names(MyWork.arrange(caseload, choice(null, null, null, null), List.of())))
                .containsExactly("Amy Zeller", "Ben Adams", "Dee Moss", "Cal Zeller");
    }

    @Test
    void shouldSortByTheChildsSurname() {
        assertThat(names(MyWork.arrange(caseload, choice(null, null, null, "name"), List.of())))
                .containsExactly("Ben Adams", "Dee Moss", "Amy Zeller", "Cal Zeller");
    }

    @Test
    void shouldSortByTheKindOfWorkDueNextInTheOrderOfTheJourney() {
        assertThat(names(MyWork.arrange(caseload, choice(null, null, null, "clock"), List.of())))
                .containsExactly("Cal Zeller", "Ben Adams", "Amy Zeller", "Dee Moss");
    }

    @Test
    void shouldFilterByWhereTheClockStands() {
        assertThat(names(MyWork.arrange(caseload, choice(List.of("overdue", "today"), null, null, null), List.of())))
                .containsExactly("Amy Zeller", "Ben Adams");
    }

    @Test
    void shouldFilterByKindOfClockAndLegalStatus() {
        assertThat(names(MyWork.arrange(caseload, choice(null, List.of("visit"), null, null), List.of())))
                .containsExactly("Amy Zeller", "Dee Moss");
        assertThat(names(MyWork.arrange(caseload, choice(null, null, List.of("cla", "leaver"), null), List.of())))
                .containsExactly("Ben Adams", "Dee Moss");
    }

    @Test
    void shouldIgnoreFilterValuesItDoesNotKnow() {
        MyWork.Choice c = choice(List.of("soon"), List.of("nonsense"), List.of("x"), "shoe size");
        assertThat(c.filtered()).isFalse();
        assertThat(c.sort()).isEqualTo("due");
    }

    @Test
    void shouldKeepBrothersAndSistersTogetherInOneGroup() {
        List<MyWork.Group> groups = MyWork.arrange(caseload, choice(null, null, null, null),
                List.<UUID[]>of(new UUID[] {cal.childId(), amy.childId()}));
        assertThat(names(groups)).containsExactly("Amy Zeller", "Cal Zeller", "Ben Adams", "Dee Moss");
        assertThat(groups.get(0).siblings()).isTrue();
        assertThat(groups.get(0).caption()).isEqualTo("Brothers and sisters: Amy Zeller, Cal Zeller");
        assertThat(groups.get(1).siblings()).isFalse();
    }

    @Test
    void shouldIgnoreALinkToAChildNotShown() {
        List<MyWork.Group> groups = MyWork.arrange(caseload, choice(List.of("overdue"), null, null, null),
                List.<UUID[]>of(new UUID[] {cal.childId(), amy.childId()}));
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).siblings()).isFalse();
    }

    static Caseloads.ClockView clock(String rule, LocalDate due, ClockStatus status) {
        return new Caseloads.ClockView(rule, rule, due.minusDays(30), due, null, status);
    }

    static Caseloads.Entry entry(String name, List<String> tags, Caseloads.ClockView... clocks) {
        return new Caseloads.Entry(UUID.randomUUID(), "C1", name, LocalDate.of(2015, 1, 1), null, tags,
                clocks.length == 0 ? null : clocks[0].dueOn(), List.of(clocks));
    }
}
