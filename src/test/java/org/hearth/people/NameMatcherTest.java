package org.hearth.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameMatcherTest {
    final NameMatcher names = NameMatcher.standard();

    @Test
    void shouldMatchJonToJohnBecauseTheySoundAlike() {
        assertThat(names.wordScore("Jon", "John")).isEqualTo(NameMatcher.SOUNDS_ALIKE);
        assertThat(NameMatcher.phoneticKey("Jon")).isEqualTo(NameMatcher.phoneticKey("John"));
    }

    @Test
    void shouldMatchKatherineToCatherineAndKathryn() {
        assertThat(NameMatcher.phoneticKey("Katherine")).isEqualTo("ktrn");
        assertThat(NameMatcher.phoneticKey("Catherine")).isEqualTo("ktrn");
        assertThat(NameMatcher.phoneticKey("Kathryn")).isEqualTo("ktrn");
        assertThat(names.wordScore("katherine", "Catherine")).isGreaterThanOrEqualTo(NameMatcher.SOUNDS_ALIKE);
    }

    @Test
    void shouldMatchFamiliarFormsBothWays() {
        assertThat(names.wordScore("Bill", "William")).isEqualTo(NameMatcher.NICKNAME);
        assertThat(names.wordScore("William", "Bill")).isEqualTo(NameMatcher.NICKNAME);
        assertThat(names.wordScore("Liz", "Elizabeth")).isEqualTo(NameMatcher.NICKNAME);
        assertThat(names.wordScore("alfie", "Alfred")).isEqualTo(NameMatcher.NICKNAME);
        assertThat(names.variants("sam")).contains("samuel", "samantha");
    }

    @Test
    void shouldForgiveTwoLettersSwappedOrOneMissed() {
        assertThat(NameMatcher.editDistance("okafro", "okafor")).isEqualTo(1);
        assertThat(names.wordScore("Okafro", "Okafor")).isGreaterThanOrEqualTo(NameMatcher.ONE_SLIP);
        assertThat(names.wordScore("Jhon", "John")).isGreaterThan(0);
        assertThat(names.wordScore("Emiyl", "Emily")).isGreaterThan(0);
        assertThat(names.wordScore("Thomspon", "Thompson")).isGreaterThan(0);
    }

    @Test
    void shouldIgnoreCaseAccentsAndPunctuation() {
        assertThat(names.wordScore("zoe", "Zoë")).isEqualTo(NameMatcher.EXACT);
        assertThat(names.wordScore("obrien", "O'Brien")).isEqualTo(NameMatcher.EXACT);
    }

    @Test
    void shouldMatchTheStartOfAName() {
        assertThat(names.wordScore("Alex", "Alexanderson")).isEqualTo(NameMatcher.STARTS_WITH);
    }

    @Test
    void shouldNotMatchNamesThatAreDifferent() {
        assertThat(names.wordScore("Smith", "Jones")).isZero();
        assertThat(names.wordScore("Ian", "Ann")).isLessThan(NameMatcher.SOUNDS_ALIKE);
        assertThat(names.wordScore("Bo", "Al")).isZero();
    }

    @Test
    void shouldNeedEveryTypedWordToMatchOneOfThePersonsNames() {
        List<String> person = List.of("William", "Okafor", "");
        assertThat(names.score(List.of("bill", "okafor"), person)).isGreaterThan(0.9);
        assertThat(names.score(List.of("bill", "smith"), person)).isZero();
        assertThat(names.score(List.of("william", "okafor"), person)).isEqualTo(1.0);
    }

    @Test
    void shouldRankAnExactNameAboveASimilarOne() {
        List<String> exact = List.of("John", "Smith", "");
        List<String> similar = List.of("Jon", "Smyth", "");
        assertThat(names.score(List.of("john", "smith"), exact))
                .isGreaterThan(names.score(List.of("john", "smith"), similar));
    }

    @Test
    void shouldMatchEachPartOfADoubleBarrelledSurname() {
        assertThat(names.score(List.of("jones"), List.of("Ava", "Smith-Jones", ""))).isEqualTo(1.0);
        assertThat(names.score(List.of("maryann"), List.of("Mary-Ann", "Smith", ""))).isEqualTo(1.0);
    }

    @Test
    void shouldReadEveryLineOfTheNicknameTable() {
        assertThat(NameMatcher.load("/people/nicknames.tsv")).hasSizeGreaterThan(300).containsKey("elizabeth");
    }
}
