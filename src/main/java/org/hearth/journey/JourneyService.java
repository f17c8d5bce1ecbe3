package org.hearth.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.AccessSeam;
import org.hearth.access.Actor;
import org.hearth.journey.child.Person;
import org.hearth.journey.child.PersonRules;
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
    private final JourneyCache cache;
    private final StageRegistry stages;
    private final JourneyRules rules;
    private final ApplicationEventPublisher events;

    public JourneyService(AccessSeam seam, JourneyRepository repository, JourneyCache cache, StageRegistry stages,
                          ApplicationEventPublisher events) {
        this.seam = seam;
        this.repository = repository;
        this.cache = cache;
        this.stages = stages;
        this.rules = stages.rules();
        this.events = events;
    }

    /** The child's record as this user's view shows it: only the parts it opens, without withheld records. */
    public ChildJourney read(Actor actor, UUID childId, String part, String purpose) {
        return seam.readView(actor, childId, part, purpose, view -> visible(readOrThrow(childId), view));
    }

    /** A child's record as the user's view shows it, and that view: what a page shows and what it offers. */
    public record Viewed(ChildJourney journey, org.hearth.access.View view) {}

    /** Reads the child's record as {@link #read} does, judging the user's view once and returning it too. */
    public Viewed readWithView(Actor actor, UUID childId, String part, String purpose) {
        return seam.readView(actor, childId, part, purpose, view -> new Viewed(visible(readOrThrow(childId), view), view));
    }

    /**
     * Reads the child's record as {@link #readWithView} does, for a page that reads further parts of the record under
     * the same judgement ({@link AccessSeam#readFurther}): the work is given the record as the view shows it and the
     * judged view, and the page's audit entries are appended together when it returns.
     */
    public <T> T readJudged(Actor actor, UUID childId, String part, String purpose,
                            java.util.function.BiFunction<Viewed, AccessSeam.Judged, T> work) {
        return seam.readJudging(actor, childId, part, purpose, judged -> work.apply(
                new Viewed(visible(readOrThrow(childId), judged.view()), judged.view()), judged));
    }

    private static ChildJourney visible(ChildJourney journey, org.hearth.access.View view) {
        if (view.reads().every() && !view.withholdsRestricted()) {
            return journey; // the whole record, nothing withheld: no copy needed
        }
        return journey.visibleTo(kind -> view.showsKind(kind.name()), view::shows);
    }

    /**
     * Reads a part of the child's record (the chronology) with the record as the user's view shows it, so the part
     * can be cut to what the view shows: one access check, one audit entry.
     */
    public <T> T readView(Actor actor, UUID childId, String part, String purpose, java.util.function.Function<Viewed, T> work) {
        return seam.readView(actor, childId, part, purpose, view -> work.apply(new Viewed(visible(readOrThrow(childId), view), view)));
    }

    /** Reads another part of the child's record (the chronology, the clocks) through the seam. */
    public <T> T readPart(Actor actor, UUID childId, String part, String purpose, java.util.function.Supplier<T> reader) {
        return seam.read(actor, childId, part, purpose, reader);
    }

    /**
     * Changes a part of the child's record that is not a journey record (marking a chronology entry as significant),
     * through the seam: the view must let the user write the part, and the change is audited with its purpose.
     */
    public <T> T writePart(Actor actor, UUID childId, String part, String purpose, java.util.function.Supplier<T> writer) {
        return seam.write(actor, childId, part, purpose, writer);
    }

    /** Several children's records, each passing the seam (a caseload). */
    public List<ChildJourney> readEach(Actor actor, List<UUID> childIds, String part, String purpose) {
        return seam.readEachView(actor, childIds, part, purpose, views -> {
            java.util.Map<UUID, ChildJourney> loaded = cache.loadAll(List.copyOf(views.keySet()));
            return views.entrySet().stream().filter(e -> loaded.containsKey(e.getKey()))
                    .map(e -> visible(loaded.get(e.getKey()), e.getValue())).toList();
        });
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
     * Every child known to the LA, handed to {@code each} 2,000 at a time in LA child id order, for a bulk disclosure
     * too large to hold at once (the Standard Safeguarding Dataset): one system read through the seam, audited as
     * one entry naming the operator, the part, the purpose and how many records were read.
     *
     * @return how many children were read
     */
    public int forEachKnownToLa(String operator, String part, String purpose,
                                java.util.function.Consumer<List<ChildJourney>> each) {
        return seam.systemRead(operator, part, purpose, () -> {
            List<UUID> ids = repository.childrenKnownToLa();
            for (int i = 0; i < ids.size(); i += 2_000) {
                List<UUID> chunk = ids.subList(i, Math.min(ids.size(), i + 2_000));
                java.util.Map<UUID, ChildJourney> loaded = repository.loadAll(chunk);
                each.accept(chunk.stream().map(loaded::get).filter(java.util.Objects::nonNull).toList());
            }
            return ids.size();
        }, n -> n);
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
    public record Recorded(List<JourneyRecord> records, long version, java.util.Map<UUID, String> kinds,
                           boolean added) {
        Recorded(List<JourneyRecord> records, long version) {
            this(records, version, java.util.Map.of(), false);
        }
    }

    /**
     * Runs a command of a stage on the child's record: the seam checks the actor may change the command's parts, the
     * row is locked and the version checked, the command decides on the record as it now is, and its changes are
     * saved only if they break no journey rule — all in one transaction, with an audit entry and a domain event per
     * record. A refusal (the command's or the rules') saves nothing.
     *
     * @param expectedVersion the version the user read; null only when the command adds and changes nothing already
     *                        recorded
     */
    public Recorded execute(Actor actor, UUID childId, Long expectedVersion, JourneyCommand command, String purpose) {
        String part = String.join(",", command.parts());
        java.time.LocalDate today = java.time.LocalDate.now();
        return seam.write(actor, childId, part, purpose, () -> decideAndSave(actor, childId, expectedVersion, command,
                today, true));
    }

    /**
     * Runs a partner's command on a request for information addressed to their organisation (the answer to a MASH
     * request): the seam judges the user by the request (their organisation must be the one asked), not by a sharing
     * decision, and audits it; the command decides and the journey rules judge as for any change.
     */
    public Recorded executeOnRequest(Actor actor, UUID childId, String askedOrganisation, UUID requestId,
                                     JourneyCommand command, String purpose) {
        java.time.LocalDate today = java.time.LocalDate.now();
        return seam.informationRequest(actor, childId, askedOrganisation, org.hearth.access.AccessPolicy.Action.WRITE,
                purpose, requestId, view -> decideAndSave(actor, childId, null, command, today, false));
    }

    /** Reads the child's record as a partner's view for a request addressed to their organisation shows it. */
    public ChildJourney readOnRequest(Actor actor, UUID childId, String askedOrganisation, UUID requestId,
                                      String purpose) {
        return seam.informationRequest(actor, childId, askedOrganisation, org.hearth.access.AccessPolicy.Action.READ,
                purpose, requestId, view -> visible(readOrThrow(childId), view));
    }

    /**
     * @param needsVersion whether replacing a record needs the version read; not for a partner's answer to a request,
     *                     who never sees the record's version: the command itself refuses a request already answered
     */
    private Recorded decideAndSave(Actor actor, UUID childId, Long expectedVersion, JourneyCommand command,
                                   java.time.LocalDate today, boolean needsVersion) {
        String part = String.join(",", command.parts());
        JourneyRepository.LastChange last = repository.lock(childId)
                .orElseThrow(() -> HearthProblem.notFound("The child's record"));
        if (expectedVersion != null && expectedVersion != last.version()) {
            throw stale(expectedVersion, last);
        }
        ChildJourney before = loadOrThrow(childId);
        JourneyCommand.Decision decision = command.decide(before, new JourneyCommand.Context(actor, today));
        if (decision.refused()) {
            throw new RuleViolations(decision.refusals());
        }
        if (decision.changes().isEmpty()) {
            throw HearthProblem.badRequest("There is nothing to record");
        }
        for (JourneyChange<?> change : decision.changes()) {
            if (!command.parts().contains(change.kind().name())) {
                throw new IllegalStateException(command.getClass().getSimpleName() + " changed "
                        + change.kind().name() + ", which it does not declare");
            }
        }
        boolean replaces = decision.changes().stream().anyMatch(c -> !c.addsRecord());
        if (replaces && expectedVersion == null && needsVersion) {
            throw new HearthProblem(org.springframework.http.HttpStatus.PRECONDITION_REQUIRED,
                    "Say which version you are changing",
                    "Changing an existing record needs the version you read (send it as If-Match)");
        }
        return save(actor, childId, before, decision.changes(), part);
    }

    private StaleRecord stale(long expected, JourneyRepository.LastChange last) {
        return new StaleRecord(expected, last, name -> stages.kind(name).map(k -> k.label().toLowerCase())
                .orElse("record"));
    }

    /** Applies the changes to the record as read, refuses what breaks a rule it did not break, and saves the rest. */
    private Recorded save(Actor actor, UUID childId, ChildJourney before, List<JourneyChange<?>> commanded,
                          String part) {
        ChildJourney after = before;
        List<JourneyChange<?>> changes = new ArrayList<>(commanded);
        List<JourneyRecord> saved = new ArrayList<>();
        List<JourneyRecord> previous = new ArrayList<>();
        for (JourneyChange<?> change : commanded) {
            Applied applied = apply(after, childId, change);
            after = applied.journey();
            saved.add(applied.record());
            previous.add(applied.previous());
        }
        // What other stages change in their own records because of these changes (a CIN plan ends with its episode).
        for (JourneyChange<?> consequence : stages.consequences(before, after)) {
            Applied applied = apply(after, childId, consequence);
            after = applied.journey();
            changes.add(consequence);
            saved.add(applied.record());
            previous.add(applied.previous());
        }
        List<Violation> introduced = rules.introducedBy(before, after);
        if (!introduced.isEmpty()) {
            throw new RuleViolations(introduced);
        }
        java.util.Map<UUID, String> kinds = new java.util.LinkedHashMap<>();
        for (int i = 0; i < changes.size(); i++) {
            persist(changes.get(i).kind(), saved.get(i), previous.get(i) == null);
            kinds.put(saved.get(i).id(), changes.get(i).kind().name());
            events.publishEvent(new JourneyRecorded(childId, changes.get(i).kind(), saved.get(i), previous.get(i),
                    actor.username()));
        }
        long version = repository.bumpVersion(childId, actor.username(), part);
        return new Recorded(saved, version, kinds, previous.stream().anyMatch(java.util.Objects::isNull));
    }

    private record Applied(ChildJourney journey, JourneyRecord record, JourneyRecord previous) {}

    private <T extends Record & JourneyRecord> Applied apply(ChildJourney journey, UUID childId, JourneyChange<T> change) {
        T record = change.record();
        boolean added = change.addsRecord();
        T previous = null;
        if (added && record.id() != null && journey.find(change.kind(), record.id()).isPresent()) {
            throw new IllegalStateException("A new " + change.kind().name() + " reuses the id of one on the record");
        }
        if (!added) {
            previous = journey.find(change.kind(), record.id()).orElseThrow(() ->
                    HearthProblem.notFound("The " + change.kind().label().toLowerCase() + " being changed"));
        }
        T identified = change.kind().table().withIdentity(record, record.id() == null ? UUID.randomUUID() : record.id(),
                childId);
        identified = stages.prepare(journey, change.kind(), identified);
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
            // What each stage records with a new child (the creator's allocation), checked like any other change.
            List<JourneyChange<?>> initial = new ArrayList<>();
            for (Stage stage : stages.stages()) {
                initial.addAll(stage.onChildCreated(childId, actor, java.time.LocalDate.now()));
            }
            if (initial.isEmpty()) {
                return new Recorded(List.of(), 0);
            }
            return save(actor, childId, loadOrThrow(childId), initial, "person");
        });
    }

    public Person createdPerson(UUID id) {
        return repository.person(id).orElseThrow();
    }

    /** Changes the child's identity and demographics; always needs the version read. */
    public Recorded updatePerson(Actor actor, UUID childId, long expectedVersion, Person person, String purpose) {
        return updatePerson(actor, childId, expectedVersion, current -> person, purpose);
    }

    /**
     * Changes the child's identity and demographics from the details as they stand (so what a request does not
     * carry, such as the LA child id, is kept); always needs the version read.
     */
    public Recorded updatePerson(Actor actor, UUID childId, long expectedVersion,
                                 java.util.function.UnaryOperator<Person> change, String purpose) {
        return seam.write(actor, childId, "person", purpose, () -> {
            JourneyRepository.LastChange last = repository.lock(childId).orElseThrow();
            if (expectedVersion != last.version()) {
                throw stale(expectedVersion, last);
            }
            ChildJourney before = loadOrThrow(childId);
            Person updated = change.apply(before.child()).withId(childId);
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

    /**
     * The record for a read: through {@link JourneyCache}, which reuses a journey only while the database's change
     * stamp says its record is unchanged. Called only after the seam has checked access and audited the read.
     */
    private ChildJourney readOrThrow(UUID childId) {
        return cache.load(childId).orElseThrow(() -> HearthProblem.notFound("The child's record"));
    }

    /** The record for a change: always read afresh (under the child's row lock when changing it). */
    private ChildJourney loadOrThrow(UUID childId) {
        return repository.load(childId).orElseThrow(() -> HearthProblem.notFound("The child's record"));
    }
}
