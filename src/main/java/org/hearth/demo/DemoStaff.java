package org.hearth.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The teams and staff of the demo authority, sized to the number of children so caseloads stay near the 15–20 a
 * social worker carries, with the fixed demo accounts people sign in with.
 */
final class DemoStaff {
    static final String FRONT_DOOR = "T01";
    static final String ASSESSMENT_1 = "T02";
    static final String ASSESSMENT_2 = "T03";
    static final String CHILD_IN_NEED = "T04";
    static final String PROTECTION = "T05";
    static final String IN_CARE_1 = "T06";
    static final String IN_CARE_2 = "T07";
    static final String LEAVING_CARE = "T08";
    static final String FAMILY_HELP = "T09";
    static final String IRO_SERVICE = "T10";
    static final String BUSINESS = "T11";

    static final String SW_DEMO = "sw.demo";
    static final String IRO_DEMO = "iro.demo";

    static final List<DemoTeam> TEAMS = List.of(
            new DemoTeam(FRONT_DOOR, "Front Door / MASH"),
            new DemoTeam(ASSESSMENT_1, "Assessment 1"),
            new DemoTeam(ASSESSMENT_2, "Assessment 2"),
            new DemoTeam(CHILD_IN_NEED, "Child in Need 1"),
            new DemoTeam(PROTECTION, "Child Protection & Court"),
            new DemoTeam(IN_CARE_1, "Children in Care 1"),
            new DemoTeam(IN_CARE_2, "Children in Care 2"),
            new DemoTeam(LEAVING_CARE, "Leaving Care"),
            new DemoTeam(FAMILY_HELP, "Family Help"),
            new DemoTeam(IRO_SERVICE, "IRO Service"),
            new DemoTeam(BUSINESS, "Performance & Business Support"));

    /**
     * Children with an open allocation in each team at any one time, per child on the record (measured from the
     * generator), and the caseload each role carries; together they size the teams.
     */
    private static final Map<String, double[]> LOAD = Map.of(
            FRONT_DOOR, new double[] {0.00075, 17.5},
            ASSESSMENT_1, new double[] {0.0095, 17.5},
            ASSESSMENT_2, new double[] {0.0095, 17.5},
            CHILD_IN_NEED, new double[] {0.064, 17.5},
            PROTECTION, new double[] {0.0257, 17.5},
            IN_CARE_1, new double[] {0.012, 17.5},
            IN_CARE_2, new double[] {0.0114, 17.5},
            LEAVING_CARE, new double[] {0.0116, 20},
            FAMILY_HELP, new double[] {0.0278, 17.5},
            IRO_SERVICE, new double[] {0.0433, 60});

    final List<DemoUser> users = new ArrayList<>();
    /** Who may be picked at random for a new allocation in each team (the showcase demo accounts are kept apart). */
    private final Map<String, String[]> pools = new HashMap<>();
    private final Map<String, String> teamOf = new HashMap<>();
    private final Set<String> usernames = new HashSet<>();
    private final SplittableRandom rnd;

    DemoStaff(long seed, int children) {
        rnd = new SplittableRandom(seed ^ 0x5DEECE66DL);
        Map<String, List<String>> pool = new HashMap<>();
        add(SW_DEMO, "Sam Demo", "SOCIAL_WORKER", PROTECTION);
        add("tm.demo", "Taylor Demo", "TEAM_MANAGER", PROTECTION);
        add(IRO_DEMO, "Indira Demo", "IRO", IRO_SERVICE);
        pool.computeIfAbsent(FAMILY_HELP, k -> new ArrayList<>()).add(add("eh.demo", "Erin Demo", "EARLY_HELP_WORKER", FAMILY_HELP));
        pool.computeIfAbsent(LEAVING_CARE, k -> new ArrayList<>()).add(add("pa.demo", "Pat Demo", "PERSONAL_ADVISER", LEAVING_CARE));
        add("analyst.demo", "Alex Demo", "DATA_ANALYST", BUSINESS);
        add("admin.demo", "Ash Demo", "ADMINISTRATOR", BUSINESS);
        add("health.demo", "Hana Demo", "HEALTH_PARTNER", null); // of the demo NHS trust: looks up health flags
        // Partners' practitioners, each of a named organisation (DemoPartners), and the people in their own space.
        add(DemoPartners.POLICE_USER, "Priya Demo", "PARTNER", null);
        add(DemoPartners.SCHOOL_USER, "Sol Demo", "PARTNER", null);
        add(DemoPartners.CAFCASS_USER, "Cass Demo", "PARTNER", null);
        add("child.demo", "Child Demo", "CHILD", null);
        add("youngperson.demo", "Young Person Demo", "YOUNG_PERSON", null);
        add("carer.demo", "Carer Demo", "CARER", null);
        for (DemoTeam team : TEAMS) {
            if (!team.id().equals(PROTECTION)) {
                add(null, null, "TEAM_MANAGER", team.id());
            }
            double[] load = LOAD.get(team.id());
            if (load == null) {
                continue;
            }
            String role = switch (team.id()) {
                case LEAVING_CARE -> "PERSONAL_ADVISER";
                case FAMILY_HELP -> "EARLY_HELP_WORKER";
                case IRO_SERVICE -> "IRO";
                default -> "SOCIAL_WORKER";
            };
            List<String> members = pool.computeIfAbsent(team.id(), k -> new ArrayList<>());
            int size = Math.max(2, (int) Math.round(children * load[0] / load[1]));
            while (members.size() < size) {
                members.add(add(null, null, role, team.id()));
            }
        }
        pool.forEach((team, names) -> pools.put(team, names.toArray(String[]::new)));
    }

    private String add(String username, String displayName, String role, String teamId) {
        if (username == null) {
            String first;
            String last;
            do {
                first = DemoNames.ADULTS[rnd.nextInt(DemoNames.ADULTS.length)];
                last = DemoNames.SURNAMES[rnd.nextInt(DemoNames.SURNAMES.length)];
                username = (first + "." + last).toLowerCase(Locale.ROOT);
                for (int n = 2; usernames.contains(username); n++) {
                    username = (first + "." + last).toLowerCase(Locale.ROOT) + n;
                }
            } while (usernames.contains(username));
            displayName = first + " " + last;
        }
        usernames.add(username);
        users.add(new DemoUser(username, displayName, role, teamId));
        teamOf.put(username, teamId);
        return username;
    }

    /** A worker from the team, chosen by the child's own random source so children can be made independently. */
    String pick(String teamId, SplittableRandom childRnd) {
        String[] pool = pools.get(teamId);
        return pool[childRnd.nextInt(pool.length)];
    }

    String teamOf(String username) {
        return teamOf.get(username);
    }

    /**
     * The worker's made-up Social Work England registration number (SW and six digits), as the 903 names social
     * workers: the same for the same username, whatever the seed.
     */
    static String registration(String username) {
        return String.format(Locale.ROOT, "SW%06d", Math.floorMod(username.hashCode(), 1_000_000));
    }

    static String teamName(String teamId) {
        return TEAMS.stream().filter(t -> t.id().equals(teamId)).findFirst().map(DemoTeam::name).orElse(teamId);
    }
}
