package org.hearth.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SearchRankingTest {
    final NameMatcher names = NameMatcher.standard();
    final SearchRanking.Candidate william = child("William", "Okafor", LocalDate.of(2015, 4, 3), "C0000101", "9434765919");
    final SearchRanking.Candidate willow = child("Willow", "Okafor", LocalDate.of(2017, 6, 1), "C0000102", null);
    final SearchRanking.Candidate catherine = child("Catherine", "Brown", LocalDate.of(2015, 4, 3), "C0000103", null);

    List<SearchRanking.Match> rank(String q) {
        return SearchRanking.rank(SearchQuery.parse(q), List.of(willow, catherine, william), names, 50);
    }

    @Test
    void shouldReadAnNhsNumberWrittenWithSpaces() {
        SearchQuery q = SearchQuery.parse("943 476 5919");
        assertThat(q.nhsNumber()).isEqualTo("9434765919");
        assertThat(q.words()).isEmpty();
        assertThat(rank("943 476 5919")).extracting(SearchRanking.Match::id).containsExactly(william.id());
    }

    @Test
    void shouldFindByLaIdWhateverItsCase() {
        assertThat(rank("c0000103")).extracting(SearchRanking.Match::id).containsExactly(catherine.id());
        assertThat(rank("c0000103").get(0).why()).isEqualTo("LA id");
    }

    @Test
    void shouldMatchADateOfBirthExactlyOnly() {
        assertThat(rank("3/4/2015")).extracting(SearchRanking.Match::id)
                .containsExactlyInAnyOrder(william.id(), catherine.id());
        assertThat(rank("2015-04-03")).hasSize(2);
        assertThat(rank("4/4/2015")).isEmpty();
    }

    @Test
    void shouldNeedTheDateOfBirthToMatchWhenANameAndDateAreGiven() {
        assertThat(rank("bill okafor 3/4/2015")).extracting(SearchRanking.Match::id).containsExactly(william.id());
        assertThat(rank("willow okafor 3/4/2015")).isEmpty();
    }

    @Test
    void shouldFindANicknameAndRankTheExactNameFirst() {
        assertThat(rank("bill okafor")).extracting(SearchRanking.Match::id).containsExactly(william.id());
        List<SearchRanking.Match> both = rank("willow okafor");
        assertThat(both.get(0).id()).isEqualTo(willow.id());
    }

    @Test
    void shouldFindAMisspeltName() {
        assertThat(rank("katherine")).extracting(SearchRanking.Match::id).containsExactly(catherine.id());
        assertThat(rank("Okafro")).extracting(SearchRanking.Match::id).contains(william.id(), willow.id());
    }

    @Test
    void shouldSayWhenADateDoesNotExist() {
        SearchQuery q = SearchQuery.parse("31/2/2015");
        assertThat(q.problem()).contains("not a real date");
        assertThat(q.isEmpty()).isTrue();
    }

    @Test
    void shouldReadAWordOfMostlyLettersAsANameAsWellAsAnLaId() {
        SearchQuery typo = SearchQuery.parse("Will1am");
        assertThat(typo.laId()).isEqualTo("Will1am");
        assertThat(typo.words()).containsExactly("willam");
        SearchQuery laId = SearchQuery.parse("C0000101");
        assertThat(laId.words()).isEmpty();
        assertThat(rank("Will1am okafor")).extracting(SearchRanking.Match::id).contains(william.id());
    }

    @Test
    void shouldFindNothingForAnEmptySearch() {
        assertThat(rank("  ")).isEmpty();
    }

    @Test
    void shouldKeepTheNamesAsTypedToStartANewPersonsForm() {
        SearchQuery q = SearchQuery.parse("Mary-Ann o'Neill 3/4/2015");
        assertThat(q.typedNames()).containsExactly("Mary-Ann", "o'Neill");
        assertThat(NewChildPage.startFrom(q)).containsEntry("forename", "Mary-Ann").containsEntry("surname", "o'Neill")
                .containsEntry("dob-day", "3").containsEntry("born", "yes");
    }

    static SearchRanking.Candidate child(String forename, String surname, LocalDate dob, String laId, String nhs) {
        return new SearchRanking.Candidate(UUID.randomUUID(), forename, surname, null, dob, null, laId, nhs);
    }
}
