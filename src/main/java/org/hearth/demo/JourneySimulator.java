package org.hearth.demo;

import java.time.LocalDate;
import java.util.List;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.child.Person;

/**
 * Simulates one child's journey forward in time from their first contact, stopping at {@code today}: whatever has
 * not finished by then is left open, as it would be on a live record. Each child has its own random source, so
 * children can be made one at a time, in any order, and always come out the same.
 *
 * <p>This is the coordinator: each stage's part ({@link FrontDoorSimulation}, {@link AssessmentSimulation},
 * {@link ProtectionSimulation}, {@link CareSimulation}…) simulates its own steps on the shared {@link SimulatedChild}
 * and hands the child on to the next stage's part through the fields here. Where a stage has a command, its part
 * records the step through it ({@link SimulatedChild#play}), as the app would.
 */
final class JourneySimulator {
    /** Kinds of child the demo accounts need on their caseloads, made first and always the same way. */
    enum Showcase { NONE, OVERDUE_ASSESSMENT, CIN, CP_OVERDUE_REVIEW, CP, CLA }

    private final SimulatedChild child;
    final ChildProfileSimulation profile;
    final FamilyHelpSimulation familyHelp;
    final FrontDoorSimulation frontDoor;
    final AssessmentSimulation assessment;
    final ProtectionSimulation protection;
    final CareSimulation care;
    final PlacementSimulation placements;
    final PermanenceSimulation permanence;
    final LeavingCareSimulation leavingCare;
    final AllocationSimulation allocations;
    final VisitsSimulation visits;
    final NetworkSimulation network;

    JourneySimulator(long seed, long identifierOffset, LocalDate today, DemoStaff staff, Showcase showcase, int index) {
        this.child = new SimulatedChild(seed, identifierOffset, today, staff, showcase, index);
        this.profile = new ChildProfileSimulation(child, this);
        this.familyHelp = new FamilyHelpSimulation(child, this);
        this.frontDoor = new FrontDoorSimulation(child, this);
        this.assessment = new AssessmentSimulation(child, this);
        this.protection = new ProtectionSimulation(child, this);
        this.care = new CareSimulation(child, this);
        this.placements = new PlacementSimulation(child, this);
        this.permanence = new PermanenceSimulation(child, this);
        this.leavingCare = new LeavingCareSimulation(child, this);
        this.allocations = new AllocationSimulation(child, this);
        this.visits = new VisitsSimulation(child, this);
        this.network = new NetworkSimulation(child, this);
    }

    /** The child's whole journey to {@code today}: who they are, the work with them, their network and visits. */
    ChildJourney build() {
        LocalDate start = profile.profile();
        child.planElsewhere = chance(0.18); // a plan before our records began, or in another authority
        if (child.showcase == Showcase.NONE && !child.uasc && child.expectedDob == null && chance(0.12)) {
            familyHelp.familyHelpOnly(start);
        } else {
            frontDoor.referrals(start);
        }
        Person person = profile.person(start);
        network.people(start, person);
        visits.visits();
        care.careOutcomes();
        care.previousPermanence();
        return child.journey(person);
    }

    /** The people the child's relationships name, to be written before the child. */
    List<Person> relatives() {
        return List.copyOf(child.relatives);
    }

    private boolean chance(double p) {
        return child.rnd.nextDouble() < p;
    }

    static LocalDate plusWorkingDays(LocalDate day, int n) {
        return StageSimulation.plusWorkingDays(day, n);
    }

    /** The DfE SW_REASON code for the demo's reasons for a change of worker. */
    static String dfeWorkerChangeReason(String reason) {
        return AllocationSimulation.dfeWorkerChangeReason(reason);
    }
}
