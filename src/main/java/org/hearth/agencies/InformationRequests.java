package org.hearth.agencies;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.access.AccessSeam;
import org.hearth.access.Actor;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyService;
import org.hearth.journey.child.Person;
import org.hearth.platform.web.HearthProblem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The front door's requests for information to partners (MASH) as the partner asked sees and answers them. The
 * partner reads only who the child is and the question (their view of the record is the request's:
 * {@code AccessPolicy.informationRequest}), and every read and answer is audited with the purpose
 * {@value #PURPOSE}. The answer lands on the child's record through {@link AnswerInformationRequest}.
 */
@Service
public class InformationRequests {
    public static final String PURPOSE = "MASH information request";

    private final JdbcTemplate jdbc;
    private final AccessSeam seam;
    private final JourneyService journeys;

    InformationRequests(JdbcTemplate jdbc, AccessSeam seam, JourneyService journeys) {
        this.jdbc = jdbc;
        this.seam = seam;
        this.journeys = journeys;
    }

    /** Who the child is, as far as the partner asked needs to know to answer: names, date of birth, NHS number. */
    public record ChildIdentity(String name, LocalDate dob, LocalDate expectedDob, String nhsNumber) {
        static ChildIdentity of(Person p) {
            return new ChildIdentity(p.displayName(), p.dob(), p.expectedDob(), p.nhsNumber());
        }
    }

    /** A request as the partner asked sees it. */
    public record ForPartner(InformationRequest request, ChildIdentity child, InformationRequest.Rag rag) {}

    /** A request waiting for an organisation's answer: no child's details (those are read on the request's page). */
    public record Waiting(UUID id, Instant askedAt, Instant dueAt, int hours) {}

    /** The open requests to this organisation, soonest due first. */
    public List<Waiting> waitingFor(String organisationId) {
        if (organisationId == null) {
            return List.of();
        }
        return jdbc.query("SELECT inrq_request_id, inrq_asked_at, inrq_due_at, inrq_hours FROM information_requests "
                        + "WHERE inrq_organisation_id = ? AND inrq_answered_at IS NULL ORDER BY inrq_due_at",
                (rs, n) -> new Waiting(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3).toInstant(), rs.getInt(4)), organisationId);
    }

    private record Addressed(UUID childId, String organisationId) {}

    private Addressed addressed(UUID requestId) {
        return jdbc.query("SELECT inrq_person_id, inrq_organisation_id FROM information_requests WHERE inrq_request_id = ?",
                (rs, n) -> new Addressed(rs.getObject(1, UUID.class), rs.getString(2)), requestId).stream().findFirst()
                .orElseThrow(() -> HearthProblem.notFound("The request for information"));
    }

    /** The request, read by the partner asked (audited); another organisation is refused. */
    public ForPartner read(Actor actor, UUID requestId) {
        Addressed a = addressed(requestId);
        ChildJourney j = journeys.readOnRequest(actor, a.childId(), a.organisationId(), requestId, PURPOSE);
        InformationRequest r = j.find(AgenciesStage.INFORMATION_REQUESTS, requestId)
                .orElseThrow(() -> HearthProblem.notFound("The request for information"));
        return new ForPartner(r, ChildIdentity.of(j.child()), r.rag(Instant.now()));
    }

    /** The partner asked answers: the answer lands on the child's record with its source. */
    public void answer(Actor actor, UUID requestId, String answer) {
        Addressed a = addressed(requestId);
        journeys.executeOnRequest(actor, a.childId(), a.organisationId(), requestId,
                new AnswerInformationRequest(requestId, answer, seam.organisationOf(actor), Instant.now()), PURPOSE);
    }
}
