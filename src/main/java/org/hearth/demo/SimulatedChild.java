package org.hearth.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.EpisodeKind;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.JourneyRecord;
import org.hearth.journey.child.Person;

/**
 * One child as the simulation moves them through the journey: their own random source and the demo's "today"
 * cut-off, shared by every stage's part; who they are so far; the record made so far; and what the parts tell one
 * another (how many CP plans, whether they came home from care…). Records enter the record either directly
 * ({@link #add}) or, where the stage has a command, through it ({@link #play}) as the app would record them.
 */
final class SimulatedChild {
    /** A span of work with statutory visits every so many days (CIN, CP, CLA, family help, care leaver). */
    record Window(LocalDate start, LocalDate end, String context, int everyDays) {}

    private static final JourneyPlayer PLAYER = JourneyPlayer.standard();

    final SplittableRandom rnd;
    final LocalDate today;
    final DemoStaff staff;
    final JourneySimulator.Showcase showcase;
    final int index;
    /** Shifts the authority's identifier sequences by seed, keeping them unique per child. */
    final long identifierOffset;
    final UUID pid;
    private final Map<EpisodeKind<?>, List<JourneyRecord>> records = new HashMap<>();
    final List<Person> relatives = new ArrayList<>();
    final List<Window> windows = new ArrayList<>();

    LocalDate dob;
    LocalDate expectedDob;
    LocalDate age18;
    boolean uasc;
    int cpPlans;
    boolean planElsewhere;
    boolean returnedHome;
    boolean onlyNfa = true;
    LocalDate careStartedLast;
    LocalDate lastIcpcPlan;
    String surname;

    SimulatedChild(long seed, long identifierOffset, LocalDate today, DemoStaff staff,
                   JourneySimulator.Showcase showcase, int index) {
        this.rnd = new SplittableRandom(seed);
        this.identifierOffset = identifierOffset;
        this.today = today;
        this.staff = staff;
        this.showcase = showcase;
        this.index = index;
        this.pid = uuid();
    }

    UUID uuid() {
        return new UUID(rnd.nextLong(), rnd.nextLong());
    }

    void setDob(LocalDate d) {
        dob = d;
        age18 = d.plusYears(18);
    }

    /** Age in whole years on a day; -1 before birth or while unborn. */
    int age(LocalDate day) {
        if (dob == null || day.isBefore(dob)) {
            return -1;
        }
        return dob.until(day).getYears();
    }

    /** Adds a record as it stands (for steps whose stage has no command yet). */
    <T extends Record & JourneyRecord> void add(EpisodeKind<T> kind, T record) {
        records.computeIfAbsent(kind, k -> new ArrayList<>()).add(record);
    }

    @SuppressWarnings("unchecked")
    <T> List<T> recorded(EpisodeKind<?> kind) {
        return (List<T>) records.getOrDefault(kind, List.of());
    }

    /**
     * Records a step through its stage's command, run on the record made so far as the app runs it, by a social
     * worker on the step's day (the demo's "today" is the latest the command may allow). A refused step throws.
     *
     * @param newIds the ids of the records the command adds, in order: the ones the simulation drew for them, so
     *               switching a step from {@link #add} to its command keeps the seed's children the same
     */
    void play(JourneyCommand command, UUID... newIds) {
        playAs(new Actor("demo.simulator", "Demo simulator", Role.SOCIAL_WORKER, null), command, newIds);
    }

    /** {@link #play} by someone else (a team manager authorising, an IRO chairing…). */
    void playAs(Actor actor, JourneyCommand command, UUID... newIds) {
        Iterator<UUID> ids = List.of(newIds).iterator();
        JourneyPlayer.Played played = PLAYER.play(journeySoFar(), command, new JourneyCommand.Context(actor, today),
                () -> {
                    if (!ids.hasNext()) {
                        throw new IllegalStateException(command.getClass().getSimpleName()
                                + " added more records than the simulation gave ids for");
                    }
                    return ids.next();
                });
        for (JourneyPlayer.Saved<?> saved : played.saved()) {
            keep(saved.kind(), saved.record());
        }
    }

    /**
     * A record as it now stands (a referral closed, a plan ended): replacing the one with its id where it stands, so
     * the record's order is kept, or added.
     */
    <T extends Record & JourneyRecord> void replace(EpisodeKind<T> kind, T record) {
        keep(kind, record);
    }

    private void keep(EpisodeKind<?> kind, JourneyRecord record) {
        List<JourneyRecord> list = records.computeIfAbsent(kind, k -> new ArrayList<>());
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(record.id())) {
                list.set(i, record);
                return;
            }
        }
        list.add(record);
    }

    /** The record made so far, for a command to decide on: the child as known so far (born or expected). */
    ChildJourney journeySoFar() {
        Person child = new Person(pid, String.format("C%07d", index + 1), Person.CHILD, null, surname, null,
                dob == null ? "U" : null, null, null, dob, dob == null ? expectedDob : null, null, null, null, null, null,
                null, null, null, null, uasc, false, List.of());
        return new ChildJourney(child, 0, new HashMap<>(records));
    }

    /** The child's record as simulated. */
    ChildJourney journey(Person child) {
        return new ChildJourney(child, 0, new HashMap<>(records));
    }
}
