package org.hearth.demo;

import java.time.LocalDate;
import org.hearth.allocation.Allocation;
import org.hearth.allocation.AllocationStage;
import org.hearth.earlyhelp.EarlyHelpEpisode;
import org.hearth.earlyhelp.EarlyHelpStage;
import org.hearth.referral.Contact;
import org.hearth.referral.ReferralStage;

/**
 * Family help (early help): help without a referral, which may step up to one, and the family help a
 * closed child in need episode steps down to.
 */
final class FamilyHelpSimulation extends StageSimulation {
    static final String[] EH_REASONS = {"Parenting support", "School attendance", "Housing and money worries",
            "Parental conflict", "Child's behaviour at home", "Young carer support", "Emotional wellbeing"};
    static final String[] EH_ORGS = {"Family Help Service", "Family hub", "School family support",
            "Children's centre"};

    FamilyHelpSimulation(SimulatedChild child, JourneySimulator journey) {
        super(child, journey);
    }

    void familyHelpOnly(LocalDate start) {
        String source = FrontDoorSimulation.SOURCES.pick(rnd);
        add(ReferralStage.CONTACTS, new Contact(uuid(), pid, start, source, "EARLY_HELP", notAfterToday(start.plusDays(between(0, 1))), null));
        LocalDate planned = start.plusDays(between(60, 270));
        if (chance(0.2) && !planned.isAfter(today) && age(planned) < 17) {
            familyHelp(start, planned, "STEP_UP");
            journey.frontDoor.referrals(planned, "5D");
        } else {
            familyHelp(start, planned, chance(0.8) ? "NEEDS_MET" : "DISENGAGED");
        }
    }

    /** A family help episode; open when its planned end is after today. */
    void familyHelp(LocalDate start, LocalDate plannedEnd, String endReason) {
        LocalDate end = plannedEnd.isAfter(today) ? null : plannedEnd;
        String worker = c.staff.pick(DemoStaff.FAMILY_HELP, rnd);
        add(EarlyHelpStage.EARLY_HELP, new EarlyHelpEpisode(uuid(), pid, start, end, pick(EH_REASONS),
                end == null ? null : endReason, pick(EH_ORGS), worker));
        add(AllocationStage.ALLOCATIONS, new Allocation(uuid(), pid, worker, "EHW", DemoStaff.FAMILY_HELP, start, end, null));
        c.windows.add(new SimulatedChild.Window(start, end, "EH", 28));
    }
}
