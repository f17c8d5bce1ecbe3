package org.hearth.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.hearth.journey.child.Person;
import org.hearth.people.Address;
import org.hearth.people.FamilyAdult;
import org.hearth.people.PeopleStage;
import org.hearth.people.PersonWhoMatters;
import org.hearth.people.Relationship;

/**
 * The child's network: their home address, parents, siblings and grandparents (each a person on Hearth too),
 * and the people and pets who matter to them, in their own words.
 */
final class NetworkSimulation extends StageSimulation {
    static final String[] SISTER_WORDS = {"My sister, she always helps me with my homework",
            "I miss her when we are apart", "She makes me laugh when I feel sad", "We share everything"};
    static final String[] BROTHER_WORDS = {"My brother, we play football together at weekends",
            "I miss him when we are apart", "He makes me laugh when I feel sad", "He looks out for me"};
    static final String[] GRANDMOTHER_WORDS = {"Nan makes the best Sunday dinner", "I can tell Nan anything",
            "She picks me up from school on Fridays"};
    static final String[] GRANDFATHER_WORDS = {"Grandad takes me fishing", "He teaches me card games",
            "I like going to his allotment"};
    static final String[] FRIEND_WORDS = {"My best friend from school", "We have been friends since year 3",
            "We go to drama club together"};
    static final String[] PET_WORDS = {"Sleeps on my bed and makes me feel safe",
            "I feed them every morning before school", "The best pet in the world", "I tell them everything when I'm sad"};
    static final String[] STREETS = {"Church Road", "Station Road", "Park Avenue", "Mill Lane", "Victoria Street",
            "Queens Road", "The Crescent", "Orchard Close", "Meadow Way", "Chapel Street", "Elm Grove", "School Lane"};
    static final String[] PET_KINDS = {"Dog", "Cat", "Rabbit", "Hamster", "Guinea pig"};

    NetworkSimulation(SimulatedChild child, JourneySimulator journey) {
        super(child, journey);
    }

    /** A home postcode in the council's area, from the ONS directory (see {@link DemoPostcodes}). */
    String postcode() {
        return DemoPostcodes.inside(postcodeDraw());
    }

    void people(LocalDate start, Person child) {
        LocalDate recorded = c.dob == null || start.isAfter(c.dob) ? start : c.dob;
        LocalDate from = c.dob != null ? c.dob : start;
        LocalDate born = c.dob != null ? c.dob : c.expectedDob;
        Address home = new Address(uuid(), pid, "HOME", between(1, 120) + " " + pick(STREETS), postcode(),
                recorded, null);
        if (!c.uasc) {
            // An unaccompanied asylum-seeking child had no home here before care: the 903 gives no home postcode
            // and so no placement distance for them (rules 392b, 406).
            add(PeopleStage.ADDRESSES, home);
        }
        UUID mother = relative(Person.ADULT, pick(DemoNames.WOMEN), c.surname, "F", null);
        add(PeopleStage.RELATIONSHIPS, new Relationship(uuid(), pid, mother, "MOTHER", true, from, null));
        String couple = COUPLES[spread(mother, "couple", COUPLES.length)];
        add(PeopleStage.FAMILY_ADULTS, parent(mother, "MOTHER", born, child, c.uasc ? null : home, true,
                "BIRTH_MOTHER", couple));
        if (chance(0.8)) {
            UUID father = relative(Person.ADULT, pick(DemoNames.MEN), chance(0.6) ? c.surname : pick(DemoNames.SURNAMES), "M", null);
            UUID link = uuid(); // drawn before the chance of parental responsibility, as always
            boolean pr = chance(0.7);
            add(PeopleStage.RELATIONSHIPS, new Relationship(link, pid, father, "FATHER", pr, from, null));
            boolean together = !c.uasc && Set.of("MARRIED", "CIVIL_PARTNERS", "PARTNERS").contains(couple);
            add(PeopleStage.FAMILY_ADULTS, parent(father, "FATHER", born, child, together ? home : null, pr,
                    "MARRIED".equals(couple) ? "MARRIED_FATHER" : "REGISTERED_FATHER", couple));
        }
        boolean talks = c.dob != null && age(today) >= 4;
        int siblings = pickInt(new int[] {0, 1, 2, 3}, new double[] {25, 35, 25, 15});
        for (int i = 0; i < siblings; i++) {
            boolean half = chance(0.35);
            boolean boy = chance(0.5);
            String name = boy ? pick(DemoNames.BOYS) : pick(DemoNames.GIRLS);
            String siblingSurname = half ? pick(DemoNames.SURNAMES) : c.surname;
            // A sibling between eight years older and four years younger, never born in the future.
            LocalDate siblingDob = born.plusDays(between(-8 * 365, 4 * 365));
            if (siblingDob.isAfter(today)) {
                siblingDob = today.minusDays(between(30, 365));
            }
            UUID sibling = relative(Person.CHILD, name, siblingSurname, boy ? "M" : "F", siblingDob);
            add(PeopleStage.RELATIONSHIPS, new Relationship(uuid(), pid, sibling, half ? "HALF_SIBLING" : "SIBLING", false,
                    from, null));
            add(PeopleStage.PEOPLE_WHO_MATTER, new PersonWhoMatters(uuid(), pid, name + " " + siblingSurname, "PERSON",
                    (half ? "Half-" : "") + (boy ? "brother" : "sister"),
                    talks ? pick(boy ? BROTHER_WORDS : SISTER_WORDS) : null, sibling, recorded, null));
        }
        if (!c.uasc && chance(0.6)) {
            boolean grandmother = chance(0.65);
            String given = grandmother ? pick(DemoNames.WOMEN) : pick(DemoNames.MEN);
            UUID gran = relative(Person.ADULT, given, c.surname, grandmother ? "F" : "M", null);
            add(PeopleStage.RELATIONSHIPS, new Relationship(uuid(), pid, gran, "GRANDPARENT", false, from, null));
            String name = grandmother ? pick(new String[] {"Nan", "Nana", "Grandma"}) + " " + given : "Grandad " + given;
            add(PeopleStage.PEOPLE_WHO_MATTER, new PersonWhoMatters(uuid(), pid, name, "PERSON", "Grandparent",
                    talks ? pick(grandmother ? GRANDMOTHER_WORDS : GRANDFATHER_WORDS) : null, gran, recorded, null));
        }
        if (talks && age(today) >= 6 && chance(0.5)) {
            add(PeopleStage.PEOPLE_WHO_MATTER, new PersonWhoMatters(uuid(), pid, pick(chance(0.5) ? DemoNames.BOYS
                    : DemoNames.GIRLS), "PERSON", "Friend", pick(FRIEND_WORDS), null, recorded, null));
        }
        if (talks && chance(0.35)) {
            add(PeopleStage.PEOPLE_WHO_MATTER, new PersonWhoMatters(uuid(), pid, pick(DemoNames.PETS), "PET",
                    pick(PET_KINDS), pick(PET_WORDS), null, recorded, null));
        }
    }

