package org.hearth.dfeapi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What one send holds, decided from the children's payloads now and what the DfE last accepted for each (pure: no
 * I/O). A full send holds every child in the flow; a partial send only those whose hash (of the canonical JSON)
 * differs from the last one accepted, or who were never accepted. Both hold a purge record for each child the DfE
 * holds who has left the flow or whose record was deleted, and, inside a changed child, a purge entry for each
 * episode, assessment, plan, enquiry or placement the DfE holds that the record no longer has in the flow.
 */
public final class SendPlan {
    public enum Mode { FULL, PARTIAL }

    public enum Kind { CHILD, PURGE }

    /** What the DfE last accepted for a child: its ids, the hash and payload accepted, and whether it was a purge. */
    public record Sent(UUID personId, String laChildId, String misChildId, String hash, String payload, boolean purged) {}

    /** A child's payload now, with its hash and canonical text. */
    public record Current(UUID personId, String laChildId, String misChildId, Map<String, Object> payload, String hash,
                          String text) {
        public static Current of(UUID personId, Map<String, Object> payload) {
            String text = Json.text(payload);
            return new Current(personId, (String) payload.get("la_child_id"), (String) payload.get("mis_child_id"),
                    payload, Json.hash(payload), text);
        }
    }

    /** One record of the send: the body posted, and (for a child) the hash and text to remember once accepted. */
    public record Outgoing(UUID personId, String laChildId, String misChildId, Kind kind, Map<String, Object> body,
                           String hash, String text) {}

    /** The nested lists whose entries carry an id, and the id's name. */
    static final Map<String, String> NESTED = orderedOf(
            "child_and_family_assessments", "child_and_family_assessment_id",
            "child_in_need_plans", "child_in_need_plan_id",
            "section_47_assessments", "section_47_assessment_id",
            "child_protection_plans", "child_protection_plan_id",
            "child_looked_after_placements", "child_looked_after_placement_id");

    private SendPlan() {}

    public static List<Outgoing> plan(Mode mode, List<Current> current, Map<UUID, Sent> previous) {
        List<Outgoing> out = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (Current c : current) {
            seen.add(c.personId());
            Sent before = previous.get(c.personId());
            boolean accepted = before != null && !before.purged() && before.hash() != null;
            if (mode == Mode.PARTIAL && accepted && before.hash().equals(c.hash())) {
                continue;
            }
            Map<String, Object> body = accepted && before.payload() != null
                    ? withPurges(c, Json.object(before.payload())) : c.payload();
            out.add(new Outgoing(c.personId(), c.laChildId(), c.misChildId(), Kind.CHILD, body, c.hash(), c.text()));
        }
        for (Sent s : previous.values()) {
            if (!seen.contains(s.personId()) && !s.purged()) {
                out.add(new Outgoing(s.personId(), s.laChildId(), s.misChildId(), Kind.PURGE,
                        ChildPayload.purge(s.laChildId(), s.misChildId()), null, null));
            }
        }
        return out;
    }

    /** Batches of at most {@code size} records, in order. */
    public static <T> List<List<T>> batches(List<T> records, int size) {
        if (size < 1 || size > 100) {
            throw new IllegalArgumentException("a batch holds 1 to 100 children, not " + size);
        }
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < records.size(); i += size) {
            out.add(records.subList(i, Math.min(records.size(), i + size)));
        }
        return out;
    }

    /**
     * The child's payload with a purge entry for each part the DfE was last sent that the record no longer has in
     * the flow; the payload itself when nothing went.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> withPurges(Current now, Map<String, Object> before) {
        List<Map<String, Object>> purges = new ArrayList<>();
        Map<String, Map<String, Object>> oldEpisodes = byId(before.get("social_care_episodes"), "social_care_episode_id");
        Map<String, Map<String, Object>> newEpisodes = byId(now.payload().get("social_care_episodes"), "social_care_episode_id");
        Map<String, List<Map<String, Object>>> nestedPurges = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Object>> old : oldEpisodes.entrySet()) {
            Map<String, Object> kept = newEpisodes.get(old.getKey());
            if (kept == null) {
                purges.add(stub("social_care_episode_id", old.getKey()));
                continue;
            }
            List<Map<String, Object>> gone = new ArrayList<>();
            for (Map.Entry<String, String> list : NESTED.entrySet()) {
                Map<String, Map<String, Object>> was = byId(old.getValue().get(list.getKey()), list.getValue());
                Map<String, Map<String, Object>> is = byId(kept.get(list.getKey()), list.getValue());
                for (String id : was.keySet()) {
                    if (!is.containsKey(id)) {
                        Map<String, Object> s = stub(list.getValue(), id);
                        s.put("$list", list.getKey());
                        gone.add(s);
                    }
                }
            }
            for (String single : List.of("adoption", "care_leavers")) {
                if (old.getValue().get(single) != null && kept.get(single) == null) {
                    Map<String, Object> s = new LinkedHashMap<>();
                    s.put("purge", true);
                    s.put("$list", single);
                    gone.add(s);
                }
            }
            if (!gone.isEmpty()) {
                nestedPurges.put(old.getKey(), gone);
            }
        }
        boolean healthGone = before.get("health_and_wellbeing") != null && now.payload().get("health_and_wellbeing") == null;
        if (purges.isEmpty() && nestedPurges.isEmpty() && !healthGone) {
            return now.payload();
        }
        Map<String, Object> body = Json.object(now.text()); // a copy: the payload itself is what is remembered
        if (healthGone) {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("purge", true);
            List<String> keys = new ArrayList<>(body.keySet());
            Map<String, Object> reordered = new LinkedHashMap<>();
            for (String k : keys) {
                if (k.equals("social_care_episodes")) {
                    reordered.put("health_and_wellbeing", h);
                }
                reordered.put(k, body.get(k));
            }
            body = reordered;
        }
        List<Object> episodes = (List<Object>) body.get("social_care_episodes");
        for (Object o : episodes) {
            Map<String, Object> ep = (Map<String, Object>) o;
            List<Map<String, Object>> gone = nestedPurges.get((String) ep.get("social_care_episode_id"));
            if (gone == null) {
                continue;
            }
            for (Map<String, Object> s : gone) {
                String list = (String) s.remove("$list");
                if (NESTED.containsKey(list)) {
                    ((List<Object>) ep.computeIfAbsent(list, k -> new ArrayList<>())).add(s);
                } else {
                    ep.put(list, s);
                }
            }
        }
        episodes.addAll(purges);
        return body;
    }

    private static Map<String, Object> stub(String idKey, String id) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put(idKey, id);
        s.put("purge", true);
        return s;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> byId(Object list, String idKey) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        if (list instanceof List<?> items) {
            for (Object o : items) {
                if (o instanceof Map<?, ?> m && m.get(idKey) instanceof String id && !Boolean.TRUE.equals(m.get("purge"))) {
                    out.put(id, (Map<String, Object>) m);
                }
            }
        }
        return out;
    }

    private static Map<String, String> orderedOf(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
