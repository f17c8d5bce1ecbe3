package org.hearth.returns.cin;

import static org.hearth.returns.cin.CinRule.child;

import java.time.LocalDate;
import java.util.List;
import org.hearth.returns.cin.CinCensus.Assessment;
import org.hearth.returns.cin.CinCensus.Child;
import org.hearth.returns.cin.CinCensus.Cpp;
import org.hearth.returns.cin.CinCensus.Details;
import org.hearth.returns.cin.CinCensus.Plan;
import org.hearth.returns.cin.CinCensus.S47;

/** Rules on the CINdetails episode: referral, closure and what may follow them. */
final class DetailsRules {

    private static final LocalDate REFERRAL_SOURCE_FROM = LocalDate.of(2013, 4, 1);

    private DetailsRules() {
    }

    static List<CinRule> rules() {
        return List.of(
                // RC8/RC9 (closed after assessment) episodes cannot have S47s, CPPs, an ICPC or CIN plans.
                child("2990", (ctx, c, sink) -> {
                    for (Details d : c.details) {
                        if (closedAfterAssessment(d) && (d.initialCpc != null || !d.section47s.isEmpty()
                                || !d.cpps.isEmpty() || !d.plans.isEmpty())) {
                            sink.flag(c, CinTable.CINdetails, d.row);
                        }
                    }
                }),
                child("2991Q", (ctx, c, sink) -> {
                    for (Details d : c.details) {
                        if (!d.section47s.isEmpty() && d.assessments.isEmpty()) {
                            sink.flag(c, CinTable.CINdetails, d.row);
                        }
                    }
                }),
                child("8555Q", (ctx, c, sink) -> {
                    for (Details d : c.details) {
                        if (c.death != null && d.referral != null && d.referral.isAfter(c.death)) {
                            sink.flag(c, CinTable.CINdetails, d.row);
                        }
                    }
                }),
                // Closure must be on or after every activity date of the episode; the late row is reported.
                child("8565", DetailsRules::activityAfterClosure),
                child("8568", (ctx, c, sink) -> {
                    for (Details d : c.details) {
                        if (d.referralNfa == null) {
                            sink.flag(c, CinTable.CINdetails, d.row);
                        }
                    }
                }),
                // Referred before (1 April less one working day): cannot be a referral with no further action.
                child("8569Q", (ctx, c, sink) -> {
                    for (Details d : c.details) {
                        if (d.nfa() && d.referral != null && d.referral.isBefore(ctx.nfaCutOff())) {
                            sink.flag(c, CinTable.CINdetails, d.row);
                        }
                    }
                }),
                child("8585Q", (ctx, c, sink) -> {
                    for (Details d : c.details) {
                        if ("RC2".equals(d.reasonForClosure) && c.death == null) {
                            sink.flag(c, CinTable.CINdetails, d.row);
                        }
                    }
                }),
                child("8600", (ctx, c, sink) -> {
                    for (Details d : c.details) {
                        if (d.referral == null || d.referral.isAfter(ctx.referenceDate())) {
                            sink.flag(c, CinTable.CINdetails, d.row);
                        }
                    }
                }),
                child("8606", (ctx, c, sink) -> {
                    for (Details d : c.details) {
                        if (d.referral != null && (moreThan280DaysBefore(d.referral, c.birth)
                                || moreThan280DaysBefore(d.referral, c.expectedBirth))) {
                            sink.flag(c, CinTable.CINdetails, d.row);
                        }
                    }
                }),
                child("8610", (ctx, c, sink) -> {
                    for (Details d : c.details) {
                        if (Boolean.FALSE.equals(d.referralNfa) && d.primaryNeed == null) {
                            sink.flag(c, CinTable.CINdetails, d.row);
                        }
                    }
                }),
                child("8620", (ctx, c, sink) -> {
                    for (Details d : c.details) {
                        if (d.closure != null && !ctx.inPeriod(d.closure)) {
                            sink.flag(c, CinTable.CINdetails, d.row);
                        }
                    }
                }),
                child("8630", (ctx, c, sink) -> {
                    for (Details d : c.details) {
                        if (d.closure != null && d.referral != null && d.closure.isBefore(d.referral)) {
                            sink.flag(c, CinTable.CINdetails, d.row);
                        }
                    }
                }),
                child("8640", (ctx, c, sink) -> {
                    for (Details d : c.details) {
                        if (d.reasonForClosure != null
                                && !CinCodes.contains(CinCodes.REASON_FOR_CLOSURE, d.reasonForClosure)) {
                            sink.flag(c, CinTable.CINdetails, d.row);
                        }
                    }
                }),
                child("8650", (ctx, c, sink) -> {
                    for (Details d : c.details) {
                        if (d.primaryNeed != null && !CinCodes.contains(CinCodes.PRIMARY_NEED, d.primaryNeed)) {
                            sink.flag(c, CinTable.CINdetails, d.row);
                        }
                    }
                }),
                child("8805", (ctx, c, sink) -> {
                    for (Details d : c.details) {
                        if (d.closure != null && d.reasonForClosure == null) {
                            sink.flag(c, CinTable.CINdetails, d.row);
                        }
                    }
                }),
                child("8810", (ctx, c, sink) -> {
                    for (Details d : c.details) {
                        if (d.reasonForClosure != null && d.closure == null) {
                            sink.flag(c, CinTable.CINdetails, d.row);
                        }
                    }
                }),
                // At most one open episode that went on to further action.
                child("8815", (ctx, c, sink) -> {
                    int open = 0;
                    for (Details d : c.details) {
                        if (openWithAction(d)) {
                            open++;
                        }
                    }
                    if (open > 1) {
                        for (Details d : c.details) {
                            if (openWithAction(d)) {
                                sink.flag(c, CinTable.CINdetails, d.row);
                            }
                        }
                    }
                }),
                // An open episode that went on to further action must have the child's latest referral date.
                child("8816", (ctx, c, sink) -> {
                    if (c.details.size() < 2) {
                        return;
                    }
                    LocalDate latest = null;
                    for (Details d : c.details) {
                        if (d.referral != null && (latest == null || d.referral.isAfter(latest))) {
                            latest = d.referral;
                        }
                    }
                    for (Details d : c.details) {
                        if (openWithAction(d) && d.referral != null && d.referral.isBefore(latest)) {
                            sink.flag(c, CinTable.CINdetails, d.row);
                        }
                    }
                }),
                child("8820", DetailsRules::overlappingEpisodes),
                child("8825Q", (ctx, c, sink) -> {
                    for (Details d : c.details) {
                        if (closedAfterAssessment(d) && d.assessments.isEmpty()) {
                            sink.flag(c, CinTable.CINdetails, d.row);
                        }
                    }
                }),
                // A referral with no further action has no assessment, S47 or conference.
                child("8831", (ctx, c, sink) -> {
                    for (Details d : c.details) {
                        if (d.nfa() && hasActivity(d)) {
                            sink.flag(c, CinTable.CINdetails, d.row);
                        }
                    }
                }),
                // Referrals from 1 April 2013, when the source became part of the census, need a valid source.
                child("8866", (ctx, c, sink) -> {
                    for (Details d : c.details) {
                        if (d.referral != null && !d.referral.isBefore(REFERRAL_SOURCE_FROM)
                                && !CinCodes.contains(CinCodes.REFERRAL_SOURCE, d.referralSource)) {
                            sink.flag(c, CinTable.CINdetails, d.row);
                        }
                    }
                }),
                child("8867", (ctx, c, sink) -> {
                    for (Details d : c.details) {
                        if (d.closure == null) {
                            continue;
                        }
                        for (Assessment a : d.assessments) {
                            if (a.authorised == null) {
                                sink.flag(c, CinTable.CINdetails, d.row);
                                break;
                            }
                        }
                    }
                }),
                // Closed episode: every S47 has its ICPC date or is flagged ICPC not required.
                child("8868", (ctx, c, sink) -> {
                    for (Details d : c.details) {
                        if (d.closure == null) {
                            continue;
                        }
                        for (S47 s : d.section47s) {
                            if (s.icpc == null && !Boolean.TRUE.equals(s.icpcNotRequired)) {
                                sink.flag(c, CinTable.CINdetails, d.row);
                                break;
                            }
                        }
                    }
                }));
    }

