package org.hearth.identity.matching;

/**
 * Compares two standardised records field by field, giving each field a level: 0 when either side is missing (no
 * evidence either way), 1 for the strongest agreement, rising to the last level for plain disagreement. The levels
 * of all fields pack into one int, the comparison pattern, so that the model can count patterns rather than pairs.
 */
public final class Comparer {
    public static final int FIRST = 0;
    public static final int SURNAME = 1;
    public static final int MIDDLE = 2;
    public static final int DOB = 3;
    public static final int SEX = 4;
    public static final int POSTCODE = 5;
    public static final int ADDRESS = 6;
    public static final int NHS = 7;
    public static final int UPN = 8;
    public static final int FIELDS = 9;

    /** How many levels each field has, level 0 (missing) included. */
    public static final int[] LEVELS = {7, 6, 3, 9, 3, 5, 5, 5, 5};
    public static final String[] FIELD_NAMES = {"first name", "surname", "middle name", "date of birth", "sex",
        "postcode", "address", "NHS number", "UPN"};
    public static final String[][] LEVEL_NAMES = {
        {"missing", "same", "variant or nickname", "spelt nearly the same", "swapped with middle or surname",
            "spelt alike", "different"},
        {"missing", "same", "spelt nearly the same", "shares a part or swapped with first name", "spelt alike",
            "different"},
        {"missing", "same", "different"},
        {"missing", "same", "one day apart", "day and month swapped", "one year apart", "assessed 1 January",
            "due date of a pre-birth record", "same year and month", "different"},
        {"missing", "same", "different"},
        {"missing", "same", "same sector", "same district", "different"},
        {"missing", "same", "same numbers and street", "partly the same", "different"},
        {"missing", "same and valid", "same but fails its check digit", "one digit apart", "different"},
        {"missing", "same and valid", "same but fails its check letter", "one character apart", "different"}};

    private static final int[] RADIX = new int[FIELDS];

    static {
        int r = 1;
        for (int f = FIELDS - 1; f >= 0; f--) {
            RADIX[f] = r;
            r *= LEVELS[f];
        }
    }

    /** The number of distinct patterns. */
    public static final int PATTERNS = RADIX[0] * LEVELS[0];

    private final NameVariants names;

    public Comparer(NameVariants names) {
        this.names = names;
    }

    public static int level(int pattern, int field) {
        return pattern / RADIX[field] % LEVELS[field];
    }

    public static int withLevel(int pattern, int field, int level) {
        return pattern + (level - level(pattern, field)) * RADIX[field];
    }

    public static int[] levels(int pattern) {
        int[] out = new int[FIELDS];
        for (int f = 0; f < FIELDS; f++) {
            out[f] = level(pattern, f);
        }
        return out;
    }

    public int compare(Standardised a, Standardised b) {
        if (a.names != names || b.names != names) {
            // records standardised with other name lists: their precomputed groups mean nothing here
            return compare(restandardised(a), restandardised(b));
        }
        int first;
        int surname;
        if (swapped(a, b)) {
            // the same two names the other way round: as good as names spelt nearly the same
            first = 3;
            surname = 2;
        } else {
            first = first(a, b);
            surname = surname(a, b);
        }
        int p = first * RADIX[FIRST] + surname * RADIX[SURNAME];
        p += middle(a, b) * RADIX[MIDDLE];
        p += dob(a, b) * RADIX[DOB];
        p += (a.sex == 0 || b.sex == 0 ? 0 : a.sex == b.sex ? 1 : 2) * RADIX[SEX];
        p += postcode(a, b) * RADIX[POSTCODE];
        p += address(a, b) * RADIX[ADDRESS];
        p += identifier(a.nhs, a.nhsHash, a.nhsLength, a.nhsChars, a.nhsValid, b.nhs, b.nhsHash, b.nhsLength,
                b.nhsChars, b.nhsValid) * RADIX[NHS];
        p += identifier(a.upn, a.upnHash, a.upnLength, a.upnChars, a.upnValid, b.upn, b.upnHash, b.upnLength,
                b.upnChars, b.upnValid) * RADIX[UPN];
        return p;
    }

