package org.hearth.returns.cin;

import static org.hearth.returns.cin.CinRule.child;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hearth.returns.cin.CinCensus.Assessment;
import org.hearth.returns.cin.CinCensus.Details;
import org.hearth.returns.cin.CinCensus.S47;

/** Rules on Assessments and Section47 enquiries (and the initial child protection conference). */
final class ActivityRules {

    private ActivityRules() {
    }

    /** A check of one assessment within its episode. */
    private interface AssessmentCheck {
        boolean fails(CinContext ctx, Details d, Assessment a);
    }

    /** A check of one S47 enquiry within its episode. */
    private interface S47Check {
        boolean fails(CinContext ctx, Details d, S47 s);
    }

    private static CinRule assessments(String code, AssessmentCheck check) {
        return child(code, (ctx, c, sink) -> {
            for (Details d : c.details) {
                for (Assessment a : d.assessments) {
                    if (check.fails(ctx, d, a)) {
                        sink.flag(c, CinTable.Assessments, a.row);
                    }
                }
            }
        });
    }

    private static CinRule section47s(String code, S47Check check) {
        return child(code, (ctx, c, sink) -> {
            for (Details d : c.details) {
                for (S47 s : d.section47s) {
                    if (check.fails(ctx, d, s)) {
                        sink.flag(c, CinTable.Section47, s.row);
                    }
                }
            }
        });
    }

    /**
     * A rule on DateOfInitialCPC, which the census records in the S47 module and, when there is no S47, in CINdetails:
     * both places are checked and the row holding the date is reported.
     */
    private interface IcpcCheck {
        boolean fails(CinContext ctx, Details d, LocalDate icpc);
    }

    private static CinRule initialConferences(String code, IcpcCheck check) {
        return child(code, (ctx, c, sink) -> {
            for (Details d : c.details) {
                if (d.initialCpc != null && check.fails(ctx, d, d.initialCpc)) {
                    sink.flag(c, CinTable.CINdetails, d.row);
                }
                for (S47 s : d.section47s) {
                    if (s.icpc != null && check.fails(ctx, d, s.icpc)) {
                        sink.flag(c, CinTable.Section47, s.row);
                    }
                }
            }
        });
    }

