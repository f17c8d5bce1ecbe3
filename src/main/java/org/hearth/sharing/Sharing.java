package org.hearth.sharing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.AccessSeam;
import org.hearth.access.Actor;
import org.hearth.access.RecordParts;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.EpisodeKind;
import org.hearth.journey.JourneyRecord;
import org.hearth.journey.JourneyRecorded;
import org.hearth.journey.JourneyService;
import org.hearth.platform.web.HearthProblem;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Runs the sharing commands through the access seam (the child's "sharing" part: whoever holds the whole record, the
 * allocated social worker and their manager), and ends sharing when the episode it follows closes.
 */
@Service
public class Sharing {
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final AccessSeam seam;
    private final JourneyService journeys;
    private final SharingStore store;
    private final Organisations organisations;

    Sharing(AccessSeam seam, JourneyService journeys, SharingStore store, Organisations organisations) {
        this.seam = seam;
        this.journeys = journeys;
        this.store = store;
        this.organisations = organisations;
    }

    static LocalDate today() {
        return LocalDate.now(LONDON);
    }

    /** The child's sharing decisions, newest first. */
    public List<SharingDecision> decisions(Actor actor, UUID childId) {
        return seam.read(actor, childId, RecordParts.SHARING, "sharing decisions", () -> store.forChild(childId));
    }

    /** The child's open episodes by kind, for the form to say what sharing would follow. */
    public Map<String, Episode> openEpisodes(ChildJourney journey, LocalDate day) {
        Map<String, Episode> out = new LinkedHashMap<>();
        for (EpisodeKind<?> kind : journey.kinds()) {
            Optional<JourneyRecord> open = journey.openOn(kind.name(), day);
            open.ifPresent(r -> out.put(kind.name(), new Episode(kind.name(), r.id(), kind.label(), r.startDate(),
                    r.endDate())));
        }
        return out;
    }

    public SharingDecision share(Actor actor, UUID childId, ShareWithOrganisation command) {
        ChildJourney journey = journeys.read(actor, childId, RecordParts.SHARING, "deciding to share the record");
        LocalDate today = today();
        Optional<PartnerOrganisation> org = organisations.findOpen(command.organisationId());
        String purpose = "share with " + org.map(PartnerOrganisation::id).orElse("an unknown organisation");
        return seam.write(actor, childId, RecordParts.SHARING, purpose, () -> {
            ShareWithOrganisation.Outcome outcome = command.decide(new ShareWithOrganisation.Context(org,
                    openEpisodes(journey, today), store.forChild(childId), today, actor.username()));
            refuseIfAny(outcome.refusals());
            ShareWithOrganisation.Shared shared = outcome.shared().orElseThrow();
            for (SharingDecision old : shared.renewed()) {
                if (!store.end(old, today, "Renewed by a new sharing decision")) {
                    throw stale();
                }
            }
            store.insert(childId, shared.decision());
            return store.find(childId, shared.decision().id()).orElseThrow();
        });
    }

    /**
     * Shares inside a write the caller already holds (a service request asked or accepted): decides on the record as
     * given, renews a current decision for the organisation, and records the new one. Refused as a whole.
     */
    SharingDecision shareWithin(String by, UUID childId, ChildJourney journey, ShareWithOrganisation command) {
        LocalDate today = today();
        ShareWithOrganisation.Outcome outcome = command.decide(new ShareWithOrganisation.Context(
                organisations.findOpen(command.organisationId()), openEpisodes(journey, today), store.forChild(childId),
                today, by));
        refuseIfAny(outcome.refusals());
        ShareWithOrganisation.Shared shared = outcome.shared().orElseThrow();
        for (SharingDecision old : shared.renewed()) {
            if (!store.end(old, today, "Renewed by a new sharing decision")) {
                throw stale();
            }
        }
        store.insert(childId, shared.decision());
        return shared.decision();
    }

    /** Ends a decision inside a write the caller already holds (a service request declined or done). */
    void endWithin(UUID childId, UUID sharingId, String reason) {
        store.find(childId, sharingId).filter(d -> d.endedOn() == null).ifPresent(d -> store.end(d, today(), reason));
    }

