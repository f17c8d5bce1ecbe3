package org.hearth.returns.ssda903;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.hearth.codes.CollectionYear;
import org.hearth.returns.IssueReport;
import org.hearth.returns.ssda903.rules.AdoptionRules;
import org.hearth.returns.ssda903.rules.CareLeaverRules;
import org.hearth.returns.ssda903.rules.CodeRules;
import org.hearth.returns.ssda903.rules.DoLoRules;
import org.hearth.returns.ssda903.rules.EpisodeRules;
import org.hearth.returns.ssda903.rules.HeaderRules;
import org.hearth.returns.ssda903.rules.IntegrityRules;
import org.hearth.returns.ssda903.rules.MissingRules;
import org.hearth.returns.ssda903.rules.Oc2Rules;
import org.hearth.returns.ssda903.rules.PermanenceRules;
import org.hearth.returns.ssda903.rules.PreviousYearRules;
import org.hearth.returns.ssda903.rules.ReferenceDataRules;
import org.hearth.returns.ssda903.rules.ReviewRules;
import org.hearth.returns.ssda903.rules.SocialWorkerRules;
import org.hearth.returns.ssda903.rules.UascRules;

/**
 * Maps each rule code to its implementation, per collection year: where the DfE changed a rule between years the
 * code has several implementations, each for a range of years.
 */
public final class Ssda903Registry {

    /** A row-level test: true flags the row. */
    @FunctionalInterface
    public interface RowTest {
        boolean test(Ssda903Context ctx, Ssda903Table table, int row);
    }

    /** A whole-return check. */
    @FunctionalInterface
    public interface Check {
        void check(Ssda903Context ctx, IssueSink sink);
    }

    private record Entry(int from, int to, Ssda903Rule rule) {}

    private final Map<String, List<Entry>> rules = new LinkedHashMap<>();
    private final Map<String, String> skipped = new LinkedHashMap<>();
    private final Set<String> postcodeRules = new java.util.HashSet<>();
    private final Set<String> ownLaRules = new java.util.HashSet<>();
    private final Set<String> ofstedRules = new java.util.HashSet<>();
    private final Set<String> laCodeRules = new java.util.HashSet<>();
    /** Rules whose postcode and own-LA needs fall away when the return carries a column (table.COLUMN). */
    private final Map<String, String> waivedBy = new java.util.HashMap<>();

    private static final Ssda903Registry STANDARD = build();

    /** Every rule Hearth implements. */
    public static Ssda903Registry standard() {
        return STANDARD;
    }

    private static Ssda903Registry build() {
        Ssda903Registry r = new Ssda903Registry();
        CodeRules.register(r);
        HeaderRules.register(r);
        EpisodeRules.register(r);
        ReviewRules.register(r);
        Oc2Rules.register(r);
        CareLeaverRules.register(r);
        AdoptionRules.register(r);
        MissingRules.register(r);
        IntegrityRules.register(r);
        PreviousYearRules.register(r);
        SocialWorkerRules.register(r);
        DoLoRules.register(r);
        ReferenceDataRules.register(r);
        PermanenceRules.register(r);
        UascRules.register(r);
        return r;
    }

    public Builder rule(String code) {
        return new Builder(code);
    }

    /** Records that a rule is deliberately not run, with the reason shown to the user. */
    public void skip(String code, String reason) {
        skipped.put(code, reason);
    }

    public Optional<Ssda903Rule> ruleFor(String code, CollectionYear year) {
        for (Entry e : rules.getOrDefault(code, List.of())) {
            if (year.endYear() >= e.from && year.endYear() <= e.to) {
                return Optional.of(e.rule);
            }
        }
        return Optional.empty();
    }

    public Optional<String> skipReason(String code) {
        return Optional.ofNullable(skipped.get(code));
    }

    /** Codes with an implementation for the year (whether or not that year's catalogue lists them). */
    public Set<String> implementedCodes(CollectionYear year) {
        Set<String> out = new TreeSet<>(IssueReport.RULE_ORDER);
        for (String code : rules.keySet()) {
            if (ruleFor(code, year).isPresent()) {
                out.add(code);
            }
        }
        return out;
    }

