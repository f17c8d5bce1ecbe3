package org.hearth.care;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hearth.journey.JourneyCommand;
import org.hearth.platform.web.FormAnswers;
import org.hearth.platform.web.FormErrors;

/**
 * The becoming-looked-after, change-of-placement and change-of-legal-status forms, read into their commands
 * ({@link BecomeLookedAfter}, {@link ChangePlacement}, {@link ChangeLegalStatus}). A form checks its answers (a real
 * date, codes from the lists of that date, a real postcode); the command decides whether the step can be taken.
 */
public final class CareForms {
    private CareForms() {}

    /** The fields each form has: a refusal about anything else is about the whole form. */
    static final Set<String> NEW_FIELDS = Set.of("date", "legalStatus", "cin", "placementType", "provider", "postcode",
            "urn");
    static final Set<String> PLACEMENT_FIELDS = Set.of("date", "reason", "placementType", "provider", "postcode", "urn");
    static final Set<String> LEGAL_FIELDS = Set.of("date", "legalStatus");

    /** The command the answers make, or the answers' own errors (then no command). */
    public record Read<C extends JourneyCommand>(C command, FormErrors errors) {}

    public static Read<BecomeLookedAfter> becoming(Map<String, String> form, LocalDate today) {
        FormErrors errors = new FormErrors();
        LocalDate date = FormAnswers.pastDate(form, "date", "the date the child became looked after", today, errors,
                "141");
        LocalDate listDate = date == null ? today : date;
        String ls = FormAnswers.code(form, "legalStatus", "LS", listDate, "Select the child's legal status", "144",
                errors);
        String cin = FormAnswers.code(form, "cin", "CIN", listDate, "Select the category of need", "145", errors);
        NewPlacement p = placement(form, listDate, errors);
        return new Read<>(errors.isEmpty() ? new BecomeLookedAfter(date, ls, cin, p) : null, errors);
    }

    public static Read<ChangePlacement> move(Map<String, String> form, LocalDate today) {
        FormErrors errors = new FormErrors();
        LocalDate date = FormAnswers.pastDate(form, "date", "the date of the move", today, errors, null);
        LocalDate listDate = date == null ? today : date;
        String reason = FormAnswers.code(form, "reason", "REASON_PLACE_CHANGE", listDate,
                "Select the reason for the change of placement", "225", errors);
        NewPlacement p = placement(form, listDate, errors);
        return new Read<>(errors.isEmpty() ? new ChangePlacement(date, reason, p) : null, errors);
    }

    public static Read<ChangeLegalStatus> legalStatus(Map<String, String> form, LocalDate today) {
        FormErrors errors = new FormErrors();
        LocalDate date = FormAnswers.pastDate(form, "date", "the date the legal status changed", today, errors, null);
        LocalDate listDate = date == null ? today : date;
        String ls = FormAnswers.code(form, "legalStatus", "LS", listDate, "Select the new legal status", "144", errors);
        return new Read<>(errors.isEmpty() ? new ChangeLegalStatus(date, ls) : null, errors);
    }

    private static NewPlacement placement(Map<String, String> form, LocalDate date, FormErrors errors) {
        String type = FormAnswers.code(form, "placementType", "PLACE", date, "Select the type of placement", "146",
                errors);
        String provider = FormAnswers.code(form, "provider", "PLACE_PROVIDER", date,
                "Select who provides the placement", "178", errors);
        String postcode = FormAnswers.text(form, "postcode");
        if (postcode == null) {
            errors.add("postcode", "Enter the postcode of the placement", null);
        } else if (NewPlacement.postcodeOf(postcode) == null) {
            errors.add("postcode", "Enter a real postcode for the placement, like AA3 1AB", null);
        }
        String urn = FormAnswers.text(form, "urn");
        if (urn != null && NewPlacement.urnOf(urn) == null) {
            errors.add("urn", "Enter the Ofsted URN as 6 or 7 digits, or SC and 6 digits, like SC123456", "1008");
        }
        return new NewPlacement(type, provider, postcode, urn);
    }

    /** The refusals' record fields as this form's questions: each to its question if the form asks it, else the form. */
    static Function<String, String> questions(Set<String> formFields) {
        return recordField -> {
            String question = formField(recordField);
            return formFields.contains(question) ? question : null;
        };
    }

    /** The form field a record's field is entered in; anything about dates goes to the date. */
    private static String formField(String recordField) {
        if (recordField == null) {
            return null;
        }
        return switch (recordField) {
            case "legalStatus" -> "legalStatus";
            case "cinCode" -> "cin";
            case "claPlacementType" -> "placementType";
            case "claPlacementProvider" -> "provider";
            case "claPlacementPostcode" -> "postcode";
            case "claPlacementUrn" -> "urn";
            case "claPlacementChangeReason" -> "reason";
            case "claReviewParticipation" -> "participation";
            case "claReviewChildViews" -> "views";
            case "claReviewDecisions" -> "decisions";
            default -> "date";
        };
    }
}