    public SharingDecision end(Actor actor, UUID childId, UUID sharingId, EndSharing command) {
        return seam.write(actor, childId, RecordParts.SHARING, "end sharing " + sharingId, () -> {
            Optional<SharingDecision> d = store.find(childId, sharingId);
            refuseIfAny(command.decide(d, today()));
            if (!store.end(d.get(), today(), command.reason().strip())) {
                throw stale();
            }
            return store.find(childId, sharingId).orElseThrow();
        });
    }

    public SharingDecision consentWithdrawn(Actor actor, UUID childId, UUID sharingId, RecordConsentWithdrawn command) {
        return seam.write(actor, childId, RecordParts.SHARING, "consent withdrawn " + sharingId, () -> {
            Optional<SharingDecision> d = store.find(childId, sharingId);
            refuseIfAny(command.decide(d, today()));
            if (!store.consentWithdrawn(d.get(), command.withdrawnOn(), RecordConsentWithdrawn.endsSharing(d.get()))) {
                throw stale();
            }
            return store.find(childId, sharingId).orElseThrow();
        });
    }

    /**
     * A sharing decision not yet ended, as the council's administrator sees it before closing its organisation: why,
     * under what law, from when until when and who decided; never which child.
     */
    public record OpenDecision(UUID id, String purpose, String basis, LocalDate startsOn, LocalDate endsOn,
                               String recordedBy, boolean current) {}

    /**
     * The organisation's decisions not yet ended (what closing it would end). Names no child; for the administrator's
     * close page, read inside the seam's administration work ({@link AccessSeam#organisations}).
     */
    public List<OpenDecision> openWith(String organisationId) {
        LocalDate today = today();
        return store.openFor(organisationId).stream().map(d -> new OpenDecision(d.id(),
                LawfulBasis.purposeWords(d.purpose()), LawfulBasis.basisWords(d.lawfulBasis()), d.startsOn(),
                d.endsOn(), d.recordedBy(), d.currentOn(today))).toList();
    }

    /** How many children each organisation has a current sharing decision for: counts, no child named. */
    public Map<String, Integer> childrenSharedNow() {
        return store.childrenSharedNow();
    }

    /**
     * The organisation is closing: each of its decisions not yet ended ends today, each through {@link EndSharing}'s
     * rules (with the version read, so a decision changed meanwhile refuses the whole close) and recorded on the
     * child's audit trail through the seam, inside the administrator's work (one transaction). Returns how many ended.
     */
    public int endAllWith(Actor administrator, String organisationId, String reason) {
        LocalDate today = today();
        int ended = 0;
        for (SharingDecision d : store.openFor(organisationId)) {
            refuseIfAny(new EndSharing(reason, d.version()).decide(Optional.of(d), today));
            if (!store.end(d, today, reason.strip())) {
                throw stale();
            }
            seam.sharingEndedWithOrganisation(administrator, d.childId(), "ended sharing decision " + d.id() + " with "
                    + organisationId + ": the organisation was closed");
            ended++;
        }
        return ended;
    }

    /** Sharing ends with the episode it follows: when that record is ended, so is every decision following it. */
    @EventListener
    void on(JourneyRecorded event) {
        if (event.ended()) {
            store.endWithEpisode(event.record().id(), event.record().endDate(),
                    "The " + event.kind().label().toLowerCase(java.util.Locale.UK) + " it followed ended");
        }
    }

    static HearthProblem stale() {
        return new HearthProblem(HttpStatus.CONFLICT, "This sharing decision has changed since you opened it",
                "Someone changed this sharing decision since you opened it: reload the page, check it, and try again");
    }

    static void refuseIfAny(List<Refusal> refusals) {
        if (refusals.isEmpty()) {
            return;
        }
        boolean stale = refusals.stream().anyMatch(r -> r.field().equals("version"));
        throw new SharingRefused(stale ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY, refusals);
    }
}