    static List<CinRule> rules() {
        return List.of(
                assessments("1103", (ctx, d, a) -> a.start != null && d.referral != null
                        && a.start.isBefore(d.referral)),
                assessments("8608", (ctx, d, a) -> a.start != null && a.authorised != null
                        && a.start.isAfter(a.authorised)),
                assessments("8614", (ctx, d, a) -> a.authorised == null && a.hasFactors()),
                assessments("8670Q", (ctx, d, a) -> a.authorised == null && a.start != null
                        && a.start.isBefore(ctx.assessmentDue())),
                assessments("8696", (ctx, d, a) -> a.authorised != null && !ctx.inPeriod(a.authorised)),
                assessments("8736", (ctx, d, a) -> a.authorised == null && a.start != null
                        && !ctx.inPeriod(a.start)),
                assessments("8863Q", ActivityRules::startsDuringAnotherAssessment),
                assessments("8869", (ctx, d, a) -> a.factors != null && a.factors.contains("21")
                        && a.factors.stream().anyMatch(f -> f != null && !f.equals("21"))),
                // The only assessment of the episode found no factors (21): the episode should close RC8 or RC9.
                assessments("8873Q", (ctx, d, a) -> d.assessments.size() == 1 && a.factors != null
                        && a.factors.contains("21") && !DetailsRules.closedAfterAssessment(d)),
                assessments("8896", (ctx, d, a) -> a.authorised == null
                        && d.assessments.stream().filter(x -> x.authorised == null).count() > 1),
                // Completed in the year: one or more factors, all valid codes.
                assessments("8897Q", (ctx, d, a) -> a.authorised != null && !a.authorised.isBefore(ctx.periodStart())
                        && (!a.hasFactors() || a.factors.stream().anyMatch(
                                f -> !CinCodes.contains(CinCodes.ASSESSMENT_FACTOR, f)))),
                assessments("8898", (ctx, d, a) -> hasDuplicate(a.factors)),
                assessments("8945Q", (ctx, d, a) -> a.factors != null && a.factors.contains("18A")),
                assessments("8950Q", (ctx, d, a) -> a.factors != null && a.factors.contains("19A")),

                initialConferences("1104", (ctx, d, icpc) -> d.referral != null && icpc.isBefore(d.referral)),
                // The same conference recorded in CINdetails and in an S47 of the same episode.
                section47s("2884", (ctx, d, s) -> s.icpc != null && s.icpc.equals(d.initialCpc)),
                section47s("2889", (ctx, d, s) -> s.start != null && d.referral != null
                        && s.start.isBefore(d.referral)),
                // With a conference date, the S47 start must be present and on or before it.
                section47s("8615", (ctx, d, s) -> s.icpc != null && (s.start == null || s.start.isAfter(s.icpc))),
                section47s("8675Q", (ctx, d, s) -> s.icpc == null && Boolean.FALSE.equals(s.icpcNotRequired)
                        && s.start != null && s.start.isBefore(ctx.conferenceDue())),
                initialConferences("8715", (ctx, d, icpc) -> !ctx.inPeriod(icpc)),
                section47s("8740", (ctx, d, s) -> s.icpc == null && Boolean.FALSE.equals(s.icpcNotRequired)
                        && s.start != null && !ctx.inPeriod(s.start)),
                section47s("8839", (ctx, d, s) -> awaitingConference(s)
                        && d.section47s.stream().filter(ActivityRules::awaitingConference).count() > 1),
                section47s("8870Q", (ctx, d, s) -> s.icpcTarget != null && org.hearth.calendar.WorkingDayCalendar.isWeekend(s.icpcTarget)),
                initialConferences("8875", (ctx, d, icpc) -> org.hearth.calendar.WorkingDayCalendar.isWeekend(icpc)),
                section47s("8890", ActivityRules::startsDuringAnotherS47));
    }

    /** An S47 with no conference date that still needs one (ICPCnotRequired is not true). */
    static boolean awaitingConference(S47 s) {
        return s.icpc == null && !Boolean.TRUE.equals(s.icpcNotRequired);
    }

    /**
     * 8863Q. Within one episode an assessment must not start on or between another assessment's start and its
     * authorisation date, or (if that one is not authorised) the reference date.
     */
    private static boolean startsDuringAnotherAssessment(CinContext ctx, Details d, Assessment a) {
        if (a.start == null || d.assessments.size() < 2) {
            return false;
        }
        for (Assessment other : d.assessments) {
            if (other == a || other.start == null || a.start.isBefore(other.start)) {
                continue;
            }
            LocalDate end = other.authorised != null ? other.authorised : ctx.referenceDate();
            if (!a.start.isAfter(end)) {
                return true;
            }
        }
        return false;
    }

    /**
     * 8890. Within one episode an S47 must not start on or between another S47's start and its conference date, or
     * (if that one is still awaiting a conference) the reference date.
     */
    private static boolean startsDuringAnotherS47(CinContext ctx, Details d, S47 s) {
        if (s.start == null || d.section47s.size() < 2) {
            return false;
        }
        for (S47 other : d.section47s) {
            if (other == s || other.start == null || s.start.isBefore(other.start)) {
                continue;
            }
            LocalDate end;
            if (other.icpc != null) {
                end = other.icpc;
            } else if (awaitingConference(other)) {
                end = ctx.referenceDate();
            } else {
                continue;
            }
            if (!s.start.isAfter(end)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDuplicate(List<String> codes) {
        if (codes == null || codes.size() < 2) {
            return false;
        }
        Set<String> seen = new HashSet<>();
        for (String f : codes) {
            if (f != null && !seen.add(f)) {
                return true;
            }
        }
        return false;
    }

}