    /** Whether the rule needs the ONS postcode directory (placement distance or LA). */
    public boolean needsPostcodes(String code) {
        return postcodeRules.contains(code);
    }

    /** Whether the rule needs the returning LA's own ONS code (placement inside or outside the LA). */
    public boolean needsOwnLa(String code) {
        return ownLaRules.contains(code);
    }

    /** Whether the rule needs Ofsted's register of providers (given with --ofsted). */
    public boolean needsOfsted(String code) {
        return ofstedRules.contains(code);
    }

    /** Whether the rule needs the DfE's list of LA codes (given with --la-codes). */
    public boolean needsLaCodes(String code) {
        return laCodeRules.contains(code);
    }

    /**
     * Whether the rule's need for postcodes and the returning LA falls away for this data, because the return itself
     * carries the value they would be used to derive (e.g. PL_LOCATION).
     */
    public boolean derivedValueGiven(String code, Ssda903Data data) {
        String tc = waivedBy.get(code);
        if (tc == null) {
            return false;
        }
        int dot = tc.indexOf('.');
        return data.table(tc.substring(0, dot)).map(t -> t.has(tc.substring(dot + 1))).orElse(false);
    }

    public Set<String> skippedCodes() {
        return Set.copyOf(skipped.keySet());
    }

    /** Declares one rule: optional year range and needed tables, then its test. */
    public final class Builder {
        private final String code;
        private int from = Integer.MIN_VALUE;
        private int to = Integer.MAX_VALUE;
        private Set<String> needs = Set.of();

        private Builder(String code) {
            this.code = code;
        }

        /** First collection year (e.g. 2025 for 2024/25) this version applies to. */
        public Builder from(int endYear) {
            this.from = endYear;
            return this;
        }

        /** Last collection year this version applies to. */
        public Builder until(int endYear) {
            this.to = endYear;
            return this;
        }

        /** The rule derives placement distance or LA from postcodes, so runs only when postcodes are looked up. */
        public Builder needsPostcodes() {
            postcodeRules.add(code);
            return this;
        }

        /** The rule compares placements with the returning LA's own area, so runs only when that is known. */
        public Builder needsOwnLa() {
            ownLaRules.add(code);
            return this;
        }

        /** The rule reads Ofsted's register of providers, so runs only when one is given. */
        public Builder needsOfsted() {
            ofstedRules.add(code);
            return this;
        }

        /** The rule reads the DfE's list of LA codes, so runs only when one is given. */
        public Builder needsLaCodes() {
            laCodeRules.add(code);
            return this;
        }

        /** The rule's postcode and own-LA needs fall away when {@code table} has {@code column}. */
        public Builder unlessGiven(String table, String column) {
            waivedBy.put(code, table + "." + column);
            return this;
        }

        public Builder needs(String... tables) {
            this.needs = Set.of(tables);
            return this;
        }

        /** Flags each row of {@code table} for which the test is true. */
        public void rows(String table, RowTest test) {
            Set<String> need = new TreeSet<>(needs);
            need.add(table);
            check(Set.copyOf(need), (ctx, sink) -> {
                Ssda903Table t = ctx.table(table);
                for (int i = 0; i < t.size(); i++) {
                    if (test.test(ctx, t, i)) {
                        sink.flag(table, i);
                    }
                }
            });
        }

        public void check(Check check) {
            check(needs, check);
        }

        private void check(Set<String> need, Check check) {
            Ssda903Rule rule = new Ssda903Rule() {
                @Override
                public String code() {
                    return code;
                }

                @Override
                public Set<String> needs() {
                    return need;
                }

                @Override
                public void check(Ssda903Context ctx, IssueSink sink) {
                    check.check(ctx, sink);
                }

                @Override
                public String toString() {
                    return "903 rule " + code;
                }
            };
            for (Entry e : rules.getOrDefault(code, List.of())) {
                if (from <= e.to && e.from <= to) {
                    throw new IllegalStateException("rule " + code + " registered twice for overlapping years");
                }
            }
            rules.computeIfAbsent(code, k -> new ArrayList<>()).add(new Entry(from, to, rule));
        }
    }
}
