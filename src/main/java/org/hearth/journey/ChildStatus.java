package org.hearth.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hearth.care.CareStage;
import org.hearth.earlyhelp.EarlyHelpStage;
import org.hearth.protection.ProtectionStage;
import org.hearth.referral.ReferralStage;

/** The status tags an identity bar and a caseload show, derived from the record. */
public final class ChildStatus {
    private ChildStatus() {}

    public static List<String> tags(ChildJourney j, LocalDate today) {
        List<String> tags = new ArrayList<>();
        if (j.child().unborn()) tags.add("UNBORN");
        if (open(j.all(EarlyHelpStage.EARLY_HELP), today)) tags.add("FAMILY_HELP");
        if (open(j.all(ReferralStage.REFERRALS), today)) tags.add("CIN");
        if (open(j.all(ProtectionStage.CP_PLANS), today)) tags.add("CP");
        boolean lookedAfter = open(j.all(CareStage.CARE_PERIODS), today);
        if (lookedAfter) tags.add("LOOKED_AFTER");
        Integer age = j.child().ageOn(today);
        if (!lookedAfter && !j.all(CareStage.CARE_PERIODS).isEmpty() && age != null && age >= 16 && age < 25) {
            tags.add("CARE_LEAVER");
        }
        if (open(j.all(CareStage.MISSING), today)) tags.add("MISSING");
        return tags;
    }

    private static boolean open(List<? extends JourneyRecord> records, LocalDate today) {
        return records.stream().anyMatch(r -> r.startDate() != null && !r.startDate().isAfter(today)
                && (r.endDate() == null || r.endDate().isAfter(today)));
    }
}
