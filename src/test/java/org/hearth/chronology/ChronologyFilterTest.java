package org.hearth.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChronologyFilterTest {
    @Test
    void shouldShowEveryKindWhenNoneIsChosen() {
        ChronologyFilter filter = ChronologyFilter.of(null);
        assertThat(filter.everything()).isTrue();
        assertThat(filter.describe()).isEqualTo("All kinds of event");
        assertThat(filter.query()).isEmpty();
    }

    @Test
    void shouldIgnoreANameThatIsNotAKindOfEvent() {
        ChronologyFilter filter = ChronologyFilter.of(Arrays.asList("visits", "nonsense", null, "<script>"));
        assertThat(filter.kinds()).containsExactly("visits");
        assertThat(filter.query()).isEqualTo("?kind=visits");
    }

    @Test
    void shouldOfferOnlyTheKindsPresentInTheOrderOfTheJourney() {
        ChronologyFilter filter = ChronologyFilter.of(List.of("placements"));
        List<ChronologyFilter.Option> options = filter.options(List.of(new Chronology.KindCount("visits", 4),
                new Chronology.KindCount("placements", 2), new Chronology.KindCount("referrals", 1)));

        assertThat(options).extracting(ChronologyFilter.Option::label)
                .containsExactly("Referrals", "Placements", "Visits");
        assertThat(options).filteredOn(ChronologyFilter.Option::checked).extracting(ChronologyFilter.Option::kind)
                .containsExactly("placements");
        assertThat(options.get(2).count()).isEqualTo(4);
    }

    @Test
    void shouldDescribeAndRepeatTheChosenKindsInJourneyOrder() {
        ChronologyFilter filter = ChronologyFilter.of(List.of("visits", "s47-enquiries", "people-who-matter"));
        assertThat(filter.describe()).isEqualTo("Section 47 enquiries, Visits, People who matter");
        assertThat(filter.query()).isEqualTo("?kind=s47-enquiries&kind=visits&kind=people-who-matter");
    }
}
