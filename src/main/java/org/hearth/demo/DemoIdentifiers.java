package org.hearth.demo;

/**
 * Synthetic but well-formed identifiers: NHS numbers with a valid modulus-11 check digit and UPNs with a valid
 * check letter, so demo data passes the same identifier checks as real records.
 */
public final class DemoIdentifiers {
    /** UPN check letters: A–Z without I, O and S, indexed by the weighted sum mod 23. */
    static final String UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private DemoIdentifiers() {}

    /**
     * The NHS number for the child with this serial: distinct serials get distinct numbers (an odd stride that is
     * not a multiple of 5 walks the whole range without repeating), or null in the rare case where no prefix gives
     * a valid check digit.
     */
    public static String nhsNumberFor(long serial, long offset) {
        // Numbers issued in England start 4, 6 or 7 (the 7s only up to 708 800 001).
        long[][] ranges = {{400_000_000L, 100_000_000L}, {600_000_000L, 100_000_000L}, {700_000_000L, 8_800_000L}};
        for (long[] range : ranges) {
            long nine = range[0] + Math.floorMod(serial * 48_271L + offset, range[1]);
            String digits = Long.toString(nine);
            int check = nhsCheckDigit(digits);
            if (check >= 0 && !repeatedDigit(digits + check)) {
                return digits + check;
            }
        }
        return null;
    }

    /** A permanent UPN unique to the serial within the LA and year of allocation. */
    public static String upnFor(String laNumber, int yearAllocated, long serial, long offset) {
        String body = laNumber + String.format("%02d%07d", yearAllocated % 100, Math.floorMod(serial * 7_919L + offset, 10_000_000L));
        return upnCheckLetter(body) + body;
    }

    /** The modulus-11 check digit for the first nine digits, or -1 when no valid number has them. */
    static int nhsCheckDigit(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            return 0;
        }
        return check == 10 ? -1 : check;
    }

    public static boolean validNhsNumber(String s) {
        if (s == null || !s.matches("\\d{10}") || repeatedDigit(s)) {
            return false;
        }
        int check = nhsCheckDigit(s.substring(0, 9));
        return check >= 0 && check == s.charAt(9) - '0';
    }

    private static boolean repeatedDigit(String s) {
        return s.chars().allMatch(c -> c == s.charAt(0));
    }

    /** The check letter for UPN characters 2–13: weights 2..13, sum mod 23, into A–Z without I, O and S. */
    static char upnCheckLetter(String chars2to13) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += upnValue(chars2to13.charAt(i)) * (i + 2);
        }
        return UPN_LETTERS.charAt(sum % 23);
    }

    // A temporary UPN ends in a letter, valued by its place in the check-letter alphabet.
    private static int upnValue(char c) {
        return Character.isDigit(c) ? c - '0' : UPN_LETTERS.indexOf(c);
    }

    public static boolean validUpn(String s) {
        if (s == null || !s.matches("[A-HJ-NP-RT-Z]\\d{11}[0-9A-HJ-NP-RT-Z]")) {
            return false;
        }
        return upnCheckLetter(s.substring(1)) == s.charAt(0);
    }
}
