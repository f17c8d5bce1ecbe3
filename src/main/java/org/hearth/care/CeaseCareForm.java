package org.hearth.care;

import static org.hearth.platform.web.FormAnswers.pastDate;

import java.time.LocalDate;
import java.util.Map;
import org.hearth.platform.web.FormErrors;

/**
 * The ceasing-to-be-looked-after form, read into the {@link CeaseCare} command: the page asks for the date and the
 * reason episode ceased; the command decides what ends.
 */
public final class CeaseCareForm {
    private CeaseCareForm() {}

    /** The command the answers make, or the answers' own errors (then no command). */
    public record Read(CeaseCare command, FormErrors errors) {}

    /** The question that asks for a record field the command or the rules refused. */
    public static String question(String recordField) {
        if (recordField == null) return null;
        return "reasonCeased".equals(recordField) ? "reason" : "date";
    }

    /** The reasons a period of care can end with on {@code date}, in words (X1 is not one). */
    public static Map<String, String> reasons(LocalDate date) {
        Map<String, String> out = new java.util.LinkedHashMap<>(org.hearth.platform.web.FormAnswers.options("REC", date));
        out.remove(CeaseCare.WITHIN_CARE);
        return out;
    }

    public static Read read(Map<String, String> form, LocalDate today) {
        FormErrors errors = new FormErrors();
        LocalDate date = pastDate(form, "date", "the date the child ceased to be looked after", today, errors, null);
        String reason = form.get("reason") == null || form.get("reason").isBlank() ? null : form.get("reason").strip();
        return new Read(errors.isEmpty() ? new CeaseCare(date, reason) : null, errors);
    }
}
