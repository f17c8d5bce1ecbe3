package org.hearth.partner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.AccessDenied;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.View;
import org.hearth.clocks.Task;
import org.hearth.clocks.TaskSource;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.EpisodeKind;
import org.hearth.journey.JourneyRecord;
import org.hearth.journey.JourneyService;
import org.hearth.protection.AgencyActionTasks;
import org.hearth.protection.ProtectionAction;
import org.hearth.protection.ProtectionStage;
import org.hearth.sharing.LawfulBasis;
import org.hearth.sharing.Organisations;
import org.hearth.sharing.PartnerOrganisation;
import org.hearth.sharing.ServiceRequest;
import org.hearth.sharing.ServiceRequests;
import org.hearth.sharing.SharedParts;
import org.hearth.sharing.SharingDecision;
import org.hearth.sharing.SharedWith;
import org.springframework.stereotype.Service;

/**
 * What a partner's home and child view show, read through the seam: the children shared with the organisation
 * (each read as a partner may, so a child whose sharing lapsed is left out and the refusal audited), the tasks every
 * task source gives the partner, the service requests waiting for the organisation's answer; and one child's record
 * cut to the parts the sharing decision covers, with its purpose and lawful basis.
 */
@Service
public class PartnerWork {
    static final String NOT_A_PARTNER = "These pages are for the practitioners of partner organisations (police, "
            + "health, schools, Cafcass…). Council staff use My work and the child's record";

    private final JourneyService journeys;
    private final SharedWith sharedWith;
    private final Organisations organisations;
    private final ServiceRequests requests;
    private final List<TaskSource> taskSources;
    private final org.hearth.access.AccessSeam seam;

    PartnerWork(org.hearth.access.AccessSeam seam, JourneyService journeys, SharedWith sharedWith, Organisations organisations, ServiceRequests requests,
                List<TaskSource> taskSources) {
        this.seam = seam;
        this.journeys = journeys;
        this.sharedWith = sharedWith;
        this.organisations = organisations;
        this.requests = requests;
        this.taskSources = taskSources;
    }

    /** A child shared with the organisation, as the home lists them. */
    public record SharedChild(UUID id, String name, String dateOfBirth, String purpose, String basis, LocalDate until) {}

    public record Home(PartnerOrganisation organisation, List<SharedChild> children, List<Task> tasks,
                       List<ServiceRequest> waiting, Map<UUID, String> childNames) {}

    static void mustBePartner(Actor actor) {
        if (!actor.role().partner() || actor.organisationId() == null) {
            throw AccessDenied.forRole(NOT_A_PARTNER);
        }
    }

