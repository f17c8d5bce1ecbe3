package org.hearth.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The search against PostgreSQL: the broad narrowing in SQL must let through every match the ranking accepts. */
class PersonSearchTest extends HearthIntegrationTest {
    @Autowired
    PersonSearch search;
    @Autowired
    JdbcTemplate jdbc;

    String surname;
    UUID william;
    UUID catherine;

    @BeforeEach
    void setUp() {
        // A surname no other test uses, so results are this test's own.
        surname = "Quenby" + Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits()) % 100_000, 36).replaceAll("\\d", "x");
        william = child("William", surname, LocalDate.of(2015, 4, 3), "9434765919");
        catherine = child("Catherine", surname, LocalDate.of(2012, 11, 20), null);
    }

    UUID child(String forename, String last, LocalDate dob, String nhs) {
        UUID id = UUID.randomUUID();
        jdbc.update("INSERT INTO ssd_person (pers_person_id, pers_legacy_id, pers_kind, pers_forename, pers_surname, "
                + "pers_sex, pers_dob, pers_nhs_number) VALUES (?, ?, 'CHILD', ?, ?, 'F', ?, ?)", id,
                "S" + id.toString().substring(0, 8), forename, last, java.sql.Date.valueOf(dob), nhs);
        return id;
    }

    List<UUID> ids(String q) {
        return search.find(q).stream().map(SearchRanking.Match::id).filter(id -> id.equals(william) || id.equals(catherine)).toList();
    }

    @Test
    void shouldFindAFamiliarFormOfTheForename() {
        assertThat(ids("Bill " + surname)).containsExactly(william);
    }

    @Test
    void shouldFindAMisspeltForenameAndSurname() {
        String misspelt = surname.substring(0, 2) + surname.charAt(3) + surname.charAt(2) + surname.substring(4);
        assertThat(ids("Katherine " + misspelt)).containsExactly(catherine);
    }

    @Test
    void shouldFindBothChildrenBySurnameAndNameThemClosestFirst() {
        assertThat(ids(surname.toLowerCase())).containsExactlyInAnyOrder(william, catherine);
        assertThat(ids("catherine " + surname)).containsExactly(catherine);
    }

    @Test
    void shouldFindByNhsNumberWithSpacesDateOfBirthAndLaId() {
        assertThat(ids("943 476 5919")).contains(william);
        assertThat(ids(surname + " 20/11/2012")).containsExactly(catherine);
        assertThat(ids("s" + catherine.toString().substring(0, 8))).containsExactly(catherine);
    }

    @Test
    void shouldNotLetManySoundAlikesCrowdOutTheExactName() {
        // More children whose surname sounds like (or starts like) this one than the SQL passes on to the ranking.
        List<Object[]> alike = new java.util.ArrayList<>();
        for (int i = 0; i < PersonSearch.CANDIDATES + 20; i++) {
            UUID id = UUID.randomUUID();
            alike.add(new Object[] {id, "A" + id.toString().substring(0, 8), "Ann", surname + "e",
                    java.sql.Date.valueOf(LocalDate.of(2010, 1, 1))});
        }
        jdbc.batchUpdate("INSERT INTO ssd_person (pers_person_id, pers_legacy_id, pers_kind, pers_forename, pers_surname, "
                + "pers_sex, pers_dob) VALUES (?, ?, 'CHILD', ?, ?, 'F', ?)", alike);

        UUID zoe = child("Zoe", surname, LocalDate.of(2016, 2, 2), null); // recorded after them all

        assertThat(search.find(surname.toLowerCase())).extracting(SearchRanking.Match::id)
                .contains(zoe, william, catherine);
    }
}
