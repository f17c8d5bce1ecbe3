package org.hearth.portal.space;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HarmWordsTest {
    final HarmWords harm = HarmWords.standard();

    @Test
    void shouldFlagAPhraseWhateverTheCaseSpacingAndPunctuation() {
        assertThat(harm.suggestsHarm("He HIT   me again!!")).isTrue();
        assertThat(harm.found("sometimes i want to kill. myself")).contains("kill myself");
        assertThat(harm.suggestsHarm("I don't feel safe... not safe at all")).isTrue();
        assertThat(harm.suggestsHarm("I want to self-harm")).isTrue();
    }

    @Test
    void shouldNotFlagWordsThatOnlyContainAPhrase() {
        assertThat(harm.suggestsHarm("We had white meat and chips, it was nice")).isFalse();
        assertThat(harm.suggestsHarm("My hit list of films")).isFalse();
        assertThat(harm.suggestsHarm("Shurt me")).isFalse();
        assertThat(harm.suggestsHarm("")).isFalse();
        assertThat(harm.suggestsHarm(null)).isFalse();
    }

    @Test
    void shouldReadTheListAsDataIgnoringCommentsAndBlankLines() {
        HarmWords mine = new HarmWords(List.of("  Scary  Dog ", "", "   "));
        assertThat(mine.suggestsHarm("there is a scary dog")).isTrue();
        assertThat(mine.suggestsHarm("the dog is scary")).isFalse();
    }
}
