package org.hearth.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.AccessSeam;
import org.hearth.access.Actor;
import org.hearth.allocation.Allocation;
import org.hearth.people.Person;
import org.hearth.people.PersonRules;
import org.hearth.platform.web.HearthProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Every change to a child's record goes through here: the access seam decides and audits, the child's row is
 * locked, a stale version is refused, the journey rules judge the whole changed record, and only then is anything
 * written, with a domain event per record — all in one transaction, so a refused change leaves nothing behind.
 */
@Service
public class JourneyService {
    private final AccessSeam seam;
    private final JourneyRepository repository;
    private final JourneyRules rules;
    private final ApplicationEventPublisher events;

    public JourneyService(AccessSeam seam, JourneyRepository repository, ApplicationEventPublisher events) {
        this.seam = seam;
        this.repository = repository;
        this.rules = JourneyRules.standard();
        this.events = events;
    }

    public ChildJourney read(Actor actor, UUID childId, String part, String purpose) {
        return seam.read(actor, childId, part, purpose, () -> loadOrThrow(childId));
    }

    /** Reads another part of the child's record (the chronology, the clocks) through the seam. */
    public <T> T readPart(Actor actor, UUID childId, String part, String purpose, java.util.function.Supplier<T> reader) {
        return seam.read(actor, childId, part, purpose, reader);
    }

    /** Several children's records, each passing the seam (a caseload). */
    public List<ChildJourney> readEach(Actor actor, List<UUID> childIds, String part, String purpose) {
        return seam.readEach(actor, childIds, part, purpose, ids -> List.copyOf(repository.loadAll(ids).values()));
    }

    /**
     * Every child known to the LA, for a statutory return: a system read, not a practitioner's, audited as one entry
     * naming the operator, the purpose and how many records were read.
     */
    public List<ChildJourney> readAllForReturn(String operator, String purpose) {
        return seam.systemRead(operator, "returns", purpose, () -> loadInChunks(repository.childrenKnownToLa()),
                List::size);
    }

    /**
     * Some children's records for a statutory return (those changed since the live return errors were last derived):
     * a system read like {@link #readAllForReturn}, audited as one entry.
     */
    public List<ChildJourney> readForReturn(String operator, String purpose, List<UUID> childIds) {
        return seam.systemRead(operator, "returns", purpose, () -> loadInChunks(childIds), List::size);
    }

