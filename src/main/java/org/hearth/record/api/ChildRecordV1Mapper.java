package org.hearth.record.api;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.hearth.allocation.AllocationStage;
import org.hearth.assessment.AssessmentStage;
import org.hearth.care.CareStage;
import org.hearth.earlyhelp.EarlyHelpStage;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.CodeRules;
import org.hearth.journey.EpisodeKind;
import org.hearth.journey.JourneyRecord;
import org.hearth.journey.child.Person;
import org.hearth.leaving.LeavingCareStage;
import org.hearth.people.PeopleStage;
import org.hearth.permanence.PermanenceStage;
import org.hearth.protection.ChildProtection;
import org.hearth.protection.ProtectionStage;
import org.hearth.referral.ReferralStage;
import org.hearth.visits.VisitsStage;

/**
 * Shows a child's record (already narrowed to what the reader's view allows) as version 1 of the API: each record
 * kind in plain-English fields, codes with their labels. Kinds the 903 import alone keeps (outcomes, previous
 * permanence, the rows a return held) are the returns' business, not a practitioner's API.
 */
public final class ChildRecordV1Mapper {
    private ChildRecordV1Mapper() {}

    public static RecordV1.ChildRecord of(ChildJourney j) {
        return of(j, id -> null);
    }

    /** The record with the names of the organisations that own its actions ({@code organisationName}: id → name). */
    public static RecordV1.ChildRecord of(ChildJourney j, Function<String, String> organisationName) {
        return new RecordV1.ChildRecord(child(j.child()), j.version(), records(j, organisationName));
    }

    public static RecordV1.Child child(Person p) {
        LocalDate on = LocalDate.now(); // demographics are coded as the current year codes them
        return new RecordV1.Child(p.id(), p.legacyId(), p.forename(), p.surname(), p.knownAs(), code("SEX", p.sex(), on),
                p.gender(), code("ETHNIC", p.ethnicity(), on), p.dob(), p.expectedDob(), p.deathDate(), p.nhsNumber(),
                p.upn(), code("UPN_UNKNOWN", p.upnUnknown(), on), p.formerUpn(), p.nationality(), p.firstLanguage(),
                p.religion(), p.uasc(), p.disabilities().stream().map(d -> code("DISABILITY", d, on)).toList(),
                p.interpreterNeeded());
    }

