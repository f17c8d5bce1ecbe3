package org.hearth.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.codes.CodeList;
import org.hearth.journey.CodeRules;
import org.hearth.journey.Violation;
import org.hearth.platform.web.DateAnswer;

/**
 * The child and family assessment as a task list of parts, each answered on its own page and kept as a draft. Plain
 * Java: which fields each part holds, what makes a part complete, and how the answers become an {@link Assessment}
 * (and an assessment becomes answers, so a returned assessment opens as it was sent).
 */
public final class AssessmentForm {
    /** The longest written answer kept. */
    public static final int TEXT_MAX = 20_000;

    public enum Part {
        NEEDS("needs", "The child's needs and views"),
        PARENTING("parenting", "Parenting capacity"),
        FAMILY("family", "Family and environment"),
        FACTORS("factors", "Factors identified at the end of the assessment"),
        OUTCOME("outcome", "Analysis, outcome and help offered");

        private final String slug;
        private final String title;

        Part(String slug, String title) {
            this.slug = slug;
            this.title = title;
        }

        public String slug() { return slug; }
        public String title() { return title; }

        /** The draft a part is kept in. */
        public String draftName() { return "assessment-" + slug; }

        public static Part of(String slug) {
            for (Part p : values()) {
                if (p.slug.equals(slug)) {
                    return p;
                }
            }
            return null;
        }
    }

    /** Where a part stands on the task list. */
    public enum Status { NOT_STARTED, IN_PROGRESS, COMPLETED }

    private AssessmentForm() {}

    /** The factor checkboxes are named factor-CODE so each survives as a draft field of its own. */
    public static String factorField(String code) {
        return "factor-" + code;
    }

    public static List<String> factors(Map<String, String> fields) {
        List<String> out = new ArrayList<>();
        fields.forEach((k, v) -> {
            if (k.startsWith("factor-") && "yes".equals(v)) {
                out.add(k.substring("factor-".length()));
            }
        });
        return out;
    }

    /** The DfE factors code list in force on {@code date}. */
    public static CodeList factorList(LocalDate date) {
        return CodeRules.list("FACTORS", date);
    }

