package org.hearth.returns.cin;

import static org.hearth.returns.cin.CinRule.child;

import java.time.LocalDate;
import java.util.List;
import org.hearth.returns.cin.CinCensus.Child;
import org.hearth.returns.cin.CinCensus.Cpp;
import org.hearth.returns.cin.CinCensus.Details;
import org.hearth.returns.cin.CinCensus.Plan;
import org.hearth.returns.cin.CinCensus.S47;

/** Rules on child protection plans (and their reviews) and CIN plans. */
final class PlanRules {

    private PlanRules() {
    }

    private interface CppCheck {
        boolean fails(CinContext ctx, Child c, Details d, Cpp p);
    }

    private interface PlanCheck {
        boolean fails(CinContext ctx, Child c, Details d, Plan p);
    }

    private static CinRule cpps(String code, CppCheck check) {
        return child(code, (ctx, c, sink) -> {
            for (Details d : c.details) {
                for (Cpp p : d.cpps) {
                    if (check.fails(ctx, c, d, p)) {
                        sink.flag(c, CinTable.ChildProtectionPlans, p.row);
                    }
                }
            }
        });
    }

    private static CinRule plans(String code, PlanCheck check) {
        return child(code, (ctx, c, sink) -> {
            for (Details d : c.details) {
                for (Plan p : d.plans) {
                    if (check.fails(ctx, c, d, p)) {
                        sink.flag(c, CinTable.CINplanDates, p.row);
                    }
                }
            }
        });
    }

    static List<CinRule> rules() {
        return List.of(
                cpps("1105", (ctx, c, d, p) -> p.start != null && d.referral != null && p.start.isBefore(d.referral)),
                cpps("2885", PlanRules::startsWithoutConference),
                cpps("8720", (ctx, c, d, p) -> p.start == null || p.start.isAfter(ctx.referenceDate())),
                // Present and a whole number of at least zero.
                cpps("8730", (ctx, c, d, p) -> !nonNegativeInteger(p.previousPlans)),
                cpps("8832", (ctx, c, d, p) -> d.nfa()),
                cpps("8840", (ctx, c, d, p) -> p.start != null && p.start.equals(p.end)),
                cpps("8841", (ctx, c, d, p) -> p.start != null && p.reviews != null
                        && p.reviews.stream().anyMatch(r -> r != null && !r.isAfter(p.start))),
                cpps("8905", (ctx, c, d, p) -> !CinCodes.contains(CinCodes.CATEGORY_OF_ABUSE, p.initialCategory)),
                cpps("8910", (ctx, c, d, p) -> !CinCodes.contains(CinCodes.CATEGORY_OF_ABUSE, p.latestCategory)),
                cpps("8915", (ctx, c, d, p) -> c.death != null && DetailsRules.after(p.start, c.death)),
                cpps("8920", (ctx, c, d, p) -> c.death != null && DetailsRules.after(p.end, c.death)),
                cpps("8925", (ctx, c, d, p) -> p.start != null && p.end != null && p.end.isBefore(p.start)),
                cpps("8930", (ctx, c, d, p) -> p.end != null && !ctx.inPeriod(p.end)),
                cpps("8935", (ctx, c, d, p) -> p.end == null && openCpps(c) > 1),
                cpps("8940", PlanRules::startsDuringAnotherCpp),
                child("8842Q", (ctx, c, sink) -> {
                    for (Details d : c.details) {
                        for (Cpp p : d.cpps) {
                            if (p.reviews != null && (p.reviews.isEmpty() || p.reviews.contains(null))) {
                                sink.flag(c, CinTable.Reviews, p.reviewsRow);
                            }
                        }
                    }
                }),
                child("4003", PlanRules::reviewDuringCinPlan),

                plans("4000", (ctx, c, d, p) -> d.nfa()),
                // Within an episode an open CPP and an open CIN plan cannot both be present.
                plans("4001", (ctx, c, d, p) -> p.end == null && d.cpps.stream().anyMatch(x -> x.end == null)),
                // Within one episode, only one CIN plan may be open.
                plans("4004", (ctx, c, d, p) -> p.end == null
                        && d.plans.stream().filter(x -> x.end == null).count() > 1),
                plans("4008", (ctx, c, d, p) -> c.death != null && DetailsRules.after(p.start, c.death)),
                plans("4009Q", (ctx, c, d, p) -> c.death != null && DetailsRules.after(p.end, c.death)),
                plans("4010", (ctx, c, d, p) -> p.start == null || p.start.isAfter(ctx.referenceDate())),
                plans("4011", (ctx, c, d, p) -> p.start != null && p.end != null && p.end.isBefore(p.start)),
                plans("4012Q", (ctx, c, d, p) -> p.start != null && p.start.equals(p.end)),
                plans("4013", (ctx, c, d, p) -> p.end != null && !ctx.inPeriod(p.end)),
                plans("4014", PlanRules::startsDuringAnotherPlan),
                plans("4015", (ctx, c, d, p) -> p.start != null && d.referral != null && p.start.isBefore(d.referral)),
                plans("4016", PlanRules::planStartsDuringCpp),
                plans("4017", PlanRules::cppStartsDuringPlan));
    }

