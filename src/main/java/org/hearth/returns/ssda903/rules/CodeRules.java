package org.hearth.returns.ssda903.rules;

import java.util.regex.Pattern;
import org.hearth.returns.ssda903.Ssda903Registry;

/** Single-field checks: codes on the year's list, dates that are dates, numbers in range. */
public final class CodeRules {
    private CodeRules() {}

    /** A UPN: a check letter, 11 digits, and a final digit or letter (temporary UPNs). */
    /** A UPN: the check letter (never I, O or S: the DfE's check letters leave them out), 11 digits, a last character. */
    private static final Pattern UPN = Pattern.compile("[A-HJ-NP-RT-Z]\\d{11}[A-Z0-9]");

    public static void register(Ssda903Registry r) {
        // Required codes: blank is as wrong as a bad code.
        required(r, "101", "Header", "SEX", "SEX");
        required(r, "103", "Header", "ETHNIC", "ETHNIC");
        required(r, "143", "Episodes", "RNE", "RNE");
        required(r, "144", "Episodes", "LS", "LS");
        required(r, "145", "Episodes", "CIN", "CIN");
        required(r, "146", "Episodes", "PLACE", "PLACE");
        required(r, "167", "Reviews", "REVIEW_CODE", "REVIEW_CODE");

        // Optional codes: only a value that is there is checked; blanks are other rules' business.
        optional(r, "1006", "Missing", "MISSING", "MISSING");
        optional(r, "1009", "Episodes", "REASON_PLACE_CHANGE", "REASON_PLACE_CHANGE");
        optional(r, "114", "AD1", "FOSTER_CARE", "FOSTER_CARE");
        optional(r, "120", "PlacedAdoption", "REASON_PLACED_CEASED", "REASON_PLACED_CEASED");
        optional(r, "131", "OC3", "IN_TOUCH", "IN_TOUCH");
        optional(r, "132", "OC3", "ACTIV", "ACTIV");
        optional(r, "133", "OC3", "ACCOM", "ACCOM");
        optional(r, "149", "Episodes", "REC", "REC");
        optional(r, "175", "AD1", "NB_ADOPTR", "NB_ADOPTR");
        optional(r, "176", "AD1", "SEX_ADOPTR", "SEX_ADOPTR");
        optional(r, "177", "AD1", "LS_ADOPTR", "LS_ADOPTR");
        // DfE 178: "If provided <PLACE_PROVIDER> must be a valid value and should not be provided if <PL> = ..." the
        // placement types that have no provider: T0-T4 and Z1 to 2024/25; T0-T3 and Z11-Z14 from 2025/26 (as the
        // 2025/26 coding lists them).
        r.rule("178").until(2025).rows("Episodes", (c, t, i) -> !t.blank(i, "PLACE_PROVIDER")
                && (!c.valid("PLACE_PROVIDER", t.get(i, "PLACE_PROVIDER"))
                || R.in(t.get(i, "PLACE"), NO_PROVIDER_TO_2025)));
        r.rule("178").from(2026).rows("Episodes", (c, t, i) -> !t.blank(i, "PLACE_PROVIDER")
                && (!c.valid("PLACE_PROVIDER", t.get(i, "PLACE_PROVIDER"))
                || R.in(t.get(i, "PLACE"), NO_PROVIDER_FROM_2026)));
        optional(r, "196", "OC2", "SDQ_REASON", "SDQ_REASON");
        optional(r, "631", "PrevPerm", "PREV_PERM", "PREV_PERM");
        optional(r, "SW13STG1", "SWEpisodes", "SW_REASON", "SW_REASON", 2025);
        // 2023/24's SW13 also required the reason ("either not valid or has not been entered").
        r.rule("SW13STG1").from(2024).until(2024).rows("SWEpisodes", (c, t, i) ->
                !c.valid("SW_REASON", t.get(i, "SW_REASON")));

        // Header UASC is only in XML returns; a CSV Header has no such column, so nothing is flagged.
        r.rule("105").rows("Header", (c, t, i) -> t.has("UASC") && !R.in(t.get(i, "UASC"), "0", "1"));

        // Required dates: blank or not a date.
        requiredDate(r, "102", "Header", "DOB");
        requiredDate(r, "141", "Episodes", "DECOM");
        requiredDate(r, "166", "Reviews", "REVIEW");
        r.rule("SW04STG1").from(2024).rows("SWEpisodes", (c, t, i) -> t.date(i, "SW_DECOM") == null);
        r.rule("700").from(2027).rows("DoLo", (c, t, i) -> t.date(i, "DOLO_START") == null);
        // Optional dates: a value that is not a date.
        optionalDate(r, "104", "UASC", "DUC");
        optionalDate(r, "112", "AD1", "DATE_INT");
        optionalDate(r, "113", "AD1", "DATE_MATCH");
        optionalDate(r, "115", "PlacedAdoption", "DATE_PLACED");
        optionalDate(r, "116", "PlacedAdoption", "DATE_PLACED_CEASED");
        optionalDate(r, "147", "Episodes", "DEC");
        optionalDate(r, "171", "Header", "MC_DOB");
        optionalDate(r, "1004", "Missing", "MIS_START");
        optionalDate(r, "1005", "Missing", "MIS_END");
        r.rule("SW05STG1").from(2024).rows("SWEpisodes", (c, t, i) -> t.badDate(i, "SW_DEC"));
        r.rule("701").from(2027).rows("DoLo", (c, t, i) -> t.badDate(i, "DOLO_END"));

        r.rule("168").rows("Header", (c, t, i) -> {
            String upn = t.get(i, "UPN");
            return upn != null && !UPN.matcher(upn).matches() && !c.valid("UPN_UNKNOWN", upn);
        });
        r.rule("180").rows("OC2", (c, t, i) -> {
            String score = t.get(i, "SDQ_SCORE");
            if (score == null) {
                return false;
            }
            try {
                int v = Integer.parseInt(score);
                return v < 0 || v > 40;
            } catch (NumberFormatException e) {
                return true;
            }
        });
        r.rule("181").rows("OC2", (c, t, i) -> {
            for (String col : R.OC2_ITEMS) {
                if (!t.blank(i, col) && !c.valid("BINARY", t.get(i, col))) {
                    return true;
                }
            }
            return false;
        });
        r.rule("SW02STG1").from(2024).rows("SWEpisodes", (c, t, i) -> {
            String id = t.get(i, "SW_ID");
            return id != null && !id.startsWith("SW") && !id.startsWith("XX");
        });
        r.rule("148").rows("Episodes", (c, t, i) -> t.blank(i, "DEC") != t.blank(i, "REC"));
    }

