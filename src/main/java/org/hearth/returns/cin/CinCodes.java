package org.hearth.returns.cin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The code sets the CIN rules check, read from {@code returns/cin/codes/cin-codes.tsv}. Kept in this one place so the
 * rules can move to the shared {@code org.hearth.codes.CodeLists} when it lands.
 */
final class CinCodes {
    static final String ETHNICITY = "ethnicity";
    static final String DISABILITY = "disability";
    static final String REFERRAL_SOURCE = "referral_source";
    static final String PRIMARY_NEED = "primary_need";
    static final String REASON_FOR_CLOSURE = "reason_for_closure";
    static final String CATEGORY_OF_ABUSE = "category_of_abuse";
    static final String ASSESSMENT_FACTOR = "assessment_factor";
    static final String UPN_UNKNOWN = "upn_unknown";
    static final String GENDER_CURRENT = "gender_current";
    static final String SEX = "sex";
    static final String UPN_LA_CODE = "upn_la_code";

    private static final Map<String, Set<String>> LISTS = load();

    private CinCodes() {
    }

    /** Whether {@code code} is in the list; codes are case-sensitive as the schema defines them. */
    static boolean contains(String list, String code) {
        Set<String> codes = LISTS.get(list);
        if (codes == null) {
            throw new IllegalArgumentException("no CIN code list " + list);
        }
        return code != null && codes.contains(code);
    }

    static Set<String> list(String list) {
        return LISTS.get(list);
    }

    private static Map<String, Set<String>> load() {
        String path = "/returns/cin/codes/cin-codes.tsv";
        try (InputStream in = CinCodes.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, Set<String>> lists = new HashMap<>();
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cols = line.split("\t", -1);
                lists.computeIfAbsent(cols[0], k -> new HashSet<>()).add(cols[1]);
            }
            lists.replaceAll((k, v) -> Set.copyOf(v));
            return Map.copyOf(lists);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
