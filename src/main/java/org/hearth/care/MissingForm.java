package org.hearth.care;

import static org.hearth.platform.web.FormAnswers.code;
import static org.hearth.platform.web.FormAnswers.pastDate;
import static org.hearth.platform.web.FormAnswers.yesNo;

import java.time.LocalDate;
import java.util.Map;
import org.hearth.platform.web.FormErrors;

/**
 * A missing or away-from-placement episode, read in plain Java: when it started, missing (M) or away (A), and, once
 * the child is back, when they returned and whether a return home interview was offered and accepted. The same form
 * records the return on an episode already recorded, starting from what it holds.
 */
public final class MissingForm {
    private MissingForm() {}

    /** The command the answers make, or the answers' own errors (then no command). */
    public record Read(RecordMissingEpisode command, FormErrors errors) {}

    public static String question(String recordField) {
        if (recordField == null) return null;
        return switch (recordField) {
            case "missingEpisodeStartDate", "startDate" -> "start";
            case "missingEpisodeEndDate", "endDate" -> "end";
            case "missingEpisodeType" -> "type";
            case "missingRhiOffered" -> "rhiOffered";
            case "missingRhiAccepted" -> "rhiAccepted";
            default -> null;
        };
    }

    /** Fills the form from an episode already recorded (never ask twice). */
    public static void fill(Map<String, String> fields, MissingEpisode e) {
        org.hearth.platform.web.DateAnswer.fill(fields, "start", e.missingEpisodeStartDate());
        fields.put("type", e.missingEpisodeType());
        if (e.missingEpisodeEndDate() != null) {
            org.hearth.platform.web.DateAnswer.fill(fields, "end", e.missingEpisodeEndDate());
        }
        if (e.missingRhiOffered() != null) fields.put("rhiOffered", e.missingRhiOffered() ? "yes" : "no");
        if (e.missingRhiAccepted() != null) fields.put("rhiAccepted", e.missingRhiAccepted() ? "yes" : "no");
    }

    /**
     * Reads the answers: real dates, a type from the list of the day the episode started. Whether the episode can be
     * recorded (the child looked after for "away", the return after the start, the interview) is the command's to say.
     *
     * @param existing the episode being changed (its return recorded), or null for a new one
     */
    public static Read read(MissingEpisode existing, Map<String, String> form, LocalDate today) {
        FormErrors errors = new FormErrors();
        LocalDate start = pastDate(form, "start", "the date the child went missing or away", today, errors, null);
        LocalDate listDate = start == null ? today : start;
        String type = code(form, "type", "MISSING", listDate, "Select whether the child was missing or away from placement",
                null, errors);
        LocalDate end = null;
        boolean endAnswered = !blank(form, "end-day") || !blank(form, "end-month") || !blank(form, "end-year");
        if (endAnswered) {
            end = pastDate(form, "end", "the date the child returned", today, errors, null);
        }
        Boolean offered = yesNo(form, "rhiOffered");
        Boolean accepted = yesNo(form, "rhiAccepted");
        return new Read(errors.isEmpty() ? new RecordMissingEpisode(existing == null ? null : existing.id(), start,
                type, end, offered, accepted) : null, errors);
    }

    private static boolean blank(Map<String, String> form, String field) {
        String v = form.get(field);
        return v == null || v.isBlank();
    }
}
