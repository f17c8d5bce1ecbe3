package org.hearth.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the administrator says about an organisation: its name, type (a code of the list), the identifier its type
 * needs and how to reach it. {@link #check} judges them against the code list and the organisations already in Hearth,
 * every problem at once, each in words pointing at its answer.
 */
public record OrganisationDetails(String name, String type, String urn, String odsCode, String policeForceCode,
                                  String address, String email, String phone) {
    static final int MAX_NAME = 200;
    static final int MAX_ADDRESS = 500;
    static final int MAX_EMAIL = 254;

    /** Types whose organisations carry an NHS ODS code, and those for which it is required. */
    static final Set<String> ODS_TYPES = Set.of("NHS_TRUST", "GP_PRACTICE", "HEALTH_VISITING", "SCHOOL_NURSING", "CAMHS");
    static final Set<String> ODS_REQUIRED = Set.of("NHS_TRUST", "GP_PRACTICE");

    private static final Pattern SCHOOL_URN = Pattern.compile("[0-9]{6}");
    private static final Pattern OFSTED_URN = Pattern.compile("EY[0-9]{6}|[0-9]{6,7}");
    private static final Pattern ODS = Pattern.compile("[A-Z0-9]{3,6}");
    private static final Pattern FORCE = Pattern.compile("[0-9]{2}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9 +()\\-]{6,30}");

    /** The answers tidied: spaces trimmed and collapsed, codes in capitals, empty answers as none. */
    public OrganisationDetails normalised() {
        return new OrganisationDetails(words(name), code(type), code(urn), code(odsCode), code(policeForceCode),
                text(address), text(email), text(phone));
    }

    /**
     * The problems with these (normalised) answers for an organisation of this id (null: a new one) among those in
     * Hearth: a name, a type from the list, the identifier the type needs in its form and no other, contact details
     * in their form, and no other organisation with the same name or identifier.
     */
    List<AdminRefusal> check(String id, Map<String, OrganisationType> types, List<Organisation> existing) {
        List<AdminRefusal> out = new ArrayList<>();
        if (name == null) {
            out.add(new AdminRefusal("name", "Enter the organisation's name"));
        } else if (name.length() > MAX_NAME) {
            out.add(new AdminRefusal("name", "Enter the name in " + MAX_NAME + " characters or fewer"));
        } else if (!printable(name)) {
            out.add(new AdminRefusal("name", "Enter the name in letters, numbers and punctuation"));
        }
        OrganisationType t = type == null ? null : types.get(type);
        if (type == null) {
            out.add(new AdminRefusal("type", "Choose the type of organisation"));
        } else if (t == null) {
            out.add(new AdminRefusal("type", "Choose a type of organisation from the list"));
        }
        if (t != null) {
            identifiers(t, out);
        }
        if (address != null && address.length() > MAX_ADDRESS) {
            out.add(new AdminRefusal("address", "Enter the address in " + MAX_ADDRESS + " characters or fewer"));
        }
        if (email != null && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
            out.add(new AdminRefusal("email", "Enter an email address in the right form, like name@example.org"));
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            out.add(new AdminRefusal("phone", "Enter a telephone number, like 0113 496 0000"));
        }
        // An answer already refused (in the wrong form, or one the type has not) is not also said to be taken.
        java.util.Set<String> refused = new java.util.HashSet<>();
        out.forEach(r -> refused.add(r.field()));
        for (Organisation o : existing) {
            if (o.id().equals(id)) {
                continue;
            }
            String where = o.closed() ? " (closed on " + o.closedOn().format(java.time.format.DateTimeFormatter
                    .ofPattern("d MMMM yyyy", Locale.UK)) + ")" : "";
            if (name != null && !refused.contains("name") && words(o.name()) != null && words(o.name()).equalsIgnoreCase(name)) {
                out.add(new AdminRefusal("name", o.name() + " is already in Hearth" + where
                        + ": change that organisation, or give this one a name that tells them apart"));
            }
            if (urn != null && !refused.contains("urn") && urn.equals(o.urn())) {
                out.add(new AdminRefusal("urn", "URN " + urn + " is already " + o.name() + "'s" + where));
            }
            if (odsCode != null && !refused.contains("odsCode") && odsCode.equals(o.odsCode())) {
                out.add(new AdminRefusal("odsCode", "ODS code " + odsCode + " is already " + o.name() + "'s" + where));
            }
            if (policeForceCode != null && !refused.contains("policeForceCode")
                    && policeForceCode.equals(o.policeForceCode())) {
                out.add(new AdminRefusal("policeForceCode", "Police force code " + policeForceCode + " is already "
                        + o.name() + "'s" + where));
            }
        }
        return out;
    }

    /** The identifier each type needs: a school's URN, an early years setting's Ofsted URN, ODS, a force code. */
    private void identifiers(OrganisationType t, List<AdminRefusal> out) {
        String c = t.code();
        String a = article(t.label());
        if ("SCHOOL".equals(c)) {
            if (urn == null) {
                out.add(new AdminRefusal("urn", "Enter the school's URN (unique reference number): 6 digits"));
            } else if (!SCHOOL_URN.matcher(urn).matches()) {
                out.add(new AdminRefusal("urn", "A school's URN is 6 digits, like 100000"));
            }
        } else if ("EARLY_YEARS".equals(c)) {
            if (urn == null) {
                out.add(new AdminRefusal("urn", "Enter the setting's Ofsted URN"));
            } else if (!OFSTED_URN.matcher(urn).matches()) {
                out.add(new AdminRefusal("urn", "An Ofsted URN is EY and 6 digits, or 6 or 7 digits, like EY123456"));
            }
        } else if (urn != null) {
            out.add(new AdminRefusal("urn", a + " has no URN: leave it empty"));
        }
        if (ODS_TYPES.contains(c)) {
            if (odsCode == null && ODS_REQUIRED.contains(c)) {
                out.add(new AdminRefusal("odsCode", "Enter the " + t.label().toLowerCase(Locale.UK)
                        + "'s NHS ODS code"));
            } else if (odsCode != null && !ODS.matcher(odsCode).matches()) {
                out.add(new AdminRefusal("odsCode", "An ODS code is 3 to 6 letters and numbers, like RXX or A81001"));
            }
        } else if (odsCode != null) {
            out.add(new AdminRefusal("odsCode", a + " has no NHS ODS code: leave it empty"));
        }
        if ("POLICE_FORCE".equals(c)) {
            if (policeForceCode == null) {
                out.add(new AdminRefusal("policeForceCode", "Enter the police force code: 2 digits"));
            } else if (!FORCE.matcher(policeForceCode).matches()) {
                out.add(new AdminRefusal("policeForceCode", "A police force code is 2 digits, like 13"));
            }
        } else if (policeForceCode != null) {
            out.add(new AdminRefusal("policeForceCode", a + " has no police force code: leave it empty"));
        }
    }

    private static String article(String label) {
        String l = label.toLowerCase(Locale.UK);
        if (label.startsWith("NHS") || label.startsWith("GP") || label.startsWith("CAMHS")) {
            l = label;
        }
        return ("aeiou".indexOf(Character.toLowerCase(label.charAt(0))) >= 0 ? "An " : "A ") + l;
    }

    static boolean printable(String s) {
        return s.codePoints().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    }

    static String words(String s) {
        if (s == null) {
            return null;
        }
        String w = s.strip().replaceAll("\\s+", " ");
        return w.isEmpty() ? null : w;
    }

    static String text(String s) {
        if (s == null) {
            return null;
        }
        String w = s.strip();
        return w.isEmpty() ? null : w;
    }

    static String code(String s) {
        String w = words(s);
        return w == null ? null : w.replace(" ", "").toUpperCase(Locale.UK);
    }
}
