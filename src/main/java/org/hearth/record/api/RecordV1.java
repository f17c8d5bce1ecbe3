package org.hearth.record.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Version 1 of how the API shows a child's record: plain-English names, each coded value with its label as the
 * DfE's list stood on the record's date. These types are the API's contract; the record's storage (SSD tables and
 * columns) may change behind them.
 */
public final class RecordV1 {
    private RecordV1() {}

    @Schema(description = "A value from a DfE code list, with its label in words")
    public record Code(String code, String label) {}

    @Schema(description = "The child: identity and demographics")
    public record Child(UUID id, String laChildId, String forename, String surname, String knownAs, Code sex,
                        String gender, Code ethnicity, LocalDate dateOfBirth, LocalDate expectedDateOfBirth,
                        LocalDate dateOfDeath, String nhsNumber, String upn, Code upnUnknownReason, String formerUpn,
                        String nationality, String firstLanguage, String religion, Boolean unaccompaniedAsylumSeeker,
                        List<Code> disabilities, Boolean interpreterNeeded) {}

    @Schema(description = "A family help (early help) episode")
    public record FamilyHelp(UUID id, LocalDate started, LocalDate ended, String reason, String endReason,
                             String organisation, String worker) {}

    @Schema(description = "A contact with the front door and the decision on it")
    public record Contact(UUID id, LocalDate date, Code source, String outcome, LocalDate decided, String reason) {}

    @Schema(description = "A referral: the child in need episode it opens")
    public record Referral(UUID id, UUID contactId, LocalDate date, Code source, Code primaryNeed,
                           LocalDate decided, Boolean noFurtherAction, LocalDate closed, Code closureReason) {}

    @Schema(description = "A child and family assessment")
    public record Assessment(UUID id, UUID referralId, LocalDate started, LocalDate childSeen, LocalDate authorised,
                             List<Code> factors, Boolean noFurtherAction, String helpOffered) {}

    @Schema(description = "A child in need plan")
    public record CinPlan(UUID id, UUID referralId, LocalDate started, LocalDate ended) {}

    @Schema(description = "A strategy discussion: the agencies that took part (in words, from its participants), its "
            + "minutes and, when the police or health did not take part, why")
    public record StrategyDiscussion(UUID id, UUID referralId, LocalDate date, String agencies, String outcome,
                                     String minutes, String policeOrHealthAbsentBecause) {}

    @Schema(description = "Someone who took part in (or sent apologies to) a strategy discussion, conference or core "
            + "group, for an agency and organisation")
    public record MeetingParticipant(UUID id, UUID meetingId, String meetingKind, Code agency, String organisationId,
                                     String organisationName, String name, String role, boolean attended) {}

    @Schema(description = "An action agreed at a strategy discussion or on a child protection plan. A partner "
            + "organisation's practitioner sees only the actions their own organisation owns")
    public record ProtectionAction(UUID id, UUID forId, UUID outcomeId, Code agency,
                                   @Schema(description = "The partner organisation that owns the action (its id in "
                                           + "Hearth's organisations), when one does")
                                   String organisationId,
                                   @Schema(description = "The owning organisation's name, as Hearth knows it now")
                                   String organisationName,
                                   String owner, String action, LocalDate set, LocalDate due, Code status,
                                   String progress,
                                   @Schema(description = "The day the owning organisation marked the action done "
                                           + "(which ends it); absent while it is open")
                                   LocalDate done,
                                   @Schema(description = "Who marked it done: the organisation's name as it was that "
                                           + "day")
                                   String doneBy) {}

    @Schema(description = "An outcome of a child protection plan: what must change for the child to be safe")
    public record CpPlanOutcome(UUID id, UUID cpPlanId, LocalDate set, String outcome) {}

    @Schema(description = "A core group meeting of a child protection plan")
    public record CoreGroup(UUID id, UUID cpPlanId, LocalDate date, String progress) {}

    @Schema(description = "A section 47 enquiry")
    public record S47Enquiry(UUID id, UUID referralId, UUID strategyDiscussionId, LocalDate started, LocalDate ended,
                             Boolean conferenceRequired, LocalDate conferenceDueBy) {}

    @Schema(description = "An initial child protection conference")
    public record InitialConference(UUID id, UUID referralId, UUID s47EnquiryId, LocalDate date,
                                    Boolean childProtectionPlan, String recommendations) {}

