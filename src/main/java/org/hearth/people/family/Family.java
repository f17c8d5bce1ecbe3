package org.hearth.people.family;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hearth.care.CarePeriod;
import org.hearth.care.CareStage;
import org.hearth.care.LookedAfter;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.child.Person;
import org.hearth.people.Address;
import org.hearth.people.FamilyAdult;
import org.hearth.people.FamilyCodes;
import org.hearth.people.MothersChild;
import org.hearth.people.PeopleStage;
import org.hearth.people.Relationship;

/**
 * The child's family as the record holds it today, for the household and family view and the genogram: parents and
 * other adults (with parental responsibility and how), brothers and sisters — recorded on this child's record or on
 * theirs, since a sibling link is one link seen from both ends — the child's own children (born or unborn), and who
 * lives in the household. Plain Java: what Hearth knows of other people (names, other children's records) is handed
 * in by {@link Families}, already cut to what the actor may see.
 */
public record Family(UUID childId, String childName, String childSex, LocalDate childDob, boolean childUnborn,
                     LocalDate childExpected, boolean childDeceased, String homeAddress, List<Adult> adults,
                     List<Sibling> siblings, List<Baby> children, List<Member> household) {

    /** A parent or other adult: recorded as a person ({@code recordId} set, editable) or only as a relationship. */
    public record Adult(UUID recordId, UUID personId, String name, String relationship, String relationshipLabel,
                        String sex, LocalDate dob, boolean deceased, boolean parentalResponsibility, String prLabel,
                        String careHistoryLabel, UUID ownChildRecordId, String ethnicityLabel, String firstLanguage,
                        String address, boolean livesWithChild, String coupleStatus, String coupleLabel) {
        public boolean parent() {
            return "MOTHER".equals(relationship) || "FATHER".equals(relationship);
        }
    }

    /**
     * A brother or sister. {@code shown} is false when the link is on a record the actor may not see: then the name
     * is never given, only "a brother (record not shared with you)".
     */
    public record Sibling(UUID personId, boolean shown, String name, String kind, String kindLabel, String sex,
                          LocalDate dob, boolean deceased, String livesWhere, boolean inHousehold, boolean hasRecord) {}

    /** A child of the child's own (a young mother's baby), born or expected. */
    public record Baby(UUID personId, boolean shown, String name, String sex, LocalDate born, LocalDate expected) {
        public boolean unborn() {
            return born == null && expected != null;
        }
    }

    /** Someone living at the child's address. */
    public record Member(String name, String role) {}

    /** What Hearth knows of another person, as far as the actor may see it. */
    public record Known(UUID id, boolean shown, String name, String sex, LocalDate dob, LocalDate expected,
                        boolean deceased, boolean hasRecord, ChildJourney record) {}

    /** A relationship recorded on another child's record that names this child. */
    public record Reverse(UUID otherChildId, String type) {}

    public static final Set<String> SIBLING_TYPES = Set.of("SIBLING", "HALF_SIBLING", "STEP_SIBLING");

    /**
     * The family on {@code today}. {@code known} has every person the record's relationships and reverse links point
     * at (missing ones are shown as not shared); {@code reverse} the links other children's records make to this child.
     */
    public static Family of(ChildJourney j, LocalDate today, Map<UUID, Known> known, List<Reverse> reverse) {
        Person child = j.child();
        Address home = currentAddress(j, today);
        String homeLine = home == null ? null : line(home.addressLine(), home.addressPostcode());
        List<Adult> adults = new ArrayList<>();
        Set<UUID> adultPeople = new java.util.HashSet<>();
        for (FamilyAdult a : j.all(PeopleStage.FAMILY_ADULTS)) {
            if (!a.openOn(today)) {
                continue;
            }
            if (a.adultPersonId() != null) {
                adultPeople.add(a.adultPersonId());
            }
            String address = line(a.addressLine(), a.addressPostcode());
            boolean lives = Boolean.TRUE.equals(a.livesWithChild()) || (home != null && sameAddress(a, home));
            adults.add(new Adult(a.id(), a.adultPersonId(), a.name().isEmpty() ? "Name not recorded" : a.name(),
                    a.relationship(), FamilyCodes.label(FamilyCodes.FAMILY_ADULT, a.relationship()), a.sex(), a.dob(),
                    a.deathDate() != null, a.holdsPr(),
                    a.holdsPr() ? FamilyCodes.label(FamilyCodes.PR_BASIS, a.prBasis()) : null,
                    a.careHistory() == null ? "Not recorded" : FamilyCodes.label(FamilyCodes.CARE_HISTORY, a.careHistory()),
                    a.ownChildRecordId(),
                    a.ethnicity() == null ? "Not recorded" : FamilyCodes.label(FamilyCodes.ETHNIC, a.ethnicity()),
                    a.firstLanguage(), address, lives, a.coupleStatus(),
                    a.coupleStatus() == null ? null : FamilyCodes.label(FamilyCodes.COUPLE, a.coupleStatus())));
        }
        Map<UUID, Sibling> siblings = new LinkedHashMap<>();
        List<Baby> babies = new ArrayList<>();
        Set<UUID> babyIds = new java.util.HashSet<>();
        for (Relationship r : j.all(PeopleStage.RELATIONSHIPS)) {
            if (!open(r.endDate(), today) || r.relatedPersonId() == null) {
                continue;
            }
            Known k = known.get(r.relatedPersonId());
            String type = r.relationshipType();
            if (SIBLING_TYPES.contains(type)) {
                // Recorded on this child's record: the name is part of it (the worker who linked them could see them).
                siblings.put(r.relatedPersonId(), sibling(r.relatedPersonId(), type, k, true, home, today));
            } else if (!adultPeople.contains(r.relatedPersonId()) && isAdultType(type)) {
                adults.add(new Adult(null, r.relatedPersonId(), k == null || k.name() == null ? "Name not recorded"
                        : k.name(), type, FamilyCodes.label(FamilyCodes.RELATIONSHIP, type), k == null ? null : k.sex(),
                        k == null ? null : k.dob(), k != null && k.deceased(), Boolean.TRUE.equals(r.parentalResponsibility()),
                        Boolean.TRUE.equals(r.parentalResponsibility()) ? "Not recorded" : null, "Not recorded", null,
                        "Not recorded", null, null, false, null, null));
                adultPeople.add(r.relatedPersonId());
            }
        }
        for (Reverse r : reverse) {
            if (r.otherChildId().equals(child.id())) {
                continue;
            }
            Known k = known.get(r.otherChildId());
            boolean shown = k != null && k.shown();
            if (SIBLING_TYPES.contains(r.type()) && !siblings.containsKey(r.otherChildId())) {
                siblings.put(r.otherChildId(), sibling(r.otherChildId(), r.type(), k, shown, home, today));
            } else if (("MOTHER".equals(r.type()) || "FATHER".equals(r.type())) && babyIds.add(r.otherChildId())) {
                babies.add(new Baby(r.otherChildId(), shown, shown ? k.name() : null, k == null ? null : k.sex(),
                        k == null ? null : k.dob(), k == null ? null : k.expected()));
            }
        }
        for (MothersChild m : j.all(PeopleStage.MOTHERS_CHILDREN)) {
            if (m.childsPersonId() != null && babyIds.contains(m.childsPersonId())) {
                continue;
            }
            Known k = m.childsPersonId() == null ? null : known.get(m.childsPersonId());
            boolean shown = k != null && k.shown();
            babies.add(new Baby(m.childsPersonId(), shown, shown ? k.name() : null, k == null ? null : k.sex(),
                    m.childsDob(), null));
        }
        adults.sort(Comparator.comparingInt(a -> order(a.relationship())));
        List<Sibling> sibs = new ArrayList<>(siblings.values());
        sibs.sort(Comparator.comparing(Sibling::dob, Comparator.nullsLast(Comparator.naturalOrder())));
        List<Member> household = new ArrayList<>();
        if (home != null) {
            household.add(new Member(child.displayName(), "The child"));
            adults.stream().filter(Adult::livesWithChild).forEach(a -> household.add(new Member(a.name(), a.relationshipLabel())));
            sibs.stream().filter(Sibling::inHousehold).forEach(s -> household.add(new Member(s.name(), s.kindLabel())));
        }
        return new Family(child.id(), child.displayName(), child.sex(), child.dob(), child.unborn(),
                child.expectedDob(), child.deathDate() != null, homeLine, List.copyOf(adults), List.copyOf(sibs),
                List.copyOf(babies), List.copyOf(household));
    }

    /** The people the view needs to know about: every id the record's relationships and the reverse links name. */
    public static Set<UUID> peopleNamed(ChildJourney j, List<Reverse> reverse) {
        Set<UUID> ids = new java.util.LinkedHashSet<>();
        j.all(PeopleStage.RELATIONSHIPS).stream().map(Relationship::relatedPersonId).filter(Objects::nonNull).forEach(ids::add);
        j.all(PeopleStage.MOTHERS_CHILDREN).stream().map(MothersChild::childsPersonId).filter(Objects::nonNull).forEach(ids::add);
        reverse.forEach(r -> ids.add(r.otherChildId()));
        return ids;
    }

    private static Sibling sibling(UUID id, String type, Known k, boolean shown, Address home, LocalDate today) {
        String sex = k == null ? null : k.sex();
        String noun = noun(type, sex);
        String kindLabel = "SIBLING".equals(type) ? "Full " + noun
                : Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
        if (!shown) {
            return new Sibling(id, false, article(noun) + " (record not shared with you)", type, kindLabel, sex,
                    null, false, "Not shared with you", false, false);
        }
        String name = k == null || k.name() == null || k.name().isBlank() ? "Name not recorded" : k.name();
        String where = "Not recorded";
        boolean inHousehold = false;
        if (k != null && k.deceased()) {
            where = "Died";
        } else if (k != null && k.record() != null) {
            ChildJourney s = k.record();
            CarePeriod last = s.all(CareStage.CARE_PERIODS).stream()
                    .max(Comparator.comparing(CarePeriod::periodStartDate)).orElse(null);
            Address theirs = currentAddress(s, today);
            if (LookedAfter.of(s, today).lookedAfter()) {
                where = "In care";
            } else if (last != null && last.periodEndDate() != null && ("E11".equals(last.reasonCeased())
                    || "E12".equals(last.reasonCeased()))) {
                where = "Adopted";
            } else if (home != null && theirs != null && same(home.addressLine(), home.addressPostcode(),
                    theirs.addressLine(), theirs.addressPostcode())) {
                where = "At home, in this household";
                inHousehold = true;
            } else if (theirs != null) {
                where = "Lives elsewhere";
            }
        }
        return new Sibling(id, true, name, type, kindLabel, sex, k == null ? null : k.dob(),
                k != null && k.deceased(), where, inHousehold, k != null && k.hasRecord());
    }

    static String noun(String type, String sex) {
        boolean boy = "M".equals(sex) || "1".equals(sex);
        boolean girl = "F".equals(sex) || "2".equals(sex);
        String base = boy ? "brother" : girl ? "sister" : "brother or sister";
        return switch (type) {
            case "HALF_SIBLING" -> boy ? "half-brother" : girl ? "half-sister" : "half-brother or half-sister";
            case "STEP_SIBLING" -> boy ? "stepbrother" : girl ? "stepsister" : "stepbrother or stepsister";
            default -> base;
        };
    }

    private static String article(String noun) {
        String text = "a " + noun;
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static boolean isAdultType(String type) {
        return Set.of("MOTHER", "FATHER", "STEP_PARENT", "GRANDPARENT", "OTHER_RELATIVE", "CARER").contains(type);
    }

    private static int order(String relationship) {
        return switch (relationship == null ? "" : relationship) {
            case "MOTHER" -> 0;
            case "FATHER" -> 1;
            case "STEP_PARENT", "PARTNER_OF_PARENT" -> 2;
            case "GRANDPARENT" -> 3;
            default -> 4;
        };
    }

    static Address currentAddress(ChildJourney j, LocalDate today) {
        return j.all(PeopleStage.ADDRESSES).stream()
                .filter(a -> a.addressEndDate() == null || !a.addressEndDate().isBefore(today))
                .filter(a -> a.addressStartDate() == null || !a.addressStartDate().isAfter(today))
                .max(Comparator.comparing(Address::addressStartDate, Comparator.nullsFirst(Comparator.naturalOrder())))
                .orElse(null);
    }

    private static boolean sameAddress(FamilyAdult a, Address home) {
        return a.addressLine() != null && same(a.addressLine(), a.addressPostcode(), home.addressLine(), home.addressPostcode());
    }

    static boolean same(String line1, String postcode1, String line2, String postcode2) {
        return norm(line1).equals(norm(line2)) && norm(postcode1).equals(norm(postcode2)) && !norm(line1).isEmpty();
    }

    private static String norm(String s) {
        return s == null ? "" : s.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    private static String line(String address, String postcode) {
        if (address == null && postcode == null) {
            return null;
        }
        return address == null ? postcode : postcode == null ? address : address + ", " + postcode;
    }

    private static boolean open(LocalDate end, LocalDate today) {
        return end == null || !end.isBefore(today);
    }

    /** The parents drawn as the couple at the top of the genogram: the mother and the father, if recorded. */
    public Adult mother() {
        return adults.stream().filter(a -> "MOTHER".equals(a.relationship())).findFirst().orElse(null);
    }

    public Adult father() {
        return adults.stream().filter(a -> "FATHER".equals(a.relationship())).findFirst().orElse(null);
    }
}
