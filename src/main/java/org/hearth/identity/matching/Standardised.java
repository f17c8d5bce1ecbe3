package org.hearth.identity.matching;

/**
 * A record in the form the comparisons need: names folded and split, the date of birth as a day number, the
 * postcode split into district and sector, the address as normalised words, identifiers as bare characters with
 * whether they pass their check. Built by {@link Standardiser}; immutable.
 */
public final class Standardised {
    /** Marks a missing date of birth. */
    public static final int NO_DATE = Integer.MIN_VALUE;

    final int index;
    final String recordId;
    final String source;
    /** First given name's words joined ("zi xuan" → "zixuan"); empty when missing or a pre-birth placeholder. */
    final String first;
    /** The first word of the first given name. */
    final String firstWord;
    /** First middle name word, or empty. */
    final String middle;
    /** Every given-name word (first and middle names). */
    final String[] givenWords;
    /** A "Baby"/"Unborn" record made before birth: no real first name, a due date rather than a birth date. */
    final boolean baby;
    final String surname;
    final String[] surnameWords;
    final int dob;
    final int dobYear;
    final int dobMonth;
    final int dobDay;
    /** 'M', 'F' or 0 when unknown. */
    final char sex;
    final String postcode;
    final String postcodeDistrict;
    final String postcodeSector;
    final String address;
    final String[] addressWords;
    /** The address's numbers (house, flat) in order, joined by spaces; empty when none. */
    final String addressNumbers;
    final String nhs;
    final boolean nhsValid;
    final String upn;
    final boolean upnValid;

    // Worked out once here rather than in every comparison (the comparisons are the linking's hot loop).
    /** The name lists the groups below come from; the comparer uses them only when they are its own lists. */
    final transient NameVariants names;
    /** Variant and nickname groups ({@link NameVariants#groupsOf}) of first, firstWord, middle, surname. */
    final int[] firstGroups;
    final int[] firstWordGroups;
    final int[] middleGroups;
    final int[] surnameGroups;
    /** The groups of each of {@link #givenWords}. */
    final int[][] givenGroups;
    /** The address words that are not numbers, in order. */
    final String[] streetWords;
    /** How many of {@link #streetWords} stand among the address's first 64 words. */
    final int streetWordsIn64;
    /** {@link #addressNumbers} as separate numbers. */
    final String[] numberWords;
    /** The characters in {@link #first} and {@link #surname} as sets ({@link Text#charSet}). */
    final long firstChars;
    final long surnameChars;
    /**
     * The hash codes and lengths of the fields every comparison looks at first, kept in the record itself: a pair's
     * second record is usually not in the processor's cache, and reading these needs no visit to each String and its
     * characters. Different hashes mean different texts; equal ones are confirmed with {@code equals}.
     */
    final int firstHash;
    final int firstWordHash;
    final int surnameHash;
    final int middleHash;
    final int postcodeHash;
    final int sectorHash;
    final int addressHash;
    final int nhsHash;
    final int upnHash;
    final int firstLength;
    final int surnameLength;
    final int middleLength;
    final int postcodeLength;
    final int sectorLength;
    final int addressLength;
    final int nhsLength;
    final int upnLength;
    /**
     * The name groups above in one int each ({@link #groupSummary}): most names are in no group or one, so most
     * comparisons of groups need not visit the arrays.
     */
    final int firstGroup;
    final int firstWordGroup;
    final int middleGroup;
    final int surnameGroup;
    /** The first four characters of {@link #first} and {@link #surname}, 16 bits each ({@link Text#prefix4}). */
    final long firstPrefix;
    final long surnamePrefix;
    /** Whether {@link #givenWords} holds a word other than {@link #firstWord} (a middle name, a second first name). */
    final boolean otherGiven;
    /** {@code surnameWords.length}. */
    final int surnameWordCount;
    final int districtHash;
    final int addressNumbersHash;
    /** Each of {@link #streetWords} as its hash code (high 32 bits) and length (low 32 bits). */
    final long[] streetKeys;
    /** The characters of {@link #nhs} and {@link #upn} as sets ({@link Text#charSet}). */
    final long nhsChars;
    final long upnChars;

    Standardised(int index, String recordId, String source, String first, String firstWord, String middle,
            String[] givenWords, boolean baby, String surname, String[] surnameWords, int dob, int dobYear,
            int dobMonth, int dobDay, char sex, String postcode, String postcodeDistrict, String postcodeSector,
            String address, String[] addressWords, String addressNumbers, String nhs, boolean nhsValid, String upn,
            boolean upnValid) {
        this(index, recordId, source, first, firstWord, middle, givenWords, baby, surname, surnameWords, dob, dobYear,
                dobMonth, dobDay, sex, postcode, postcodeDistrict, postcodeSector, address, addressWords,
                addressNumbers, nhs, nhsValid, upn, upnValid, NameVariants.standard());
    }

