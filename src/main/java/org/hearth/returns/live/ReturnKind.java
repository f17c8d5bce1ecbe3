package org.hearth.returns.live;

import java.util.Locale;
import java.util.Optional;

/** The two child-level returns checked on the live record. */
public enum ReturnKind {
    SSDA903("903", "SSDA903 (children looked after)"),
    CIN("cin", "Children in need census");

    private final String param;
    private final String label;

    ReturnKind(String param, String label) {
        this.param = param;
        this.label = label;
    }

    /** As written in a link or command: "903", "cin". */
    public String param() {
        return param;
    }

    public String label() {
        return label;
    }

    /** The return named by a link's parameter; empty for "all", blank or anything unknown. */
    public static Optional<ReturnKind> fromParam(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (ReturnKind k : values()) {
            if (k.param.equals(t)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
