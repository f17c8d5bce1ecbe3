package org.hearth.care;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hearth.journey.Violation;

/**
 * The placement a child starts (on becoming looked after or on a move): its type (the DfE's PLACE), who provides it
 * (PR0–PR5), its postcode and, for a registered provision, its Ofsted URN.
 */
public record NewPlacement(String type, String provider, String postcode, String urn) {
    private static final Pattern POSTCODE = Pattern.compile("^[A-Z]{1,2}[0-9][0-9A-Z]? ?[0-9][A-Z]{2}$");
    private static final Pattern URN = Pattern.compile("^(SC)?[0-9]{6,7}$");

    /** A postcode as written (any case and spacing) in its usual form, like {@code LS1 4AP}; null when not one. */
    public static String postcodeOf(String raw) {
        if (raw == null) {
            return null;
        }
        String p = raw.toUpperCase(Locale.UK).replaceAll("\\s+", "");
        if (p.length() <= 3 || !POSTCODE.matcher(p).matches()) {
            return null;
        }
        return p.substring(0, p.length() - 3) + " " + p.substring(p.length() - 3);
    }

    /** An Ofsted URN as written in its usual form ({@code SC123456}); null when not one. */
    public static String urnOf(String raw) {
        if (raw == null) {
            return null;
        }
        String u = raw.toUpperCase(Locale.UK).replaceAll("\\s+", "");
        return URN.matcher(u).matches() ? u : null;
    }

    /** The placement on {@code start} as the record keeps it, or null when the refusals say why it cannot be. */
    Placement starting(UUID childId, java.time.LocalDate start, UUID anchor, List<Violation> refusals) {
        String kind = CareStage.PLACEMENTS.name();
        if (blank(type)) {
            refusals.add(new Violation("placement-type", "146", kind, anchor, "claPlacementType",
                    "Select the type of placement"));
        }
        if (blank(provider)) {
            refusals.add(new Violation("placement-provider", "178", kind, anchor, "claPlacementProvider",
                    "Select who provides the placement"));
        }
        String pc = postcodeOf(postcode);
        if (blank(postcode)) {
            refusals.add(new Violation("placement-postcode", null, kind, anchor, "claPlacementPostcode",
                    "Enter the postcode of the placement"));
        } else if (pc == null) {
            refusals.add(new Violation("placement-postcode", null, kind, anchor, "claPlacementPostcode",
                    "Enter a real postcode for the placement, like AA3 1AB"));
        }
        String u = blank(urn) ? null : urnOf(urn);
        if (!blank(urn) && u == null) {
            refusals.add(new Violation("placement-urn", "1008", kind, anchor, "claPlacementUrn",
                    "Enter the Ofsted URN as 6 or 7 digits, or SC and 6 digits, like SC123456"));
        }
        return new Placement(null, childId, start, null, strip(type), strip(provider), pc, u, null, null);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String strip(String s) {
        return blank(s) ? null : s.strip();
    }
}
