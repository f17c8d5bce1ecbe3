package org.hearth.clocks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * My work as the page shows it: the caseload filtered (by where each clock stands, the kind of clock and the
 * child's legal status), sorted (soonest due, child's name or kind of clock), and with brothers and sisters kept
 * together in one group whatever the sort. Plain Java; the page reads the caseload and the family links.
 */
public final class MyWork {
    /** Where an open clock stands, as the filter names it. */
    public static final Map<String, ClockStatus> STATUSES = new LinkedHashMap<>();
    /** Kinds of statutory clock, as the filter names them. */
    public static final Map<String, String> KINDS = new LinkedHashMap<>();
    /** The child's legal status, as the filter names it, and the status tag that means it. */
    public static final Map<String, String> LEGAL = new LinkedHashMap<>();
    public static final Map<String, String> LEGAL_TAG = new LinkedHashMap<>();
    public static final Map<String, String> SORTS = new LinkedHashMap<>();

    static {
        STATUSES.put("overdue", ClockStatus.OVERDUE);
        STATUSES.put("today", ClockStatus.DUE_TODAY);
        STATUSES.put("due", ClockStatus.DUE);
        KINDS.put("assessment", "Referral and assessment");
        KINDS.put("conference", "Child protection conference");
        KINDS.put("review", "Looked-after or pathway plan review");
        KINDS.put("plan", "Care plan, health or education");
        KINDS.put("visit", "Visit or contact");
        LEGAL.put("cin", "Child in need");
        LEGAL.put("cp", "Child protection");
        LEGAL.put("cla", "Looked after");
        LEGAL.put("leaver", "Care leaver");
        LEGAL_TAG.put("cin", "CIN");
        LEGAL_TAG.put("cp", "CP");
        LEGAL_TAG.put("cla", "LOOKED_AFTER");
        LEGAL_TAG.put("leaver", "CARE_LEAVER");
        SORTS.put("due", "Next due");
        SORTS.put("name", "Child");
        SORTS.put("clock", "Statutory work");
    }

    /** The kinds in the order the "Statutory work" sort puts them. */
    private static final List<String> KIND_ORDER = List.copyOf(KINDS.keySet());

    private MyWork() {}

    /** What the user asked for: the filters chosen (unknown values ignored) and the sort. */
    public record Choice(Set<String> statuses, Set<String> kinds, Set<String> legal, String sort) {
        public static Choice of(List<String> status, List<String> kind, List<String> legal, String sort) {
            return new Choice(known(status, STATUSES.keySet()), known(kind, KINDS.keySet()),
                    known(legal, LEGAL.keySet()), SORTS.containsKey(sort) ? sort : "due");
        }

        public boolean filtered() {
            return !statuses.isEmpty() || !kinds.isEmpty() || !legal.isEmpty();
        }

        private static Set<String> known(List<String> asked, Set<String> allowed) {
            Set<String> out = new LinkedHashSet<>();
            if (asked != null) {
                asked.stream().filter(allowed::contains).forEach(out::add);
            }
            return out;
        }
    }

    /** One child's row: the clocks shown are those the filter asked for. */
    public record Row(Caseloads.Entry entry, List<Caseloads.ClockView> clocks) {
        public java.time.LocalDate nextDue() {
            return clocks.isEmpty() ? null : clocks.get(0).dueOn();
        }
    }

    /** Children shown together: one child alone, or brothers and sisters (then {@code siblings} is true). */
    public record Group(List<Row> rows, boolean siblings) {
        public String caption() {
            return "Brothers and sisters: " + String.join(", ", rows.stream().map(r -> r.entry().name()).toList());
        }
    }

