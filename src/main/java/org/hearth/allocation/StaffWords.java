package org.hearth.allocation;

import java.time.LocalDate;
import java.util.Map;
import org.hearth.codes.CodeLists;

/** Allocation codes in words for the chronology: the role a worker is allocated in, and why a worker changed. */
final class StaffWords {
    private static final Map<String, String> ROLES = Map.of("SW", "social worker", "IRO", "independent reviewing officer",
            "EHW", "family help worker", "PA", "personal adviser");

    private StaffWords() {}

    static String role(String code) {
        return code == null ? "worker" : ROLES.getOrDefault(code, "worker");
    }

    /**
     * " (reason for the change: …)" in words, or, while the DfE list has no description we can stand behind (the
     * SW_REASON list has no labels; Hearth's words for it are in {@link Reallocation}), " (reason for the change recorded)" rather than the bare code.
     */
    static String reason(String code, LocalDate on) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String words = Reallocation.REASON_WORDS.get(code.strip());
        if (words == null) {
            words = CodeLists.standard().words("SW_REASON", code, on);
        }
        if (words.equals(code.strip()) && !code.strip().matches("[A-Z]{4,8}")) {
            return " (" + code.strip() + ")"; // the reason in the worker's own words, not a code
        }
        return words.equals(code.strip()) ? " (reason for the change recorded)"
                : " (reason for the change: " + words.substring(0, 1).toLowerCase() + words.substring(1) + ")";
    }
}