    private Standardised restandardised(Standardised r) {
        return r.names == names ? r : new Standardised(r.index, r.recordId, r.source, r.first, r.firstWord, r.middle,
                r.givenWords, r.baby, r.surname, r.surnameWords, r.dob, r.dobYear, r.dobMonth, r.dobDay, r.sex,
                r.postcode, r.postcodeDistrict, r.postcodeSector, r.address, r.addressWords, r.addressNumbers, r.nhs,
                r.nhsValid, r.upn, r.upnValid, names);
    }

    /** Whether two names are the same or variants/nicknames of one another, from their precomputed groups. */
    private static boolean related(String x, int[] xGroups, String y, int[] yGroups) {
        return x.equals(y) || NameVariants.intersects(xGroups, yGroups);
    }

    /** {@code x.equals(y)}, from the hash codes first: different hashes are different texts. */
    private static boolean same(String x, int xHash, String y, int yHash) {
        return xHash == yHash && x.equals(y);
    }

    /**
     * False only where {@link Text#withinOneEdit} is certainly false, from lengths and character sets alone: one
     * edit changes the length by at most one and leaves at most one character of either side absent from the other.
     */
    private static boolean oneEditPossible(int xLength, long xChars, int yLength, long yChars) {
        return Math.abs(xLength - yLength) <= 1 && Long.bitCount(xChars & ~yChars) <= 1
                && Long.bitCount(yChars & ~xChars) <= 1;
    }

    /** First name and surname written the other way round ("Williams Kayden" / "Kayden Williams"). */
    private boolean swapped(Standardised a, Standardised b) {
        if (a.firstLength == 0 || b.firstLength == 0 || a.surnameLength == 0 || b.surnameLength == 0
                || same(a.first, a.firstHash, b.first, b.firstHash)) {
            return false;
        }
        return close(a.first, a.firstHash, a.firstLength, a.firstChars, a.firstGroup, a.firstGroups, b.surname,
                b.surnameHash, b.surnameLength, b.surnameChars, b.surnameGroup, b.surnameGroups)
                && close(a.surname, a.surnameHash, a.surnameLength, a.surnameChars, a.surnameGroup, a.surnameGroups,
                        b.first, b.firstHash, b.firstLength, b.firstChars, b.firstGroup, b.firstGroups);
    }

    private static boolean close(String x, int xHash, int xLength, long xChars, int xGroup, int[] xGroups, String y,
            int yHash, int yLength, long yChars, int yGroup, int[] yGroups) {
        return same(x, xHash, y, yHash)
                || xLength >= 4 && oneEditPossible(xLength, xChars, yLength, yChars) && Text.withinOneEdit(x, y)
                || Standardised.groupsMeet(xGroup, xGroups, yGroup, yGroups);
    }

    int first(Standardised a, Standardised b) {
        if (a.firstLength == 0 || b.firstLength == 0) {
            return 0;
        }
        if (same(a.first, a.firstHash, b.first, b.firstHash)
                || same(a.firstWord, a.firstWordHash, b.firstWord, b.firstWordHash)) {
            return 1;
        }
        if (Standardised.groupsMeet(a.firstWordGroup, a.firstWordGroups, b.firstWordGroup, b.firstWordGroups)
                || Standardised.groupsMeet(a.firstGroup, a.firstGroups, b.firstGroup, b.firstGroups)) {
            return 2; // (the same texts were level 1 just above)
        }
        // below 0.8 the exact similarity changes no level: skip it when it certainly is
        double jw = Text.jaroWinklerMayReach(a.firstLength, a.firstChars, a.firstPrefix, b.firstLength, b.firstChars,
                b.firstPrefix, 0.8) ? Text.jaroWinkler(a.first, b.first) : 0;
        int shortest = Math.min(a.firstLength, b.firstLength);
        if (jw >= 0.92 || shortest >= 4 && oneEditPossible(a.firstLength, a.firstChars, b.firstLength, b.firstChars)
                && Text.withinOneEdit(a.first, b.first)) {
            return 3;
        }
        if ((a.otherGiven || b.otherGiven) && (crossed(a, b) || crossed(b, a))) {
            return 4;
        }
        return jw >= 0.8 ? 5 : 6;
    }