    /** The kind of a statutory clock, by its timescale id. */
    public static String kindOf(String ruleId) {
        if (ruleId.equals("CONTACT_DECISION") || ruleId.equals("REFERRAL_DECISION") || ruleId.equals("ASSESSMENT")) {
            return "assessment";
        }
        if (ruleId.equals("ICPC") || ruleId.startsWith("CP_REVIEW") || ruleId.startsWith("CORE_GROUP")) {
            return "conference";
        }
        if (ruleId.startsWith("CLA_REVIEW") || ruleId.startsWith("SHORT_BREAK_REVIEW")
                || ruleId.equals("PATHWAY_PLAN_REVIEW")) {
            return "review";
        }
        if (ruleId.equals("CARE_PLAN") || ruleId.equals("PLACEMENT_PLAN") || ruleId.equals("INITIAL_HEALTH_ASSESSMENT")
                || ruleId.equals("PEP")) {
            return "plan";
        }
        return "visit";
    }

    /**
     * The groups to show, in order.
     *
     * @param siblingLinks pairs of children on the caseload who are brothers and sisters (or share a parent)
     */
    public static List<Group> arrange(List<Caseloads.Entry> caseload, Choice choice, List<UUID[]> siblingLinks) {
        List<Row> rows = new ArrayList<>();
        for (Caseloads.Entry e : caseload) {
            if (!choice.legal().isEmpty() && choice.legal().stream().noneMatch(l -> e.status().contains(LEGAL_TAG.get(l)))) {
                continue;
            }
            List<Caseloads.ClockView> clocks = e.clocks().stream()
                    .filter(c -> choice.statuses().isEmpty()
                            || choice.statuses().stream().anyMatch(s -> STATUSES.get(s) == c.status()))
                    .filter(c -> choice.kinds().isEmpty() || choice.kinds().contains(kindOf(c.ruleId())))
                    .sorted(Comparator.comparing(Caseloads.ClockView::dueOn))
                    .toList();
            if ((!choice.statuses().isEmpty() || !choice.kinds().isEmpty()) && clocks.isEmpty()) {
                continue;
            }
            rows.add(new Row(e, clocks));
        }
        Comparator<Row> order = comparator(choice.sort());
        rows.sort(order);
        Map<UUID, UUID> family = families(rows, siblingLinks);
        Map<UUID, List<Row>> byFamily = new LinkedHashMap<>();
        for (Row r : rows) {
            byFamily.computeIfAbsent(family.get(r.entry().childId()), k -> new ArrayList<>()).add(r);
        }
        // A group takes the place of its first child in the sort; the rest of the family follow on.
        return byFamily.values().stream().map(g -> new Group(List.copyOf(g), g.size() > 1)).toList();
    }

    static Comparator<Row> comparator(String sort) {
        Comparator<Row> byName = Comparator.comparing((Row r) -> surnameFirst(r.entry().name()), String.CASE_INSENSITIVE_ORDER);
        Comparator<Row> byDue = Comparator.comparing(Row::nextDue, Comparator.nullsLast(Comparator.naturalOrder()));
        return switch (sort) {
            case "name" -> byName.thenComparing(byDue);
            case "clock" -> Comparator.comparingInt((Row r) -> r.clocks().isEmpty() ? KINDS.size()
                            : KIND_ORDER.indexOf(kindOf(r.clocks().get(0).ruleId())))
                    .thenComparing(byDue).thenComparing(byName);
            default -> byDue.thenComparing(byName);
        };
    }

    private static String surnameFirst(String name) {
        int space = name.lastIndexOf(' ');
        return space < 0 ? name : name.substring(space + 1) + " " + name.substring(0, space);
    }

    /** Each child's family: the first child of their connected set of links (union-find). */
    static Map<UUID, UUID> families(List<Row> rows, List<UUID[]> links) {
        Map<UUID, UUID> parent = new HashMap<>();
        rows.forEach(r -> parent.put(r.entry().childId(), r.entry().childId()));
        for (UUID[] link : links) {
            if (parent.containsKey(link[0]) && parent.containsKey(link[1])) {
                UUID a = root(parent, link[0]);
                UUID b = root(parent, link[1]);
                if (!a.equals(b)) {
                    parent.put(b, a);
                }
            }
        }
        Map<UUID, UUID> out = new HashMap<>();
        parent.keySet().forEach(id -> out.put(id, root(parent, id)));
        return out;
    }

    private static UUID root(Map<UUID, UUID> parent, UUID id) {
        UUID r = id;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        return r;
    }
}