    static boolean closedAfterAssessment(Details d) {
        return "RC8".equals(d.reasonForClosure) || "RC9".equals(d.reasonForClosure);
    }

    private static boolean openWithAction(Details d) {
        return d.closure == null && Boolean.FALSE.equals(d.referralNfa);
    }

    private static boolean moreThan280DaysBefore(LocalDate referral, LocalDate birth) {
        return birth != null && referral.isBefore(birth.minusDays(280));
    }

    private static boolean hasActivity(Details d) {
        if (d.initialCpc != null) {
            return true;
        }
        for (Assessment a : d.assessments) {
            if (a.start != null || a.authorised != null) {
                return true;
            }
        }
        for (S47 s : d.section47s) {
            if (s.start != null || s.icpc != null) {
                return true;
            }
        }
        return false;
    }

    private static void activityAfterClosure(CinContext ctx, Child c, IssueSink sink) {
        for (Details d : c.details) {
            LocalDate closed = d.closure;
            if (closed == null) {
                continue;
            }
            if (after(d.initialCpc, closed)) {
                sink.flag(c, CinTable.CINdetails, d.row);
            }
            for (Assessment a : d.assessments) {
                if (after(a.start, closed) || after(a.authorised, closed)) {
                    sink.flag(c, CinTable.Assessments, a.row);
                }
            }
            for (S47 s : d.section47s) {
                if (after(s.start, closed) || after(s.icpc, closed)) {
                    sink.flag(c, CinTable.Section47, s.row);
                }
            }
            for (Cpp p : d.cpps) {
                if (after(p.end, closed)) {
                    sink.flag(c, CinTable.ChildProtectionPlans, p.row);
                }
            }
            for (Plan p : d.plans) {
                if (after(p.start, closed) || after(p.end, closed)) {
                    sink.flag(c, CinTable.CINplanDates, p.row);
                }
            }
        }
    }

    /**
     * 8820. An episode's referral date must not fall on or after another episode's referral date and before its
     * closure date, or (for another episode still open that went on to further action) up to the reference date. The
     * DfE note allows one episode to close on the day the next is referred.
     */
    private static void overlappingEpisodes(CinContext ctx, Child c, IssueSink sink) {
        List<Details> ds = c.details;
        if (ds.size() < 2) {
            return;
        }
        for (Details d : ds) {
            if (d.referral == null) {
                continue;
            }
            for (Details other : ds) {
                if (other == d || other.referral == null || d.referral.isBefore(other.referral)) {
                    continue;
                }
                boolean inside = other.closure != null
                        ? d.referral.isBefore(other.closure)
                        : Boolean.FALSE.equals(other.referralNfa) && !d.referral.isAfter(ctx.referenceDate());
                if (inside) {
                    sink.flag(c, CinTable.CINdetails, d.row);
                    break;
                }
            }
        }
    }

    static boolean after(LocalDate date, LocalDate limit) {
        return date != null && date.isAfter(limit);
    }
}
