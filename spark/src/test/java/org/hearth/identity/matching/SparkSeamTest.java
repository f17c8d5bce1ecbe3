package org.hearth.identity.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SparkSeamTest {
    private static InputRecord child(String id, String first, String surname) {
        return new InputRecord(id, "la", first, "", surname, "2015-03-04", "F", "", "", "", "");
    }

    @Test
    void shouldGiveTheSameNameFrequenciesFromCountsAsFromTheRecords() {
        List<Standardised> records = new Standardiser().standardiseAll(List.of(child("1", "Amy", "Smith"),
                child("2", "Amy", "Khan"), child("3", "Zara", "Smith"), child("4", "", "Smith"),
                child("5", "Amy", "")));
        Map<String, Integer> firsts = new HashMap<>();
        Map<String, Integer> surnames = new HashMap<>();
        for (Standardised r : records) {
            if (!SparkSeam.firstWord(r).isEmpty()) {
                firsts.merge(SparkSeam.firstWord(r), 1, Integer::sum);
            }
            if (!r.surname().isEmpty()) {
                surnames.merge(r.surname(), 1, Integer::sum);
            }
        }
        TermFrequencies direct = new TermFrequencies(records);
        TermFrequencies counted = SparkSeam.termFrequencies(firsts, surnames);
        for (String name : List.of("amy", "zara", "nobody")) {
            assertThat(counted.first(name)).isEqualTo(direct.first(name));
        }
        for (String name : List.of("smith", "khan", "nobody")) {
            assertThat(counted.surname(name)).isEqualTo(direct.surname(name));
        }
        assertThat(direct.first("amy")).isEqualTo(3 / 4.0);
    }
}
