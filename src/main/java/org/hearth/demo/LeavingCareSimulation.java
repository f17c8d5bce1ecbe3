package org.hearth.demo;

import java.time.LocalDate;
import org.hearth.allocation.Allocation;
import org.hearth.allocation.AllocationStage;
import org.hearth.leaving.CareLeaverContact;
import org.hearth.leaving.LeavingCareStage;

/**
 * Leaving care: a personal adviser from 18 to 21 and a contact around each birthday (the 903's OC3).
 */
final class LeavingCareSimulation extends StageSimulation {
    static final Weighted ACTIVITY = new Weighted(new String[] {"F2", "F4", "P4", "F5", "F1", "P2", "G5",
            "G4", "G6"}, new double[] {30, 15, 8, 5, 6, 4, 20, 6, 6});

    LeavingCareSimulation(SimulatedChild child, JourneySimulator journey) {
        super(child, journey);
    }

    /** A care leaver from 18: a personal adviser to 21 and a contact around each birthday (the 903's OC3). */
    void careLeaver(LocalDate left, String reason) {
        LocalDate age21 = c.dob.plusYears(21);
        LocalDate paEnd = age21.isAfter(today) ? null : age21;
        add(AllocationStage.ALLOCATIONS, new Allocation(uuid(), pid, c.staff.pick(DemoStaff.LEAVING_CARE, rnd), "PA",
                DemoStaff.LEAVING_CARE, left, paEnd, null));
        c.windows.add(new SimulatedChild.Window(left, paEnd, "CL", 91));
        for (int year = 18; year <= 21; year++) {
            LocalDate d = c.dob.plusYears(year).plusDays(between(-20, 40));
            if (d.isBefore(left)) {
                d = left;
            }
            if (d.isAfter(today)) {
                break;
            }
            String inTouch = pickString(new String[] {"YES", "NO", "REFU", "RHOM"}, new double[] {86, 7, 3, 4});
            boolean known = "YES".equals(inTouch);
            String accom;
            if (!known) {
                accom = "0";
            } else if (year == 18 && "E17".equals(reason)) {
                accom = "Z1";
            } else {
                accom = pick(year == 18 ? new String[] {"D1", "D1", "E1", "B1", "U1", "C1"}
                        : new String[] {"U1", "U1", "D1", "B1", "K1", "T1", "E1"});
                if (chance(0.1)) {
                    accom = accom.charAt(0) + "2";
                }
            }
            // Returned home for six months or more (RHOM): the 903 asks nothing more (rule 344).
            boolean home = "RHOM".equals(inTouch);
            add(LeavingCareStage.CARE_LEAVER_CONTACTS, new CareLeaverContact(uuid(), pid, d, "FORMER_RELEVANT", inTouch,
                    known ? ACTIVITY.pick(rnd) : home ? null : "0", home ? null : accom,
                    home || "0".equals(accom) ? null : accom.endsWith("1") ? "Y" : "N"));
        }
    }
}
