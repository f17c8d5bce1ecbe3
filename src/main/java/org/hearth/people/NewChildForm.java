package org.hearth.people;

import static org.hearth.platform.web.FormAnswers.code;
import static org.hearth.platform.web.FormAnswers.pastDate;
import static org.hearth.platform.web.FormAnswers.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hearth.platform.web.FormErrors;

/**
 * A child not yet on Hearth, read in plain Java after a search found no match: names, date of birth and sex are
 * what a contact usually gives; identifiers and demographics come later, on the record.
 */
public final class NewChildForm {
    static final int NAME_MAX = 100;

    private NewChildForm() {}

    public record Read(Person person, FormErrors errors) {}

    public static Read read(Map<String, String> form, LocalDate today) {
        FormErrors errors = new FormErrors();
        String forename = name(form, "forename", "first name", errors);
        String surname = name(form, "surname", "last name", errors);
        LocalDate dob = pastDate(form, "dob", "the child's date of birth", today, errors, "8525Q");
        String sex = code(form, "sex", "SEX", today, "Select the child's sex", null, errors);
        if (!errors.isEmpty()) {
            return new Read(null, errors);
        }
        return new Read(new Person(null, null, Person.CHILD, forename, surname, null, sex, null, null, dob, null, null,
                null, null, null, null, null, null, null, null, null, null, List.of()), errors);
    }

    private static String name(Map<String, String> form, String field, String what, FormErrors errors) {
        String v = text(form, field);
        if (v == null) {
            errors.add(field, "Enter the child's " + what, null);
        } else if (v.length() > NAME_MAX) {
            errors.add(field, "The child's " + what + " must be " + NAME_MAX + " characters or fewer", null);
            return null;
        }
        return v;
    }
}
