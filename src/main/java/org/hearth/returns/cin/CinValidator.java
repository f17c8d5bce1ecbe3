package org.hearth.returns.cin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hearth.codes.CollectionYear;
import org.hearth.returns.RuleCatalogue;
import org.hearth.returns.ValidationIssue;
import org.hearth.returns.cin.CinCensus.Child;

/**
 * Runs the year's CIN rules over a census. Child-level rules run in one pass over the children (each child's data is
 * touched while it is in cache); whole-return rules run after. Issues come out rule by rule in catalogue order, and in
 * document order within a rule.
 */
public final class CinValidator {

    private CinValidator() {
    }

    public static List<ValidationIssue> validate(CollectionYear year, CinCensus census) {
        return validate(year, census, null);
    }

    /**
     * @param only when not null, run only these rule codes (a rule must also be in the year's catalogue)
     * @throws IllegalArgumentException when Hearth holds no CIN catalogue for the year
     */
    public static List<ValidationIssue> validate(CollectionYear year, CinCensus census, Set<String> only) {
        return validate(year, year, census, only);
    }

    /**
     * Validates a census of {@code year} with the rules of {@code rulesOf}: the live record is checked all year
     * round, including a year whose rules the DfE has not yet published (the latest published ones are used).
     */
    public static List<ValidationIssue> validate(CollectionYear year, CollectionYear rulesOf, CinCensus census,
                                                 Set<String> only) {
        RuleCatalogue catalogue = RuleCatalogue.load("cin", rulesOf);
        CinContext ctx = new CinContext(year, census);
        List<Map.Entry<RuleCatalogue.Rule, CinRule>> rules = CinRules.forYear(catalogue);
        List<CinRule> childRules = new ArrayList<>();
        List<IssueSink> childSinks = new ArrayList<>();
        List<IssueSink> allSinks = new ArrayList<>();
        List<Runnable> wholeReturn = new ArrayList<>();
        for (Map.Entry<RuleCatalogue.Rule, CinRule> e : rules) {
            if (only != null && !only.contains(e.getKey().code())) {
                continue;
            }
            IssueSink sink = new IssueSink(e.getKey());
            allSinks.add(sink);
            CinRule rule = e.getValue();
            if (rule.wholeReturn()) {
                wholeReturn.add(() -> rule.check(ctx, sink));
            } else {
                childRules.add(rule);
                childSinks.add(sink);
            }
        }
        CinRule[] cr = childRules.toArray(new CinRule[0]);
        IssueSink[] cs = childSinks.toArray(new IssueSink[0]);
        for (Child child : census.children) {
            for (int i = 0; i < cr.length; i++) {
                cr[i].checkChild(ctx, child, cs[i]);
            }
        }
        wholeReturn.forEach(Runnable::run);
        int total = 0;
        for (IssueSink s : allSinks) {
            total += s.issues().size();
        }
        List<ValidationIssue> out = new ArrayList<>(total);
        for (IssueSink s : allSinks) {
            out.addAll(s.issues());
        }
        return out;
    }
}