    private static void required(Ssda903Registry r, String code, String table, String column, String list) {
        r.rule(code).rows(table, (c, t, i) -> !c.valid(list, t.get(i, column)));
    }

    /** Placement types for which the DfE's 178 says no placement provider is given. */
    private static final java.util.Set<String> NO_PROVIDER_TO_2025 = java.util.Set.of("T0", "T1", "T2", "T3", "T4", "Z1");
    private static final java.util.Set<String> NO_PROVIDER_FROM_2026 =
            java.util.Set.of("T0", "T1", "T2", "T3", "Z11", "Z12", "Z13", "Z14");

    private static void optional(Ssda903Registry r, String code, String table, String column, String list) {
        r.rule(code).rows(table, (c, t, i) -> !t.blank(i, column) && !c.valid(list, t.get(i, column)));
    }

    private static void optional(Ssda903Registry r, String code, String table, String column, String list,
                                 int from) {
        r.rule(code).from(from)
                .rows(table, (c, t, i) -> !t.blank(i, column) && !c.valid(list, t.get(i, column)));
    }

    private static void requiredDate(Ssda903Registry r, String code, String table, String column) {
        r.rule(code).rows(table, (c, t, i) -> t.date(i, column) == null);
    }

    private static void optionalDate(Ssda903Registry r, String code, String table, String column) {
        r.rule(code).rows(table, (c, t, i) -> t.badDate(i, column));
    }
}
