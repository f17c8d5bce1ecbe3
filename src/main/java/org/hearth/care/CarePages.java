package org.hearth.care;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Dates;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyService;
import org.hearth.journey.RuleViolations;
import org.hearth.platform.web.DateAnswer;
import org.hearth.platform.web.Drafts;
import org.hearth.platform.web.FormAnswers;
import org.hearth.platform.web.FormErrors;
import org.hearth.platform.web.FormRecorder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Looked after, on the web: becoming looked after (a period, a legal status and a placement from one day, recorded
 * together), a change of placement (the old one ends with its reason the day the new one starts) and a change of
 * legal status. The forms offer the codes valid on the date chosen and keep a draft; a change against an old
 * version of the record is refused, in words.
 */
@Controller
class CarePages {
    static final String NEW_FORM = "care-new";
    static final String PLACEMENT_FORM = "placement-change";
    static final String LEGAL_FORM = "legal-status-change";
    /** The fields each form has: a refusal about anything else is about the whole form. */
    static final Set<String> NEW_FIELDS = Set.of("date", "legalStatus", "cin", "placementType", "provider", "postcode",
            "urn");
    static final Set<String> PLACEMENT_FIELDS = Set.of("date", "reason", "placementType", "provider", "postcode", "urn");
    static final Set<String> LEGAL_FIELDS = Set.of("date", "legalStatus");

    private static final Pattern POSTCODE = Pattern.compile("^[A-Z]{1,2}[0-9][0-9A-Z]? ?[0-9][A-Z]{2}$");
    private static final Pattern URN = Pattern.compile("^(SC)?[0-9]{6,7}$");

    private final JourneyService journeys;
    private final CurrentActor currentActor;
    private final Drafts drafts;

    CarePages(JourneyService journeys, CurrentActor currentActor, Drafts drafts) {
        this.journeys = journeys;
        this.currentActor = currentActor;
        this.drafts = drafts;
    }

    // ---- Becoming looked after ----------------------------------------------------------------------------------