    /** a's first name is one of b's other given names (a middle name used as the first) or b's surname. */
    private static boolean crossed(Standardised a, Standardised b) {
        for (int k = 0; k < b.givenWords.length; k++) {
            String w = b.givenWords[k];
            if (!w.equals(b.firstWord) && related(a.firstWord, a.firstWordGroups, w, b.givenGroups[k])) {
                return true;
            }
        }
        for (int k = 0; k < a.givenWords.length; k++) {
            String w = a.givenWords[k];
            if (!w.equals(a.firstWord) && related(b.firstWord, b.firstWordGroups, w, a.givenGroups[k])) {
                return true;
            }
        }
        return false;
    }

    static int surname(Standardised a, Standardised b) {
        if (a.surnameLength == 0 || b.surnameLength == 0) {
            return 0;
        }
        if (same(a.surname, a.surnameHash, b.surname, b.surnameHash)) {
            return 1;
        }
        double jw = Text.jaroWinklerMayReach(a.surnameLength, a.surnameChars, a.surnamePrefix, b.surnameLength,
                b.surnameChars, b.surnamePrefix, 0.8) ? Text.jaroWinkler(a.surname, b.surname) : 0;
        if (jw >= 0.92 || Math.min(a.surnameLength, b.surnameLength) >= 4
                && oneEditPossible(a.surnameLength, a.surnameChars, b.surnameLength, b.surnameChars)
                && Text.withinOneEdit(a.surname, b.surname)) {
            return 2;
        }
        if (a.surnameWordCount > 1 || b.surnameWordCount > 1) {
            for (String x : a.surnameWords) {
                for (String y : b.surnameWords) {
                    if (x.length() > 1 && x.equals(y)) {
                        return 3;
                    }
                }
            }
        }
        return jw >= 0.8 ? 4 : 5;
    }

    int middle(Standardised a, Standardised b) {
        if (a.middleLength == 0 || b.middleLength == 0) {
            return 0;
        }
        return same(a.middle, a.middleHash, b.middle, b.middleHash)
                || Standardised.groupsMeet(a.middleGroup, a.middleGroups, b.middleGroup, b.middleGroups) ? 1 : 2;
    }

    static int dob(Standardised a, Standardised b) {
        if (a.dob == Standardised.NO_DATE || b.dob == Standardised.NO_DATE) {
            return 0;
        }
        int apart = Math.abs(a.dob - b.dob);
        if (apart == 0) {
            return 1;
        }
        if (apart == 1) {
            return 2;
        }
        if (a.dobYear == b.dobYear && a.dobMonth == b.dobDay && a.dobDay == b.dobMonth) {
            return 3;
        }
        if (Math.abs(a.dobYear - b.dobYear) == 1 && a.dobMonth == b.dobMonth && a.dobDay == b.dobDay) {
            return 4;
        }
        boolean aJan1 = a.dobMonth == 1 && a.dobDay == 1;
        boolean bJan1 = b.dobMonth == 1 && b.dobDay == 1;
        if ((aJan1 || bJan1) && Math.abs(a.dobYear - b.dobYear) <= 2) {
            return 5;
        }
        if ((a.baby || b.baby) && apart <= 60) {
            return 6;
        }
        int parts = (a.dobYear == b.dobYear ? 1 : 0) + (a.dobMonth == b.dobMonth ? 1 : 0)
                + (a.dobDay == b.dobDay ? 1 : 0);
        return parts >= 2 || oneDigitSlip(a, b) ? 7 : 8;
    }

    /**
     * Same year, and month and day written as MMDD differ by two neighbouring digits swapped (0210 for 0120). Not
     * the year: brothers and sisters are born a digit of a year apart.
     */
    private static boolean oneDigitSlip(Standardised a, Standardised b) {
        if (a.dobYear != b.dobYear) {
            return false;
        }
        return mmddWithinOneEdit(a.dobMonth * 100 + a.dobDay, b.dobMonth * 100 + b.dobDay);
    }

    /**
     * Whether two dates written as MMDD (months and days are at most two digits) are equal but for one digit or two
     * neighbouring digits swapped: the edit distance of at most one between strings of equal length, by arithmetic.
     */
    static boolean mmddWithinOneEdit(int x, int y) {
        int first = -1;
        int differ = 0;
        for (int k = 0, dx = x, dy = y; k < 4; k++, dx /= 10, dy /= 10) {
            if (dx % 10 != dy % 10) {
                differ++;
                if (first < 0) {
                    first = k;
                }
            }
        }
        if (differ <= 1) {
            return true;
        }
        if (differ > 2) {
            return false;
        }
        int p = 1;
        for (int k = 0; k < first; k++) {
            p *= 10;
        }
        int x0 = x / p % 10;
        int x1 = x / (p * 10) % 10;
        int y0 = y / p % 10;
        int y1 = y / (p * 10) % 10;
        return first < 3 && x0 == y1 && x1 == y0;
    }

