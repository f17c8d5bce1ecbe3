package org.hearth.sharing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hearth.access.AccessSeam;
import org.hearth.access.Actor;
import org.hearth.access.RecordParts;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyService;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Services agencies ask of each other, through the seam. The council asking a partner shares who the child is and
 * their lead practitioner with it (a SERVICE_REQUEST sharing decision until the date needed, or four weeks) so it can
 * answer; accepting shares what the organisation's type needs (renewing that decision, six months at most, ending
 * with the episode); declining or done ends the access the request opened. A partner asks the council (family help)
 * under its own current sharing decision.
 */
@Service
public class ServiceRequests {
    private static final String COLUMNS = "request_id, person_id, from_organisation, to_organisation, service, reason, "
            + "needed_by, state, decline_reason, sharing_id, requested_by, requested_at, answered_by, answered_at, version";

    private final AccessSeam seam;
    private final JourneyService journeys;
    private final Sharing sharing;
    private final Organisations organisations;
    private final JdbcTemplate jdbc;

    ServiceRequests(AccessSeam seam, JourneyService journeys, Sharing sharing, Organisations organisations,
                    JdbcTemplate jdbc) {
        this.seam = seam;
        this.journeys = journeys;
        this.sharing = sharing;
        this.organisations = organisations;
        this.jdbc = jdbc;
    }

    /** The part a user writes to ask or answer: a partner their own involvement, the council the child's sharing. */
    static String part(Actor actor) {
        return actor.role().partner() ? RecordParts.INVOLVEMENTS : RecordParts.SHARING;
    }

    public List<ServiceRequest> forChild(Actor actor, UUID childId) {
        String part = actor.role().partner() ? "person" : RecordParts.SHARING;
        return seam.read(actor, childId, part, "service requests", () -> jdbc.query("SELECT " + COLUMNS
                + " FROM service_request WHERE person_id = ? ORDER BY requested_at DESC", (rs, n) -> row(rs), childId))
                .stream().filter(r -> !actor.role().partner() || actor.organisationId().equals(r.toOrganisation())
                        || actor.organisationId().equals(r.fromOrganisation())).toList();
    }

    public ServiceRequest ask(Actor actor, UUID childId, RequestService command) {
        LocalDate today = Sharing.today();
        String from = actor.role().partner() ? actor.organisationId() : null;
        String to = command.toOrganisation() == null || command.toOrganisation().isBlank() ? null
                : command.toOrganisation();
        Optional<PartnerOrganisation> toOrg = organisations.findOpen(to);
        ChildJourney journey = from == null ? journeys.read(actor, childId, RecordParts.SHARING, "asking for a service")
                : null;
        return seam.write(actor, childId, part(actor), "service request to " + (to == null ? "the council" : to), () -> {
            Sharing.refuseIfAny(command.decide(from, toOrg, today));
            UUID sharingId = null;
            if (from == null && to != null) {
                LocalDate until = command.neededBy() != null ? command.neededBy() : today.plusWeeks(4);
                sharingId = sharing.shareWithin(actor.username(), childId, journey, new ShareWithOrganisation(to,
                        "SERVICE_REQUEST", command.lawfulBasis(), false, null, Set.of("allocations"), until)).id();
            }
            UUID id = UUID.randomUUID();
            jdbc.update("INSERT INTO service_request (request_id, person_id, from_organisation, to_organisation, service, "
                            + "reason, needed_by, state, sharing_id, requested_by) VALUES (?, ?, ?, ?, ?, ?, ?, 'REQUESTED', ?, ?)",
                    id, childId, from, to, command.service().strip(), command.reason().strip(), command.neededBy(),
                    sharingId, actor.username());
            return find(childId, id).orElseThrow();
        });
    }

