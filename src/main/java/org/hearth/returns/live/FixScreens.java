package org.hearth.returns.live;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hearth.care.LookedAfter;
import org.hearth.journey.ChildJourney;
import org.hearth.protection.S47Enquiry;
import org.hearth.protection.ProtectionStage;

/**
 * Which Hearth page puts a return error right: the table the rule flags (and, for episodes, the fields it names)
 * decide the part of the record; a form is given where Hearth has one for that part and it can be used now (a
 * placement can only be changed while the child is looked after), else the part of the child's record that shows it.
 * Plain Java, so the mapping is tested directly.
 */
public final class FixScreens {
    /** 903 Episodes fields that a change of placement records. */
    static final Set<String> PLACEMENT_FIELDS = Set.of("PLACE", "PLACE_PROVIDER", "PL_POST", "URN",
            "REASON_PLACE_CHANGE", "PL_DISTANCE", "PL_LA", "PL_LOCATION");
    static final Set<String> LEGAL_STATUS_FIELDS = Set.of("LS");

    private FixScreens() {}

    /**
     * @param table   the DfE table of the flagged row; a previous year's 903 table ({@code _last}) is fixed where
     *                this year's is
     * @param fields  the fields the rule names
     * @param row     every value of the flagged row (by field name), to find the record it came from
     * @param journey the child's record
     * @param today   the day, for what can be changed now
     */
    public static FixScreen forIssue(ReturnKind kind, String table, List<String> fields, Map<String, String> row,
                                     ChildJourney journey, LocalDate today) {
        UUID id = journey.child().id();
        String base = "/children/" + id;
        String t = table.endsWith("_last") ? table.substring(0, table.length() - "_last".length()) : table;
        FixScreen record = new FixScreen("Child's record", base);
        FixScreen details = new FixScreen("Child's details", base);
        FixScreen lookedAfter = new FixScreen("Looked after", base + "#looked-after");
        FixScreen protection = new FixScreen("Child protection", base + "#protection");
        FixScreen childInNeed = new FixScreen("Referrals and assessments in the chronology", base + "#chronology");
        if (kind == ReturnKind.SSDA903) {
            return switch (t) {
                case "Header", "UASC" -> details;
                case "Episodes" -> episodes(fields, row, journey, today, base, lookedAfter, details);
                case "Reviews", "Missing", "AD1", "PlacedAdoption", "PrevPerm", "OC2", "DoLo" -> lookedAfter;
                default -> record; // OC3 (care leavers), SWEpisodes (allocations)
            };
        }
        return switch (t) {
            case "ChildIdentifiers", "ChildCharacteristics", "Disabilities" -> details;
            case "CINdetails", "Assessments", "CINplanDates" -> childInNeed;
            case "Section47" -> section47(row, journey, base, protection);
            case "ChildProtectionPlans", "Reviews" -> protection;
            default -> record;
        };
    }

    private static FixScreen episodes(List<String> fields, Map<String, String> row, ChildJourney journey,
                                      LocalDate today, String base, FixScreen lookedAfter, FixScreen details) {
        LookedAfter now = LookedAfter.of(journey, today);
        boolean placementAtFault = fields.stream().anyMatch(f -> PLACEMENT_FIELDS.contains(f)
                && !(f.equals("PL_POST") && filled(row, "PL_POST")));
        if (fields.contains("HOME_POST") && !filled(row, "HOME_POST") && !placementAtFault) {
            return details; // the home postcode is the child's address before care
        }
        if (placementAtFault && now.placement() != null) {
            return new FixScreen("Change of placement", base + "/placements/change");
        }
        if (fields.stream().anyMatch(LEGAL_STATUS_FIELDS::contains) && now.legalStatus() != null) {
            return new FixScreen("Change of legal status", base + "/legal-statuses/change");
        }
        return lookedAfter;
    }

    private static boolean filled(Map<String, String> row, String field) {
        String v = row.get(field);
        return v != null && !v.isBlank();
    }

    /** The enquiry that started on the flagged row's start date: its outcome form, where the outcome is recorded. */
    private static FixScreen section47(Map<String, String> row, ChildJourney journey, String base,
                                       FixScreen protection) {
        String start = row.get("S47ActualStartDate");
        if (start == null || start.isBlank()) {
            return protection;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(start.trim());
        } catch (java.time.format.DateTimeParseException e) {
            return protection;
        }
        return journey.all(ProtectionStage.S47_ENQUIRIES).stream()
                .filter(s -> day.equals(s.s47StartDate()))
                .map(S47Enquiry::id)
                .findFirst()
                .map(s47 -> new FixScreen("Outcome of the section 47 enquiry", base + "/s47-enquiries/" + s47 + "/outcome"))
                .orElse(protection);
    }
}
