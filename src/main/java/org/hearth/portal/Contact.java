package org.hearth.portal;

import java.util.Locale;
import java.util.Optional;

/**
 * A child's phone number or email address, as their worker verified it and as the child types it to sign in:
 * normalised so "07700 900123", "+44 7700 900123" and "07700900123" are one UK mobile, and an email in lower case.
 * Plain Java.
 */
public record Contact(String kind, String value) {
    public static Optional<Contact> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String t = typed.strip();
        if (t.isEmpty() || t.length() > 254) {
            return Optional.empty();
        }
        if (t.contains("@")) {
            String e = t.toLowerCase(Locale.ROOT);
            return e.matches("[a-z0-9._%+'-]+@[a-z0-9-]+(\\.[a-z0-9-]+)+") ? Optional.of(new Contact("EMAIL", e))
                    : Optional.empty();
        }
        String digits = t.replaceAll("[\\s()-]", "");
        if (digits.startsWith("+44")) {
            digits = "0" + digits.substring(3);
        }
        return digits.matches("07\\d{9}") ? Optional.of(new Contact("PHONE", digits)) : Optional.empty();
    }

    /** Shown to the worker without giving it all away: 07*******23, s***@example.org. */
    public String masked() {
        if ("EMAIL".equals(kind)) {
            int at = value.indexOf('@');
            return value.charAt(0) + "***" + value.substring(at);
        }
        return value.substring(0, 2) + "*******" + value.substring(value.length() - 2);
    }
}
