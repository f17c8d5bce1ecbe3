package org.hearth.returns.files;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hearth.codes.CollectionYear;
import org.hearth.returns.RuleCatalogue;
import org.hearth.returns.live.ReturnKind;

/**
 * Which DfE rules are queries — a value that may be right, which the LA confirms with a reason — rather than errors,
 * which are put right on the record. CIN: the rules the DfE's catalogue types QUERY (their codes end in Q). 903: the
 * catalogue has no type, so the queries are listed, each with the DfE text that makes it one, in
 * {@code returns/ssda903/query-rules.tsv}. Plain Java.
 */
public final class QueryRules {
    private static final Set<String> SSDA903 = load("/returns/ssda903/query-rules.tsv");
    private static final Map<CollectionYear, RuleCatalogue> CIN = new ConcurrentHashMap<>();

    private QueryRules() {}

    /**
     * @param rulesYear the year whose CIN rules the run used
     */
    public static boolean isQuery(ReturnKind kind, String code, CollectionYear rulesYear) {
        if (code == null) {
            return false;
        }
        if (kind == ReturnKind.SSDA903) {
            return SSDA903.contains(code);
        }
        if (code.endsWith("Q")) {
            return true;
        }
        RuleCatalogue catalogue;
        try {
            catalogue = CIN.computeIfAbsent(rulesYear, y -> RuleCatalogue.load("cin", y));
        } catch (IllegalArgumentException noRules) {
            return false;
        }
        return catalogue.rule(code).map(r -> "QUERY".equals(r.type())).orElse(false);
    }

    static Set<String> load(String resource) {
        try (InputStream in = QueryRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Hearth is missing " + resource);
            }
            Set<String> codes = new HashSet<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine(); // header: code, why
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    codes.add(line.split("\t", 2)[0].strip());
                }
            }
            return Set.copyOf(codes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
