package org.hearth.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.hearth.platform.web.DateAnswer;
import org.junit.jupiter.api.Test;

class NewChildFormTest {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void shouldReadANewChildWhoPassesThePersonRules() {
        Map<String, String> f = new HashMap<>(Map.of("forename", " Ada ", "surname", "Example", "sex", "F"));
        DateAnswer.fill(f, "dob", LocalDate.of(2019, 4, 2));
        NewChildForm.Read read = NewChildForm.read(f, TODAY);
        assertThat(read.errors().isEmpty()).isTrue();
        assertThat(read.person().displayName()).isEqualTo("Ada Example");
        assertThat(read.person().kind()).isEqualTo(Person.CHILD);
        assertThat(PersonRules.check(read.person(), TODAY)).isEmpty();
    }

    @Test
    void shouldRefuseMissingNamesAFutureBirthAndASexNotInTheList() {
        Map<String, String> f = new HashMap<>(Map.of("sex", "Q"));
        DateAnswer.fill(f, "dob", TODAY.plusDays(1));
        assertThat(NewChildForm.read(f, TODAY).errors().all()).containsExactly(
                "Enter the child's first name",
                "Enter the child's last name",
                "The child's date of birth must be today or in the past",
                "Select the child's sex from those used on 10 March 2026");
    }
}
