package org.hearth.returns.ssda903;

import org.hearth.returns.geography.PostcodeDirectory;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hearth.codes.CollectionYear;

/**
 * What a rule sees: the collection year, its code lists, the tables (previous year's as {@code _last}) and
 * derived views computed once on first use and shared by all rules.
 */
public final class Ssda903Context {
    private static final Ssda903Table EMPTY = new Ssda903Table("", List.of("CHILD"), List.of());

    private final CollectionYear year;
    private final Ssda903Codes codes;
    private final Ssda903Data data;
    private final Map<String, Object> derived = new HashMap<>();
    private final Map<String, Ssda903Table> tables = new HashMap<>();
    private final Map<String, Map<String, int[]>> sortedEpisodes = new HashMap<>();
    private Ssda903Table header;
    private final Function<java.util.Collection<String>, PostcodeDirectory> postcodeSource;
    private final String ownLa;
    private final OfstedRegister ofsted;
    private final LaCodeList laCodes;

    public Ssda903Context(CollectionYear year, Ssda903Data data) {
        this(year, data, PostcodeDirectory::forPostcodes);
    }

    /** With where postcodes are looked up (tests pass a directory read once for all their cases). */
    public Ssda903Context(CollectionYear year, Ssda903Data data,
                          Function<java.util.Collection<String>, PostcodeDirectory> postcodeSource) {
        this(year, data, postcodeSource, null);
    }

    /** With the returning LA's ONS code (null when not known). */
    public Ssda903Context(CollectionYear year, Ssda903Data data,
                          Function<java.util.Collection<String>, PostcodeDirectory> postcodeSource, String ownLa) {
        this(year, data, postcodeSource, ownLa, null, null);
    }

    /** With the reference data the user gave (Ofsted's register, the DfE's LA codes); null when not given. */
    public Ssda903Context(CollectionYear year, Ssda903Data data,
                          Function<java.util.Collection<String>, PostcodeDirectory> postcodeSource, String ownLa,
                          OfstedRegister ofsted, LaCodeList laCodes) {
        this.ownLa = ownLa;
        this.ofsted = ofsted;
        this.laCodes = laCodes;
        this.postcodeSource = postcodeSource;
        this.year = year;
        this.codes = Ssda903Codes.forYear(year);
        this.data = data;
    }

    public CollectionYear year() {
        return year;
    }

    /** 1 April at the start of the collection year. */
    public LocalDate start() {
        return year.start();
    }

    /** 31 March at the end of the collection year. */
    public LocalDate end() {
        return year.end();
    }

    /** Whether postcodes can be looked up in the ONS directory in this run (asked for, or given by a test). */
    public boolean postcodesLoaded() {
        return postcodeSource != null;
    }

    /**
     * The ONS postcode directory for this return's episode postcodes (this year's and last year's), read on first
     * use. Only rules registered as needing postcodes call it; the validator runs them only when asked to.
     */
    public PostcodeDirectory postcodes() {
        return derived("postcodes", c -> {
            java.util.List<String> all = new java.util.ArrayList<>();
            for (String name : new String[] {"Episodes", "Episodes_last"}) {
                Ssda903Table t = c.table(name);
                for (int i = 0; i < t.size(); i++) {
                    all.add(t.get(i, "HOME_POST"));
                    all.add(t.get(i, "PL_POST"));
                    if (c.ofsted != null) {
                        // Rule 229 places the provider by its own postcode.
                        OfstedRegister.Provider p = c.ofsted.find(t.get(i, "URN"));
                        if (p != null) {
                            all.add(p.postcode());
                        }
                    }
                }
            }
            return postcodeSource.apply(all);
        });
    }

    /** The returning LA's ONS code, or null when not given. */
    public String ownLa() {
        return ownLa;
    }

    /** Ofsted's register of providers, or null when not given (rules needing it are then not run). */
    public OfstedRegister ofsted() {
        return ofsted;
    }

    /** The DfE's list of LA codes, or null when not given (rules needing it are then not run). */
    public LaCodeList laCodes() {
        return laCodes;
    }

    public Ssda903Codes codes() {
        return codes;
    }

    public boolean valid(String list, String value) {
        return codes.valid(list, value);
    }

    public boolean has(String table) {
        return data.has(table);
    }

    /** The table, or an empty one when the return has none, so rules need not test for absence. */
    public Ssda903Table table(String name) {
        Ssda903Table t = tables.get(name);
        if (t == null) {
            t = data.table(name).orElse(EMPTY);
            tables.put(name, t);
        }
        return t;
    }

    /** A value derived once per run under a key and shared between rules. */
    @SuppressWarnings("unchecked")
    public <T> T derived(String key, Function<Ssda903Context, T> compute) {
        Object v = derived.get(key);
        if (v == null) {
            v = compute.apply(this);
            derived.put(key, v);
        }
        return (T) v;
    }

    /** The child's date of birth from the Header (current year), or null. */
    public LocalDate dob(String child) {
        if (header == null) {
            header = table("Header");
        }
        Ssda903Table h = header;
        int row = h.firstRowOf(child);
        return row < 0 ? null : h.date(row, "DOB");
    }

