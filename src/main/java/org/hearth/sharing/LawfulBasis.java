package org.hearth.sharing;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hearth.codes.CodeList;
import org.hearth.codes.CodeLists;
import org.hearth.codes.CollectionYear;

/**
 * The code lists of sharing: the purposes (SHARING_PURPOSE) and the lawful bases (LAWFUL_BASIS), each with its
 * plain-English words. Data, not code: the words live in {@code codes/}.
 */
public final class LawfulBasis {
    public static final String CONSENT = org.hearth.access.ChildFacts.Shared.CONSENT;
    static final String PURPOSES = "SHARING_PURPOSE";
    static final String BASES = "LAWFUL_BASIS";

    private LawfulBasis() {}

    private static CodeList list(String name) {
        return CodeLists.standard().list(name, CollectionYear.containing(java.time.LocalDate.now()));
    }

    public static Map<String, String> purposes() {
        return choices(PURPOSES);
    }

    public static Map<String, String> bases() {
        return choices(BASES);
    }

    public static String purposeWords(String code) {
        return code == null ? "" : list(PURPOSES).label(code).orElse(code);
    }

    public static String basisWords(String code) {
        return code == null ? "" : list(BASES).label(code).orElse(code);
    }

    static boolean knownPurpose(String code) {
        return code != null && list(PURPOSES).contains(code);
    }

    static boolean knownBasis(String code) {
        return code != null && list(BASES).contains(code);
    }

    private static Map<String, String> choices(String name) {
        CodeList list = list(name);
        Map<String, String> out = new LinkedHashMap<>();
        for (String code : list.codes()) {
            out.put(code, list.label(code).orElse(code));
        }
        return out;
    }
}
