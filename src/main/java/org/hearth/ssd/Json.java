package org.hearth.ssd;

import java.util.List;

/** The few JSON values the SSD's *_json items hold, written by hand: an object of text fields, an array of codes. */
final class Json {
    private Json() {}

    /** An object of the given name/value pairs, leaving out empty values; null when every value is empty. */
    static String object(String... namesAndValues) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            String v = namesAndValues[i + 1];
            if (v == null || v.isBlank()) {
                continue;
            }
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append(quote(namesAndValues[i])).append(':').append(quote(v.trim()));
        }
        return sb.length() == 1 ? null : sb.append('}').toString();
    }

    static String array(List<String> values) {
        StringBuilder sb = new StringBuilder("[");
        for (String v : values) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append(quote(v));
        }
        return sb.append(']').toString();
    }

    /** The strings of a JSON array of strings, as {@link #array} writes it; null if the text is not one. */
    static List<String> parseArray(String text) {
        String t = text.trim();
        if (!t.startsWith("[") || !t.endsWith("]")) {
            return null;
        }
        String inner = t.substring(1, t.length() - 1).trim();
        if (inner.isEmpty()) {
            return List.of();
        }
        List<String> out = new java.util.ArrayList<>();
        for (String part : inner.split(",", -1)) {
            String p = part.trim();
            if (p.length() < 2 || !p.startsWith("\"") || !p.endsWith("\"")) {
                return null;
            }
            out.add(p.substring(1, p.length() - 1));
        }
        return out;
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
