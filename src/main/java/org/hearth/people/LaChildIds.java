package org.hearth.people;

import java.util.regex.Pattern;
import org.hearth.journey.child.Person;
import org.hearth.platform.web.HearthProblem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The LA child id of a child created in Hearth: every child the LA knows has one, because the statutory returns (and
 * the return errors page) are made from the children with an LA child id. A child created in Hearth gets the next of
 * Hearth's own ids, H and seven digits (a CHILD id in the 903 and a LAchildID in the CIN census are at most ten
 * characters), from a database sequence so two workers adding children at once never get the same one; an id an
 * import already holds is skipped. An id sent by a caller (a child moved from another system) is kept when it has the
 * LA's shape.
 */
@Component
public class LaChildIds {
    /** Letters, digits and hyphens, up to ten characters: what the returns accept and a file name may hold. */
    static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9-]{1,10}");

    private final JdbcTemplate jdbc;

    LaChildIds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The next id no child holds. */
    public String next() {
        while (true) {
            long n = jdbc.queryForObject("SELECT nextval('hearth_la_child_id')", Long.class);
            String id = format(n);
            Boolean taken = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM ssd_person WHERE pers_legacy_id = ?)",
                    Boolean.class, id);
            if (!Boolean.TRUE.equals(taken)) {
                return id;
            }
        }
    }

    static String format(long n) {
        return String.format("H%07d", n);
    }

    /** The child with an LA child id: theirs when they came with a well-formed one, else the next one. */
    public Person assign(Person child) {
        if (child.legacyId() != null && !child.legacyId().isBlank()) {
            if (!SHAPE.matcher(child.legacyId()).matches()) {
                throw HearthProblem.badRequest("An LA child id is up to ten letters, digits or hyphens");
            }
            return child;
        }
        return new Person(child.id(), next(), child.kind(), child.forename(), child.surname(), child.knownAs(),
                child.sex(), child.gender(), child.ethnicity(), child.dob(), child.expectedDob(), child.deathDate(),
                child.nhsNumber(), child.upn(), child.upnUnknown(), child.formerUpn(), child.nationality(),
                child.firstLanguage(), child.religion(), child.immigrationStatus(), child.uasc(), child.isMother(),
                child.disabilities(), child.interpreterNeeded());
    }
}
