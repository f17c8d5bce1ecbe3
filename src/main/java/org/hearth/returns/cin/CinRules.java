package org.hearth.returns.cin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hearth.codes.CollectionYear;
import org.hearth.returns.IssueReport;
import org.hearth.returns.RuleCatalogue;

/** Every CIN rule Hearth implements, by code. Which of them run in a year is decided by that year's catalogue. */
public final class CinRules {
    private static final Map<String, CinRule> ALL = register();

    private CinRules() {
    }

    private static Map<String, CinRule> register() {
        List<CinRule> rules = new ArrayList<>();
        rules.addAll(IdentifierRules.rules());
        rules.addAll(DetailsRules.rules());
        rules.addAll(ActivityRules.rules());
        rules.addAll(PlanRules.rules());
        rules.addAll(ReturnRules.rules());
        Map<String, CinRule> byCode = new LinkedHashMap<>();
        for (CinRule r : rules) {
            if (byCode.put(r.code(), r) != null) {
                throw new IllegalStateException("rule " + r.code() + " registered twice");
            }
        }
        return Collections.unmodifiableMap(byCode);
    }

    /** Codes of every implemented rule, in rule order. */
    public static Set<String> implementedCodes() {
        Set<String> codes = new TreeSet<>(IssueReport.RULE_ORDER);
        codes.addAll(ALL.keySet());
        return codes;
    }

    static CinRule rule(String code) {
        return ALL.get(code);
    }

    /** The implemented rules the year's catalogue lists, in catalogue order, with their catalogue entries. */
    static List<Map.Entry<RuleCatalogue.Rule, CinRule>> forYear(RuleCatalogue catalogue) {
        List<Map.Entry<RuleCatalogue.Rule, CinRule>> out = new ArrayList<>();
        for (RuleCatalogue.Rule entry : catalogue.rules()) {
            CinRule rule = ALL.get(entry.code());
            if (rule != null) {
                out.add(Map.entry(entry, rule));
            }
        }
        return out;
    }

    /** Catalogued codes of the year that Hearth does not implement yet. */
    public static List<String> missing(CollectionYear year) {
        List<String> missing = new ArrayList<>();
        for (RuleCatalogue.Rule entry : RuleCatalogue.load("cin", year).rules()) {
            if (!ALL.containsKey(entry.code())) {
                missing.add(entry.code());
            }
        }
        return missing;
    }
}