    private static RecordV1.Records records(ChildJourney j, Function<String, String> organisationName) {
        return new RecordV1.Records(
                list(j, EarlyHelpStage.EARLY_HELP, e -> new RecordV1.FamilyHelp(e.id(), e.episodeStartDate(),
                        e.episodeEndDate(), e.episodeReason(), e.episodeEndReason(), e.episodeOrganisation(),
                        e.episodeWorkerId())),
                list(j, ReferralStage.CONTACTS, c -> new RecordV1.Contact(c.id(), c.contactDate(),
                        code("REFERRAL_SOURCE", c.contactSourceCode(), c.contactDate()), c.contactOutcome(),
                        c.decisionDate(), c.contactReason())),
                list(j, ReferralStage.REFERRALS, r -> new RecordV1.Referral(r.id(), r.contactId(), r.referralDate(),
                        code("REFERRAL_SOURCE", r.referralSourceCode(), r.referralDate()),
                        code("PRIMARY_NEED", r.cinPrimaryNeedCode(), r.referralDate()), r.referralDecisionDate(),
                        r.referralNfa(), r.closeDate(), code("CIN_CLOSURE_REASON", r.closeReason(), r.closeDate()))),
                list(j, AssessmentStage.ASSESSMENTS, a -> new RecordV1.Assessment(a.id(), a.referralId(),
                        a.assessmentStartDate(), a.assessmentChildSeen(), a.assessmentAuthDate(),
                        a.assessmentFactors() == null ? List.of() : a.assessmentFactors().stream()
                                .map(f -> code("FACTORS", f, a.assessmentStartDate())).toList(),
                        a.assessmentOutcomeNfa(), a.assessmentHelpOffered())),
                list(j, AssessmentStage.CIN_PLANS, p -> new RecordV1.CinPlan(p.id(), p.referralId(), p.cinPlanStartDate(),
                        p.cinPlanEndDate())),
                list(j, ProtectionStage.STRATEGY_DISCUSSIONS, s -> new RecordV1.StrategyDiscussion(s.id(),
                        s.referralId(), s.discussionDate(), agencies(j, s.id()), s.outcome(), s.minutes(),
                        s.absenceReason())),
                list(j, ProtectionStage.S47_ENQUIRIES, s -> new RecordV1.S47Enquiry(s.id(), s.referralId(),
                        s.strategyDiscussionId(), s.s47StartDate(), s.s47EndDate(), s.icpcRequired(),
                        s.icpcTargetDate())),
                list(j, ProtectionStage.INITIAL_CONFERENCES, c -> new RecordV1.InitialConference(c.id(), c.referralId(),
                        c.s47EnquiryId(), c.icpcDate(), c.icpcOutcomeCpFlag(), c.recommendations())),
                list(j, ProtectionStage.CP_PLANS, p -> new RecordV1.CpPlan(p.id(), p.referralId(), p.icpcId(),
                        p.cpPlanStartDate(), p.cpPlanEndDate(),
                        code("CP_CATEGORY", p.cpPlanInitialCategory(), p.cpPlanStartDate()),
                        code("CP_CATEGORY", p.cpPlanLatestCategory(), p.cpPlanStartDate()), p.numberOfPreviousPlans())),
                list(j, ProtectionStage.CP_REVIEWS, r -> new RecordV1.CpReview(r.id(), r.cpPlanId(), r.cpReviewDate(),
                        r.cpReviewOutcomeContinueCp(), r.cpReviewChildViews(), r.cpReviewPlanEndReason(),
                        r.cpReviewRecommendations())),
                list(j, CareStage.CARE_PERIODS, p -> new RecordV1.CarePeriod(p.id(), p.periodStartDate(),
                        p.periodEndDate(), code("REC", p.reasonCeased(), p.periodEndDate()),
                        code("CIN", p.cinCode(), p.periodStartDate()))),
                list(j, CareStage.LEGAL_STATUSES, l -> new RecordV1.LegalStatus(l.id(),
                        code("LS", l.legalStatus(), l.legalStatusStartDate()), l.legalStatusStartDate(),
                        l.legalStatusEndDate())),
                list(j, CareStage.PLACEMENTS, p -> new RecordV1.Placement(p.id(), p.claPlacementStartDate(),
                        p.claPlacementEndDate(), code("PLACE", p.claPlacementType(), p.claPlacementStartDate()),
                        code("PLACE_PROVIDER", p.claPlacementProvider(), p.claPlacementStartDate()),
                        p.claPlacementPostcode(), p.claPlacementUrn(),
                        code("REASON_PLACE_CHANGE", p.claPlacementChangeReason(), p.claPlacementStartDate()),
                        p.claPlacementDistance())),
                list(j, CareStage.CARE_REVIEWS, r -> new RecordV1.CareReview(r.id(), r.claReviewDate(),
                        code("PARTICIPATION", r.claReviewParticipation(), r.claReviewDate()), r.claReviewCancelled(),
                        r.claReviewChildViews(), r.claReviewDecisions())),
                list(j, CareStage.MISSING, m -> new RecordV1.Missing(m.id(), m.missingEpisodeStartDate(),
                        m.missingEpisodeEndDate(), code("MISSING", m.missingEpisodeType(), m.missingEpisodeStartDate()),
                        m.missingRhiOffered(), m.missingRhiAccepted())),
                list(j, VisitsStage.VISITS, v -> new RecordV1.Visit(v.id(), v.visitDate(), v.visitContext(),
                        v.visitSeen(), v.visitSeenAlone(), v.visitBedroom(), v.visitNote())),
                list(j, AllocationStage.ALLOCATIONS, a -> new RecordV1.Allocation(a.id(), a.professionalId(),
                        a.professionalRoleId(), a.professionalTeam(), a.involvementStartDate(), a.involvementEndDate(),
                        code("SW_REASON", a.workerChangeReason(), a.involvementStartDate()))),
                list(j, PermanenceStage.PERMANENCE, p -> new RecordV1.Permanence(p.id(), p.permanencePlan(),
                        p.admDecisionDate(), p.matchedDate(), p.placedForAdoptionDate(), p.decisionReversedDate(),
                        p.decisionReversedReason(), p.permanenceOrderDate(), p.permanenceOrderType())),
                list(j, LeavingCareStage.CARE_LEAVER_CONTACTS, c -> new RecordV1.CareLeaverContact(c.id(),
                        c.careLeaverLatestContact(), c.careLeaverEligibility(),
                        code("IN_TOUCH", c.careLeaverInTouch(), c.careLeaverLatestContact()),
                        code("ACTIV", c.careLeaverActivity(), c.careLeaverLatestContact()),
                        code("ACCOM", c.careLeaverAccommodation(), c.careLeaverLatestContact()),
                        c.careLeaverAccomSuitable())),
                list(j, PeopleStage.PEOPLE_WHO_MATTER, p -> new RecordV1.PersonWhoMatters(p.id(), p.name(), p.kind(),
                        p.relationship(), p.childsWords(), p.relatedPersonId(), p.startDate(), p.endDate())),
                list(j, PeopleStage.RELATIONSHIPS, r -> new RecordV1.Relationship(r.id(), r.relatedPersonId(),
                        r.relationshipType(), r.parentalResponsibility(), r.startDate(), r.endDate())),
                list(j, PeopleStage.ADDRESSES, a -> new RecordV1.Address(a.id(), a.addressType(), a.addressLine(),
                        a.addressPostcode(), a.addressStartDate(), a.addressEndDate())),
                list(j, ProtectionStage.ATTENDEES, a -> new RecordV1.MeetingParticipant(a.id(), a.meetingId(),
                        a.meetingKind(), words(a.agency(), ChildProtection.AGENCIES), a.organisationId(),
                        a.organisationName(), a.attendeeName(), a.attendeeRole(), a.tookPart())),
                list(j, ProtectionStage.ACTIONS, a -> new RecordV1.ProtectionAction(a.id(), a.forId(), a.outcomeId(),
                        words(a.agency(), ChildProtection.AGENCIES), a.organisationId(),
                        a.organisationId() == null ? null : organisationName.apply(a.organisationId()), a.owner(),
                        a.action(), a.setDate(), a.dueDate(), words(a.status(), ChildProtection.ACTION_STATUSES),
                        a.progress(), a.doneDate(), a.doneBy())),
                list(j, ProtectionStage.OUTCOMES, o -> new RecordV1.CpPlanOutcome(o.id(), o.cpPlanId(), o.setDate(),
                        o.outcome())),
                list(j, ProtectionStage.CORE_GROUPS, c -> new RecordV1.CoreGroup(c.id(), c.cpPlanId(), c.meetingDate(),
                        c.progress())));
    }

