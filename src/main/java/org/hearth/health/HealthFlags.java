package org.hearth.health;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.access.AccessSeam;
import org.hearth.access.Actor;
import org.hearth.access.View;
import org.springframework.stereotype.Service;

/**
 * The health flag service: a health partner looks up an NHS number and learns which children it finds carry a flag
 * now (a child protection plan, an unborn child's plan by the mother's NHS number, or looked after), with the council
 * to contact; nothing about any other child. Every look-up is read through the access seam (audited with its
 * purpose) and, when it discloses a flag, recorded for the child's social worker in the same transaction.
 */
@Service
public class HealthFlags {
    private final AccessSeam seam;
    private final FlagStore store;

    HealthFlags(AccessSeam seam, FlagStore store) {
        this.seam = seam;
        this.store = store;
    }

    /** A flagged child as disclosed: the flags, the patient they are shown on, and who to contact. */
    public record Disclosed(UUID childId, List<HealthFlag> flags, FlagStore.Patient patient, FlagStore.Contact contact) {}

    /** Refused because the user is not a health organisation's: the FHIR layer answers 403. */
    public static class NotHealthPartner extends RuntimeException {
        NotHealthPartner(String message) {
            super(message);
        }
    }

    /** The flags this NHS number finds now, as the user may see them. */
    public List<Disclosed> lookUp(Actor actor, LookupRequest request) {
        Organisation organisation = store.organisationOf(actor.username());
        if (organisation == null || !organisation.health()) {
            throw new NotHealthPartner("Only users and systems of a health organisation look up health flags");
        }
        LocalDate today = LocalDate.now();
        List<FlagStore.Found> found = store.find(request.nhsNumber());
        Map<UUID, Boolean> viaMother = new LinkedHashMap<>();
        found.forEach(f -> viaMother.merge(f.childId(), f.viaMother(), Boolean::logicalOr));
        // Which of them carry a flag now decides what the policy lets the partner see: derived from the record itself,
        // so a flag starts and ends with the plan or the care it rests on.
        Map<UUID, List<HealthFlag>> flags = new LinkedHashMap<>();
        store.facts(List.copyOf(viaMother.keySet())).forEach((id, facts) -> flags.put(id, FlagRules.flags(facts, today)));
        Map<UUID, Boolean> flagged = new LinkedHashMap<>();
        for (UUID id : viaMother.keySet()) {
            List<HealthFlag> f = flags.getOrDefault(id, List.of());
            // An unborn child is shown only on their mother's number; a born child only on their own.
            boolean shownHere = viaMother.get(id) == f.stream().anyMatch(x -> x.kind() == FlagKind.UCPP);
            flagged.put(id, !f.isEmpty() && shownHere);
        }
        String purpose = "health flag look-up: " + LookupRequest.PURPOSES.get(request.purpose()) + " in "
                + LookupRequest.SETTINGS.get(request.setting()).toLowerCase(java.util.Locale.ROOT);
        return seam.healthLookup(actor, purpose, flagged, views -> disclose(actor, organisation, request, views, flags));
    }

    private List<Disclosed> disclose(Actor actor, Organisation organisation, LookupRequest request,
                                     Map<UUID, View> views, Map<UUID, List<HealthFlag>> flags) {
        List<Disclosed> out = new ArrayList<>();
        List<Object[]> notifications = new ArrayList<>();
        for (UUID id : views.keySet()) {
            List<HealthFlag> f = flags.get(id);
            boolean unborn = f.stream().anyMatch(x -> x.kind() == FlagKind.UCPP);
            FlagStore.Patient patient = unborn ? store.mother(id, request.nhsNumber()) : store.child(id);
            out.add(new Disclosed(id, f, patient, store.contact(id)));
            notifications.add(new Object[] {id, organisation.id(), actor.username(), request.setting(),
                    request.purpose(), String.join(",", f.stream().map(x -> x.kind().name()).toList())});
        }
        store.recordLookups(notifications);
        return out;
    }

    /** The settings' and purposes' labels, for pages that show a look-up. */
    public static String settingLabel(String code) {
        return LookupRequest.SETTINGS.getOrDefault(code, code);
    }

    public static String purposeLabel(String code) {
        return LookupRequest.PURPOSES.getOrDefault(code, code);
    }
}