    @GetMapping("/children/{childId}/care/new")
    String newForm(@PathVariable UUID childId, Model model) {
        ChildJourney j = read(childId, "record becoming looked after");
        return showNew(j, startFields(childId, NEW_FORM, j), new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/care/new")
    String recordNew(@PathVariable UUID childId, @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        ChildJourney j = read(childId, "record becoming looked after");
        FormErrors errors = new FormErrors();
        LocalDate date = FormAnswers.pastDate(form, "date", "the date the child became looked after", LocalDate.now(),
                errors, "141");
        LocalDate listDate = date == null ? LocalDate.now() : date;
        String ls = FormAnswers.code(form, "legalStatus", "LS", listDate, "Select the child's legal status", "144",
                errors);
        String cin = FormAnswers.code(form, "cin", "CIN", listDate, "Select the category of need", "145", errors);
        PlacementFields p = placement(form, listDate, errors);
        if (date != null && LookedAfter.current(j, date) != null) {
            errors.add("date", "The child is already looked after on " + Dates.uk(date)
                    + ". Record a change of placement or legal status instead", null);
        }
        if (!errors.isEmpty()) {
            return showNew(j, form, errors, model);
        }
        List<JourneyChange<?>> changes = List.of(
                JourneyChange.of(CareStage.CARE_PERIODS, new CarePeriod(null, childId, date, null, null, cin)),
                JourneyChange.of(CareStage.LEGAL_STATUSES, new LegalStatus(null, childId, ls, date, null)),
                JourneyChange.of(CareStage.PLACEMENTS, new Placement(null, childId, date, null, p.type(), p.provider(),
                        p.postcode(), p.urn(), null, null)));
        try {
            journeys.record(actor, childId, null, changes, "record becoming looked after");
        } catch (RuleViolations v) {
            errors.addAll(v.violations(), questions(NEW_FIELDS));
            return showNew(read(childId, "record becoming looked after"), form, errors, model);
        }
        drafts.discard(actor.username(), childId, NEW_FORM);
        return "redirect:/children/" + childId + "?saved=care#looked-after";
    }

    private String showNew(ChildJourney j, Map<String, String> fields, FormErrors errors, Model model) {
        LocalDate listDate = dateOrToday(fields);
        common(j, fields, errors, model);
        model.addAttribute("legalStatuses", FormAnswers.options("LS", listDate));
        model.addAttribute("needs", FormAnswers.options("CIN", listDate));
        placementOptions(model, listDate);
        return "care/new";
    }

    // ---- Change of placement ------------------------------------------------------------------------------------

    @GetMapping("/children/{childId}/placements/change")
    String placementForm(@PathVariable UUID childId, Model model) {
        ChildJourney j = read(childId, "record a change of placement");
        return showPlacement(j, startFields(childId, PLACEMENT_FORM, j), new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/placements/change")
    String changePlacement(@PathVariable UUID childId, @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        ChildJourney j = read(childId, "record a change of placement");
        CarePeriod period = LookedAfter.current(j, LocalDate.now());
        Placement current = period == null ? null : LookedAfter.currentPlacement(j, period);
        FormErrors errors = new FormErrors();
        Long version = FormAnswers.version(form, errors);
        if (current == null) {
            errors.add(null, "The child has no current placement to change. Record becoming looked after first", null);
            return showPlacement(j, form, errors, model);
        }
        LocalDate date = FormAnswers.pastDate(form, "date", "the date of the move", LocalDate.now(), errors, null);
        if (date != null && !date.isAfter(current.claPlacementStartDate())) {
            errors.add("date", "The date of the move must be after the current placement started on "
                    + Dates.uk(current.claPlacementStartDate()), null);
        }
        LocalDate listDate = date == null ? LocalDate.now() : date;
        String reason = FormAnswers.code(form, "reason", "REASON_PLACE_CHANGE", listDate,
                "Select the reason for the change of placement", "225", errors);
        PlacementFields p = placement(form, listDate, errors);
        if (!errors.isEmpty()) {
            return showPlacement(j, form, errors, model);
        }
        Placement ended = current.endingOn(date, reason);
        Placement next = new Placement(null, childId, date, null, p.type(), p.provider(), p.postcode(), p.urn(), null,
                null);
        if (!FormRecorder.record(journeys, actor, childId, version, List.of(JourneyChange.of(CareStage.PLACEMENTS, ended),
                JourneyChange.of(CareStage.PLACEMENTS, next)), "record a change of placement", errors,
                questions(PLACEMENT_FIELDS))) {
            return showPlacement(read(childId, "record a change of placement"), form, errors, model);
        }
        drafts.discard(actor.username(), childId, PLACEMENT_FORM);
        return "redirect:/children/" + childId + "?saved=placement#looked-after";
    }

    private String showPlacement(ChildJourney j, Map<String, String> fields, FormErrors errors, Model model) {
        LocalDate listDate = dateOrToday(fields);
        common(j, fields, errors, model);
        CarePeriod period = LookedAfter.current(j, LocalDate.now());
        model.addAttribute("care", LookedAfter.of(j, LocalDate.now()));
        Placement current = period == null ? null : LookedAfter.currentPlacement(j, period);
        model.addAttribute("currentProvider", current == null ? null
                : LookedAfter.label("PLACE_PROVIDER", current.claPlacementProvider(), current.claPlacementStartDate()));
        model.addAttribute("currentPlacement", current);
        model.addAttribute("reasons", FormAnswers.options("REASON_PLACE_CHANGE", listDate));
        placementOptions(model, listDate);
        return "care/placement-change";
    }

    // ---- Change of legal status ---------------------------------------------------------------------------------

    @GetMapping("/children/{childId}/legal-statuses/change")
    String legalForm(@PathVariable UUID childId, Model model) {
        ChildJourney j = read(childId, "record a change of legal status");
        return showLegal(j, startFields(childId, LEGAL_FORM, j), new FormErrors(), model);
    }

    @PostMapping("/children/{childId}/legal-statuses/change")
    String changeLegal(@PathVariable UUID childId, @RequestParam Map<String, String> form, Model model) {
        form.remove("_csrf");
        Actor actor = currentActor.get();
        ChildJourney j = read(childId, "record a change of legal status");
        CarePeriod period = LookedAfter.current(j, LocalDate.now());
        LegalStatus current = period == null ? null : LookedAfter.currentLegalStatus(j, period);
        FormErrors errors = new FormErrors();
        Long version = FormAnswers.version(form, errors);
        if (current == null) {
            errors.add(null, "The child has no current legal status to change. Record becoming looked after first", null);
            return showLegal(j, form, errors, model);
        }
        LocalDate date = FormAnswers.pastDate(form, "date", "the date the legal status changed", LocalDate.now(),
                errors, null);
        if (date != null && !date.isAfter(current.legalStatusStartDate())) {
            errors.add("date", "The date of the change must be after the current legal status started on "
                    + Dates.uk(current.legalStatusStartDate()), null);
        }
        LocalDate listDate = date == null ? LocalDate.now() : date;
        String ls = FormAnswers.code(form, "legalStatus", "LS", listDate, "Select the new legal status", "144", errors);
        if (ls != null && ls.equals(current.legalStatus())) {
            errors.add("legalStatus", "Select a legal status different from the current one", null);
        }
        if (!errors.isEmpty()) {
            return showLegal(j, form, errors, model);
        }
        LegalStatus ended = current.endingOn(date);
        LegalStatus next = new LegalStatus(null, childId, ls, date, null);
        if (!FormRecorder.record(journeys, actor, childId, version,
                List.of(JourneyChange.of(CareStage.LEGAL_STATUSES, ended), JourneyChange.of(CareStage.LEGAL_STATUSES, next)),
                "record a change of legal status", errors, questions(LEGAL_FIELDS))) {
            return showLegal(read(childId, "record a change of legal status"), form, errors, model);
        }
        drafts.discard(actor.username(), childId, LEGAL_FORM);
        return "redirect:/children/" + childId + "?saved=legal-status#looked-after";
    }

    private String showLegal(ChildJourney j, Map<String, String> fields, FormErrors errors, Model model) {
        LocalDate listDate = dateOrToday(fields);
        common(j, fields, errors, model);
        model.addAttribute("care", LookedAfter.of(j, LocalDate.now()));
        model.addAttribute("legalStatuses", FormAnswers.options("LS", listDate));
        return "care/legal-status-change";
    }

    // ---- Shared -------------------------------------------------------------------------------------------------

    private ChildJourney read(UUID childId, String purpose) {
        return journeys.read(currentActor.get(), childId, "care", purpose);
    }

    /** A draft if there is one, else today's date; always the version read now (a draft is checked against it). */
    private Map<String, String> startFields(UUID childId, String form, ChildJourney j) {
        Map<String, String> fields = new LinkedHashMap<>(drafts.load(currentActor.get().username(), childId, form));
        if (fields.isEmpty()) {
            DateAnswer.fill(fields, "date", LocalDate.now());
        }
        fields.put("version", Long.toString(j.version()));
        return fields;
    }

    private void common(ChildJourney j, Map<String, String> fields, FormErrors errors, Model model) {
        model.addAttribute("child", j.child());
        errors.addTo(model, fields);
    }

    private static void placementOptions(Model model, LocalDate date) {
        model.addAttribute("placementTypes", FormAnswers.options("PLACE", date));
        model.addAttribute("providers", FormAnswers.options("PLACE_PROVIDER", date));
    }

    private record PlacementFields(String type, String provider, String postcode, String urn) {}

    private static PlacementFields placement(Map<String, String> form, LocalDate date, FormErrors errors) {
        String type = FormAnswers.code(form, "placementType", "PLACE", date, "Select the type of placement", "146",
                errors);
        String provider = FormAnswers.code(form, "provider", "PLACE_PROVIDER", date,
                "Select who provides the placement", "178", errors);
        String postcode = FormAnswers.text(form, "postcode");
        if (postcode == null) {
            errors.add("postcode", "Enter the postcode of the placement", null);
        } else {
            postcode = postcode.toUpperCase(Locale.UK).replaceAll("\\s+", "");
            if (postcode.length() > 3 && POSTCODE.matcher(postcode).matches()) {
                postcode = postcode.substring(0, postcode.length() - 3) + " " + postcode.substring(postcode.length() - 3);
            } else {
                errors.add("postcode", "Enter a real postcode for the placement, like AA3 1AB", null);
                postcode = null;
            }
        }
        String urn = FormAnswers.text(form, "urn");
        if (urn != null) {
            urn = urn.toUpperCase(Locale.UK).replaceAll("\\s+", "");
            if (!URN.matcher(urn).matches()) {
                errors.add("urn", "Enter the Ofsted URN as 6 or 7 digits, or SC and 6 digits, like SC123456", "1008");
                urn = null;
            }
        }
        return new PlacementFields(type, provider, postcode, urn);
    }

    private static LocalDate dateOrToday(Map<String, String> fields) {
        LocalDate d = DateAnswer.read(fields, "date").orElse(null);
        return d == null || d.getYear() < 1900 || d.isAfter(LocalDate.now()) ? LocalDate.now() : d;
    }

    /** The refusals' record fields as this form's questions: each to its question if the form asks it, else the form. */
    static java.util.function.Function<String, String> questions(Set<String> formFields) {
        return recordField -> {
            String question = formField(recordField);
            return formFields.contains(question) ? question : null;
        };
    }

    /** The form field a record's field is entered in; anything about dates goes to the date. */
    private static String formField(String recordField) {
        if (recordField == null) {
            return "date";
        }
        return switch (recordField) {
            case "legalStatus" -> "legalStatus";
            case "cinCode" -> "cin";
            case "claPlacementType" -> "placementType";
            case "claPlacementProvider" -> "provider";
            case "claPlacementPostcode" -> "postcode";
            case "claPlacementUrn" -> "urn";
            case "claPlacementChangeReason" -> "reason";
            default -> "date";
        };
    }
}
