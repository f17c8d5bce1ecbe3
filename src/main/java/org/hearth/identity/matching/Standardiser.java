package org.hearth.identity.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hearth.identity.NhsNumber;
import org.hearth.identity.Upn;

/** Turns an {@link InputRecord} into a {@link Standardised} one. Stateless and thread-safe. */
public final class Standardiser {
    private static final String[] EMPTY = new String[0];
    /** First names a record carries before the child is born or named. */
    private static final java.util.Set<String> PRE_BIRTH = java.util.Set.of("baby", "unborn", "babyof", "infant",
            "newborn", "baby boy", "baby girl", "baby of", "unborn baby", "unborn child", "male baby", "female baby",
            "twin", "twin 1", "twin 2", "twin a", "twin b", "baby 1", "baby 2");
    /** Street-type abbreviations as people write them, to their full word. */
    private static final Map<String, String> STREET_WORDS = Map.ofEntries(Map.entry("rd", "road"),
            Map.entry("st", "street"), Map.entry("str", "street"), Map.entry("ave", "avenue"), Map.entry("av", "avenue"),
            Map.entry("cl", "close"), Map.entry("pl", "place"), Map.entry("dr", "drive"), Map.entry("drv", "drive"),
            Map.entry("ln", "lane"), Map.entry("cres", "crescent"), Map.entry("cresc", "crescent"),
            Map.entry("ct", "court"), Map.entry("crt", "court"), Map.entry("gdns", "gardens"),
            Map.entry("gdn", "garden"), Map.entry("sq", "square"), Map.entry("tce", "terrace"),
            Map.entry("terr", "terrace"), Map.entry("ter", "terrace"), Map.entry("gr", "grove"),
            Map.entry("gro", "grove"), Map.entry("wk", "walk"), Map.entry("pde", "parade"), Map.entry("hse", "house"),
            Map.entry("apt", "flat"), Map.entry("apartment", "flat"), Map.entry("cir", "circuit"),
            Map.entry("cct", "circuit"), Map.entry("hwy", "highway"), Map.entry("mt", "mount"));

    private final NameVariants names;

    public Standardiser(NameVariants names) {
        this.names = names;
    }

    public Standardiser() {
        this(NameVariants.standard());
    }

    public NameVariants names() {
        return names;
    }

    public Standardised standardise(int index, InputRecord r) {
        return standardise(index, r, null);
    }

    /**
     * As {@link #standardise(int, InputRecord)}, with every text the comparisons look at taken from {@code pool} (when
     * not null), so that equal texts across records are one String: the same record, fewer objects.
     */
    Standardised standardise(int index, InputRecord r, Pool pool) {
        String firstFolded = Text.fold(r.firstName());
        boolean baby = PRE_BIRTH.contains(firstFolded)
                || firstFolded.startsWith("baby ") && !firstFolded.equals("baby") // "Baby Chowdhury"
                || firstFolded.startsWith("unborn ");
        String[] firstWords = baby ? EMPTY : words(firstFolded);
        String[] middleWords = words(Text.fold(r.middleName()));
        String[] given;
        if (middleWords.length == 0) {
            given = firstWords; // never changed by anyone: one array for both
        } else {
            given = new String[firstWords.length + middleWords.length];
            System.arraycopy(firstWords, 0, given, 0, firstWords.length);
            System.arraycopy(middleWords, 0, given, firstWords.length, middleWords.length);
        }
        String[] surnameWords = words(Text.fold(r.surname()));

        int dob = Standardised.NO_DATE;
        int y = 0;
        int m = 0;
        int d = 0;
        String dobText = r.dob() == null ? "" : r.dob().strip();
        if (!dobText.isEmpty()) {
            LocalDate date = isoDate(dobText);
            dob = (int) date.toEpochDay();
            y = date.getYear();
            m = date.getMonthValue();
            d = date.getDayOfMonth();
        }
        char sex = sex(r.sex());

        String postcode = alnumUpper(r.postcode());
        String district = "";
        String sector = "";
        if (isUkPostcode(postcode)) {
            district = postcode.substring(0, postcode.length() - 3);
            sector = postcode.substring(0, postcode.length() - 2);
        }
        Address address = address(r.addressLine());
        String[] addressWords = address.words();
        String numbers = "";
        StringBuilder more = null;
        for (String w : addressWords) {
            if (Character.isDigit(w.charAt(0))) {
                if (numbers.isEmpty()) {
                    numbers = w; // most addresses have one number: that word itself
                } else {
                    if (more == null) {
                        more = new StringBuilder(numbers);
                    }
                    more.append(' ').append(w);
                }
            }
        }
        if (more != null) {
            numbers = more.toString();
        }
        String nhs = digits(r.nhsNumber());
        boolean nhsValid = nhs.length() == 10 && NhsNumber.isValidDigits(nhs);
        String upn = alnumUpper(r.upn());
        boolean upnValid = upn.length() == 13 && Upn.isValidNormalised(upn);
        String source = r.source() == null ? "" : r.source().strip();
        String addressText = address.text();
        if (pool != null) {
            // words first: a one-word name or address is its word, so the joined text below is the pooled word too
            pool.of(firstWords);
            if (given != firstWords) {
                pool.of(given);
            }
            pool.of(surnameWords);
            pool.of(addressWords);
            // not the whole address, NHS number or UPN: nearly every one is a child's own, found in its few records,
            // and looking each up costs more than it saves
            postcode = pool.of(postcode);
            district = pool.of(district);
            sector = pool.of(sector);
            numbers = pool.of(numbers);
        }
        String first = joined(firstWords, "");
        String surname = joined(surnameWords, "");
        if (pool != null) {
            first = pool.of(first);
            surname = pool.of(surname);
        }
        return new Standardised(index, r.recordId(), source, first, firstWords.length > 0 ? firstWords[0] : "",
                middleWords.length > 0 ? (pool != null ? pool.of(middleWords[0]) : middleWords[0]) : "", given, baby,
                surname, surnameWords, dob, y, m, d, sex, postcode, district, sector, addressText, addressWords,
                numbers, nhs, nhsValid, upn, upnValid, names);
    }