    static int postcode(Standardised a, Standardised b) {
        if (a.postcodeLength == 0 || b.postcodeLength == 0) {
            return 0;
        }
        if (same(a.postcode, a.postcodeHash, b.postcode, b.postcodeHash)) {
            return 1;
        }
        if (a.sectorLength != 0 && b.sectorLength != 0) {
            if (same(a.postcodeSector, a.sectorHash, b.postcodeSector, b.sectorHash)) {
                return 2;
            }
            return same(a.postcodeDistrict, a.districtHash, b.postcodeDistrict, b.districtHash) ? 3 : 4;
        }
        // not a UK postcode (test data from elsewhere): a one-character slip counts as nearly the same
        return Text.withinOneEdit(a.postcode, b.postcode) ? 2 : 4;
    }

    static int address(Standardised a, Standardised b) {
        if (a.addressLength == 0 || b.addressLength == 0) {
            return 0;
        }
        if (same(a.address, a.addressHash, b.address, b.addressHash)) {
            return 1;
        }
        // the words that are not numbers: each of a's taken by the first unused equal (or one-edit) word of b's
        // each word's hash and length kept in the record (streetKeys): a word's text is visited only when its hash
        // agrees (then equals, at once for pooled words) or when one edit could make it the other
        String[] x = a.streetWords;
        String[] y = b.streetWords;
        long[] xKeys = a.streetKeys;
        long[] yKeys = b.streetKeys;
        int reach = b.streetWordsIn64;
        int matched = 0;
        int words = x.length;
        long used = 0;
        for (int i = 0; i < words; i++) {
            long xKey = xKeys[i];
            int xLength = (int) xKey;
            boolean long4 = xLength >= 4;
            for (int j = 0; j < reach; j++) {
                if ((used & (1L << j)) != 0) {
                    continue;
                }
                long yKey = yKeys[j];
                int yLength = (int) yKey;
                if ((xKey == yKey && x[i].equals(y[j]))
                        || long4 && Math.abs(xLength - yLength) <= 1 && Text.withinOneEdit(x[i], y[j])) {
                    used |= 1L << j;
                    matched++;
                    break;
                }
            }
        }
        int otherWords = y.length;
        double share = Math.max(words, otherWords) == 0 ? 1 : (double) matched / Math.max(words, otherWords);
        boolean sameNumbers = same(a.addressNumbers, a.addressNumbersHash, b.addressNumbers, b.addressNumbersHash);
        if (sameNumbers && share >= 0.6) {
            return 2;
        }
        if (share >= 0.5 && (sameNumbers || sharesNumber(a.numberWords, b.numberWords))
                || sameNumbers && !a.addressNumbers.isEmpty() && share >= 0.3) {
            return 3;
        }
        // a house number with two digits swapped or one mistyped (34 for 43) on a street otherwise written the same
        if (share >= 0.8 && !a.addressNumbers.isEmpty() && !b.addressNumbers.isEmpty()
                && Text.withinOneEdit(a.addressNumbers, b.addressNumbers)) {
            return 3;
        }
        return 4;
    }

    private static boolean sharesNumber(String[] x, String[] y) {
        for (String n : x) {
            for (String m : y) {
                if (n.equals(m)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** As {@link #identifier(String, boolean, String, boolean)}, from the records' hashes and lengths first. */
    private static int identifier(String a, int aHash, int aLength, long aChars, boolean aValid, String b, int bHash,
            int bLength, long bChars, boolean bValid) {
        if (aLength == 0 || bLength == 0) {
            return 0;
        }
        if (same(a, aHash, b, bHash)) {
            return aValid ? 1 : 2;
        }
        return aLength == bLength && oneEditPossible(aLength, aChars, bLength, bChars) && Text.withinOneEdit(a, b)
                ? 3 : 4;
    }

    static int identifier(String a, boolean aValid, String b, boolean bValid) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.equals(b)) {
            return aValid ? 1 : 2;
        }
        return a.length() == b.length() && Text.withinOneEdit(a, b) ? 3 : 4;
    }
}
