package org.hearth.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The launcher's {@code --name value} options; {@code --port} and {@code --data-dir} become Spring properties. */
public final class Options {
    private final Map<String, String> values;
    private final List<String> springArgs;

    private Options(Map<String, String> values, List<String> springArgs) {
        this.values = values;
        this.springArgs = springArgs;
    }

    public static Options parse(List<String> args) {
        Map<String, String> values = new HashMap<>();
        List<String> spring = new java.util.ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'; see ./hearth --help");
            }
            if (arg.contains("=")) { // --spring.property=value passes through to Spring
                spring.add(arg);
                continue;
            }
            String name = arg.substring(2);
            if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                values.put(name, "true");
            } else {
                values.put(name, args.get(++i));
            }
        }
        return new Options(values, spring);
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    public String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    public int getInt(String name, int fallback) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, not '" + value + "'");
        }
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    Map<String, Object> springProperties() {
        Map<String, Object> props = new HashMap<>();
        get("port").ifPresent(p -> props.put("server.port", p));
        get("data-dir").ifPresent(d -> props.put("hearth.data-dir", d));
        return props;
    }

    /** Spring arguments: --port and --data-dir as command-line properties, which outrank application.yml. */
    String[] springArgs() {
        List<String> out = new java.util.ArrayList<>(springArgs);
        springProperties().forEach((k, v) -> out.add("--" + k + "=" + v));
        return out.toArray(String[]::new);
    }
}