    public Home home(Actor actor, LocalDate today) {
        mustBePartner(actor);
        PartnerOrganisation org = organisations.find(actor.organisationId())
                .orElseThrow(() -> AccessDenied.forRole(NOT_A_PARTNER));
        Map<UUID, SharingDecision> decisions = new LinkedHashMap<>();
        for (SharingDecision d : sharedWith.current(actor.organisationId())) {
            decisions.putIfAbsent(d.childId(), d);
        }
        List<SharedChild> children = new ArrayList<>();
        if (!decisions.isEmpty()) {
            for (ChildJourney j : journeys.readEach(actor, List.copyOf(decisions.keySet()), "person", "partner home")) {
                SharingDecision d = decisions.get(j.child().id());
                children.add(new SharedChild(j.child().id(), j.child().displayName(),
                        j.child().dob() == null ? "Not known" : j.child().dob().format(
                                java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy")),
                        LawfulBasis.purposeWords(d.purpose()), LawfulBasis.basisWords(d.lawfulBasis()), d.endsOn()));
            }
        }
        children.sort(Comparator.comparing(SharedChild::name));
        List<Task> tasks = new ArrayList<>();
        for (TaskSource source : taskSources) {
            tasks.addAll(source.tasksFor(actor, List.of(), today));
        }
        tasks.sort(Comparator.comparing(Task::dueOn, Comparator.nullsLast(Comparator.naturalOrder())));
        List<ServiceRequest> waiting = requests.waitingFor(actor);
        return new Home(org, children, tasks, waiting, names(actor, waiting, children));
    }

    /**
     * The names of the requests' children: those already read for the list, then the others this partner may still
     * read (through the seam, audited); a child whose sharing has ended is not named.
     */
    private Map<UUID, String> names(Actor actor, List<ServiceRequest> waiting, List<SharedChild> children) {
        Map<UUID, String> out = new java.util.HashMap<>();
        children.forEach(c -> out.put(c.id(), c.name()));
        List<UUID> others = waiting.stream().map(ServiceRequest::childId).filter(id -> !out.containsKey(id))
                .distinct().toList();
        List<UUID> readable = others.stream().filter(id -> seam.view(actor, id).canRead("person")).toList();
        if (!readable.isEmpty()) {
            journeys.readEach(actor, readable, "person", "partner home: service requests")
                    .forEach(j -> out.put(j.child().id(), j.child().displayName()));
        }
        return out;
    }

    /**
     * One record of the child, as the partner view lists it; {@code href}: where the partner marks it done (an open
     * action for their own organisation they may change), or null.
     */
    public record Item(String summary, LocalDate start, LocalDate end, String href) {}

    private static String doneHref(Actor actor, View view, UUID childId, JourneyRecord r) {
        return r instanceof ProtectionAction a && a.open() && actor.organisationId().equals(a.organisationId())
                && view.canWrite(ProtectionStage.ACTIONS.name()) ? AgencyActionTasks.href(childId, a.id()) : null;
    }

    public record Section(String part, String label, List<Item> items) {}

    /** @param version the record's version, to send as If-Match when marking an action done */
    public record ChildView(UUID id, String name, String dateOfBirth, String purpose, String basis, String basisCode,
                            LocalDate until, List<String> partsShared, List<Section> sections, long version) {}

    public ChildView child(Actor actor, UUID childId) {
        mustBePartner(actor);
        JourneyService.Viewed viewed = journeys.readWithView(actor, childId, "person", "partner child view");
        View view = viewed.view();
        ChildJourney j = viewed.journey();
        List<Section> sections = new ArrayList<>();
        for (EpisodeKind<?> kind : j.kinds()) {
            if (!view.canRead(kind.name())) {
                continue;
            }
            List<Item> items = j.all(castKind(kind)).stream()
                    .map(r -> new Item(((JourneyRecord) r).summary(), ((JourneyRecord) r).startDate(),
                            ((JourneyRecord) r).endDate(), doneHref(actor, view, childId, (JourneyRecord) r)))
                    .sorted(Comparator.comparing(Item::start, Comparator.nullsLast(Comparator.reverseOrder())))
                    .toList();
            if (!items.isEmpty()) {
                sections.add(new Section(kind.name(), SharedParts.words(kind.name()), items));
            }
        }
        var shared = Optional.ofNullable(view.shared());
        List<String> parts = view.reads().named().stream().sorted().map(SharedParts::words).toList();
        LocalDate until = view.until() == null ? null
                : view.until().atZone(java.time.ZoneId.of("Europe/London")).toLocalDate().minusDays(1);
        return new ChildView(childId, j.child().displayName(), j.child().dob() == null ? "Not known"
                : j.child().dob().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy")),
                shared.map(s -> LawfulBasis.purposeWords(s.purpose())).orElse("Health flag look-up"),
                shared.map(s -> LawfulBasis.basisWords(s.lawfulBasis())).orElse(""),
                shared.map(s -> s.lawfulBasis()).orElse(""), until, parts, sections, j.version());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static EpisodeKind castKind(EpisodeKind<?> kind) {
        return kind;
    }

    static boolean isPartner(Role role) {
        return role.partner();
    }
}
