package org.hearth.clocks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The table of statutory and local timescales, {@code clocks/timescales.tsv}. The numbers are data so that an
 * authority can set its local-policy rows (and tighten others) without a code change.
 */
public final class TimescaleRules {
    static final String HEADER = "id\tname\tstarts_from\tamount\tunit\tsource\tbasis";
    private static final String RESOURCE = "clocks/timescales.tsv";

    private static volatile TimescaleRules standard;

    private final Map<String, TimescaleRule> rules;

    private TimescaleRules(Map<String, TimescaleRule> rules) {
        this.rules = Collections.unmodifiableMap(rules);
    }

    /** The table shipped with Hearth, loaded once. */
    public static TimescaleRules standard() {
        TimescaleRules local = standard;
        if (local == null) {
            synchronized (TimescaleRules.class) {
                local = standard;
                if (local == null) {
                    local = new TimescaleRules(parse(RESOURCE, readResource()));
                    standard = local;
                }
            }
        }
        return local;
    }

    /** A table in the same format from a file, e.g. an authority's own configuration. */
    public static TimescaleRules load(Path file) {
        try {
            return new TimescaleRules(parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read timescales from " + file, e);
        }
    }

    /** This table with the other table's rows replacing rows of the same id and adding new ones. */
    public TimescaleRules overriddenBy(TimescaleRules overrides) {
        Map<String, TimescaleRule> merged = new LinkedHashMap<>(rules);
        merged.putAll(overrides.rules);
        return new TimescaleRules(merged);
    }

    /** The header of a council's override file: which row, its new amount and unit, and why. */
    public static final String OVERRIDE_HEADER = "id\tamount\tunit\treason";

    /**
     * This table with a council's own timescales (a file of {@link #OVERRIDE_HEADER} lines) in place of the shipped
     * ones. Every line is checked and the first wrong one stops the load, saying where and what: an id the table does
     * not have, an amount or unit that is not one, or a statutory row (statute or statutory guidance) set longer than
     * the law allows or counted in another unit. A council may tighten a statutory timescale, never loosen it; the
     * local-policy rows are its own to set.
     */
    public TimescaleRules withCouncilOverrides(String where, List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).strip().equals(OVERRIDE_HEADER)) {
            throw new IllegalStateException(where + " must start with the header '"
                    + OVERRIDE_HEADER.replace("\t", "\\t") + "'");
        }
        Map<String, TimescaleRule> merged = new LinkedHashMap<>(rules);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String at = where + " line " + (i + 1) + ": ";
            String[] f = line.split("\t", -1);
            if (f.length != 4) {
                throw new IllegalStateException(at + "expected 4 tab-separated columns (id, amount, unit, reason), found "
                        + f.length);
            }
            String id = f[0].strip();
            TimescaleRule shipped = rules.get(id);
            if (shipped == null) {
                throw new IllegalStateException(at + "there is no timescale '" + id + "'; known: " + rules.keySet());
            }
            if (!seen.add(id)) {
                throw new IllegalStateException(at + "timescale " + id + " is set twice");
            }
            int amount;
            TimescaleUnit unit;
            try {
                amount = Integer.parseInt(f[1].strip());
            } catch (NumberFormatException e) {
                throw new IllegalStateException(at + "the amount '" + f[1].strip() + "' is not a whole number", e);
            }
            try {
                unit = TimescaleUnit.valueOf(f[2].strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(at + "the unit '" + f[2].strip() + "' is not one of "
                        + java.util.Arrays.toString(TimescaleUnit.values()), e);
            }
            if (amount <= 0) {
                throw new IllegalStateException(at + id + " needs a positive amount, not " + amount);
            }
            String reason = f[3].strip();
            if (reason.isEmpty()) {
                throw new IllegalStateException(at + "say why the council sets " + id + " (the reason column is empty)");
            }
            if (shipped.basis() != TimescaleBasis.LOCAL_POLICY) {
                if (unit != shipped.unit()) {
                    throw new IllegalStateException(at + id + " is set by " + (shipped.basis() == TimescaleBasis.STATUTE
                            ? "statute" : "statutory guidance") + " in " + shipped.unit() + "; a council may shorten it "
                            + "in the same unit, not count it in " + unit);
                }
                if (amount > shipped.amount()) {
                    throw new IllegalStateException(at + id + " may not be longer than the statutory " + shipped.amount()
                            + " " + shipped.unit() + " (" + shipped.source() + "); a council may only shorten it");
                }
            }
            merged.put(id, new TimescaleRule(id, shipped.name(), shipped.startsFrom(), amount, unit,
                    "council setting: " + reason + (shipped.basis() == TimescaleBasis.LOCAL_POLICY ? ""
                            : "; the statutory timescale is " + shipped.amount() + " " + shipped.unit() + " ("
                            + shipped.source() + ")"), shipped.basis()));
        }
        return new TimescaleRules(merged);
    }

    /** {@link #withCouncilOverrides(String, List)} from a file. */
    public TimescaleRules withCouncilOverrides(Path file) {
        try {
            return withCouncilOverrides(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the council's timescales from " + file, e);
        }
    }

    public List<TimescaleRule> all() {
        return List.copyOf(rules.values());
    }

    public Optional<TimescaleRule> find(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /** The rule with this id; an unknown id is a programming or configuration error. */
    public TimescaleRule rule(String id) {
        TimescaleRule rule = rules.get(id);
        if (rule == null) {
            throw new IllegalArgumentException("There is no timescale '" + id + "'; known: " + rules.keySet());
        }
        return rule;
    }

    static Map<String, TimescaleRule> parse(String where, List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new IllegalStateException(where + " must start with the header '" + HEADER.replace("\t", "\\t") + "'");
        }
        Map<String, TimescaleRule> rules = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String at = where + " line " + (i + 1) + ": ";
            String[] f = line.split("\t", -1);
            if (f.length != 7) {
                throw new IllegalStateException(at + "expected 7 tab-separated columns, found " + f.length);
            }
            String id = f[0].trim();
            if (!id.matches("[A-Z][A-Z0-9_]*")) {
                throw new IllegalStateException(at + "'" + id + "' is not an id like CLA_REVIEW_FIRST");
            }
            TimescaleRule rule;
            try {
                rule = new TimescaleRule(id, f[1].trim(), f[2].trim(), Integer.parseInt(f[3].trim()),
                        TimescaleUnit.valueOf(f[4].trim()), f[5].trim(), TimescaleBasis.valueOf(f[6].trim()));
            } catch (IllegalArgumentException e) {
                // NumberFormatException and an unknown enum name both land here
                throw new IllegalStateException(at + e.getMessage(), e);
            }
            if (rules.put(id, rule) != null) {
                throw new IllegalStateException(at + "timescale " + id + " is listed twice");
            }
        }
        return rules;
    }

    private static List<String> readResource() {
        InputStream in = TimescaleRules.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return new ArrayList<>(r.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
