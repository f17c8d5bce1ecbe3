package org.hearth.agencies;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.Violation;

/** What the involvement commands share: the answers' checks and the own-organisation rule. */
final class Involvements {
    static final String KIND = AgenciesStage.INVOLVEMENTS.name();
    static final int TEXT_MAX = 200;
    static final int LONG_MAX = 4_000;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^[0-9 +()-]{6,20}$");

    private Involvements() {}

    static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static Violation refusal(String kind, String field, String message) {
        return new Violation("agencies", null, kind, null, field, message);
    }

    /**
     * A partner's user (acting for {@code actingOrganisation}; null for the council's staff) may change only their own
     * organisation's involvement.
     */
    static boolean ownedBy(String actingOrganisation, String organisationId) {
        return actingOrganisation == null || actingOrganisation.equals(organisationId);
    }

    static final String NOT_YOURS = "You can change only your own organisation's involvement with this child";

    /** The involvement asked for, or null with the refusal added. */
    static AgencyInvolvement find(ChildJourney j, UUID id, List<Violation> refusals) {
        AgencyInvolvement found = id == null ? null : j.find(AgenciesStage.INVOLVEMENTS, id).orElse(null);
        if (found == null) {
            refusals.add(refusal(KIND, "id", "There is no such agency involvement on this child's record"));
        }
        return found;
    }

    /** The practitioner's details: a name, and a phone number or an email to reach them. */
    static void contactDetails(String name, String role, String phone, String email, List<Violation> refusals) {
        if (name == null) {
            refusals.add(refusal(KIND, "practitionerName", "Enter the practitioner's name"));
        } else if (name.length() > TEXT_MAX) {
            refusals.add(refusal(KIND, "practitionerName", "The practitioner's name must be " + TEXT_MAX
                    + " characters or fewer"));
        }
        if (role != null && role.length() > TEXT_MAX) {
            refusals.add(refusal(KIND, "practitionerRole", "The practitioner's role must be " + TEXT_MAX
                    + " characters or fewer"));
        }
        if (phone == null && email == null) {
            refusals.add(refusal(KIND, "phone", "Enter a phone number or an email address for the practitioner"));
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            refusals.add(refusal(KIND, "phone", "Enter a phone number, like 01632 960 001"));
        }
        if (email != null && (email.length() > TEXT_MAX || !EMAIL.matcher(email).matches())) {
            refusals.add(refusal(KIND, "email", "Enter an email address in the right format, like name@example.org"));
        }
    }

    static void lastContact(LocalDate lastContact, LocalDate since, LocalDate today, List<Violation> refusals) {
        if (lastContact == null) {
            return;
        }
        if (lastContact.isAfter(today)) {
            refusals.add(refusal(KIND, "lastContactDate", "The last contact must be today or in the past"));
        } else if (since != null && lastContact.isBefore(since)) {
            refusals.add(refusal(KIND, "lastContactDate", "The last contact cannot be before the involvement began on "
                    + org.hearth.journey.Dates.uk(since)));
        }
    }

    static boolean validEmail(String email) {
        return email != null && EMAIL.matcher(email).matches();
    }

    static boolean validPhone(String phone) {
        return phone != null && PHONE.matcher(phone).matches();
    }

    /** "last contact 3 weeks ago": how recent the last contact was, in words. */
    static String recency(LocalDate last, LocalDate today) {
        if (last == null) {
            return "no contact recorded";
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(last, today);
        if (days <= 0) {
            return "last contact today";
        }
        if (days == 1) {
            return "last contact yesterday";
        }
        if (days < 14) {
            return "last contact " + days + " days ago";
        }
        if (days < 60) {
            return "last contact " + days / 7 + " weeks ago";
        }
        long months = java.time.temporal.ChronoUnit.MONTHS.between(last, today);
        if (months < 24) {
            return "last contact " + months + " months ago";
        }
        return "last contact " + months / 12 + " years ago";
    }
}
