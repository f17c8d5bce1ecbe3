package org.hearth.portal;

import org.hearth.portal.space.MyAmbitions;
import org.hearth.portal.space.MyPerson;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PortalRulesTest {
    @Test
    void shouldNormaliseAUkMobileAndAnEmailAndRefuseOtherText() {
        assertThat(Contact.parse("07700 900123")).contains(new Contact("PHONE", "07700900123"));
        assertThat(Contact.parse("+44 (7700) 900-123")).contains(new Contact("PHONE", "07700900123"));
        assertThat(Contact.parse(" Sam.Child@Example.org ")).contains(new Contact("EMAIL", "sam.child@example.org"));
        assertThat(Contact.parse("1234")).isEmpty();
        assertThat(Contact.parse("01632 960000")).isEmpty(); // a landline gets no text message
        assertThat(Contact.parse("not@valid")).isEmpty();
        assertThat(Contact.parse(null)).isEmpty();
        assertThat(Contact.parse("a".repeat(300) + "@example.org")).isEmpty();
    }

    @Test
    void shouldMaskTheContactShownToTheWorker() {
        assertThat(new Contact("PHONE", "07700900123").masked()).isEqualTo("07*******23");
        assertThat(new Contact("EMAIL", "sam@example.org").masked()).isEqualTo("s***@example.org");
    }

    @Test
    void shouldRefuseAPinThatIsEasyToGuessOrNotTheSameTwice() {
        assertThat(PortalAccounts.pinProblem("4821", "4821")).isNull();
        assertThat(PortalAccounts.pinProblem("482193", "482193")).isNull();
        assertThat(PortalAccounts.pinProblem("123", "123")).contains("4, 5 or 6");
        assertThat(PortalAccounts.pinProblem("1234567", "1234567")).contains("4, 5 or 6");
        assertThat(PortalAccounts.pinProblem("abcd", "abcd")).contains("4, 5 or 6");
        assertThat(PortalAccounts.pinProblem("1111", "1111")).contains("harder to guess");
        assertThat(PortalAccounts.pinProblem("1234", "1234")).contains("harder to guess");
        assertThat(PortalAccounts.pinProblem("9876", "9876")).contains("harder to guess");
        assertThat(PortalAccounts.pinProblem("4821", "4822")).contains("not the same");
        assertThat(PortalAccounts.pinProblem(null, null)).isNotNull();
    }

    @Test
    void shouldKeepAPetOrPersonInTheChildsWordsAndRefuseNoName() {
        MyPerson.Checked ok = MyPerson.check(null, UUID.randomUUID(), Map.of("kind", "PET", "name", "Biscuit", "who",
                "my dog", "words", "He sleeps on my bed", "keepSeeing", "yes"), 0);
        assertThat(ok.person().pet()).isTrue();
        assertThat(ok.person().keepSeeing()).isTrue();
        MyPerson.Checked bad = MyPerson.check(null, UUID.randomUUID(), Map.of("kind", "CAT", "name", " "), 0);
        assertThat(bad.person()).isNull();
        assertThat(bad.problems()).containsKeys("kind", "name");
        assertThat(MyPerson.check(null, UUID.randomUUID(), Map.of("kind", "PERSON", "name", "x".repeat(101)), 0)
                .problems()).containsKey("name");
    }

    @Test
    void shouldRefuseAmbitionsWithNothingWritten() {
        assertThat(MyAmbitions.check(Map.of(), 0).problems()).containsKey("oneYear");
        assertThat(MyAmbitions.check(Map.of("fiveYears", "Be a vet"), 3).ambitions())
                .isEqualTo(new MyAmbitions(null, null, "Be a vet", 3));
    }
}
