package org.hearth.returns.ssda903;

import org.hearth.returns.geography.PostcodeDirectory;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hearth.codes.CollectionYear;
import org.hearth.returns.RuleCatalogue;
import org.hearth.returns.ValidationIssue;

/** Runs the year's catalogued 903 rules over a return (and optionally the previous year's). */
public final class Ssda903Validator {
    static final String NO_OWN_LA = "needs the returning LA's ONS code (ValidateCommand --la E...) to tell "
            + "placements inside the LA from those outside";
    static final String NO_POSTCODES = "needs placement distance or LA from the ONS postcode directory, "
            + "which is only read when asked for (ValidateCommand --postcodes)";

    static final String NO_OFSTED = "needs Ofsted's register of providers (URN, placement types, provider codes, "
            + "postcode, registration and closure dates), which Hearth does not ship (ValidateCommand --ofsted FILE)";
    static final String NO_LA_CODES = "needs the DfE's list of local authority codes, which Hearth does not ship "
            + "(ValidateCommand --la-codes FILE)";

    private final Ssda903Registry registry;
    private final boolean postcodes;
    private final Function<Collection<String>, PostcodeDirectory> postcodeSource;
    private final String ownLa;
    private final OfstedRegister ofsted;
    private final LaCodeList laCodes;

    public Ssda903Validator(Ssda903Registry registry) {
        this(registry, false);
    }

    /** With {@code postcodes}, also runs the rules that look postcodes up (about a second more per run). */
    public Ssda903Validator(Ssda903Registry registry, boolean postcodes) {
        this(registry, postcodes, PostcodeDirectory::forPostcodes);
    }

    /** Looking postcodes up with {@code postcodeSource} (given the return's postcodes) instead of the ONS file. */
    public Ssda903Validator(Ssda903Registry registry, boolean postcodes,
                            Function<Collection<String>, PostcodeDirectory> postcodeSource) {
        this(registry, postcodes, postcodeSource, null, null, null);
    }

    private Ssda903Validator(Ssda903Registry registry, boolean postcodes,
                             Function<Collection<String>, PostcodeDirectory> postcodeSource, String ownLa,
                             OfstedRegister ofsted, LaCodeList laCodes) {
        this.registry = registry;
        this.postcodes = postcodes;
        this.postcodeSource = postcodeSource;
        this.ownLa = ownLa;
        this.ofsted = ofsted;
        this.laCodes = laCodes;
    }

    /** The same validator with Ofsted's register of providers, which lets rules 1008, 219-229 run. */
    public Ssda903Validator withOfsted(OfstedRegister register) {
        return new Ssda903Validator(registry, postcodes, postcodeSource, ownLa, register, laCodes);
    }

    /** The same validator with the DfE's list of LA codes, which lets rule 633 run. */
    public Ssda903Validator withLaCodes(LaCodeList codes) {
        return new Ssda903Validator(registry, postcodes, postcodeSource, ownLa, ofsted, codes);
    }

    /**
     * The same validator for a return from the LA with this ONS code (e.g. E08000035), which lets the rules on
     * placements inside or outside the LA run.
     */
    public Ssda903Validator forLa(String onsCode) {
        return new Ssda903Validator(registry, postcodes, postcodeSource, onsCode, ofsted, laCodes);
    }

    /** Validates with every implemented rule; {@code previous} may be null. */
    public static List<ValidationIssue> validate(CollectionYear year, Ssda903Data current, Ssda903Data previous) {
        return new Ssda903Validator(Ssda903Registry.standard()).run(year, current, previous).issues();
    }

    /**
     * Validates and says what was not checked.
     *
     * @throws IllegalArgumentException when Hearth has no catalogue for the year
     */
    public Ssda903Result run(CollectionYear year, Ssda903Data current, Ssda903Data previous) {
        RuleCatalogue catalogue = RuleCatalogue.load("ssda903", year);
        Ssda903Data all = Ssda903Data.combine(current, previous);
        // Without --postcodes the directory is not read at all: rules that can use it when it is loaded (392c) fall
        // back to what they can check alone.
        Ssda903Context ctx = new Ssda903Context(year, all, postcodes ? postcodeSource : null, ownLa, ofsted, laCodes);
        List<ValidationIssue> issues = new ArrayList<>();
        List<String> run = new ArrayList<>();
        List<SkippedRule> skipped = new ArrayList<>();
        List<String> notices = new ArrayList<>(all.notices());
        for (RuleCatalogue.Rule entry : catalogue.rules()) {
            Optional<Ssda903Rule> rule = registry.ruleFor(entry.code(), year);
            if (rule.isEmpty()) {
                registry.skipReason(entry.code()).ifPresent(r -> skipped.add(new SkippedRule(entry.code(), r)));
                continue;
            }
            if (registry.needsOfsted(entry.code()) && ofsted == null) {
                skipped.add(new SkippedRule(entry.code(), NO_OFSTED));
                continue;
            }
            if (registry.needsLaCodes(entry.code()) && laCodes == null) {
                skipped.add(new SkippedRule(entry.code(), NO_LA_CODES));
                continue;
            }
            boolean given = registry.derivedValueGiven(entry.code(), all);
            if (!given && registry.needsOwnLa(entry.code()) && ownLa == null) {
                skipped.add(new SkippedRule(entry.code(), NO_OWN_LA));
                continue;
            }
            if (!given && registry.needsPostcodes(entry.code()) && !postcodes) {
                skipped.add(new SkippedRule(entry.code(), NO_POSTCODES));
                continue;
            }
            List<String> absent = rule.get().needs().stream().filter(t -> !all.has(t)).sorted().toList();
            if (!absent.isEmpty()) {
                // Nothing to check (no AD1 file means no adoption rows to find fault with), but said, not dropped.
                skipped.add(new SkippedRule(entry.code(), "the return has no " + String.join(" or ", absent)
                        + " table to check"));
                continue;
            }
            run.add(entry.code());
            try {
                issues.addAll(runOne(rule.get(), entry, ctx));
            } catch (RuntimeException e) {
                notices.add("rule " + entry.code() + " could not be checked: " + e);
            }
        }
        return new Ssda903Result(issues, run, skipped, notices);
    }

    /** Runs one rule and turns its flagged rows into issues, each (table, row) once, tables in flagging order. */
    static List<ValidationIssue> runOne(Ssda903Rule rule, RuleCatalogue.Rule entry, Ssda903Context ctx) {
        Map<String, BitSet> flagged = new LinkedHashMap<>();
        rule.check(ctx, (table, row) -> flagged.computeIfAbsent(table, t -> new BitSet()).set(row));
        List<ValidationIssue> out = new ArrayList<>();
        flagged.forEach((table, rows) -> {
            Ssda903Table t = ctx.table(table);
            for (int row = rows.nextSetBit(0); row >= 0; row = rows.nextSetBit(row + 1)) {
                String child = row < t.size() ? t.child(row) : null;
                out.add(new ValidationIssue(child, table, row, entry.code(), entry.fields(), entry.message()));
            }
        });
        return out;
    }
}
