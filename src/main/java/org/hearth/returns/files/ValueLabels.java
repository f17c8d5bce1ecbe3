package org.hearth.returns.files;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hearth.codes.CodeList;
import org.hearth.codes.CodeLists;
import org.hearth.codes.CollectionYear;

/**
 * A flagged value as a person reads it: a coded field's code with its label from the year's DfE code list
 * ("U1 – foster placement with a relative or friend"), a blank as "(blank)", anything else as it is. The return files
 * keep the codes; only what is shown gets labels. Plain Java.
 */
public final class ValueLabels {
    /** CIN census fields (and the 903 fields not named as their list) and the code list each is coded from. */
    static final Map<String, String> LIST_OF_FIELD = Map.ofEntries(
            Map.entry("ReferralSource", "REFERRAL_SOURCE"),
            Map.entry("PrimaryNeedCode", "PRIMARY_NEED"),
            Map.entry("ReasonForClosure", "CIN_CLOSURE_REASON"),
            Map.entry("Disability", "DISABILITY"),
            Map.entry("Disabilities", "DISABILITY"),
            Map.entry("Ethnicity", "ETHNIC"),
            Map.entry("UPNunknown", "UPN_UNKNOWN"),
            Map.entry("Sex", "SEX"),
            Map.entry("GenderCurrent", "GENDER_CURRENT"),
            Map.entry("InitialCategoryOfAbuse", "CP_CATEGORY"),
            Map.entry("LatestCategoryOfAbuse", "CP_CATEGORY"),
            Map.entry("AssessmentFactors", "FACTORS"),
            Map.entry("REVIEW_CODE", "PARTICIPATION"));

    private ValueLabels() {}

    /** One field's value as shown. */
    public record Shown(String field, String value) {}

    public static List<Shown> shown(Map<String, String> values, CollectionYear year) {
        List<Shown> out = new ArrayList<>(values.size());
        values.forEach((field, value) -> out.add(new Shown(field, label(field, value, year))));
        return out;
    }

    static String label(String field, String value, CollectionYear year) {
        if (value == null || value.isBlank()) {
            return "(blank)";
        }
        String list = LIST_OF_FIELD.getOrDefault(field, field);
        if (!CodeLists.standard().names().contains(list)) {
            return value;
        }
        CodeList codes = CodeLists.standard().list(list, year);
        List<String> parts = new ArrayList<>();
        for (String code : value.split(",\\s*")) {
            String c = code.strip();
            String label = codes.label(c).orElse(null);
            parts.add(label == null || label.equals(c) ? c : c + " – " + label);
        }
        return String.join(", ", parts);
    }
}