    /** The problems that keep {@code part} from being complete, in page order. */
    public static List<Violation> check(Part part, Map<String, String> f, LocalDate referralDate, LocalDate today) {
        List<Violation> out = new ArrayList<>();
        switch (part) {
            case NEEDS -> {
                LocalDate start = DateAnswer.read(f, "startDate").orElse(null);
                if (start == null) {
                    out.add(error("startDate", "Enter the date the assessment started as a real date, for example 27 3 2025"));
                } else if (start.isAfter(today)) {
                    out.add(error("startDate", "The date the assessment started must be today or in the past"));
                } else if (referralDate != null && start.isBefore(referralDate)) {
                    out.add(new Violation("form", "1103", AssessmentStage.ASSESSMENTS.name(), null, "startDate",
                            "The assessment cannot start before the referral on " + referralDate.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy"))));
                }
                if (!blank(f, "childSeen-day") || !blank(f, "childSeen-month") || !blank(f, "childSeen-year")) {
                    LocalDate seen = DateAnswer.read(f, "childSeen").orElse(null);
                    if (seen == null) {
                        out.add(error("childSeen", "Enter the date the child was seen as a real date, or leave it empty"));
                    } else if (seen.isAfter(today)) {
                        out.add(error("childSeen", "The date the child was seen must be today or in the past"));
                    } else if (start != null && seen.isBefore(start)) {
                        out.add(error("childSeen", "The child is seen during the assessment, so on or after the day it started"));
                    }
                }
                text(f, "childViews", "Enter the child's needs and what the child said", out);
            }
            case PARENTING -> text(f, "parenting", "Enter what you found about parenting capacity", out);
            case FAMILY -> text(f, "family", "Enter what you found about the family and environment", out);
            case FACTORS -> {
                List<String> chosen = factors(f);
                LocalDate start = DateAnswer.read(f, "startDate").orElse(today);
                CodeList list = factorList(start);
                if (chosen.isEmpty()) {
                    out.add(error("factors", "Select the factors identified, or \"No factors identified\" when there are none"));
                } else if (chosen.contains(AssessmentRules.NO_FACTORS) && chosen.size() > 1) {
                    out.add(new Violation("factor-21-alone", "8869", AssessmentStage.ASSESSMENTS.name(), null, "factors",
                            "\"No factors identified\" (21) cannot be selected with any other factor"));
                }
                for (String c : chosen) {
                    if (!list.contains(c)) {
                        out.add(error("factors", "'" + c + "' is not a factor in the DfE list for " + list.year()));
                    }
                }
            }
            case OUTCOME -> {
                text(f, "analysis", "Enter your analysis and the reasons for the outcome", out);
                if (!"yes".equals(f.get("nfa")) && !"no".equals(f.get("nfa"))) {
                    out.add(error("nfa", "Select what happens next"));
                }
                text(f, "helpOffered", "Enter the help offered to the child and family, whatever the outcome", out);
            }
        }
        return out;
    }

    /** All parts' answers as the assessment to save (not authorised: only a team manager's approval does that). */
    public static Assessment toAssessment(UUID id, UUID childId, UUID referralId, Map<String, String> f) {
        return answers(f).writtenOver(new Assessment(id, childId, referralId, null, null, null, List.of(), null, null),
                java.util.EnumSet.allOf(Part.class));
    }

    /** Every part's answers as the worker wrote them, for {@link StartAssessment} or {@link SaveAssessmentParts}. */
    public static AssessmentAnswers answers(Map<String, String> f) {
        return new AssessmentAnswers(DateAnswer.read(f, "startDate").orElse(null),
                DateAnswer.read(f, "childSeen").orElse(null), f.get("childViews"), f.get("parenting"), f.get("family"),
                factors(f), "yes".equals(f.get("nfa")) ? Boolean.TRUE : "no".equals(f.get("nfa")) ? Boolean.FALSE : null,
                f.get("analysis"), f.get("helpOffered"));
    }

    /** The answers of {@code part} as the record holds them (never ask twice). */
    public static Map<String, String> fieldsOf(Part part, Assessment a) {
        Map<String, String> f = new LinkedHashMap<>();
        switch (part) {
            case NEEDS -> {
                if (a.assessmentStartDate() != null) DateAnswer.fill(f, "startDate", a.assessmentStartDate());
                if (a.assessmentChildSeen() != null) DateAnswer.fill(f, "childSeen", a.assessmentChildSeen());
                put(f, "childViews", a.assessmentChildViews());
            }
            case PARENTING -> put(f, "parenting", a.assessmentParenting());
            case FAMILY -> put(f, "family", a.assessmentFamily());
            case FACTORS -> a.assessmentFactors().forEach(c -> f.put(factorField(c), "yes"));
            case OUTCOME -> {
                put(f, "analysis", a.assessmentAnalysis());
                if (a.assessmentOutcomeNfa() != null) f.put("nfa", a.assessmentOutcomeNfa() ? "yes" : "no");
                put(f, "helpOffered", a.assessmentHelpOffered());
            }
        }
        return f;
    }

    private static void text(Map<String, String> f, String id, String missing, List<Violation> out) {
        String v = f.get(id);
        if (v == null || v.isBlank()) {
            out.add(error(id, missing));
        } else if (v.length() > TEXT_MAX) {
            out.add(error(id, "This answer must be " + TEXT_MAX + " characters or fewer"));
        }
    }

    private static boolean blank(Map<String, String> f, String k) {
        return f.get(k) == null || f.get(k).isBlank();
    }

    private static void put(Map<String, String> f, String k, String v) {
        if (v != null) f.put(k, v);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Violation error(String field, String message) {
        return new Violation("form", null, AssessmentStage.ASSESSMENTS.name(), null, field, message);
    }
}
