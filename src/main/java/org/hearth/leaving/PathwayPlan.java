package org.hearth.leaving;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * A care leaver's pathway plan (Children (Leaving Care) Act 2000; Care Leavers (England) Regulations 2010): started on a
 * day for an eligible, relevant or former relevant young person, with the summary of the needs assessment it rests on,
 * and the Staying Put (18 to 21, living on with former foster carers) and Staying Close arrangements when there are.
 * Its sections, actions, reviews and the young person's comments are records of their own.
 *
 * @param eligibility ELIGIBLE, RELEVANT or FORMER_RELEVANT when the plan started
 */
public record PathwayPlan(UUID id, UUID personId, LocalDate planStartDate, LocalDate planEndDate, String eligibility,
                          String needsAssessment, LocalDate stayingPutStart, LocalDate stayingPutEnd,
                          String stayingPutCarer, LocalDate stayingCloseStart, LocalDate stayingCloseEnd,
                          String stayingCloseProvider) implements JourneyRecord {
    public LocalDate startDate() { return planStartDate; }
    public LocalDate endDate() { return planEndDate; }
    public String summary() {
        return "Pathway plan" + (planEndDate == null ? " started" : " ended");
    }

    PathwayPlan withStayingPut(LocalDate from, LocalDate to, String carer) {
        return new PathwayPlan(id, personId, planStartDate, planEndDate, eligibility, needsAssessment, from, to, carer,
                stayingCloseStart, stayingCloseEnd, stayingCloseProvider);
    }

    PathwayPlan withStayingClose(LocalDate from, LocalDate to, String provider) {
        return new PathwayPlan(id, personId, planStartDate, planEndDate, eligibility, needsAssessment, stayingPutStart,
                stayingPutEnd, stayingPutCarer, from, to, provider);
    }
}
