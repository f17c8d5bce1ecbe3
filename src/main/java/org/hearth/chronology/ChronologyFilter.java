package org.hearth.chronology;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hearth.journey.EpisodeKind;
import org.hearth.stages.Stages;

/**
 * Which kinds of event the chronology shows, from the page's {@code kind} query parameters: every kind when none
 * is chosen; a name that is not a kind of event is ignored rather than emptying the chronology.
 */
public record ChronologyFilter(Set<String> kinds) {
    /** A checkbox the filter offers: a kind of event present in the chronology, how many, whether chosen. */
    public record Option(String kind, String label, int count, boolean checked) {}

    public ChronologyFilter {
        kinds = Set.copyOf(kinds);
    }

    public static ChronologyFilter of(Collection<String> requested) {
        Set<String> known = new LinkedHashSet<>();
        if (requested != null) {
            for (String k : requested) {
                if (k != null && Stages.byName(k.strip()).isPresent()) {
                    known.add(k.strip());
                }
            }
        }
        return new ChronologyFilter(known);
    }

    public boolean everything() {
        return kinds.isEmpty();
    }

    /** The checkboxes, in the order of the journey, for the kinds present in this child's chronology. */
    public List<Option> options(List<Chronology.KindCount> present) {
        Map<String, Integer> counts = present.stream()
                .collect(Collectors.toMap(Chronology.KindCount::kind, Chronology.KindCount::count, Integer::sum));
        List<Option> out = new ArrayList<>();
        for (EpisodeKind<?> k : Stages.allKinds()) {
            Integer n = counts.get(k.name());
            if (n != null) {
                out.add(new Option(k.name(), plural(k.label()), n, kinds.contains(k.name())));
            }
        }
        return out;
    }

    /** What the filter shows, in words: "All kinds of event" or "Visits, Placements". */
    public String describe() {
        if (everything()) {
            return "All kinds of event";
        }
        return Stages.allKinds().stream().filter(k -> kinds.contains(k.name())).map(k -> plural(k.label()))
                .collect(Collectors.joining(", "));
    }

    /** The query string that repeats this filter, for the PDF link: "" or "?kind=visits&kind=placements". */
    public String query() {
        return everything() ? "" : Stages.allKinds().stream().filter(k -> kinds.contains(k.name()))
                .map(k -> "kind=" + k.name()).collect(Collectors.joining("&", "?", ""));
    }

    /** Each kind of event's name for a practitioner, by its API name. */
    public static Map<String, String> labels() {
        return Stages.allKinds().stream().collect(Collectors.toMap(EpisodeKind::name, EpisodeKind::label));
    }

    public static String label(String kind) {
        return Stages.byName(kind).map(EpisodeKind::label).orElse(kind);
    }

    private static final Map<String, String> PLURALS = Map.of("Legal status", "Legal statuses",
            "Permanence", "Permanence", "Person who matters", "People who matter", "Period of care", "Periods of care",
            "Address", "Addresses");

    static String plural(String label) {
        String special = PLURALS.get(label);
        if (special != null) {
            return special;
        }
        return label.endsWith("y") ? label.substring(0, label.length() - 1) + "ies" : label + "s";
    }
}
