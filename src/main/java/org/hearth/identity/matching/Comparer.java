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
        p += identifier(a.nhs, a.nhsValid, b.nhs, b.nhsValid) * RADIX[NHS];
        p += identifier(a.upn, a.upnValid, b.upn, b.upnValid) * RADIX[UPN];
        return p;
    }

    /** First name and surname written the other way round ("Williams Kayden" / "Kayden Williams"). */
    private boolean swapped(Standardised a, Standardised b) {
        if (a.first.isEmpty() || b.first.isEmpty() || a.surname.isEmpty() || b.surname.isEmpty()
                || a.first.equals(b.first)) {
            return false;
        }
        return close(a.first, b.surname) && close(a.surname, b.first);
    }

    private boolean close(String x, String y) {
        return x.equals(y) || x.length() >= 4 && Text.editDistance(x, y, 1) <= 1 || names.related(x, y);
    }

    int first(Standardised a, Standardised b) {
        if (a.first.isEmpty() || b.first.isEmpty()) {
            return 0;
        }
        if (a.first.equals(b.first) || a.firstWord.equals(b.firstWord)) {
            return 1;
        }
        if (names.related(a.firstWord, b.firstWord) || names.related(a.first, b.first)) {
            return 2;
        }
        double jw = Text.jaroWinkler(a.first, b.first);
        int shortest = Math.min(a.first.length(), b.first.length());
        if (jw >= 0.92 || shortest >= 4 && Text.editDistance(a.first, b.first, 1) <= 1) {
            return 3;
        }
        if (crossed(a, b) || crossed(b, a)) {
            return 4;
        }
        return jw >= 0.8 ? 5 : 6;
    }

    /** a's first name is one of b's other given names (a middle name used as the first) or b's surname. */
    private boolean crossed(Standardised a, Standardised b) {
        for (String w : b.givenWords) {
            if (!w.equals(b.firstWord) && names.related(a.firstWord, w)) {
                return true;
            }
        }
        for (String w : a.givenWords) {
            if (!w.equals(a.firstWord) && names.related(b.firstWord, w)) {
                return true;
            }
        }
        return false;
    }

    static int surname(Standardised a, Standardised b) {
        if (a.surname.isEmpty() || b.surname.isEmpty()) {
            return 0;
        }
        if (a.surname.equals(b.surname)) {
            return 1;
        }
        double jw = Text.jaroWinkler(a.surname, b.surname);
        if (jw >= 0.92 || Math.min(a.surname.length(), b.surname.length()) >= 4
                && Text.editDistance(a.surname, b.surname, 1) <= 1) {
            return 2;
        }
        if (a.surnameWords.length > 1 || b.surnameWords.length > 1) {
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
        if (a.middle.isEmpty() || b.middle.isEmpty()) {
            return 0;
        }
        return names.related(a.middle, b.middle) ? 1 : 2;
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
        int x = 10000 + a.dobMonth * 100 + a.dobDay;
        int y = 10000 + b.dobMonth * 100 + b.dobDay;
        return Text.editDistance(Integer.toString(x), Integer.toString(y), 1) <= 1;
    }

    static int postcode(Standardised a, Standardised b) {
        if (a.postcode.isEmpty() || b.postcode.isEmpty()) {
            return 0;
        }
        if (a.postcode.equals(b.postcode)) {
            return 1;
        }
        if (!a.postcodeSector.isEmpty() && !b.postcodeSector.isEmpty()) {
            if (a.postcodeSector.equals(b.postcodeSector)) {
                return 2;
            }
            return a.postcodeDistrict.equals(b.postcodeDistrict) ? 3 : 4;
        }
        // not a UK postcode (test data from elsewhere): a one-character slip counts as nearly the same
        return Text.editDistance(a.postcode, b.postcode, 1) <= 1 ? 2 : 4;
    }

    static int address(Standardised a, Standardised b) {
        if (a.address.isEmpty() || b.address.isEmpty()) {
            return 0;
        }
        if (a.address.equals(b.address)) {
            return 1;
        }
        String[] x = a.addressWords;
        String[] y = b.addressWords;
        int matched = 0;
        int words = 0;
        long used = 0;
        for (String w : x) {
            if (Character.isDigit(w.charAt(0))) {
                continue;
            }
            words++;
            for (int j = 0; j < y.length && j < 64; j++) {
                String v = y[j];
                if ((used & (1L << j)) == 0 && !Character.isDigit(v.charAt(0))
                        && (w.equals(v) || w.length() >= 4 && Text.editDistance(w, v, 1) <= 1)) {
                    used |= 1L << j;
                    matched++;
                    break;
                }
            }
        }
        int otherWords = 0;
        for (String v : y) {
            if (!Character.isDigit(v.charAt(0))) {
                otherWords++;
            }
        }
        double share = Math.max(words, otherWords) == 0 ? 1 : (double) matched / Math.max(words, otherWords);
        boolean sameNumbers = a.addressNumbers.equals(b.addressNumbers);
        boolean someNumbers = sameNumbers || sharesNumber(a.addressNumbers, b.addressNumbers);
        if (sameNumbers && share >= 0.6) {
            return 2;
        }
        if (someNumbers && share >= 0.5 || sameNumbers && !a.addressNumbers.isEmpty() && share >= 0.3) {
            return 3;
        }
        // a house number with two digits swapped or one mistyped (34 for 43) on a street otherwise written the same
        if (share >= 0.8 && !a.addressNumbers.isEmpty() && !b.addressNumbers.isEmpty()
                && Text.editDistance(a.addressNumbers, b.addressNumbers, 1) <= 1) {
            return 3;
        }
        return 4;
    }

    private static boolean sharesNumber(String x, String y) {
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        for (String n : x.split(" ")) {
            for (String m : y.split(" ")) {
                if (n.equals(m)) {
                    return true;
                }
            }
        }
        return false;
    }

    static int identifier(String a, boolean aValid, String b, boolean bValid) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.equals(b)) {
            return aValid ? 1 : 2;
        }
        return a.length() == b.length() && Text.editDistance(a, b, 1) <= 1 ? 3 : 4;
    }
}
