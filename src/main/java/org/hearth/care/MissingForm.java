package org.hearth.care;

import static org.hearth.platform.web.FormAnswers.code;
import static org.hearth.platform.web.FormAnswers.pastDate;
import static org.hearth.platform.web.FormAnswers.yesNo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Dates;
import org.hearth.journey.JourneyChange;
import org.hearth.platform.web.FormErrors;

/**
 * A missing or away-from-placement episode, read in plain Java: when it started, missing (M) or away (A), and, once
 * the child is back, when they returned and whether a return home interview was offered and accepted. The same form
 * records the return on an episode already recorded, starting from what it holds.
 */
public final class MissingForm {
    private MissingForm() {}

    public record Read(List<JourneyChange<?>> changes, FormErrors errors) {}

    public static String question(String recordField) {
        if (recordField == null) return null;
        return switch (recordField) {
            case "missingEpisodeStartDate", "startDate" -> "start";
            case "missingEpisodeEndDate", "endDate" -> "end";
            case "missingEpisodeType" -> "type";
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

    /** @param existing the episode being changed (its return recorded), or null for a new one */
    public static Read read(ChildJourney j, MissingEpisode existing, Map<String, String> form, LocalDate today) {
        FormErrors errors = new FormErrors();
        LocalDate start = pastDate(form, "start", "the date the child went missing or away", today, errors, null);
        LocalDate listDate = start == null ? today : start;
        String type = code(form, "type", "MISSING", listDate, "Select whether the child was missing or away from placement",
                null, errors);
        if ("A".equals(type) && start != null && LookedAfter.current(j, start) == null) {
            errors.add("type", "A child can only be away from placement while looked after; the child was not looked "
                    + "after on " + Dates.uk(start) + ". Select missing", null);
        }
        LocalDate end = null;
        boolean endAnswered = !blank(form, "end-day") || !blank(form, "end-month") || !blank(form, "end-year");
        if (endAnswered) {
            end = pastDate(form, "end", "the date the child returned", today, errors, null);
            if (end != null && start != null && end.isBefore(start)) {
                errors.add("end", "The date the child returned must be on or after the day they went missing, "
                        + Dates.uk(start), null);
            }
        }
        Boolean offered = yesNo(form, "rhiOffered");
        Boolean accepted = yesNo(form, "rhiAccepted");
        if (!endAnswered && (offered != null || accepted != null)) {
            errors.add("end", "Enter the date the child returned: a return home interview follows the return", null);
        }
        if (endAnswered && offered == null) {
            errors.add("rhiOffered", "Select yes if the child was offered a return home interview", null);
        }
        if (Boolean.TRUE.equals(offered) && accepted == null) {
            errors.add("rhiAccepted", "Select yes if the child accepted the return home interview", null);
        }
        if (Boolean.FALSE.equals(offered) && Boolean.TRUE.equals(accepted)) {
            errors.add("rhiAccepted", "A return home interview that was not offered cannot have been accepted", null);
        }
        if (!errors.isEmpty()) {
            return new Read(List.of(), errors);
        }
        MissingEpisode episode = new MissingEpisode(existing == null ? null : existing.id(), j.child().id(), start, type,
                end, offered, Boolean.TRUE.equals(offered) ? accepted : offered == null ? null : Boolean.FALSE);
        return new Read(List.of(JourneyChange.of(CareStage.MISSING, episode)), errors);
    }

    private static boolean blank(Map<String, String> form, String field) {
        String v = form.get(field);
        return v == null || v.isBlank();
    }
}
