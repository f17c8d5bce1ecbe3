package org.hearth.journey.child;

import java.util.List;
import org.hearth.journey.Violation;
import org.hearth.identity.IdentifierCheck;
import org.hearth.identity.NhsNumber;
import org.hearth.identity.Upn;

/** NHS number and UPN checks on a person; a UPN and a UPN-unknown reason are alternatives. */
final class IdentifierChecks {
    private IdentifierChecks() {}

    static void check(Person p, List<Violation> out) {
        if (present(p.nhsNumber())) {
            IdentifierCheck nhs = NhsNumber.validate(p.nhsNumber());
            if (!nhs.valid()) {
                out.add(PersonRules.v(p, "nhs-number", null, "nhsNumber", nhs.message()));
            }
        }
        if (present(p.upn())) {
            IdentifierCheck upn = Upn.validate(p.upn());
            if (!upn.valid()) {
                out.add(PersonRules.v(p, "upn", "1510", "upn", upn.message()));
            }
            if (present(p.upnUnknown())) {
                out.add(PersonRules.v(p, "upn-or-unknown", null, "upnUnknown",
                        "Give either the UPN or the reason it is unknown, not both"));
            }
        }
        if (present(p.formerUpn())) {
            IdentifierCheck former = Upn.validate(p.formerUpn());
            if (!former.valid()) {
                out.add(PersonRules.v(p, "former-upn", null, "formerUpn", "Former UPN: " + former.message()));
            }
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
