package org.hearth.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.hearth.assessment.Assessment;
import org.hearth.care.CarePeriod;
import org.hearth.care.CareReview;
import org.hearth.care.LegalStatus;
import org.hearth.care.MissingEpisode;
import org.hearth.care.Placement;
import org.hearth.codes.CodeList;
import org.hearth.codes.CodeLists;
import org.hearth.codes.CollectionYear;
import org.hearth.leaving.CareLeaverContact;
import org.hearth.protection.CpPlan;
import org.hearth.referral.Referral;

/**
 * Every coded field holds a code from its DfE list as it stood in the collection year of the record's date
 * (PLACE gained K3 in 2025/26, for example, so a K3 placement in 2024 is refused).
 */
public final class CodeRules {
    /** The years Hearth holds code lists for; dates outside are judged by the nearest. */
    static final int FIRST_YEAR = 2023;
    static final int LAST_YEAR = 2027;

    private record CodedField<T extends Record & JourneyRecord>(EpisodeKind<T> kind, String field, String list,
                                                                Function<T, Object> value) {}

    private static final List<CodedField<?>> FIELDS = List.of(
            new CodedField<>(Kinds.REFERRALS, "referralSourceCode", "REFERRAL_SOURCE", Referral::referralSourceCode),
            new CodedField<>(Kinds.REFERRALS, "cinPrimaryNeedCode", "PRIMARY_NEED", Referral::cinPrimaryNeedCode),
            new CodedField<>(Kinds.REFERRALS, "closeReason", "CIN_CLOSURE_REASON", Referral::closeReason),
            new CodedField<>(Kinds.ASSESSMENTS, "assessmentFactors", "FACTORS", Assessment::assessmentFactors),
            new CodedField<>(Kinds.CP_PLANS, "cpPlanInitialCategory", "CP_CATEGORY", CpPlan::cpPlanInitialCategory),
            new CodedField<>(Kinds.CP_PLANS, "cpPlanLatestCategory", "CP_CATEGORY", CpPlan::cpPlanLatestCategory),
            new CodedField<>(Kinds.CARE_PERIODS, "reasonCeased", "REC", CarePeriod::reasonCeased),
            new CodedField<>(Kinds.CARE_PERIODS, "cinCode", "CIN", CarePeriod::cinCode),
            new CodedField<>(Kinds.LEGAL_STATUSES, "legalStatus", "LS", LegalStatus::legalStatus),
            new CodedField<>(Kinds.PLACEMENTS, "claPlacementType", "PLACE", Placement::claPlacementType),
            new CodedField<>(Kinds.PLACEMENTS, "claPlacementProvider", "PLACE_PROVIDER", Placement::claPlacementProvider),
            new CodedField<>(Kinds.PLACEMENTS, "claPlacementChangeReason", "REASON_PLACE_CHANGE",
                    Placement::claPlacementChangeReason),
            new CodedField<>(Kinds.CARE_REVIEWS, "claReviewParticipation", "PARTICIPATION",
                    CareReview::claReviewParticipation),
            new CodedField<>(Kinds.MISSING, "missingEpisodeType", "MISSING", MissingEpisode::missingEpisodeType),
            new CodedField<>(Kinds.CARE_LEAVER_CONTACTS, "careLeaverInTouch", "IN_TOUCH", CareLeaverContact::careLeaverInTouch),
            new CodedField<>(Kinds.CARE_LEAVER_CONTACTS, "careLeaverActivity", "ACTIV", CareLeaverContact::careLeaverActivity),
            new CodedField<>(Kinds.CARE_LEAVER_CONTACTS, "careLeaverAccommodation", "ACCOM",
                    CareLeaverContact::careLeaverAccommodation));

    private CodeRules() {}

    public static List<Violation> check(ChildJourney journey) {
        List<Violation> out = new ArrayList<>();
        for (CodedField<?> field : FIELDS) {
            checkField(journey, field, out);
        }
        return out;
    }

    /** The collection year whose code lists judge a record dated {@code date}. */
    public static CollectionYear yearFor(LocalDate date) {
        int year = date == null ? CollectionYear.containing(LocalDate.now()).endYear()
                : CollectionYear.containing(date).endYear();
        return CollectionYear.of(Math.max(FIRST_YEAR, Math.min(LAST_YEAR, year)));
    }

    public static CodeList list(String name, LocalDate date) {
        return CodeLists.standard().list(name, yearFor(date));
    }

    private static <T extends Record & JourneyRecord> void checkField(ChildJourney journey, CodedField<T> field,
                                                                      List<Violation> out) {
        for (T record : journey.all(field.kind())) {
            Object value = field.value().apply(record);
            List<String> codes = value instanceof Collection<?> c ? c.stream().map(String::valueOf).toList()
                    : value == null || value.toString().isBlank() ? List.of() : List.of(value.toString());
            CodeList list = list(field.list(), record.startDate());
            for (String code : codes) {
                if (!list.contains(code)) {
                    out.add(new Violation("code-list", null, field.kind().name(), record.id(), field.field(),
                            "'" + code + "' is not a valid " + field.list() + " code in " + list.year()
                                    + "; valid codes: " + String.join(", ", list.codes())));
                }
            }
        }
    }
}
