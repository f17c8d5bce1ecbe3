package org.hearth.returns;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.codes.CollectionYear;

/**
 * The DfE's validation rules for one return and collection year, as catalogued in
 * {@code reference/<return>/rules-YYYY_YY.tsv}. The catalogue is data: codes, tables, fields and messages come from
 * it; each rule's logic lives in its own small class.
 */
public final class RuleCatalogue {

    /** One catalogued rule. {@code type} is ERROR or QUERY for CIN; the 903 catalogue has no type (ERROR). */
    public record Rule(String code, String type, List<String> tables, List<String> fields, String message) {}

    private final String returnName;
    private final CollectionYear year;
    private final Map<String, Rule> rules;

    private RuleCatalogue(String returnName, CollectionYear year, Map<String, Rule> rules) {
        this.returnName = returnName;
        this.year = year;
        this.rules = Collections.unmodifiableMap(rules);
    }

    /**
     * Loads the catalogue of {@code returnName} ("ssda903" or "cin") for a year.
     *
     * @throws IllegalArgumentException when Hearth holds no catalogue for that year
     */
    public static RuleCatalogue load(String returnName, CollectionYear year) {
        String path = "/reference/" + returnName + "/rules-" + year.rulesetName() + ".tsv";
        try (InputStream in = RuleCatalogue.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("Hearth has no " + returnName + " rules for collection year " + year);
            }
            return new RuleCatalogue(returnName, year, parse(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Rule> parse(InputStream in) throws IOException {
        Map<String, Rule> rules = new LinkedHashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> header = Arrays.asList(reader.readLine().strip().split("\t"));
        int code = header.indexOf("code");
        int type = header.indexOf("type");
        int tables = header.contains("tables") ? header.indexOf("tables") : header.indexOf("table");
        int fields = header.indexOf("affected_fields");
        int message = header.indexOf("message");
        String line;
        while ((line = reader.readLine()) != null) {
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            rules.put(cols[code], new Rule(
                    cols[code],
                    type >= 0 ? cols[type] : "ERROR",
                    splitList(cols[tables]),
                    splitList(cols[fields]),
                    cols[message]));
        }
        return rules;
    }

    private static List<String> splitList(String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return List.copyOf(out);
    }

    public String returnName() {
        return returnName;
    }

    public CollectionYear year() {
        return year;
    }

    public List<Rule> rules() {
        return List.copyOf(rules.values());
    }

    public Optional<Rule> rule(String code) {
        return Optional.ofNullable(rules.get(code));
    }

    public int size() {
        return rules.size();
    }
}
