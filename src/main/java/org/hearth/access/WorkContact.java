package org.hearth.access;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How to reach a member of staff at work, as a carer or a child's family is told it: a work phone number (a UK number,
 * 10 or 11 digits, spaces allowed, or +44) and a work email address. Plain Java: the answers in, what to keep (or what
 * is wrong) out.
 */
public record WorkContact(String phone, String email) {
    private static final Pattern PHONE = Pattern.compile("^(\\+44 ?|0)[0-9 ]{9,13}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    /** The contact as it is kept (trimmed, blank as none), or the problems by field. */
    public static Map<String, String> problems(String phone, String email) {
        Map<String, String> out = new LinkedHashMap<>();
        String p = clean(phone);
        if (p != null) {
            long digits = p.chars().filter(Character::isDigit).count();
            if (!PHONE.matcher(p).matches() || digits < 10 || digits > 12) {
                out.put("phone", "Enter a UK phone number, like 01632 960 123 or +44 1632 960 123");
            }
        }
        String e = clean(email);
        if (e != null && (e.length() > 254 || !EMAIL.matcher(e).matches())) {
            out.put("email", "Enter an email address in the right form, like name@council.gov.uk");
        }
        return out;
    }

    public static WorkContact of(String phone, String email) {
        return new WorkContact(clean(phone), clean(email));
    }

    static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
