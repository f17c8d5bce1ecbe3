package org.hearth.people;

import java.time.LocalDate;
import java.util.Map;
import org.hearth.codes.CodeList;
import org.hearth.codes.CodeLists;
import org.hearth.codes.CollectionYear;

/** The family's code lists (Hearth's own, open-ended: codes/FAMILY_ADULT.tsv and the rest): labels, never raw codes. */
public final class FamilyCodes {
    public static final String FAMILY_ADULT = "FAMILY_ADULT";
    public static final String PR_BASIS = "PR_BASIS";
    public static final String CARE_HISTORY = "PARENT_CARE_HISTORY";
    public static final String COUPLE = "COUPLE";
    public static final String RELATIONSHIP = "RELATIONSHIP";
    public static final String ETHNIC = "ETHNIC";

    private FamilyCodes() {}

    public static CodeList list(String name) {
        return CodeLists.standard().list(name, CollectionYear.containing(LocalDate.now()));
    }

    public static boolean valid(String name, String code) {
        return code != null && list(name).contains(code);
    }

    /** The code's words; a code no list knows is shown as "Not recorded" rather than raw. */
    public static String label(String name, String code) {
        if (code == null || code.isBlank()) {
            return "Not recorded";
        }
        return list(name).label(code).orElse("Not recorded");
    }

    /** Every code and its words, in the list's order, for a form's choices. */
    public static Map<String, String> choices(String name) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        CodeList l = list(name);
        for (String c : l.codes()) {
            out.put(c, l.label(c).orElse(c));
        }
        return out;
    }
}