    static final String[] COUPLES = {"MARRIED", "PARTNERS", "SEPARATED", "SEPARATED", "DIVORCED", "NOT_TOGETHER",
            "PARTNERS"};
    /** A parent's childhood contact with children's social care, weighted as the NCB's studies suggest it is common. */
    static final String[] CARE_HISTORIES = {"NOT_KNOWN", "NOT_KNOWN", "NOT_KNOWN", "NOT_KNOWN", "NOT_KNOWN", "CIN",
            "CIN", "CP", "LOOKED_AFTER", "LOOKED_AFTER", "CARE_LEAVER", "UNKNOWN", "UNKNOWN"};
    static final String[] LANGUAGES = {"English", "English", "English", "English", "English", "English", "Polish",
            "Urdu", "Punjabi", "Romanian", "Arabic"};

    /**
     * A parent recorded as a person with their demographics (issue 13 §2). Everything is derived from the parent's id,
     * with no draw from the child's random sequence, so the rest of every demo child stays as it was.
     */
    FamilyAdult parent(UUID person, String relationship, LocalDate childBorn, Person child, Address home,
                       boolean pr, String basis, String couple) {
        Person p = c.relatives.stream().filter(r -> r.id().equals(person)).findFirst().orElseThrow();
        LocalDate dob = childBorn.minusYears(18 + spread(person, "age", 22)).minusDays(spread(person, "day", 365));
        String language = child.ethnicity() != null && child.ethnicity().startsWith("W")
                ? "English" : LANGUAGES[spread(person, "language", LANGUAGES.length)];
        return new FamilyAdult(UUID.nameUUIDFromBytes(("family-adult:" + person).getBytes(StandardCharsets.UTF_8)),
                pid, person, relationship, p.forename(), p.surname(), dob, p.sex(),
                "NOBT".equals(child.ethnicity()) ? null : child.ethnicity(), language,
                home == null ? null : home.addressLine(), home == null ? null : home.addressPostcode(), home != null,
                pr, pr ? basis : null, CARE_HISTORIES[spread(person, "history", CARE_HISTORIES.length)], null,
                couple, null, null, null);
    }

    /** A number below {@code n} taken from an id, not from the random sequence. */
    static int spread(UUID id, String salt, int n) {
        return Math.floorMod((id + salt).hashCode(), n);
    }

    /** A parent, sibling or grandparent named on the child's record is a person on Hearth too. */
    UUID relative(String kind, String forename, String familyName, String sex, LocalDate birth) {
        UUID id = uuid();
        c.relatives.add(new Person(id, null, kind, forename, familyName, null, sex, null, null, birth, null, null, null,
                null, null, null, null, null, null, null, false, null, null));
        return id;
    }
}
