package org.hearth.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hearth.journey.Violation;
import org.springframework.ui.Model;

/**
 * A form's problems, as fragments/forms.html shows them: those about one question (inline, the first one each, linked
 * from the summary) and those about the whole form (a stale record), in the user's words with the DfE rule code
 * where there is one.
 */
public final class FormErrors {
    private final List<String> all = new ArrayList<>();
    private final Map<String, String> byField = new LinkedHashMap<>();
    private final List<String> general = new ArrayList<>();

    public void add(String field, String message, String dfeCode) {
        String text = message + (dfeCode == null ? "" : " (DfE rule " + dfeCode + ")");
        // One problem, one message: the same words from the form's reading and the command's rules (a date that is not
        // a real date) are said once, and a question with its message already gives no second one in the summary.
        if (all.contains(text) || (field != null && byField.containsKey(field))) {
            return;
        }
        all.add(text);
        if (field == null) {
            general.add(text);
        } else {
            byField.putIfAbsent(field, text);
        }
    }

    /**
     * Adds the journey rules' refusals; {@code formField} names the question a record's field is asked in (null: the
     * problem is about the whole form).
     */
    public void addAll(List<Violation> violations, Function<String, String> formField) {
        for (Violation v : violations) {
            add(formField.apply(v.field()), v.message(), v.dfeCode());
        }
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    public List<String> all() {
        return List.copyOf(all);
    }

    /** The model attributes fragments/forms.html reads: errors, fieldErrors, formErrors and the fields entered. */
    public void addTo(Model model, Map<String, String> fields) {
        model.addAttribute("fields", fields);
        model.addAttribute("errors", all);
        model.addAttribute("fieldErrors", byField);
        model.addAttribute("formErrors", general);
    }
}
