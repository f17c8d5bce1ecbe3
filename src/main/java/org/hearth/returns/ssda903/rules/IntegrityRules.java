package org.hearth.returns.ssda903.rules;

import java.util.Objects;
import org.hearth.returns.ssda903.Ssda903Registry;
import org.hearth.returns.ssda903.Ssda903Table;

/** Internal consistency: every child is in the Header once, with the same date of birth everywhere. */
public final class IntegrityRules {
    private IntegrityRules() {}

    public static void register(Ssda903Registry r) {
        inHeader(r, "INT01", "AD1");
        inHeader(r, "INT02", "PlacedAdoption");
        inHeader(r, "INT03", "Episodes");
        inHeader(r, "INT04", "Missing");
        inHeader(r, "INT05", "OC2");
        inHeader(r, "INT06", "OC3");
        inHeader(r, "INT07", "PrevPerm");
        inHeader(r, "INT08", "Reviews");
        inHeader(r, "INT09", "UASC");
        sameAsHeader(r, "INT11", "AD1", "DOB");
        sameAsHeader(r, "INT12", "PlacedAdoption", "DOB");
        sameAsHeader(r, "INT13", "Missing", "DOB");
        sameAsHeader(r, "INT14", "OC2", "DOB");
        sameAsHeader(r, "INT15", "OC3", "DOB");
        sameAsHeader(r, "INT16", "PrevPerm", "DOB");
        sameAsHeader(r, "INT17", "Reviews", "DOB");
        sameAsHeader(r, "INT18", "UASC", "DOB");
        sameAsHeader(r, "INT21", "UASC", "SEX");
        once(r, "INT31", "AD1");
        once(r, "INT32", "Header");
        once(r, "INT33", "OC2");
        once(r, "INT34", "OC3");
        once(r, "INT35", "PrevPerm");
        once(r, "INT36", "UASC");
        // A Header child with no episodes, unless a care leaver (OC3), for whom no episodes are expected.
        r.rule("EPI").needs("Episodes").rows("Header", (c, t, i) -> !c.table("Episodes").hasChild(t.child(i))
                && !c.table("OC3").hasChild(t.child(i)));
    }

    private static void inHeader(Ssda903Registry r, String code, String table) {
        r.rule(code).needs("Header").rows(table, (c, t, i) -> t.child(i) != null
                && !c.table("Header").hasChild(t.child(i)));
    }

    private static void sameAsHeader(Ssda903Registry r, String code, String table, String column) {
        r.rule(code).needs("Header").rows(table, (c, t, i) -> {
            Ssda903Table h = c.table("Header");
            int row = h.firstRowOf(t.child(i));
            return row >= 0 && !Objects.equals(h.get(row, column), t.get(i, column));
        });
    }

    private static void once(Ssda903Registry r, String code, String table) {
        r.rule(code).rows(table, (c, t, i) -> t.child(i) != null && t.rowsOf(t.child(i)).length > 1);
    }
}
