package org.hearth.returns.cin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A CIN census file as read: the header and, per child, the modules the rules look at. Deliberately plain mutable
 * holders (package-private fields) so that the reader fills them cheaply and tests can build cases directly.
 *
 * <p>Conventions: a code or text that is absent or blank is {@code null}; a date that is absent, blank or not a valid
 * {@code xs:date} is {@code null} (rules read "missing or invalid" as one thing); a yes/no flag that is absent or not
 * one of the schema's spellings is {@code null}. Each module records its {@code row}: its 0-based position among all
 * elements of its kind in the file.
 */
public final class CinCensus {

    final Header header = new Header();
    final List<Child> children = new ArrayList<>();
    /** Number of elements of each table seen, indexed by {@link CinTable#ordinal()}. */
    final int[] tableCounts = new int[CinTable.values().length];
    /** Dates and flags that were present but could not be read (the fields above hold null for them). */
    final List<Unreadable> unreadable = new ArrayList<>();

    /**
     * A value present in the file that is not a valid {@code xs:date} or yes/no flag.
     *
     * @param table the module's table name, e.g. "CINdetails"; @param row its row as in the module's {@code row}
     */
    public record Unreadable(String laChildId, String table, int row, String field, String text) {}

    public List<Unreadable> unreadable() {
        return unreadable;
    }

    public List<Child> children() {
        return children;
    }

    public Header header() {
        return header;
    }

    public int count(CinTable table) {
        return tableCounts[table.ordinal()];
    }

    /** Adds to a module list that may still be the shared empty list; returns the list to keep. */
    static <T> List<T> append(List<T> list, T item) {
        List<T> out = list instanceof ArrayList ? list : new ArrayList<>(list);
        out.add(item);
        return out;
    }

    /** Header/CollectionDetails and the LA that sent the file. */
    public static final class Header {
        boolean present;
        String collection;
        String year;
        LocalDate referenceDate;
        String referenceDateText;
        String lea;

        public LocalDate referenceDate() {
            return referenceDate;
        }

        public String lea() {
            return lea;
        }

        public String year() { return year; }
        public String collection() { return collection; }
    }

    public static final class Child {
        int idRow = -1;
        int characteristicsRow = -1;
        String laChildId;
        String upn;
        String formerUpn;
        String upnUnknown;
        LocalDate birth;
        LocalDate expectedBirth;
        /** GenderCurrent (1/2/0/9), the field up to 2023/24. */
        String genderCurrent;
        /** Sex (M/F/U), the field from 2024/25. */
        String sex;
        LocalDate death;
        String ethnicity;
        int disabilitiesRow = -1;
        /** Codes under Disabilities; null when the child has no Disabilities element. Entries may be null (blank). */
        List<String> disabilities;
        final List<Details> details = new ArrayList<>(1);

        public String laChildId() {
            return laChildId;
        }

        public List<Details> details() {
            return details;
        }

        // Read-only views for code outside this package (the import); the reader fills the fields.
        public int idRow() { return idRow; }
        public int characteristicsRow() { return characteristicsRow; }
        public int disabilitiesRow() { return disabilitiesRow; }
        public String upn() { return upn; }
        public String formerUpn() { return formerUpn; }
        public String upnUnknown() { return upnUnknown; }
        public LocalDate birth() { return birth; }
        public LocalDate expectedBirth() { return expectedBirth; }
        public String genderCurrent() { return genderCurrent; }
        public String sex() { return sex; }
        public LocalDate death() { return death; }
        public String ethnicity() { return ethnicity; }
        public List<String> disabilities() { return disabilities; }

        /** Unborn: no date of birth but an expected one. */
        boolean unborn() {
            return birth == null && expectedBirth != null;
        }
    }

    /** One CINdetails episode: a referral and what followed. */
    public static final class Details {
        int row;
        LocalDate referral;
        String referralSource;
        String primaryNeed;
        LocalDate closure;
        String reasonForClosure;
        LocalDate initialCpc;
        Boolean referralNfa;
        // Most episodes lack most modules: an absent module costs nothing until the first is added (see append).
        List<Assessment> assessments = List.of();
        List<Plan> plans = List.of();
        List<S47> section47s = List.of();
        List<Cpp> cpps = List.of();

        boolean nfa() {
            return Boolean.TRUE.equals(referralNfa);
        }

        public int row() { return row; }
        public LocalDate referral() { return referral; }
        public String referralSource() { return referralSource; }
        public String primaryNeed() { return primaryNeed; }
        public LocalDate closure() { return closure; }
        public String reasonForClosure() { return reasonForClosure; }
        public LocalDate initialCpc() { return initialCpc; }
        public Boolean referralNfa() { return referralNfa; }
        public List<Assessment> assessments() { return assessments; }
        public List<Plan> plans() { return plans; }
        public List<S47> section47s() { return section47s; }
        public List<Cpp> cpps() { return cpps; }
    }

    public static final class Assessment {
        int row;
        LocalDate start;
        LocalDate internalReview;
        LocalDate authorised;
        /** Null when there is no FactorsIdentifiedAtAssessment element; entries may be null (blank). */
        List<String> factors;

        public int row() { return row; }
        public LocalDate start() { return start; }
        public LocalDate internalReview() { return internalReview; }
        public LocalDate authorised() { return authorised; }
        public List<String> factors() { return factors; }

        boolean hasFactors() {
            if (factors == null) {
                return false;
            }
            for (String f : factors) {
                if (f != null) {
                    return true;
                }
            }
            return false;
        }
    }

    /** CINPlanDates (table name CINplanDates). */
    public static final class Plan {
        int row;
        LocalDate start;
        LocalDate end;

        public int row() { return row; }
        public LocalDate start() { return start; }
        public LocalDate end() { return end; }
    }

    public static final class S47 {
        int row;
        LocalDate start;
        LocalDate icpcTarget;
        LocalDate icpc;
        Boolean icpcNotRequired;

        public int row() { return row; }
        public LocalDate start() { return start; }
        public LocalDate icpcTarget() { return icpcTarget; }
        public LocalDate icpc() { return icpc; }
        public Boolean icpcNotRequired() { return icpcNotRequired; }
    }

    public static final class Cpp {
        int row;
        LocalDate start;
        LocalDate end;
        String initialCategory;
        String latestCategory;
        String previousPlans;
        int reviewsRow = -1;
        /** Review dates; null when there is no Reviews element; entries are null where a date is blank or invalid. */
        List<LocalDate> reviews;

        public int row() { return row; }
        public LocalDate start() { return start; }
        public LocalDate end() { return end; }
        public String initialCategory() { return initialCategory; }
        public String latestCategory() { return latestCategory; }
        public String previousPlans() { return previousPlans; }
        public int reviewsRow() { return reviewsRow; }
        public List<LocalDate> reviews() { return reviews; }
    }
}
