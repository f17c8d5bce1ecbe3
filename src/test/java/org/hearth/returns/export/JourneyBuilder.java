package org.hearth.returns.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.assessment.Assessment;
import org.hearth.assessment.CinPlan;
import org.hearth.care.CarePeriod;
import org.hearth.care.CareReview;
import org.hearth.care.LegalStatus;
import org.hearth.care.MissingEpisode;
import org.hearth.care.Placement;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.EpisodeKind;
import org.hearth.journey.JourneyRecord;
import org.hearth.leaving.CareLeaverContact;
import org.hearth.people.Address;
import org.hearth.journey.child.Person;
import org.hearth.permanence.Permanence;
import org.hearth.protection.CpPlan;
import org.hearth.protection.CpReview;
import org.hearth.protection.InitialConference;
import org.hearth.protection.S47Enquiry;
import org.hearth.referral.Referral;
import org.hearth.assessment.AssessmentStage;
import org.hearth.care.CareStage;
import org.hearth.leaving.LeavingCareStage;
import org.hearth.people.PeopleStage;
import org.hearth.permanence.PermanenceStage;
import org.hearth.protection.ProtectionStage;
import org.hearth.referral.ReferralStage;

/**
 * Builds a child's journey the way it happens: care starts with a legal status and a placement, each change ends
 * the one before on the same day (the 903 convention the journey rules use), and ceasing care ends them all.
 */
final class JourneyBuilder {
    private Person child;
    private final Map<EpisodeKind<?>, List<JourneyRecord>> records = new HashMap<>();
    private CarePeriod period;
    private LegalStatus status;
    private Placement placement;

    private JourneyBuilder(Person child) {
        this.child = child;
    }