    @Schema(description = "A child protection plan")
    public record CpPlan(UUID id, UUID referralId, UUID conferenceId, LocalDate started, LocalDate ended,
                         Code initialCategory, Code latestCategory, Integer previousPlans) {}

    @Schema(description = "A child protection review conference")
    public record CpReview(UUID id, UUID cpPlanId, LocalDate date, Boolean planContinues, String childsViews,
                           String endReason, String recommendations) {}

    @Schema(description = "A period of being looked after")
    public record CarePeriod(UUID id, LocalDate started, LocalDate ended, Code reasonEnded, Code needCode) {}

    @Schema(description = "A legal status while looked after")
    public record LegalStatus(UUID id, Code status, LocalDate started, LocalDate ended) {}

    @Schema(description = "A placement while looked after")
    public record Placement(UUID id, LocalDate started, LocalDate ended, Code type, Code provider, String postcode,
                            String ofstedUrn, Code reasonChanged, BigDecimal distanceMiles) {}

    @Schema(description = "A looked-after review")
    public record CareReview(UUID id, LocalDate date, Code participation, Boolean cancelled, String childsViews,
                             String decisions) {}

    @Schema(description = "A missing or away-from-placement episode")
    public record Missing(UUID id, LocalDate started, LocalDate ended, Code type, Boolean returnInterviewOffered,
                          Boolean returnInterviewAccepted) {}

    @Schema(description = "A visit to the child")
    public record Visit(UUID id, LocalDate date, String plan, Boolean childSeen, Boolean seenAlone,
                        Boolean bedroomSeen, String note) {}

    @Schema(description = "A worker allocated to the child")
    public record Allocation(UUID id, String worker, String role, String team, LocalDate from, LocalDate to,
                             Code reasonChanged) {}

    @Schema(description = "Permanence: decisions and orders")
    public record Permanence(UUID id, String plan, LocalDate decided, LocalDate matched, LocalDate placedForAdoption,
                             LocalDate decisionReversed, String reversedReason, LocalDate orderDate, String orderType) {}

    @Schema(description = "A contact between the care leaver and their personal adviser")
    public record CareLeaverContact(UUID id, LocalDate date, String eligibility, Code inTouch, Code activity,
                                    Code accommodation, String accommodationSuitable) {}

    @Schema(description = "A person, or pet, who matters to the child, in the child's words")
    public record PersonWhoMatters(UUID id, String name, String kind, String relationship, String childsWords,
                                   UUID personId, LocalDate from, LocalDate to) {}

    @Schema(description = "A relationship between the child and another person on record")
    public record Relationship(UUID id, UUID relatedPersonId, String type, Boolean parentalResponsibility,
                               LocalDate from, LocalDate to) {}

    @Schema(description = "An address of the child")
    public record Address(UUID id, String type, String address, String postcode, LocalDate from, LocalDate to) {}

    @Schema(description = "The child's record: the child, every record their access lets the reader see, and the "
            + "version to send back as If-Match when changing it")
    public record ChildRecord(Child child, long version, Records records) {}

    @Schema(description = "The child's records by kind, each in date order; a kind the reader may not see is absent")
    public record Records(List<FamilyHelp> familyHelp, List<Contact> contacts, List<Referral> referrals,
                          List<Assessment> assessments, List<CinPlan> cinPlans,
                          List<StrategyDiscussion> strategyDiscussions, List<S47Enquiry> s47Enquiries,
                          List<InitialConference> initialConferences, List<CpPlan> cpPlans, List<CpReview> cpReviews,
                          List<CarePeriod> carePeriods, List<LegalStatus> legalStatuses, List<Placement> placements,
                          List<CareReview> careReviews, List<Missing> missing, List<Visit> visits,
                          List<Allocation> allocations, List<Permanence> permanence,
                          List<CareLeaverContact> careLeaverContacts, List<PersonWhoMatters> peopleWhoMatter,
                          List<Relationship> relationships, List<Address> addresses,
                          List<MeetingParticipant> meetingParticipants, List<ProtectionAction> protectionActions,
                          List<CpPlanOutcome> cpPlanOutcomes, List<CoreGroup> coreGroups) {}
}
