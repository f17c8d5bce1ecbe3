package org.hearth.demo;

import java.util.random.RandomGenerator;

/**
 * Synthetic but well-formed identifiers: NHS numbers with a valid modulus-11 check digit and UPNs with a valid
 * check letter, so demo data passes the same identifier checks as real records.
 */
public final class DemoIdentifiers {
    /** UPN check letters: A–Z without I, O and S, indexed by the weighted sum mod 23. */
    static final String UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private DemoIdentifiers() {}

    /** A random valid NHS number (first digit 4 or 6, as numbers issued in England start). */
    public static String nhsNumber(RandomGenerator rnd) {
        while (true) {
            char[] d = new char[10];
            d[0] = rnd.nextBoolean() ? '4' : '6';
            for (int i = 1; i < 9; i++) {
                d[i] = (char) ('0' + rnd.nextInt(10));
            }
            int check = nhsCheckDigit(new String(d, 0, 9));
            if (check < 0) {
                continue; // a remainder giving 10 is never issued
            }
            d[9] = (char) ('0' + check);
            String number = new String(d);
            if (!repeatedDigit(number)) {
                return number;
            }
        }
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

    /**
     * A random permanent UPN: check letter, a three-digit LA number, two-digit year of allocation, seven digits.
     */
    public static String upn(RandomGenerator rnd, String laNumber, int yearAllocated) {
        StringBuilder body = new StringBuilder(12).append(laNumber).append(String.format("%02d", yearAllocated % 100));
        while (body.length() < 12) {
            body.append((char) ('0' + rnd.nextInt(10)));
        }
        return upnCheckLetter(body.toString()) + body.toString();
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
