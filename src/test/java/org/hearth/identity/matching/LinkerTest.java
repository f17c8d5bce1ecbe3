package org.hearth.identity.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkerTest {
    /** A small town of families: each child recorded by two or three agencies, with slips; twins in some families. */
    private static List<InputRecord> town() {
        String[] surnames = {"Ahmed", "Begum", "Carter", "Dlamini", "Evans", "Farah", "Gill", "Hughes", "Iqbal",
            "Jones", "Kowalski", "Lewis", "Morris", "Nowak", "Osei", "Patel", "Quinn", "Roberts", "Singh", "Taylor"};
        String[][] names = {{"Amir", "Sara"}, {"Ben", "Lucy"}, {"Chloe", "Daniel"}, {"Isla", "Freya"},
            {"Jack", "Ronnie"}, {"Leo", "Maya"}, {"Noah", "Oscar"}, {"Ruby", "Sienna"}, {"Theo", "Zara"},
            {"Adam", "Evie"}};
        List<InputRecord> out = new ArrayList<>();
        int id = 0;
        for (int f = 0; f < surnames.length; f++) {
            String s = surnames[f];
            String postcode = "LE" + (f % 5 + 1) + " " + (f % 9 + 1) + "AB";
            String address = (f * 7 + 3) + " " + new String[] {"Holly", "Cedar", "Milton", "Kings"}[f % 4]
                    + " Road";
            String[] kids = names[f % names.length];
            boolean twins = f % 2 == 0;
            for (int k = 0; k < 2; k++) {
                String first = kids[k];
                String dob = twins ? "2015-0" + (f % 9 + 1) + "-12" : (2012 + 3 * k) + "-0" + (f % 9 + 1) + "-1" + k;
                String sex = k == 0 ? "M" : "F";
                String nhs = nhs(f * 10 + k);
                out.add(new InputRecord("r" + id++, "la", first, "", s, dob, sex, postcode, address, nhs, ""));
                out.add(new InputRecord("r" + id++, "health", first.toUpperCase(), "", s.toUpperCase(), dob, sex,
                        postcode.replace(" ", ""), address.toUpperCase(), nhs, ""));
                out.add(new InputRecord("r" + id++, "police", first, "", s, dob, sex, "", address.replace("Road",
                        "Rd"), "", ""));
            }
        }
        return out;
    }

    /** A valid NHS number in the 999 test range. */
    static String nhs(int seed) {
        for (int tail = seed * 7 + 100_000; ; tail++) {
            String nine = "999" + String.format("%06d", tail % 1_000_000);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (nine.charAt(i) - '0') * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                return nine + check;
            }
        }
    }

    @Test
    void shouldLinkEachChildsRecordsAndKeepTwinsApart() {
        List<InputRecord> records = town();
        Linker.Result result = new Linker().link(records, 0.5);
        int[] cluster = result.clusterOf();
        for (int i = 0; i < records.size(); i += 3) {
            assertThat(cluster[i + 1]).as("agencies' records of %s", records.get(i).firstName()).isEqualTo(cluster[i]);
            assertThat(cluster[i + 2]).isEqualTo(cluster[i]);
        }
        for (int f = 0; f < 20; f++) {
            int child1 = f * 6;
            int child2 = f * 6 + 3;
            assertThat(cluster[child1]).as("brother and sister (twins: %s) of family %d", f % 2 == 0, f)
                    .isNotEqualTo(cluster[child2]);
        }
    }

    @Test
    void shouldScoreTwinsBelowTheThresholdEvenWithoutIdentifiers() {
        List<InputRecord> records = town();
        Linker.Result result = new Linker().link(records, 0.5);
        // police records carry no NHS number: twins Amir and Sara Ahmed, same surname, date of birth and home
        Standardised amir = result.records().get(2);
        Standardised sara = result.records().get(5);
        assertThat(amir.dob()).isEqualTo(sara.dob());
        int pattern = result.scorer().pattern(amir, sara);
        assertThat(PairScorer.siblingPattern(pattern)).isTrue();
        assertThat(result.scorer().probability(amir, sara)).isLessThan(0.5);
    }

    @Test
    void shouldLinkAPreBirthBabyRecordToTheChildOnceNamed() {
        List<InputRecord> records = new ArrayList<>(town());
        String nhsOfBaby = nhs(999);
        records.add(new InputRecord("baby", "la", "Baby", "", "Chowdhury", "2024-12-21", "U", "LE2 2BL",
                "59 Kingfisher Street", "", ""));
        records.add(new InputRecord("born", "health", "Zain", "", "CHOWDHURY", "2024-12-31", "M", "LE2 2BL",
                "59 Kingfisher Street", nhsOfBaby, ""));
        records.add(new InputRecord("born2", "la", "Zain", "", "Chowdhury", "2024-12-31", "M", "LE2 2BL",
                "59 Kingfisher St", nhsOfBaby, ""));
        Linker.Result result = new Linker().link(records, 0.5);
        int n = records.size();
        assertThat(result.clusterOf()[n - 3]).isEqualTo(result.clusterOf()[n - 2]).isEqualTo(result.clusterOf()[n - 1]);
    }

    @Test
    void shouldNotChainTwoPeopleThroughOneAmbiguousRecord() {
        Clusterer clusterer = new Clusterer(0.5, 0.02, 60);
        // 0–1 and 1–2 look alike, 0–2 are plainly different people: 2 must not join 0 and 1
        double[][] p = {{1, 0.99, 0.001}, {0.99, 1, 0.6}, {0.001, 0.6, 1}};
        long[] pairs = {PairSet.pack(0, 1), PairSet.pack(1, 2)};
        int[] clusters = clusterer.cluster(3, pairs, new double[] {0.99, 0.6}, (i, j) -> p[i][j]);
        assertThat(clusters[0]).isEqualTo(clusters[1]);
        assertThat(clusters[2]).isNotEqualTo(clusters[0]);
    }
}