    /** Many children's records, read 2,000 children at a time (so no one batch of queries names every child). */
    private List<ChildJourney> loadInChunks(List<UUID> ids) {
        List<ChildJourney> out = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i += 2_000) {
            out.addAll(repository.loadAll(ids.subList(i, Math.min(ids.size(), i + 2_000))).values());
        }
        return out;
    }

    public List<UUID> allocatedTo(String username) {
        return repository.allocatedTo(username);
    }

    /** Result of a change: the records as saved and the record's new version. */
    public record Recorded(List<JourneyRecord> records, long version) {}

    /**
     * Applies one or more changes atomically (becoming looked after is a period, a legal status and a placement
     * together; a move ends one placement and starts the next).
     *
     * @param expectedVersion the version the user read; required when a change replaces an existing record
     */
    public Recorded record(Actor actor, UUID childId, Long expectedVersion, List<JourneyChange<?>> changes, String purpose) {
        if (changes.isEmpty()) {
            throw HearthProblem.badRequest("There is nothing to record");
        }
        String part = changes.stream().map(c -> c.kind().name()).distinct().reduce((a, b) -> a + "," + b).orElseThrow();
        org.hearth.allocation.Reallocation.refusal(actor, changes).ifPresent(why -> {
            throw new HearthProblem(org.springframework.http.HttpStatus.FORBIDDEN,
                    "You cannot change this child's social worker", why);
        });
        return seam.write(actor, childId, part, purpose, () -> {
            JourneyRepository.LastChange last = repository.lock(childId).orElseThrow(() -> HearthProblem.notFound("The child's record"));
            boolean replaces = changes.stream().anyMatch(c -> c.record().id() != null);
            if (replaces && expectedVersion == null) {
                throw new HearthProblem(org.springframework.http.HttpStatus.PRECONDITION_REQUIRED,
                        "Say which version you are changing",
                        "Changing an existing record needs the version you read (send it as If-Match)");
            }
            if (expectedVersion != null && expectedVersion != last.version()) {
                throw new StaleRecord(expectedVersion, last);
            }
            ChildJourney before = loadOrThrow(childId);
            ChildJourney after = before;
            List<JourneyRecord> saved = new ArrayList<>();
            List<JourneyRecord> previous = new ArrayList<>();
            for (JourneyChange<?> change : changes) {
                Applied applied = apply(after, childId, change);
                after = applied.journey();
                saved.add(applied.record());
                previous.add(applied.previous());
            }
            List<Violation> introduced = rules.introducedBy(before, after);
            if (!introduced.isEmpty()) {
                throw new RuleViolations(introduced);
            }
            for (int i = 0; i < changes.size(); i++) {
                persist(changes.get(i).kind(), saved.get(i), previous.get(i) == null);
                events.publishEvent(new JourneyRecorded(childId, changes.get(i).kind(), saved.get(i), previous.get(i),
                        actor.username()));
            }
            long version = repository.bumpVersion(childId, actor.username(), part);
            return new Recorded(saved, version);
        });
    }

    private record Applied(ChildJourney journey, JourneyRecord record, JourneyRecord previous) {}

    private <T extends Record & JourneyRecord> Applied apply(ChildJourney journey, UUID childId, JourneyChange<T> change) {
        T record = change.record();
        boolean added = record.id() == null;
        T previous = null;
        if (!added) {
            previous = journey.find(change.kind(), record.id()).orElseThrow(() ->
                    HearthProblem.notFound("The " + change.kind().label().toLowerCase() + " being changed"));
        }
        T identified = change.kind().table().withIdentity(record, added ? UUID.randomUUID() : record.id(), childId);
        if (identified instanceof org.hearth.protection.CpPlan plan) {
            identified = change.kind().cast(org.hearth.protection.PreviousPlans.filledIn(journey, plan));
        }
        return new Applied(journey.with(change.kind(), identified), identified, previous);
    }

    @SuppressWarnings("unchecked")
    private <T extends Record & JourneyRecord> void persist(EpisodeKind<T> kind, JourneyRecord record, boolean added) {
        if (added) {
            repository.insert(kind, (T) record);
        } else {
            repository.update(kind, (T) record);
        }
    }

    /**
     * Creates a child's record after a search found no match. A practitioner who creates it is allocated to the
     * child from that day, so the record is never left with no one responsible (and no one able to see it).
     */
    public Recorded createChild(Actor actor, Person person, String purpose) {
        return seam.create(actor, "person", purpose, childId -> {
            Person child = person.withId(childId);
            List<Violation> problems = PersonRules.checkNew(child, java.time.LocalDate.now(),
                    repository.nhsNumberTaken(child.nhsNumber()));
            if (!problems.isEmpty()) {
                throw new RuleViolations(problems);
            }
            repository.insertPerson(child, actor.username());
            List<JourneyRecord> saved = new ArrayList<>(List.of());
            if (actor.role().allocationRole() != null) {
                Allocation allocation = new Allocation(UUID.randomUUID(), childId, actor.username(),
                        actor.role().allocationRole(), actor.teamId(), java.time.LocalDate.now(), null,
                        "Created the record");
                repository.insert(Kinds.ALLOCATIONS, allocation);
                events.publishEvent(new JourneyRecorded(childId, Kinds.ALLOCATIONS, allocation, null, actor.username()));
                saved.add(allocation);
            }
            return new Recorded(saved, 0);
        });
    }

    public Person createdPerson(UUID id) {
        return repository.person(id).orElseThrow();
    }

    /** Changes the child's identity and demographics; always needs the version read. */
    public Recorded updatePerson(Actor actor, UUID childId, long expectedVersion, Person person, String purpose) {
        return seam.write(actor, childId, "person", purpose, () -> {
            JourneyRepository.LastChange last = repository.lock(childId).orElseThrow();
            if (expectedVersion != last.version()) {
                throw new StaleRecord(expectedVersion, last);
            }
            ChildJourney before = loadOrThrow(childId);
            Person updated = person.withId(childId);
            ChildJourney after = before.withChild(updated);
            List<Violation> introduced = rules.introducedBy(before, after);
            if (!introduced.isEmpty()) {
                throw new RuleViolations(introduced);
            }
            repository.updatePerson(updated);
            long version = repository.bumpVersion(childId, actor.username(), "person");
            return new Recorded(List.of(), version);
        });
    }

    private ChildJourney loadOrThrow(UUID childId) {
        return repository.load(childId).orElseThrow(() -> HearthProblem.notFound("The child's record"));
    }
}
