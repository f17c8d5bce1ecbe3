package org.hearth.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hearth.codes.CodeList;
import org.hearth.journey.Dates;
import org.hearth.journey.Violation;

/**
 * What a worker writes in an assessment, part by part: never its authorisation, which only a team manager's approval
 * gives ({@link AuthoriseAssessment}). A null answer is one not given yet.
 *
 * @param noFurtherAction the outcome: true for no further action, false for further help or services
 * @param helpOffered     the help offered to the child and family, whatever the outcome
 */
public record AssessmentAnswers(LocalDate startDate, LocalDate childSeen, String childViews, String parenting,
                                String family, List<String> factors, Boolean noFurtherAction, String analysis,
                                String helpOffered) {
    static final String KIND = AssessmentStage.ASSESSMENTS.name();

    public AssessmentAnswers {
        factors = factors == null ? null : factors.stream().map(String::strip).toList();
        childViews = clean(childViews);
        parenting = clean(parenting);
        family = clean(family);
        analysis = clean(analysis);
        helpOffered = clean(helpOffered);
    }

    /** {@code a} with the answers of {@code parts} written over it; its authorisation is left as it was. */
    Assessment writtenOver(Assessment a, Set<AssessmentForm.Part> parts) {
        boolean needs = parts.contains(AssessmentForm.Part.NEEDS);
        boolean outcome = parts.contains(AssessmentForm.Part.OUTCOME);
        return new Assessment(a.id(), a.personId(), a.referralId(),
                needs ? startDate : a.assessmentStartDate(), needs ? childSeen : a.assessmentChildSeen(),
                a.assessmentAuthDate(),
                parts.contains(AssessmentForm.Part.FACTORS) ? factors : a.assessmentFactors(),
                outcome ? noFurtherAction : a.assessmentOutcomeNfa(), outcome ? helpOffered : a.assessmentHelpOffered(),
                needs ? childViews : a.assessmentChildViews(),
                parts.contains(AssessmentForm.Part.PARENTING) ? parenting : a.assessmentParenting(),
                parts.contains(AssessmentForm.Part.FAMILY) ? family : a.assessmentFamily(),
                outcome ? analysis : a.assessmentAnalysis());
    }

    /**
     * What is wrong with an assessment as written so far (not what is still to write): a start date, today or
     * before and not before its referral; the child seen during it; answers of a length kept; factors from the
     * year's DfE list, "no factors identified" alone.
     */
    static List<Violation> check(Assessment a, LocalDate referralDate, LocalDate today) {
        List<Violation> out = new ArrayList<>();
        LocalDate start = a.assessmentStartDate();
        if (start == null) {
            out.add(refusal(a, "assessmentStartDate", null, "Enter the date the assessment started"));
        } else if (start.isAfter(today)) {
            out.add(refusal(a, "assessmentStartDate", null, "The date the assessment started must be today or in the past"));
        } else if (referralDate != null && start.isBefore(referralDate)) {
            out.add(refusal(a, "assessmentStartDate", "1103", "The assessment cannot start before the referral on "
                    + Dates.uk(referralDate)));
        }
        LocalDate seen = a.assessmentChildSeen();
        if (seen != null && seen.isAfter(today)) {
            out.add(refusal(a, "assessmentChildSeen", null, "The date the child was seen must be today or in the past"));
        } else if (seen != null && start != null && seen.isBefore(start)) {
            out.add(refusal(a, "assessmentChildSeen", null,
                    "The child is seen during the assessment, so on or after the day it started"));
        }
        length(a, "assessmentChildViews", a.assessmentChildViews(), out);
        length(a, "assessmentParenting", a.assessmentParenting(), out);
        length(a, "assessmentFamily", a.assessmentFamily(), out);
        length(a, "assessmentAnalysis", a.assessmentAnalysis(), out);
        length(a, "assessmentHelpOffered", a.assessmentHelpOffered(), out);
        List<String> factors = a.assessmentFactors();
        CodeList list = AssessmentForm.factorList(start == null || start.isAfter(today) ? today : start);
        Set<String> once = new HashSet<>();
        for (String c : factors) {
            if (!list.contains(c)) {
                out.add(refusal(a, "assessmentFactors", null, "'" + c + "' is not a factor in the DfE list for " + list.year()));
            } else if (!once.add(c)) {
                out.add(refusal(a, "assessmentFactors", "8898", "Factor " + c + " is recorded more than once"));
            }
        }
        if (factors.contains(AssessmentRules.NO_FACTORS) && factors.size() > 1) {
            out.add(refusal(a, "assessmentFactors", "8869",
                    "\"No factors identified\" (21) cannot be selected with any other factor"));
        }
        return out;
    }

    /**
     * What an assessment still lacks before a team manager can authorise it: every written part, its factors, its
     * outcome, and the help offered — whatever the outcome, no further action included.
     */
    static List<Violation> incomplete(Assessment a) {
        List<Violation> out = new ArrayList<>();
        if (a.assessmentChildViews() == null) {
            out.add(refusal(a, "assessmentChildViews", null, "Enter the child's needs and what the child said"));
        }
        if (a.assessmentParenting() == null) {
            out.add(refusal(a, "assessmentParenting", null, "Enter what you found about parenting capacity"));
        }
        if (a.assessmentFamily() == null) {
            out.add(refusal(a, "assessmentFamily", null, "Enter what you found about the family and environment"));
        }
        if (a.assessmentFactors().isEmpty()) {
            out.add(refusal(a, "assessmentFactors", null,
                    "Select the factors identified, or \"No factors identified\" when there are none"));
        }
        if (a.assessmentAnalysis() == null) {
            out.add(refusal(a, "assessmentAnalysis", null, "Enter your analysis and the reasons for the outcome"));
        }
        if (a.assessmentOutcomeNfa() == null) {
            out.add(refusal(a, "assessmentOutcomeNfa", null, "Select what happens next"));
        }
        if (a.assessmentHelpOffered() == null || a.assessmentHelpOffered().isBlank()) {
            out.add(refusal(a, "assessmentHelpOffered", null,
                    "Enter the help offered to the child and family, whatever the outcome"));
        }
        return out;
    }

    private static void length(Assessment a, String field, String value, List<Violation> out) {
        if (value != null && value.length() > AssessmentForm.TEXT_MAX) {
            out.add(refusal(a, field, null, "This answer must be " + AssessmentForm.TEXT_MAX + " characters or fewer"));
        }
    }

    static Violation refusal(Assessment a, String field, String dfeCode, String message) {
        return new Violation("assessment", dfeCode, KIND, a == null ? null : a.id(), field, message);
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
