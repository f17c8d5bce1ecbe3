package org.hearth.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates typed as the forms take them, and postcodes, read out of what was typed into Find a child. */
class SearchQueryTest {
    static final LocalDate NOV_2 = LocalDate.of(2013, 11, 2);

    @Test
    void shouldReadADateTypedAsTheDateInputsTakeItWithSpaces() {
        assertThat(SearchQuery.parse("2 11 2013").dob()).isEqualTo(NOV_2);
        assertThat(SearchQuery.parse("2/11/2013").dob()).isEqualTo(NOV_2);
        assertThat(SearchQuery.parse("2013-11-02").dob()).isEqualTo(NOV_2);
        SearchQuery q = SearchQuery.parse("ola zorn 2 11 2013");
        assertThat(q.dob()).isEqualTo(NOV_2);
        assertThat(q.words()).containsExactly("ola", "zorn");
        assertThat(q.laId()).as("the day and month are not an LA id").isNull();
    }

    @Test
    void shouldSayASpacedDateThatDoesNotExistIsNotARealDate() {
        SearchQuery q = SearchQuery.parse("31 2 2015");
        assertThat(q.dob()).isNull();
        assertThat(q.problem()).isEqualTo("'31 2 2015' is not a real date; write a date of birth like 27 3 2015");
    }

    @Test
    void shouldKeepAnNhsNumberWithSpacesAnNhsNumber() {
        SearchQuery q = SearchQuery.parse("943 476 5919");
        assertThat(q.nhsNumber()).isEqualTo("9434765919");
        assertThat(q.dob()).isNull();
    }

    @Test
    void shouldReadAPostcodeWithOrWithoutItsSpaceInAnyCase() {
        assertThat(SearchQuery.parse("LS6 1AA").postcode()).isEqualTo("LS6 1AA");
        assertThat(SearchQuery.parse("ls61aa").postcode()).isEqualTo("LS6 1AA");
        SearchQuery q = SearchQuery.parse("Zorn SW1A 2AA");
        assertThat(q.postcode()).isEqualTo("SW1A 2AA");
        assertThat(q.words()).containsExactly("zorn");
        assertThat(q.possibleLaId()).isNull();
        assertThat(q.isEmpty()).isFalse();
    }

    @Test
    void shouldNotTakeAnLaIdOrANameForAPostcode() {
        assertThat(SearchQuery.parse("C1234567").postcode()).isNull();
        assertThat(SearchQuery.parse("C1234567").laId()).isEqualTo("C1234567");
        assertThat(SearchQuery.parse("William").postcode()).isNull();
    }
}
