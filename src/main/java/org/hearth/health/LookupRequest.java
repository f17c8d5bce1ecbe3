package org.hearth.health;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hearth.identity.IdentifierCheck;
import org.hearth.identity.NhsNumber;

/**
 * A health partner's look-up as asked: an NHS number (in the NHS number identifier system), the purpose of use and
 * the care setting the child is seen in. Checked before anything is read: bad input is an answer in words, and
 * nothing is disclosed.
 *
 * @param nhsNumber the ten digits, checked
 * @param purpose   the purpose of use code (HL7 v3 PurposeOfUse: TREAT, ETREAT)
 * @param setting   the care setting code (EMERGENCY_DEPARTMENT…)
 */
public record LookupRequest(String nhsNumber, String purpose, String setting) {
    public static final String NHS_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number";
    /** The HTTP headers a caller states the purpose and setting in. */
    public static final String PURPOSE_HEADER = "X-Purpose-Of-Use";
    public static final String SETTING_HEADER = "X-Care-Setting";

    /** Purposes of use (HL7 v3 ActReason PurposeOfUse codes) that a flag look-up may be for. */
    public static final Map<String, String> PURPOSES = ordered("TREAT", "Treatment", "ETREAT", "Emergency treatment");

    /** The settings a child may be seen in: CP-IS's unscheduled care settings, then the scheduled ones it reaches. */
    public static final Map<String, String> SETTINGS = ordered(
            "EMERGENCY_DEPARTMENT", "Emergency department",
            "URGENT_TREATMENT_CENTRE", "Urgent treatment centre",
            "WALK_IN_CENTRE", "Walk-in centre",
            "MINOR_INJURIES_UNIT", "Minor injuries unit",
            "OUT_OF_HOURS_GP", "Out-of-hours GP",
            "AMBULANCE_SERVICE", "Ambulance service",
            "MATERNITY_UNIT", "Maternity unit",
            "PAEDIATRIC_WARD", "Paediatric ward",
            "GP_PRACTICE", "GP practice",
            "HEALTH_VISITING", "Health visiting",
            "SCHOOL_NURSING", "School nursing",
            "CAMHS", "Child and adolescent mental health service",
            "SEXUAL_HEALTH", "Sexual health service");

    /** The outcome of checking a request: the request, or what is wrong with it in words. */
    public record Checked(LookupRequest request, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    /**
     * Checks a look-up: the identifier's system must be the NHS number's and its value a valid NHS number; the
     * purpose and setting must be stated, from their lists.
     */
    public static Checked check(String system, String value, String purpose, String setting) {
        if (purpose == null || purpose.isBlank()) {
            return problem("State the purpose of the look-up in the " + PURPOSE_HEADER + " header: "
                    + choices(PURPOSES));
        }
        String p = purpose.trim().toUpperCase(java.util.Locale.ROOT);
        if (!PURPOSES.containsKey(p)) {
            return problem("The purpose of use must be one of " + choices(PURPOSES));
        }
        if (setting == null || setting.isBlank()) {
            return problem("State the care setting the child is seen in, in the " + SETTING_HEADER + " header: one of "
                    + String.join(", ", SETTINGS.keySet()));
        }
        String s = setting.trim().toUpperCase(java.util.Locale.ROOT);
        if (!SETTINGS.containsKey(s)) {
            return problem("The care setting must be one of " + String.join(", ", SETTINGS.keySet()));
        }
        if (system == null || system.isBlank()) {
            return problem("Give the identifier as " + NHS_SYSTEM + "|{NHS number}: the identifier system is missing");
        }
        if (!NHS_SYSTEM.equals(system.trim())) {
            return problem("Only NHS numbers are looked up: the identifier system must be " + NHS_SYSTEM);
        }
        IdentifierCheck nhs = NhsNumber.validate(value);
        if (!nhs.valid()) {
            return problem(nhs.message());
        }
        return new Checked(new LookupRequest(nhs.normalised(), p, s), null);
    }

    private static Checked problem(String message) {
        return new Checked(null, message);
    }

    private static String choices(Map<String, String> codes) {
        return String.join(", ", codes.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").toList());
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