    /** A code of one of Hearth's own lists with its words. */
    private static RecordV1.Code words(String code, java.util.Map<String, String> list) {
        return code == null ? null : new RecordV1.Code(code, list.getOrDefault(code, code));
    }

    /** The agencies that took part in a strategy discussion, in words, as version 1 gave them. */
    private static String agencies(ChildJourney j, java.util.UUID discussionId) {
        return String.join(", ", ChildProtection.attendees(j, discussionId).stream().filter(a -> a.tookPart())
                .map(a -> a.organisationName() != null ? a.organisationName()
                        : ChildProtection.AGENCIES.getOrDefault(a.agency(), a.agency()))
                .distinct().toList());
    }

    /** The records of a kind in the API's shape; null (left out) when there are none, or the kind is not visible. */
    private static <T extends Record & JourneyRecord, V> List<V> list(ChildJourney j, EpisodeKind<T> kind,
                                                                     Function<T, V> view) {
        List<T> records = j.all(kind);
        return records.isEmpty() ? null : records.stream().map(view).toList();
    }

    /** A code with its label as its list stood on the date; a code no list knows (imported history) keeps itself. */
    static RecordV1.Code code(String list, String code, LocalDate on) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String label;
        try {
            label = CodeRules.list(list, on).label(code).orElse(code);
        } catch (IllegalArgumentException unknownList) {
            label = code;
        }
        return new RecordV1.Code(code, label);
    }
}