    static boolean nonNegativeInteger(String text) {
        if (text == null || text.isEmpty() || text.length() > 9) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int openCpps(Child c) {
        int n = 0;
        for (Details d : c.details) {
            for (Cpp p : d.cpps) {
                if (p.end == null) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Whether {@code date} is on or after {@code start} and on or before {@code end} (or the reference date). */
    private static boolean within(CinContext ctx, LocalDate date, LocalDate start, LocalDate end) {
        return !date.isBefore(start) && !date.isAfter(end != null ? end : ctx.referenceDate());
    }

    /**
     * 2885. A plan starting in the census year starts on the day of its initial conference: an S47's conference date
     * in the episode or, when no S47 of the episode records a conference, the CINdetails conference date.
     */
    private static boolean startsWithoutConference(CinContext ctx, Child c, Details d, Cpp p) {
        if (!ctx.inPeriod(p.start)) {
            return false;
        }
        boolean s47Conference = false;
        for (S47 s : d.section47s) {
            if (s.icpc != null) {
                s47Conference = true;
                if (p.start.equals(s.icpc)) {
                    return false;
                }
            }
        }
        return s47Conference || !p.start.equals(d.initialCpc);
    }

    /** 8940. A plan's start must not fall on or between another of the child's plans' start and end (or ref. date). */
    private static boolean startsDuringAnotherCpp(CinContext ctx, Child c, Details d, Cpp p) {
        if (p.start == null) {
            return false;
        }
        for (Details od : c.details) {
            for (Cpp other : od.cpps) {
                if (other != p && other.start != null && within(ctx, p.start, other.start, other.end)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** 4014. The same for CIN plans. */
    private static boolean startsDuringAnotherPlan(CinContext ctx, Child c, Details d, Plan p) {
        if (p.start == null) {
            return false;
        }
        for (Details od : c.details) {
            for (Plan other : od.plans) {
                if (other != p && other.start != null && within(ctx, p.start, other.start, other.end)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * 4016. A CIN plan cannot start on or after a CPP's start and before its end (or on or before the reference date
     * if it has none); starting on the day the CPP ends is allowed.
     */
    private static boolean planStartsDuringCpp(CinContext ctx, Child c, Details d, Plan p) {
        if (p.start == null) {
            return false;
        }
        for (Details od : c.details) {
            for (Cpp cpp : od.cpps) {
                if (cpp.start != null && openOn(ctx, p.start, cpp.start, cpp.end)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** 4017. Likewise a CPP cannot start while a CIN plan is open (the CIN plan row is reported). */
    private static boolean cppStartsDuringPlan(CinContext ctx, Child c, Details d, Plan p) {
        if (p.start == null) {
            return false;
        }
        for (Details od : c.details) {
            for (Cpp cpp : od.cpps) {
                if (cpp.start != null && openOn(ctx, cpp.start, p.start, p.end)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** On or after {@code start} and before {@code end}, or on or before the reference date when there is no end. */
    private static boolean openOn(CinContext ctx, LocalDate date, LocalDate start, LocalDate end) {
        if (date.isBefore(start)) {
            return false;
        }
        return end != null ? date.isBefore(end) : !date.isAfter(ctx.referenceDate());
    }

    /**
     * 4003. Within an episode, a CPP review date cannot fall while a CIN plan is open (from its start to before its
     * end, or to the reference date if it has none), unless the review is on the day the CPP ends.
     */
    private static void reviewDuringCinPlan(CinContext ctx, Child c, IssueSink sink) {
        for (Details d : c.details) {
            if (d.plans.isEmpty()) {
                continue;
            }
            for (Cpp cpp : d.cpps) {
                if (cpp.reviews == null) {
                    continue;
                }
                reviews:
                for (LocalDate r : cpp.reviews) {
                    if (r == null || r.equals(cpp.end)) {
                        continue;
                    }
                    for (Plan p : d.plans) {
                        if (p.start != null && openOn(ctx, r, p.start, p.end)) {
                            sink.flag(c, CinTable.Reviews, cpp.reviewsRow);
                            break reviews;
                        }
                    }
                }
            }
        }
    }
}
