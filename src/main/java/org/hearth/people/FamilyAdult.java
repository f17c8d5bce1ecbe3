package org.hearth.people;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.journey.JourneyRecord;

/**
 * A parent or other adult in the child's family, as a person with their own demographics, address and childhood
 * contact with children's social care (the NCB asks whether parents were themselves known to or looked after by
 * children's services), and how they stand to the child: who they are ({@code relationship}, codes/FAMILY_ADULT),
 * whether they hold parental responsibility and how ({@code prBasis}, codes/PR_BASIS), whether they live with the
 * child. {@code adultPersonId} ties the same adult across siblings' records when they are a person on Hearth;
 * {@code ownChildRecordId} is their own record as a child, when Hearth has one.
 */
public record FamilyAdult(UUID id, UUID personId, UUID adultPersonId, String relationship, String forename,
                          String surname, LocalDate dob, String sex, String ethnicity, String firstLanguage,
                          String addressLine, String addressPostcode, Boolean livesWithChild,
                          Boolean parentalResponsibility, String prBasis, String careHistory, UUID ownChildRecordId,
                          String coupleStatus, LocalDate deathDate, LocalDate startDate, LocalDate endDate)
        implements JourneyRecord {

    public String name() {
        return ((forename == null ? "" : forename) + " " + (surname == null ? "" : surname)).strip();
    }

    public boolean parent() {
        return "MOTHER".equals(relationship) || "FATHER".equals(relationship);
    }

    public boolean holdsPr() {
        return Boolean.TRUE.equals(parentalResponsibility);
    }

    public boolean openOn(LocalDate day) {
        return endDate == null || !endDate.isBefore(day);
    }

    @Override
    public String summary() {
        return FamilyCodes.label(FamilyCodes.FAMILY_ADULT, relationship) + " recorded"
                + (holdsPr() ? ", with parental responsibility" : "");
    }
}
