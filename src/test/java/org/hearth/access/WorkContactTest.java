package org.hearth.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkContactTest {
    @Test
    void shouldAcceptAUkNumberWithSpacesOrPlus44AndAnEmail() {
        assertThat(WorkContact.problems("01632 960 123", "pat@council.example")).isEmpty();
        assertThat(WorkContact.problems("+44 1632 960123", null)).isEmpty();
        assertThat(WorkContact.problems(" ", " ")).isEmpty();
    }

    @Test
    void shouldRefuseANumberThatIsNotAUkPhoneNumberAndAnEmailWithoutADomain() {
        assertThat(WorkContact.problems("call me", null)).containsKey("phone");
        assertThat(WorkContact.problems("0163", null)).containsKey("phone");
        assertThat(WorkContact.problems("01632 960 123 4567 89", null)).containsKey("phone");
        assertThat(WorkContact.problems(null, "pat@")).containsKey("email");
        assertThat(WorkContact.problems(null, "pat council.example")).containsKey("email");
    }
}
