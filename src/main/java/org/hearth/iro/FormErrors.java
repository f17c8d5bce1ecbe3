package org.hearth.iro;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hearth.journey.Violation;
import org.springframework.ui.Model;

/** A form's errors as the shared GOV.UK form parts show them: a summary, one message per question, general ones. */
final class FormErrors {
    private FormErrors() {}

    static void addTo(Model model, List<Violation> errors, List<String> formFields) {
        Map<String, String> byField = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (Violation v : errors) {
            String text = v.message() + (v.dfeCode() == null ? "" : " (DfE rule " + v.dfeCode() + ")");
            all.add(text);
            if (v.field() != null && formFields.contains(v.field())) {
                byField.putIfAbsent(v.field(), text);
            } else {
                general.add(text);
            }
        }
        model.addAttribute("errors", all);
        model.addAttribute("fieldErrors", byField);
        model.addAttribute("formErrors", general);
    }

    static Violation error(String field, String message) {
        return new Violation("form", null, "form", null, field, message);
    }
}
