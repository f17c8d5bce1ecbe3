package org.hearth.earlyhelp;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How far a goal of a plan (family help, or a child in need plan's outcome) has come at a review, in words. Hearth's
 * own short list, not a DfE one: the DfE collects no progress measure for these plans.
 */
public final class PlanProgress {
    private PlanProgress() {}

    public static final Map<String, String> LABELS = new LinkedHashMap<>();
    static {
        LABELS.put("ACHIEVED", "Achieved");
        LABELS.put("GOOD_PROGRESS", "Good progress");
        LABELS.put("SOME_PROGRESS", "Some progress");
        LABELS.put("NO_PROGRESS", "No progress");
        LABELS.put("WORSE", "Got worse");
    }

    public static boolean known(String code) {
        return code != null && LABELS.containsKey(code);
    }

    public static String label(String code) {
        return code == null ? null : LABELS.getOrDefault(code, code);
    }
}