    /** The child's row in the Header, or -1. */
    public int headerRow(String child) {
        return table("Header").firstRowOf(child);
    }

    /** Whether a Header sex code means male in this year's coding (1 before 2024/25, M from then). */
    public boolean male(String sex) {
        return "1".equals(sex) || "M".equals(sex);
    }

    public boolean female(String sex) {
        return "2".equals(sex) || "F".equals(sex);
    }

    /**
     * The child's rows of an episodes table ordered by DECOM (rows without a valid DECOM last, then file order):
     * the sequence that the rules about consecutive episodes read.
     */
    public int[] episodes(String table, String child) {
        Map<String, int[]> sorted = sortedEpisodes.get(table);
        if (sorted == null) {
            sorted = sortEpisodes(table(table));
            sortedEpisodes.put(table, sorted);
        }
        int[] rows = sorted.get(child);
        return rows == null ? NONE : rows;
    }

    private static final int[] NONE = new int[0];

    private static Map<String, int[]> sortEpisodes(Ssda903Table t) {
        LocalDate[] decom = t.dates("DECOM");
        Map<String, int[]> out = new HashMap<>(t.byChild().size() * 2);
        Comparator<Integer> order = Comparator.comparing((Integer r) -> decom[r],
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(r -> r);
        t.byChild().forEach((child, rows) -> {
            if (isSorted(rows, decom)) {
                out.put(child, rows);
            } else {
                out.put(child, Arrays.stream(rows).boxed().sorted(order).mapToInt(Integer::intValue).toArray());
            }
        });
        return out;
    }

    private static boolean isSorted(int[] rows, LocalDate[] decom) {
        for (int i = 1; i < rows.length; i++) {
            LocalDate a = decom[rows[i - 1]];
            LocalDate b = decom[rows[i]];
            if ((a == null && b != null) || (a != null && b != null && b.isBefore(a))) {
                return false;
            }
        }
        return true;
    }

    public int[] episodes(String child) {
        return episodes("Episodes", child);
    }

    /**
     * Whether the child has been looked after continuously for at least 12 months at 31 March (the OC2 cohort):
     * this year's episodes, joined end to start, cover the whole year and the last is still open, with no short
     * break (V3, V4) and no leaving care in the year.
     */
    public boolean lookedAfter12Months(String child) {
        Map<String, Boolean> cohort = derived("lac12", c -> {
            Map<String, Boolean> out = new HashMap<>();
            for (String ch : c.table("Episodes").children()) {
                out.put(ch, c.continuouslyLookedAfter(ch, c.start(), c.end()));
            }
            return out;
        });
        return cohort.getOrDefault(child, false);
    }

    /**
     * Whether this year's episodes cover every day from {@code from} to {@code to} and remain open at the end. A period
     * of care that started within the span (an episode with RNE S) breaks it, as leaving care does; an episode ending
     * on the last day with X1 (another starting that day) does not.
     */
    boolean continuouslyLookedAfter(String child, LocalDate from, LocalDate to) {
        Ssda903Table t = table("Episodes");
        LocalDate covered = null;
        String coveredBy = null;
        boolean open = false;
        for (int r : episodes(child)) {
            LocalDate decom = t.date(r, "DECOM");
            if (decom == null) {
                continue;
            }
            LocalDate dec = t.date(r, "DEC");
            // Short breaks (V3, V4) are not continuous care, and leaving care in the period breaks it.
            boolean inPeriod = dec == null || !dec.isBefore(from);
            String ls = t.get(r, "LS");
            if (inPeriod && ("V3".equals(ls) || "V4".equals(ls))) {
                return false;
            }
            if ("S".equals(t.get(r, "RNE")) && decom.isAfter(from) && !decom.isAfter(to)) {
                return false; // started to be looked after within the year
            }
            String rec = t.get(r, "REC");
            if (dec != null && !dec.isBefore(from) && dec.isBefore(to) && rec != null && !"X1".equals(rec)) {
                return false;
            }
            if (dec != null && dec.equals(to) && rec != null && !"X1".equals(rec)) {
                return false; // left care on the last day
            }
            if (covered == null) {
                if (decom.isAfter(from)) {
                    return false;
                }
            } else if (!open && decom.isAfter(covered)) {
                return false;
            }
            if (dec == null) {
                open = true;
                covered = to;
            } else if (!open && (covered == null || dec.isAfter(covered))) {
                covered = dec;
                coveredBy = rec;
            }
        }
        return open || (covered != null && (covered.isAfter(to)
                || (covered.equals(to) && "X1".equals(coveredBy))));
    }

    /** Whether the child has an episode open at 31 March (no DEC, or one after the year). */
    public boolean lookedAfterAtEnd(String child) {
        Ssda903Table t = table("Episodes");
        for (int r : t.rowsOf(child)) {
            LocalDate dec = t.date(r, "DEC");
            if (t.blank(r, "DEC") || (dec != null && dec.isAfter(end()))) {
                return true;
            }
        }
        return false;
    }

    /** Age in whole years on a date, or -1 when either date is unknown. */
    public static int age(LocalDate dob, LocalDate on) {
        return dob == null || on == null ? -1 : Dates.age(dob, on);
    }
}
