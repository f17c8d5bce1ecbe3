package org.hearth.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.hearth.journey.EpisodeKind;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.JourneyRecord;

/**
 * What every stage's part of the simulation shares: the child (their random source, the "today" cut-off and the
 * record so far), the coordinator that moves them on to the next stage, and small helpers for drawing. Every draw
 * comes from the child's one random source in the order the simulation makes it, so a seed always gives the same
 * children: a part must not draw more, fewer or in another order without meaning to change the demo.
 *
 * <p>A step whose stage has a command records it through the command ({@link #play}), as the app would: the command
 * decides on the record made so far and the journey rules judge the change. When a stage's command lands, its step
 * switches in one line, passing the ids the simulation already drew so the seed's children stay the same, e.g.
 * <pre>
 *   add(SomeStage.KIND, new SomeRecord(recordId, pid, date, answers));
 *   play(new RecordSomeStep(date, answers), recordId);
 * </pre>
 * The record so far has what a practitioner would see on that day: the referral is recorded open when it is made
 * (and closed when its episode ends), a CIN plan is open through the enquiry it leads to, and a period of care, its
 * placement and legal status are open until care ceases (through {@code CeaseCare}).
 */
abstract class StageSimulation {
    protected final SimulatedChild c;
    protected final JourneySimulator journey;
    protected final SplittableRandom rnd;
    protected final LocalDate today;
    protected final UUID pid;

    StageSimulation(SimulatedChild child, JourneySimulator journey) {
        this.c = child;
        this.journey = journey;
        this.rnd = child.rnd;
        this.today = child.today;
        this.pid = child.pid;
    }

    protected <T extends Record & JourneyRecord> void add(EpisodeKind<T> kind, T record) {
        c.add(kind, record);
    }

    /** Records a step through its stage's command (see {@link SimulatedChild#play}). */
    protected void play(JourneyCommand command, UUID... newIds) {
        c.play(command, newIds);
    }

    protected <T> List<T> recorded(EpisodeKind<?> kind) {
        return c.recorded(kind);
    }

    protected UUID uuid() {
        return c.uuid();
    }

    protected int age(LocalDate day) {
        return c.age(day);
    }

    protected boolean showcased() {
        return c.showcase != JourneySimulator.Showcase.NONE;
    }

    /** Child in need work ends by the day before the 18th birthday, and never before it started. */
    protected LocalDate capAdult(LocalDate day, LocalDate notBefore) {
        if (c.age18 != null && !day.isBefore(c.age18)) {
            day = c.age18.minusDays(1);
        }
        return day.isBefore(notBefore) ? notBefore : day;
    }

    protected LocalDate notAfterToday(LocalDate day) {
        return day == null || day.isAfter(today) ? null : day;
    }

    protected LocalDate notAfterToday(LocalDate day, LocalDate fallback) {
        return day.isAfter(today) ? (fallback.isAfter(today) ? today : fallback) : day;
    }

    static LocalDate plusWorkingDays(LocalDate day, int n) {
        LocalDate d = day;
        int added = 0;
        while (added < n) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                added++;
            }
        }
        return d;
    }

    /** A random number for picking a postcode, drawn as the demo's earlier made-up postcodes were, so seeds keep. */
    protected int postcodeDraw() {
        int a = between(1, 9);
        int b = between(1, 9);
        int x = rnd.nextInt(26);
        int y = rnd.nextInt(26);
        return ((a * 10 + b) * 26 + x) * 26 + y;
    }

    protected boolean chance(double p) {
        return rnd.nextDouble() < p;
    }

    protected int between(int lo, int hi) {
        return hi <= lo ? lo : lo + rnd.nextInt(hi - lo + 1);
    }

    protected <T> T pick(T[] values) {
        return values[rnd.nextInt(values.length)];
    }

    protected String pickString(String[] values, double[] weights) {
        return values[Weighted.index(weights, rnd)];
    }

    protected int pickInt(int[] values, double[] weights) {
        return values[Weighted.index(weights, rnd)];
    }
}
