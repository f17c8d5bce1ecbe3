package org.hearth.dfeapi;

import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The flow's JSON: a payload is built as maps in the spec's key order, so writing it gives the same bytes for the
 * same record every time — the canonical form whose SHA-256 is the child's hash.
 */
public final class Json {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {}

    public static byte[] bytes(Object value) {
        return MAPPER.writeValueAsBytes(value);
    }

    public static String text(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    public static String pretty(Object value) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    }

    /** The SHA-256 of the canonical JSON, in hex: what changes when, and only when, the payload does. */
    public static String hash(Map<String, Object> payload) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes(payload)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Object> object(String json) {
        return MAPPER.readValue(json, new TypeReference<java.util.LinkedHashMap<String, Object>>() {});
    }

    public static List<Object> array(String json) {
        return MAPPER.readValue(json, new TypeReference<List<Object>>() {});
    }
}
