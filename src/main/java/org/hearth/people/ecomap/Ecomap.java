package org.hearth.people.ecomap;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.hearth.allocation.Allocation;
import org.hearth.care.LookedAfter;
import org.hearth.journey.ChildJourney;
import org.hearth.people.PersonWhoMatters;
import org.hearth.people.Relationship;
import org.hearth.allocation.AllocationStage;
import org.hearth.people.PeopleStage;

/**
 * The child's network as the record holds it today: relatives and their relationship (with parental
 * responsibility), the people and pets who matter in the child's own words, the placement if looked after, and the
 * professionals allocated (social worker, IRO, personal adviser, family help worker). Plain Java: the names of
 * related people and of staff are looked up by the caller.
 */
public record Ecomap(String childName, List<Member> members) {

    /** How someone is tied to the child: each kind of tie is drawn with its own line. */
    public enum Tie {
        PARENT_WITH_PR("Parent with parental responsibility"),
        FAMILY("Family"),
        MATTERS("Friend or someone else who matters"),
        PET("Pet"),
        CARER("Placement"),
        PROFESSIONAL("Professional");

        private final String label;

        Tie(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Someone in the network: their name, who they are to the child, the tie, and the child's words (or null). */
    public record Member(String name, String role, Tie tie, String childsWords) {}

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Map<String, String> RELATIONSHIPS = Map.ofEntries(Map.entry("MOTHER", "Mother"),
            Map.entry("FATHER", "Father"), Map.entry("STEP_PARENT", "Step-parent"), Map.entry("SIBLING", "Sibling"),
            Map.entry("HALF_SIBLING", "Half-sibling"), Map.entry("STEP_SIBLING", "Stepsibling"), Map.entry("GRANDPARENT", "Grandparent"),
            Map.entry("OTHER_RELATIVE", "Relative"), Map.entry("FRIEND", "Friend"), Map.entry("CARER", "Carer"),
            Map.entry("OTHER", "Other"));
    private static final Map<String, String> ROLES = Map.of("SW", "Social worker", "IRO", "Independent reviewing officer",
            "PA", "Personal adviser", "EHW", "Family help worker");

    /**
     * The network on {@code today}: records that have ended are left out. {@code names} gives related people's
     * names by id; {@code staff} gives a professional's name from their username.
     */
    public static Ecomap of(ChildJourney j, LocalDate today, Map<UUID, String> names, Function<String, String> staff) {
        Map<Object, Member> members = new LinkedHashMap<>();
        Map<UUID, PersonWhoMatters> mattersByPerson = new LinkedHashMap<>();
        for (PersonWhoMatters p : j.all(PeopleStage.PEOPLE_WHO_MATTER)) {
            if (open(p.endDate(), today) && p.relatedPersonId() != null) {
                mattersByPerson.put(p.relatedPersonId(), p);
            }
        }
        for (Relationship r : j.all(PeopleStage.RELATIONSHIPS)) {
            if (!open(r.endDate(), today) || r.relatedPersonId() == null) {
                continue;
            }
            PersonWhoMatters said = mattersByPerson.get(r.relatedPersonId());
            String name = names.getOrDefault(r.relatedPersonId(), said != null ? said.name() : "Name not recorded");
            String role = RELATIONSHIPS.getOrDefault(r.relationshipType(), r.relationshipType());
            boolean parent = "MOTHER".equals(r.relationshipType()) || "FATHER".equals(r.relationshipType())
                    || "STEP_PARENT".equals(r.relationshipType());
            Tie tie = parent && Boolean.TRUE.equals(r.parentalResponsibility()) ? Tie.PARENT_WITH_PR
                    : "FRIEND".equals(r.relationshipType()) || "OTHER".equals(r.relationshipType()) ? Tie.MATTERS
                    : "CARER".equals(r.relationshipType()) ? Tie.CARER : Tie.FAMILY;
            if (tie == Tie.PARENT_WITH_PR) {
                role = role + ", with parental responsibility";
            }
            members.put(r.relatedPersonId(), new Member(name, role, tie, said == null ? null : said.childsWords()));
        }
        for (org.hearth.people.FamilyAdult a : j.all(PeopleStage.FAMILY_ADULTS)) {
            // A parent or other adult recorded as a person: the same adult's relationship (if any) is replaced by them.
            if (!a.openOn(today)) {
                continue;
            }
            String role = org.hearth.people.FamilyCodes.label(org.hearth.people.FamilyCodes.FAMILY_ADULT, a.relationship());
            boolean parent = a.parent() || "STEP_PARENT".equals(a.relationship());
            Tie tie = parent && a.holdsPr() ? Tie.PARENT_WITH_PR
                    : "FAMILY_FRIEND".equals(a.relationship()) || "OTHER".equals(a.relationship()) ? Tie.MATTERS : Tie.FAMILY;
            if (a.holdsPr()) {
                role = role + ", with parental responsibility";
            }
            Object key = a.adultPersonId() != null ? a.adultPersonId() : a.id() == null ? new Object() : a.id();
            PersonWhoMatters said = a.adultPersonId() == null ? null : mattersByPerson.get(a.adultPersonId());
            members.put(key, new Member(a.name().isEmpty() ? "Name not recorded" : a.name(), role, tie,
                    said == null ? null : said.childsWords()));
        }
        for (PersonWhoMatters p : j.all(PeopleStage.PEOPLE_WHO_MATTER)) {
            if (!open(p.endDate(), today) || (p.relatedPersonId() != null && members.containsKey(p.relatedPersonId()))) {
                continue;
            }
            Tie tie = "PET".equals(p.kind()) ? Tie.PET : Tie.MATTERS;
            members.put(p.id() == null ? new Object() : p.id(), new Member(p.name(),
                    p.relationship() == null ? (tie == Tie.PET ? "Pet" : "Someone who matters") : p.relationship(), tie,
                    p.childsWords()));
        }
        LookedAfter la = LookedAfter.of(j, today);
        if (la.lookedAfter() && la.placement() != null) {
            String provider = la.history().stream().filter(h -> h.to() == null).map(LookedAfter.PlacementLine::provider)
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            String type = la.placement().label() == null ? la.placement().code() : la.placement().label();
            members.put("placement", new Member("Placement (" + la.placement().code() + ")",
                    type + ", since " + DAY.format(la.placement().since()) + (provider == null ? "" : ", " + provider),
                    Tie.CARER, null));
        }
        for (Allocation a : j.all(AllocationStage.ALLOCATIONS)) {
            if (a.involvementStartDate() == null || !a.openOn(today)) {
                continue;
            }
            String key = a.professionalRoleId() + "/" + a.professionalId();
            String name = a.professionalId() == null ? "Not named" : staff.apply(a.professionalId());
            members.putIfAbsent(key, new Member(name == null ? a.professionalId() : name,
                    ROLES.getOrDefault(a.professionalRoleId(), a.professionalRoleId()), Tie.PROFESSIONAL, null));
        }
        List<Member> ordered = new ArrayList<>(members.values());
        ordered.sort(Comparator.comparing(Member::tie)); // stable: the record's order within each kind of tie
        return new Ecomap(j.child().displayName(), List.copyOf(ordered));
    }

    /** The kinds of tie present, in legend order. */
    public List<Tie> ties() {
        return members.stream().map(Member::tie).distinct().sorted().toList();
    }

    private static boolean open(LocalDate end, LocalDate today) {
        return end == null || !end.isBefore(today);
    }
}