    static JourneyBuilder child(String laId, LocalDate dob, String sex) {
        return new JourneyBuilder(new Person(UUID.randomUUID(), laId, Person.CHILD, "Sam", "Test", null, sex, null,
                "WBRI", dob, null, null, null, "A123456789012", null, null, null, null, null, null, false, null,
                List.of()));
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    JourneyBuilder person(java.util.function.UnaryOperator<Person> change) {
        child = change.apply(child);
        return this;
    }

    JourneyBuilder startCare(LocalDate day, String cin, String legalStatus, String place, String postcode, String urn) {
        period = new CarePeriod(UUID.randomUUID(), child.id(), day, null, null, cin);
        status = new LegalStatus(UUID.randomUUID(), child.id(), legalStatus, day, null);
        placement = new Placement(UUID.randomUUID(), child.id(), day, null, place, "PR1", postcode, urn, null, null);
        return this;
    }

    JourneyBuilder legalStatus(LocalDate day, String legalStatus) {
        add(CareStage.LEGAL_STATUSES, status.endingOn(day));
        status = new LegalStatus(UUID.randomUUID(), child.id(), legalStatus, day, null);
        return this;
    }

    /** What an imported 903 return said (RNE, CIN) about the episode the current placement starts. */
    JourneyBuilder placementAsReturned(String rne, String cin) {
        Placement p = placement;
        placement = new Placement(p.id(), p.personId(), p.claPlacementStartDate(), p.claPlacementEndDate(),
                p.claPlacementType(), p.claPlacementProvider(), p.claPlacementPostcode(), p.claPlacementUrn(),
                p.claPlacementChangeReason(), p.claPlacementDistance(), rne, cin);
        return this;
    }

    /** What an imported 903 return said (RNE, CIN) about the episode the current legal status starts. */
    JourneyBuilder legalStatusAsReturned(String rne, String cin) {
        status = new LegalStatus(status.id(), status.personId(), status.legalStatus(), status.legalStatusStartDate(),
                status.legalStatusEndDate(), rne, cin);
        return this;
    }

    JourneyBuilder move(LocalDate day, String reason, String place, String provider, String postcode, String urn) {
        Placement p = placement;
        add(CareStage.PLACEMENTS, p.endingOn(day, reason));
        placement = new Placement(UUID.randomUUID(), child.id(), day, null, place, provider, postcode, urn, null, null);
        return this;
    }

    JourneyBuilder ceaseCare(LocalDate day, String reasonCeased) {
        add(CareStage.CARE_PERIODS, new CarePeriod(period.id(), period.personId(), period.periodStartDate(), day,
                reasonCeased, period.cinCode()));
        add(CareStage.LEGAL_STATUSES, status.endingOn(day));
        add(CareStage.PLACEMENTS, placement.endingOn(day, null));
        period = null;
        status = null;
        placement = null;
        return this;
    }

    JourneyBuilder home(LocalDate from, LocalDate to, String postcode) {
        return add(PeopleStage.ADDRESSES, new Address(UUID.randomUUID(), child.id(), "Primary Address", "1 Any Street",
                postcode, from, to));
    }

    JourneyBuilder review(LocalDate day, String participation) {
        return add(CareStage.CARE_REVIEWS, new CareReview(UUID.randomUUID(), child.id(), day, participation, false));
    }

    JourneyBuilder missing(LocalDate from, LocalDate to, String type) {
        return add(CareStage.MISSING, new MissingEpisode(UUID.randomUUID(), child.id(), from, type, to, true, true));
    }

    JourneyBuilder careLeaverContact(LocalDate day, String inTouch, String activity, String accom, String suitable) {
        return add(LeavingCareStage.CARE_LEAVER_CONTACTS, new CareLeaverContact(UUID.randomUUID(), child.id(), day, "RELEVANT",
                inTouch, activity, accom, suitable));
    }

    JourneyBuilder adoptionPlan(LocalDate decision, LocalDate matched) {
        return add(PermanenceStage.PERMANENCE, new Permanence(UUID.randomUUID(), child.id(), "ADOPTION", decision, matched,
                matched, null, null, null, null));
    }

    /** A referral with an assessment, a s47, an ICPC, a CP plan and reviews; returns the referral id. */
    UUID protection(LocalDate referral, LocalDate planStart, LocalDate planEnd, List<LocalDate> reviews) {
        Referral r = new Referral(UUID.randomUUID(), child.id(), null, referral, "1A", "N1", referral, false, null, null);
        add(ReferralStage.REFERRALS, r);
        add(AssessmentStage.ASSESSMENTS, new Assessment(UUID.randomUUID(), child.id(), r.id(), referral.plusDays(1), referral.plusDays(1),
                referral.plusDays(20), List.of("2A", "3A"), false, null));
        S47Enquiry s47 = new S47Enquiry(UUID.randomUUID(), child.id(), r.id(), null, referral.plusDays(2),
                referral.plusDays(10), true);
        add(ProtectionStage.S47_ENQUIRIES, s47);
        add(ProtectionStage.INITIAL_CONFERENCES, new InitialConference(UUID.randomUUID(), child.id(), s47.id(), r.id(), planStart, true));
        CpPlan plan = new CpPlan(UUID.randomUUID(), child.id(), r.id(), null, planStart, planEnd, "NEG", "EMO", 1);
        add(ProtectionStage.CP_PLANS, plan);
        for (LocalDate day : reviews) {
            add(ProtectionStage.CP_REVIEWS, new CpReview(UUID.randomUUID(), child.id(), plan.id(), day, true));
        }
        return r.id();
    }

    JourneyBuilder referral(LocalDate day, boolean nfa, LocalDate closed, String reason) {
        return add(ReferralStage.REFERRALS, new Referral(UUID.randomUUID(), child.id(), null, day, "3A", nfa ? null : "N4",
                day, nfa, reason, closed));
    }

    JourneyBuilder cinPlan(LocalDate from, LocalDate to) {
        return add(AssessmentStage.CIN_PLANS, new CinPlan(UUID.randomUUID(), child.id(), null, from, to));
    }

    <T extends Record & JourneyRecord> JourneyBuilder add(EpisodeKind<T> kind, T record) {
        List<JourneyRecord> list = records.computeIfAbsent(kind, k -> new ArrayList<>());
        list.removeIf(r -> r.id().equals(record.id()));
        list.add(record);
        return this;
    }

    ChildJourney build() {
        Map<EpisodeKind<?>, List<? extends JourneyRecord>> all = new HashMap<>(records);
        if (period != null) {
            List<JourneyRecord> p = new ArrayList<>(records.getOrDefault(CareStage.CARE_PERIODS, List.of()));
            p.add(period);
            all.put(CareStage.CARE_PERIODS, p);
            List<JourneyRecord> l = new ArrayList<>(records.getOrDefault(CareStage.LEGAL_STATUSES, List.of()));
            l.add(status);
            all.put(CareStage.LEGAL_STATUSES, l);
            List<JourneyRecord> pl = new ArrayList<>(records.getOrDefault(CareStage.PLACEMENTS, List.of()));
            pl.add(placement);
            all.put(CareStage.PLACEMENTS, pl);
        }
        return new ChildJourney(child, 1, all);
    }
}