    public ServiceRequest answer(Actor actor, UUID childId, UUID requestId, AnswerServiceRequest command) {
        String answering = actor.role().partner() ? actor.organisationId() : null;
        Optional<ServiceRequest> before = find(childId, requestId);
        ChildJourney journey = answering != null && command.answer() == AnswerServiceRequest.Answer.ACCEPT
                ? journeys.read(actor, childId, "person", "accepting a service request") : null;
        return seam.write(actor, childId, part(actor), "answer service request " + requestId, () -> {
            Optional<ServiceRequest> found = find(childId, requestId);
            Sharing.refuseIfAny(command.decide(found, answering));
            ServiceRequest r = found.get();
            UUID sharingId = r.sharingId();
            String state = switch (command.answer()) {
                case ACCEPT -> "ACCEPTED";
                case DECLINE -> "DECLINED";
                case DONE -> "DONE";
            };
            if (command.answer() == AnswerServiceRequest.Answer.ACCEPT && r.toOrganisation() != null) {
                PartnerOrganisation org = organisations.find(r.toOrganisation()).orElseThrow();
                LocalDate today = Sharing.today();
                Set<String> parts = Set.copyOf(SharedParts.defaults(org.type(), "SERVICE_REQUEST"));
                String basis = sharingBasis(childId, r.sharingId()).orElse("CA2004_S10");
                sharingId = sharing.shareWithin(actor.username(), childId, journey, new ShareWithOrganisation(
                        r.toOrganisation(), "SERVICE_REQUEST", basis, false, null, parts, today.plusMonths(6))).id();
            } else if (command.answer() != AnswerServiceRequest.Answer.ACCEPT && r.sharingId() != null) {
                sharing.endWithin(childId, r.sharingId(), command.answer() == AnswerServiceRequest.Answer.DONE
                        ? "The service asked for is done" : "The service request was declined");
            }
            int n = jdbc.update("UPDATE service_request SET state = ?, decline_reason = ?, sharing_id = ?, answered_by = ?, "
                            + "answered_at = now(), version = version + 1 WHERE request_id = ? AND version = ?", state,
                    command.answer() == AnswerServiceRequest.Answer.DECLINE ? command.declineReason().strip() : null,
                    sharingId, actor.username(), requestId, r.version());
            if (n != 1) {
                throw new SharingRefused(HttpStatus.CONFLICT, List.of(new Refusal("version",
                        "Someone answered this request since you opened it: reload the page")));
            }
            return find(childId, requestId).orElseThrow();
        });
    }

    private Optional<String> sharingBasis(UUID childId, UUID sharingId) {
        return sharingId == null ? Optional.empty() : jdbc.query("SELECT lawful_basis FROM sharing_decision "
                + "WHERE person_id = ? AND sharing_id = ?", (rs, n) -> rs.getString(1), childId, sharingId)
                .stream().findFirst();
    }

    /** Requests waiting for this partner's organisation's answer, or accepted and not yet done. No child's data. */
    public List<ServiceRequest> waitingFor(Actor actor) {
        if (actor.organisationId() == null) {
            return List.of();
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM service_request WHERE (to_organisation = ? AND state IN "
                        + "('REQUESTED', 'ACCEPTED')) OR (from_organisation = ? AND state <> 'DONE') "
                        + "ORDER BY needed_by NULLS LAST, requested_at LIMIT 200", (rs, n) -> row(rs),
                actor.organisationId(), actor.organisationId());
    }

    Optional<ServiceRequest> find(UUID childId, UUID requestId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM service_request WHERE person_id = ? AND request_id = ?",
                (rs, n) -> row(rs), childId, requestId).stream().findFirst();
    }

    static ServiceRequest row(java.sql.ResultSet rs) throws java.sql.SQLException {
        java.sql.Date needed = rs.getDate(7);
        java.sql.Timestamp answered = rs.getTimestamp(14);
        return new ServiceRequest(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), needed == null ? null : needed.toLocalDate(),
                ServiceRequest.State.valueOf(rs.getString(8)), rs.getString(9), rs.getObject(10, UUID.class),
                rs.getString(11), rs.getTimestamp(12).toInstant(), rs.getString(13),
                answered == null ? null : answered.toInstant(), rs.getInt(15));
    }
}
