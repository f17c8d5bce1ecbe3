package org.hearth.returns.cin;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hearth.codes.CollectionYear;
import org.hearth.returns.ValidationIssue;
import org.hearth.returns.cin.CinCensus.Assessment;
import org.hearth.returns.cin.CinCensus.Child;
import org.hearth.returns.cin.CinCensus.Cpp;
import org.hearth.returns.cin.CinCensus.Details;
import org.hearth.returns.cin.CinCensus.Plan;
import org.hearth.returns.cin.CinCensus.S47;

/**
 * A census holding one child whose record passes every CIN rule of the year: referred in May, assessed, an S47 with
 * its conference, a CIN plan that ends the day the child protection plan starts, and the plan still open. Tests break
 * one thing at a time. Dates are placed in the collection year given, conferences on weekdays.
 */
final class CinFixture {
    final CollectionYear year;
    final CinCensus census = new CinCensus();
    final Child child;
    final Details details;
    final Assessment assessment;
    final S47 s47;
    final Cpp cpp;
    final Plan plan;

    CinFixture(int endYear) {
        year = CollectionYear.of(endYear);
        census.header.present = true;
        census.header.referenceDate = year.end();
        child = newChild("C1");
        child.upn = "P201123456789";
        child.birth = LocalDate.of(endYear - 10, 6, 1);
        child.genderCurrent = "1";
        child.sex = "M";
        child.ethnicity = "WBRI";
        child.disabilities = new ArrayList<>(List.of("MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS"));
        child.disabilitiesRow = next(CinTable.Disabilities);

        details = newDetails(child, date(5, 1));
        assessment = new Assessment();
        assessment.row = next(CinTable.Assessments);
        assessment.start = date(5, 2);
        assessment.authorised = date(5, 20);
        assessment.factors = new ArrayList<>(List.of("1A", "2B"));
        details.assessments = CinCensus.append(details.assessments, assessment);

        LocalDate conference = weekday(date(5, 23));
        s47 = new S47();
        s47.row = next(CinTable.Section47);
        s47.start = date(5, 3);
        s47.icpcTarget = weekday(conference.plusDays(1));
        s47.icpc = conference;
        s47.icpcNotRequired = false;
        details.section47s = CinCensus.append(details.section47s, s47);

        plan = new Plan();
        plan.row = next(CinTable.CINplanDates);
        plan.start = date(5, 10);
        plan.end = conference;
        details.plans = CinCensus.append(details.plans, plan);

        cpp = new Cpp();
        cpp.row = next(CinTable.ChildProtectionPlans);
        cpp.start = conference;
        cpp.initialCategory = "NEG";
        cpp.latestCategory = "NEG";
        cpp.previousPlans = "1";
        cpp.reviewsRow = next(CinTable.Reviews);
        cpp.reviews = new ArrayList<>(List.of(date(8, 1)));
        details.cpps = CinCensus.append(details.cpps, cpp);
    }

    /** A date in the collection year: months April-December fall in its first calendar year. */
    LocalDate date(int month, int day) {
        return LocalDate.of(month >= 4 ? year.endYear() - 1 : year.endYear(), month, day);
    }

    static LocalDate weekday(LocalDate d) {
        LocalDate x = d;
        while (x.getDayOfWeek() == DayOfWeek.SATURDAY || x.getDayOfWeek() == DayOfWeek.SUNDAY) {
            x = x.plusDays(1);
        }
        return x;
    }

    static LocalDate weekend(LocalDate d) {
        LocalDate x = d;
        while (x.getDayOfWeek() != DayOfWeek.SATURDAY) {
            x = x.plusDays(1);
        }
        return x;
    }

    int next(CinTable table) {
        return census.tableCounts[table.ordinal()]++;
    }

    Child newChild(String id) {
        Child c = new Child();
        c.laChildId = id;
        c.idRow = next(CinTable.ChildIdentifiers);
        c.characteristicsRow = next(CinTable.ChildCharacteristics);
        census.children.add(c);
        return c;
    }

    Details newDetails(Child c, LocalDate referral) {
        Details d = new Details();
        d.row = next(CinTable.CINdetails);
        d.referral = referral;
        d.referralSource = "1A";
        d.primaryNeed = "N1";
        d.referralNfa = false;
        c.details.add(d);
        return d;
    }

    /** A second, closed, uneventful episode for the child before the main one. */
    Details earlierEpisode() {
        Details d = newDetails(child, date(4, 2));
        d.closure = date(4, 20);
        d.reasonForClosure = "RC7";
        return d;
    }

    Assessment addAssessment(Details d, LocalDate start, LocalDate authorised) {
        Assessment a = new Assessment();
        a.row = next(CinTable.Assessments);
        a.start = start;
        a.authorised = authorised;
        a.factors = authorised == null ? null : new ArrayList<>(List.of("3A"));
        d.assessments = CinCensus.append(d.assessments, a);
        return a;
    }

    S47 addS47(Details d, LocalDate start, LocalDate icpc, Boolean notRequired) {
        S47 s = new S47();
        s.row = next(CinTable.Section47);
        s.start = start;
        s.icpc = icpc;
        s.icpcNotRequired = notRequired;
        d.section47s = CinCensus.append(d.section47s, s);
        return s;
    }

    Cpp addCpp(Details d, LocalDate start, LocalDate end) {
        Cpp p = new Cpp();
        p.row = next(CinTable.ChildProtectionPlans);
        p.start = start;
        p.end = end;
        p.initialCategory = "EMO";
        p.latestCategory = "EMO";
        p.previousPlans = "1";
        d.cpps = CinCensus.append(d.cpps, p);
        return p;
    }

    Plan addPlan(Details d, LocalDate start, LocalDate end) {
        Plan p = new Plan();
        p.row = next(CinTable.CINplanDates);
        p.start = start;
        p.end = end;
        d.plans = CinCensus.append(d.plans, p);
        return p;
    }

    /** Removes the S47, the CPP and the CIN plan, leaving a referral that was assessed. */
    CinFixture assessedOnly() {
        details.section47s = List.of();
        details.cpps = List.of();
        details.plans = List.of();
        return this;
    }

    /** A referral with no further action: nothing but the referral. */
    CinFixture noFurtherAction() {
        assessedOnly();
        details.assessments = List.of();
        details.referralNfa = true;
        details.primaryNeed = null;
        details.closure = details.referral;
        details.reasonForClosure = "RC7";
        return this;
    }

    List<ValidationIssue> validate(String code) {
        return CinValidator.validate(year, census, Set.of(code));
    }

    List<ValidationIssue> validateAll() {
        return CinValidator.validate(year, census);
    }
}