    /** The words joined, the one word itself when there is one (no copy). */
    private static String joined(String[] words, String by) {
        return words.length == 0 ? "" : words.length == 1 ? words[0] : String.join(by, words);
    }


    /**
     * {@link LocalDate#parse} of an ISO date, the common form {@code YYYY-MM-DD} read directly (the formatter costs
     * more than the rest of a record's standardising); anything else, or a date that is not real, goes to
     * {@code LocalDate.parse}, which reads it or refuses it as before.
     */
    static LocalDate isoDate(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int y = digits(text, 0, 4);
            int m = digits(text, 5, 7);
            int d = digits(text, 8, 10);
            if (y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= 28) {
                return LocalDate.of(y, m, d);
            }
            if (y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= java.time.YearMonth.of(y, m).lengthOfMonth()) {
                return LocalDate.of(y, m, d);
            }
        }
        return LocalDate.parse(text);
    }

    /**
     * Whether text already in the form {@code YYYY-MM-DD} (digits where digits belong) is a date that exists: what
     * {@link #isoDate} would read rather than refuse, without making the date.
     */
    static boolean isRealIsoDate(String text) {
        int y = digits(text, 0, 4);
        int m = digits(text, 5, 7);
        int d = digits(text, 8, 10);
        if (y < 0 || m < 1 || m > 12 || d < 1) {
            return false;
        }
        return d <= 28 || d <= java.time.YearMonth.of(y, m).lengthOfMonth();
    }

    /** The number written by ASCII digits from..to, or -1 if any is not a digit. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    public List<Standardised> standardiseAll(List<InputRecord> records) {
        List<Standardised> out = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            out.add(standardise(i, records.get(i)));
        }
        return out;
    }

    static String[] words(String folded) {
        return folded.isEmpty() ? EMPTY : folded.indexOf(' ') < 0 ? new String[] {folded} : folded.split(" ");
    }

    static char sex(String s) {
        if (s == null) {
            return 0;
        }
        String t = s.strip().toUpperCase(java.util.Locale.ROOT);
        return switch (t) {
            case "M", "MALE", "1", "BOY" -> 'M';
            case "F", "FEMALE", "2", "GIRL" -> 'F';
            default -> 0;
        };
    }

    /** "le2 9px" → "LE29PX". */
    static String alnumUpper(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        int same = 0;
        while (same < s.length() && (s.charAt(same) >= 'A' && s.charAt(same) <= 'Z'
                || s.charAt(same) >= '0' && s.charAt(same) <= '9')) {
            same++;
        }
        if (same == s.length()) {
            return s; // already upper-case letters and digits only
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                b.append((char) (c - 32));
            } else if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                b.append(c);
            }
        }
        return b.toString();
    }

    static String digits(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        int same = 0;
        while (same < s.length() && s.charAt(same) >= '0' && s.charAt(same) <= '9') {
            same++;
        }
        if (same == s.length()) {
            return s; // digits only already
        }
        StringBuilder b = new StringBuilder(10);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A UK postcode without spaces: outward code of 2–4 characters starting with a letter, inward digit+2 letters. */
    static boolean isUkPostcode(String p) {
        int n = p.length();
        if (n < 5 || n > 7) {
            return false;
        }
        return Character.isLetter(p.charAt(0)) && Character.isDigit(p.charAt(n - 3))
                && Character.isLetter(p.charAt(n - 2)) && Character.isLetter(p.charAt(n - 1));
    }

    /**
     * The address line as words: folded, numbers split from letters ("146Holly" → "146 holly"), street-type
     * abbreviations spelt out, "flat" kept so flat and house numbers stay in order.
     */
    static String[] addressWords(String line) {
        return address(line).words();
    }

    /** An address line's words ({@link #addressWords}) and the same joined by single spaces. */
    private record Address(String[] words, String text) {
    }

    private static final Address NO_ADDRESS = new Address(EMPTY, "");

    private static Address address(String line) {
        String folded = Text.fold(line);
        if (folded.isEmpty()) {
            return NO_ADDRESS;
        }
        StringBuilder b = new StringBuilder(folded.length() + 4);
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (i > 0) {
                char p = folded.charAt(i - 1);
                boolean boundary = Character.isDigit(c) && Character.isLetter(p)
                        || Character.isLetter(c) && Character.isDigit(p) && !ordinalOrSuffix(folded, i);
                if (boundary) {
                    b.append(' ');
                }
            }
            b.append(c);
        }
        String spaced = b.length() == folded.length() ? folded : b.toString();
        String[] ws = words(spaced);
        boolean spelt = false;
        for (int i = 0; i < ws.length; i++) {
            String full = STREET_WORDS.get(ws[i]);
            if (full != null) {
                ws[i] = full;
                spelt = true;
            }
        }
        // the words of a folded line are split by single spaces, so joined again they are the line itself
        return new Address(ws, spelt ? String.join(" ", ws) : spaced);
    }

    /** "12a" keeps its letter, "146holly" does not: a single letter after digits is a house-number suffix. */
    private static boolean ordinalOrSuffix(String s, int i) {
        return i + 1 >= s.length() || s.charAt(i + 1) == ' ';
    }
}
