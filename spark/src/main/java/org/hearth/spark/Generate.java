package org.hearth.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.hearth.identity.Upn;

/**
 * Invents a large multi-agency children's data set with known truth, in the style of the shared synthetic set
 * (synth-children): households of brothers and sisters (sometimes twins) at one address, each child known to one to
 * four of the council, health, schools and the police, with the usual mess — typos, nicknames and transliteration
 * variants, a step-parent's surname, dates of birth a day out or day and month swapped, assessed 1 January birthdays,
 * old addresses, missing or mistyped identifiers, "Baby" records before birth. Names are drawn from lists plus made-up
 * surnames so that, as in a country, a name does not grow ever more common with the row count. Everyone is
 * invented; postcodes are postcode-shaped but made up; NHS numbers pass modulus 11, UPNs their check letter.
 *
 * <p>{@code Generate --rows N --out records.csv --truth truth.csv [--seed S]}. Streams: memory does not grow with N.
 */
public final class Generate {
    private static final String[][] FIRST_M = {{"Mohammed", "Muhammad", "Mohamed", "Mohammad"}, {"Oliver", "Ollie"},
            {"Thomas", "Tom", "Tommy"}, {"William", "Will", "Billy"}, {"Jack"}, {"Harry"}, {"George"}, {"Noah"},
            {"Leo"}, {"Arthur"}, {"Oscar"}, {"Alexander", "Alex"}, {"Joshua", "Josh"}, {"Daniel", "Dan", "Danny"},
            {"Ibrahim", "Ebrahim"}, {"Yusuf", "Yousef", "Yusef"}, {"Ali"}, {"Omar", "Umar"}, {"Harjeet"},
            {"Gurpreet"}, {"Kwame"}, {"Tobi", "Oluwatobi"}, {"Dawit"}, {"Abdi", "Abdirahman"}, {"Jakub", "Kuba"},
            {"Mateusz"}, {"Luca"}, {"Ethan"}, {"Samuel", "Sam"}, {"Benjamin", "Ben"}, {"Zain", "Zayn"},
            {"Riley"}, {"Kai"}, {"Reuben"}, {"Finley", "Finn"}, {"Jayden"}, {"Isaac"}, {"Hamza"}, {"Bilal"}};
    private static final String[][] FIRST_F = {{"Aisha", "Ayesha", "Aysha"}, {"Olivia", "Liv"}, {"Amelia", "Millie"},
            {"Isla"}, {"Ava"}, {"Emily", "Em"}, {"Sophia", "Sofia"}, {"Grace", "Gracie"}, {"Lily"}, {"Freya"},
            {"Fatima", "Fatimah"}, {"Maryam", "Mariam", "Maryum"}, {"Zainab", "Zaynab"}, {"Hana", "Hannah"},
            {"Jessica", "Jess"}, {"Elizabeth", "Lizzie", "Beth"}, {"Katherine", "Kate", "Katie"},
            {"Margaret", "Maggie"}, {"Rebecca", "Becky"}, {"Harpreet"}, {"Simran"}, {"Amara"}, {"Chloe"},
            {"Ella"}, {"Poppy"}, {"Ruby"}, {"Evie"}, {"Zuzanna", "Zuzia"}, {"Hiba"}, {"Layla", "Leila"},
            {"Nia"}, {"Amani"}, {"Ifeoma"}, {"Saba"}, {"Jasmine", "Yasmin"}, {"Mia"}, {"Ayla"}, {"Nadia"}};
    private static final String[] SURNAMES = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson",
            "Davies", "Patel", "Khan", "Ahmed", "Hussain", "Begum", "Ali", "Singh", "Kaur", "Mistry", "Chowdhury",
            "Okafor", "Mensah", "Nowak", "Kowalski", "Mohamed", "Abdi", "Tesfaye", "Walker", "Wright", "Evans",
            "Thomas", "Roberts", "Green", "Hall", "Wood", "Clarke", "Jackson", "Hughes", "Edwards", "Murphy"};
    private static final String[] SYLLABLES = {"ash", "ber", "cot", "dale", "den", "ell", "ford", "gar", "ham",
            "hurst", "ing", "ken", "ley", "lin", "mar", "mor", "nor", "ock", "pen", "quin", "ridge", "ston", "tan",
            "ton", "vale", "wick", "worth", "yard", "bro", "car", "dun", "fen", "grove", "holt", "kirk", "lam"};
    private static final String[] STREETS = {"Holly", "Evington", "Anstey", "Kingfisher", "Belgrave", "Narborough",
            "Hinckley", "Melton", "Uppingham", "Saffron", "Aylestone", "Braunstone", "Glenfield", "Humberstone",
            "Welford", "Loughborough", "Oadby", "Wigston", "Thurmaston", "Syston", "Birstall", "Beaumont"};
    private static final String[] STREET_TYPES = {"Street", "Road", "Close", "Avenue", "Lane", "Drive", "Way"};
    private static final String[] AREAS = {"LE", "NG", "DE", "CV", "B", "NN", "PE", "LN", "S", "M", "L", "BD", "LS",
            "E", "N", "SE", "SW", "W", "NW", "BS", "CF", "SO", "PO", "BN", "ME", "CT", "RH", "GU", "RG", "OX"};
    private static final String SOURCES_ALL = "la,health,school,police";
    private static final String UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private final SplittableRandom random;
    private final Writer records;
    private final Writer truth;
    private long recordNo;
    private long childNo;

    Generate(long seed, Writer records, Writer truth) {
        this.random = new SplittableRandom(seed);
        this.records = records;
        this.truth = truth;
    }

    public static void main(String[] args) throws IOException {
        long rows = 0;
        long seed = 21;
        Path out = null;
        Path truth = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--rows" -> rows = Long.parseLong(args[i + 1].replace("_", ""));
                case "--out" -> out = Path.of(args[i + 1]);
                case "--truth" -> truth = Path.of(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (rows <= 0 || out == null || truth == null) {
            System.err.println("usage: Generate --rows N --out records.csv --truth truth.csv [--seed S]");
            System.exit(2);
        }
        generate(rows, seed, out, truth);
    }

    public static void generate(long rows, long seed, Path out, Path truthFile) throws IOException {
        try (BufferedWriter r = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                BufferedWriter t = Files.newBufferedWriter(truthFile, StandardCharsets.UTF_8)) {
            r.write("record_id,source,first_name,middle_name,surname,dob,sex,postcode,address_line,nhs_number,upn\n");
            t.write("record_id,child_id\n");
            Generate g = new Generate(seed, r, t);
            while (g.recordNo < rows) {
                g.household(rows);
            }
        }
    }

    private record Home(String surname, String postcode, String address) {
    }

    private void household(long rows) throws IOException {
        Home home = home(surname());
        int children = 1 + (random.nextInt(10) < 6 ? random.nextInt(2) : random.nextInt(4));
        LocalDate eldest = LocalDate.of(2008, 1, 1).plusDays(random.nextInt(18 * 365));
        boolean twins = random.nextInt(100) < 4;
        for (int c = 0; c < children && recordNo < rows; c++) {
            LocalDate dob = c == 1 && twins ? eldest : eldest.plusDays(c * (300L + random.nextInt(900)));
            if (dob.isAfter(LocalDate.of(2026, 11, 30))) {
                dob = LocalDate.of(2026, 11, 30).minusDays(random.nextInt(200));
            }
            child(home, dob, rows);
        }
    }

    private void child(Home home, LocalDate dob, long rows) throws IOException {
        long child = ++childNo;
        boolean male = random.nextBoolean();
        String[] names = pick(male ? FIRST_M : FIRST_F);
        String middle = random.nextInt(10) < 4 ? pick(pick(male ? FIRST_M : FIRST_F)) : "";
        String nhs = nhs(child);
        String upn = dob.getYear() <= 2022 ? upn(child) : "";
        boolean assessed = random.nextInt(200) == 0; // asylum-seeking child: assessed age, 1 January birthday
        Home moved = random.nextInt(10) == 0 ? home(home.surname()) : home;
        String[] sources = SOURCES_ALL.split(",");
        int count = 1 + random.nextInt(4);
        int first = random.nextInt(4);
        if (random.nextInt(100) == 0 && recordNo < rows) { // a pre-birth record by the council
            write(child, "la", random.nextBoolean() ? "Baby" : "Unborn", "", home.surname(),
                    dob.plusDays(random.nextInt(15) - 7), "U", home.postcode(), home.address(), "", "");
        }
        for (int k = 0; k < count && recordNo < rows; k++) {
            String source = sources[(first + k) % 4];
            String given = names[0];
            if (names.length > 1 && random.nextInt(100) < (source.equals("school") ? 40 : 12)) {
                given = names[1 + random.nextInt(names.length - 1)];
            }
            given = typo(given, source.equals("police") ? 8 : 3);
            String surname = home.surname();
            if (random.nextInt(100) < 5) {
                surname = random.nextBoolean() ? surname() : surname + "-" + surname();
            }
            surname = typo(surname, source.equals("police") ? 8 : 3);
            LocalDate d = assessed && !source.equals("health") ? LocalDate.of(dob.getYear(), 1, 1) : dob;
            int e = random.nextInt(100);
            if (e < 2) {
                d = d.plusDays(random.nextBoolean() ? 1 : -1);
            } else if (e < 3 && d.getDayOfMonth() <= 12) {
                d = LocalDate.of(d.getYear(), d.getDayOfMonth(), d.getMonthValue());
            } else if (e < 4) {
                d = d.plusYears(random.nextBoolean() ? 1 : -1);
            }
            Home where = random.nextInt(100) < 10 ? moved : home;
            String postcode = random.nextInt(100) < 8 ? "" : where.postcode();
            String nhsOut = source.equals("police") || random.nextInt(100) < 15 ? "" : mistype(nhs);
            String upnOut = source.equals("school") || source.equals("la") && random.nextBoolean() ? upn : "";
            boolean swapped = random.nextInt(200) == 0;
            write(child, source, swapped ? surname : given, random.nextInt(100) < 30 ? "" : middle,
                    swapped ? given : surname, random.nextInt(100) < 2 ? null : d,
                    random.nextInt(100) < 5 ? "" : male ? "M" : "F", postcode,
                    random.nextInt(100) < 5 ? "" : where.address(), nhsOut, upnOut);
        }
    }

    private void write(long child, String source, String first, String middle, String surname, LocalDate dob,
            String sex, String postcode, String address, String nhs, String upn) throws IOException {
        String id = "r" + ++recordNo;
        records.write(id + "," + source + "," + first + "," + middle + "," + surname + ","
                + (dob == null ? "" : dob.toString()) + "," + sex + "," + postcode + ",\"" + address + "\"," + nhs
                + "," + upn + "\n");
        truth.write(id + ",c" + child + "\n");
    }

    private Home home(String surname) {
        String area = AREAS[random.nextInt(AREAS.length)];
        String postcode = area + (1 + random.nextInt(30)) + " " + random.nextInt(10)
                + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
        String address = (random.nextInt(5) == 0 ? "Flat " + (1 + random.nextInt(40)) + ", " : "")
                + (1 + random.nextInt(200)) + " " + STREETS[random.nextInt(STREETS.length)] + " "
                + STREET_TYPES[random.nextInt(STREET_TYPES.length)];
        return new Home(surname, postcode, address);
    }

    private String surname() {
        if (random.nextInt(100) < 30) {
            return SURNAMES[random.nextInt(SURNAMES.length)];
        }
        String s = SYLLABLES[random.nextInt(SYLLABLES.length)] + SYLLABLES[random.nextInt(SYLLABLES.length)]
                + (random.nextBoolean() ? SYLLABLES[random.nextInt(SYLLABLES.length)] : "");
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private String[] pick(String[][] from) {
        return from[random.nextInt(from.length)];
    }

    private String pick(String[] from) {
        return from[random.nextInt(from.length)];
    }

    /** With the given chance in 100: one letter dropped, doubled or two swapped. */
    private String typo(String s, int percent) {
        if (s.length() < 4 || random.nextInt(100) >= percent) {
            return s;
        }
        int i = 1 + random.nextInt(s.length() - 2);
        return switch (random.nextInt(3)) {
            case 0 -> s.substring(0, i) + s.substring(i + 1);
            case 1 -> s.substring(0, i) + s.charAt(i) + s.substring(i);
            default -> s.substring(0, i) + s.charAt(i + 1) + s.charAt(i) + s.substring(i + 2);
        };
    }

    /** A valid modulus-11 NHS number unique to the child (skipping bases whose check digit would be 10). */
    static String nhs(long child) {
        long base = 400_000_000L + child * 3;
        while (true) {
            String digits = Long.toString(base);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (digits.charAt(i) - '0') * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                return digits + check;
            }
            base++;
        }
    }

    /** Now and then one digit wrong, as keyed by hand (then it usually fails its check: evidence, not truth). */
    private String mistype(String nhs) {
        if (random.nextInt(100) >= 2) {
            return nhs;
        }
        int i = random.nextInt(10);
        return nhs.substring(0, i) + (char) ('0' + (nhs.charAt(i) - '0' + 1) % 10) + nhs.substring(i + 1);
    }

    /** A UPN with a valid check letter: the letter is the one the matcher's own check accepts. */
    static String upn(long child) {
        String body = Long.toString(800_000_000_000L + child % 100_000_000_000L);
        for (char c : UPN_LETTERS.toCharArray()) {
            if (Upn.validate(c + body).valid()) {
                return c + body;
            }
        }
        return "";
    }
}
