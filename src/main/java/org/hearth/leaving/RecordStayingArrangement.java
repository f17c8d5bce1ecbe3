package org.hearth.leaving;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.care.CareStage;
import org.hearth.care.Placement;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Dates;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * A Staying Put or Staying Close arrangement, recorded on the open pathway plan: its dates and the carer or provider.
 * Staying Put (Children and Families Act 2014, s98) is living on with former foster carers from 18 to 21, so the young
 * person's last placement was in foster care; Staying Close is support to live near the children's home they left,
 * from 18 until 25. The end date may be left open; an arrangement starts no earlier than the 18th birthday.
 */
public record RecordStayingArrangement(UUID planId, String type, LocalDate from, LocalDate to, String who)
        implements JourneyCommand {
    public static final String PUT = "STAYING_PUT";
    public static final String CLOSE = "STAYING_CLOSE";
    static final String KIND = LeavingCareStage.PATHWAY_PLANS.name();

    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context c) {
        if (!RecordCareLeaverContact.mayRecord(c.actor().role())) {
            return Decision.refused(PathwayPlans.refusal(KIND, "pathway-plan-role", null,
                    "Only the young person's personal adviser, social worker or their manager records this"));
        }
        PathwayPlan plan = PathwayPlans.open(j).filter(p -> p.id().equals(planId)).orElse(null);
        if (plan == null) {
            return Decision.refused(PathwayPlans.refusal(KIND, "pathway-plan-open", null,
                    "This pathway plan is not open: start a plan first"));
        }
        if (!PUT.equals(type) && !CLOSE.equals(type)) {
            return Decision.refused(PathwayPlans.refusal(KIND, "staying-type", "type",
                    "Select Staying Put or Staying Close"));
        }
        boolean put = PUT.equals(type);
        LocalDate eighteen = j.child().dob().plusYears(18);
        LocalDate limit = j.child().dob().plusYears(put ? 21 : 25);
        List<Violation> out = new ArrayList<>();
        if (from == null) {
            out.add(PathwayPlans.refusal(KIND, "staying-dates", "from",
                    "Enter the date the arrangement started as a real date, for example 27 3 2026"));
        } else if (from.isBefore(eighteen)) {
            out.add(PathwayPlans.refusal(KIND, "staying-dates", "from",
                    "The arrangement cannot start before the young person's 18th birthday, on " + Dates.uk(eighteen)));
        } else if (from.isAfter(c.today().plusMonths(6))) {
            out.add(PathwayPlans.refusal(KIND, "staying-dates", "from",
                    "The arrangement must start within six months from today"));
        }
        if (to != null && from != null && !to.isAfter(from)) {
            out.add(PathwayPlans.refusal(KIND, "staying-dates", "to", "The end date must be after the start date"));
        } else if (to != null && to.isAfter(limit)) {
            out.add(PathwayPlans.refusal(KIND, "staying-dates", "to", (put ? "Staying Put lasts until the 21st "
                    : "Staying Close lasts until the 25th ") + "birthday, on " + Dates.uk(limit)));
        }
        String named = PathwayPlans.clean(who);
        if (named == null || named.length() > PathwayPlans.LINE_MAX) {
            out.add(PathwayPlans.refusal(KIND, "staying-who", "who", named == null
                    ? (put ? "Enter the former foster carers' names" : "Enter the Staying Close provider")
                    : "The name must be " + PathwayPlans.LINE_MAX + " characters or fewer"));
        }
        if (put) {
            Placement lastPlacement = j.all(CareStage.PLACEMENTS).stream()
                    .max(java.util.Comparator.comparing(Placement::claPlacementStartDate)).orElse(null);
            if (lastPlacement == null || lastPlacement.claPlacementType() == null
                    || !lastPlacement.claPlacementType().startsWith("U")) {
                out.add(PathwayPlans.refusal(KIND, "staying-put-foster", "type",
                        "Staying Put is living on with former foster carers, and the young person's last placement "
                                + "was not in foster care"));
            }
        }
        if (!out.isEmpty()) {
            return Decision.refused(out);
        }
        return Decision.of(JourneyChange.of(LeavingCareStage.PATHWAY_PLANS, put ? plan.withStayingPut(from, to, named)
                : plan.withStayingClose(from, to, named)));
    }
}