    Standardised(int index, String recordId, String source, String first, String firstWord, String middle,
            String[] givenWords, boolean baby, String surname, String[] surnameWords, int dob, int dobYear,
            int dobMonth, int dobDay, char sex, String postcode, String postcodeDistrict, String postcodeSector,
            String address, String[] addressWords, String addressNumbers, String nhs, boolean nhsValid, String upn,
            boolean upnValid, NameVariants names) {
        this.index = index;
        this.recordId = recordId;
        this.source = source;
        this.first = first;
        this.firstWord = firstWord;
        this.middle = middle;
        this.givenWords = givenWords;
        this.baby = baby;
        this.surname = surname;
        this.surnameWords = surnameWords;
        this.dob = dob;
        this.dobYear = dobYear;
        this.dobMonth = dobMonth;
        this.dobDay = dobDay;
        this.sex = sex;
        this.postcode = postcode;
        this.postcodeDistrict = postcodeDistrict;
        this.postcodeSector = postcodeSector;
        this.address = address;
        this.addressWords = addressWords;
        this.addressNumbers = addressNumbers;
        this.nhs = nhs;
        this.nhsValid = nhsValid;
        this.upn = upn;
        this.upnValid = upnValid;
        this.names = names;
        this.firstGroups = names.groupsOf(first);
        this.firstWordGroups = names.groupsOf(firstWord);
        this.middleGroups = names.groupsOf(middle);
        this.surnameGroups = names.groupsOf(surname);
        this.givenGroups = new int[givenWords.length][];
        for (int i = 0; i < givenWords.length; i++) {
            givenGroups[i] = names.groupsOf(givenWords[i]);
        }
        int street = 0;
        int in64 = 0;
        for (int i = 0; i < addressWords.length; i++) {
            if (!Character.isDigit(addressWords[i].charAt(0))) {
                street++;
                in64 += i < 64 ? 1 : 0;
            }
        }
        this.streetWords = new String[street];
        for (int i = 0, k = 0; i < addressWords.length; i++) {
            if (!Character.isDigit(addressWords[i].charAt(0))) {
                streetWords[k++] = addressWords[i];
            }
        }
        this.streetWordsIn64 = in64;
        this.numberWords = addressNumbers.isEmpty() ? new String[0] : addressNumbers.split(" ");
        this.firstChars = Text.charSet(first);
        this.surnameChars = Text.charSet(surname);
        this.firstHash = first.hashCode();
        this.firstWordHash = firstWord.hashCode();
        this.surnameHash = surname.hashCode();
        this.middleHash = middle.hashCode();
        this.postcodeHash = postcode.hashCode();
        this.sectorHash = postcodeSector.hashCode();
        this.addressHash = address.hashCode();
        this.nhsHash = nhs.hashCode();
        this.upnHash = upn.hashCode();
        this.firstLength = first.length();
        this.surnameLength = surname.length();
        this.middleLength = middle.length();
        this.postcodeLength = postcode.length();
        this.sectorLength = postcodeSector.length();
        this.addressLength = address.length();
        this.nhsLength = nhs.length();
        this.upnLength = upn.length();
        this.firstGroup = groupSummary(firstGroups);
        this.firstWordGroup = groupSummary(firstWordGroups);
        this.middleGroup = groupSummary(middleGroups);
        this.surnameGroup = groupSummary(surnameGroups);
        this.firstPrefix = Text.prefix4(first);
        this.surnamePrefix = Text.prefix4(surname);
        boolean other = false;
        for (String w : givenWords) {
            other |= !w.equals(firstWord);
        }
        this.otherGiven = other;
        this.surnameWordCount = surnameWords.length;
        this.districtHash = postcodeDistrict.hashCode();
        this.addressNumbersHash = addressNumbers.hashCode();
        this.streetKeys = new long[streetWords.length];
        for (int i = 0; i < streetWords.length; i++) {
            streetKeys[i] = (long) streetWords[i].hashCode() << 32 | streetWords[i].length();
        }
        this.nhsChars = Text.charSet(nhs);
        this.upnChars = Text.charSet(upn);
    }

    /** No group: -1; one group: its id; more: -2 (then the array tells). */
    static int groupSummary(int[] groups) {
        return groups.length == 0 ? -1 : groups.length == 1 ? groups[0] : -2;
    }

    /** {@link NameVariants#intersects} of two names' groups, from their summaries where they tell. */
    static boolean groupsMeet(int xGroup, int[] xGroups, int yGroup, int[] yGroups) {
        if (xGroup == -1 || yGroup == -1) {
            return false;
        }
        return xGroup >= 0 && yGroup >= 0 ? xGroup == yGroup : NameVariants.intersects(xGroups, yGroups);
    }

    public String recordId() {
        return recordId;
    }

    public String first() {
        return first;
    }

    public String surname() {
        return surname;
    }

    public boolean baby() {
        return baby;
    }

    public int dob() {
        return dob;
    }

    public String postcode() {
        return postcode;
    }

    public String postcodeSector() {
        return postcodeSector;
    }

    public String postcodeDistrict() {
        return postcodeDistrict;
    }

    public String address() {
        return address;
    }

    public String addressNumbers() {
        return addressNumbers;
    }

    public String nhs() {
        return nhs;
    }

    public boolean nhsValid() {
        return nhsValid;
    }

    public String upn() {
        return upn;
    }

    public String middle() {
        return middle;
    }

    public char sex() {
        return sex;
    }
}
