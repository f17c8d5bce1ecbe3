package org.hearth.identity.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.hearth.identity.NhsNumber;
import org.hearth.identity.Upn;

/**
 * Invents a multi-agency set of children's records with ground truth, of the kind of the shared synthetic set
 * ({@code reference/identity/synth-children}, described in its README): households of brothers and sisters (some
 * twins) known to the council, health, schools and the police; Somali and Eritrean siblings sharing the father's name
 * as middle name and the grandfather's as surname; Sikh girls Kaur and boys Singh; preferred names at school; police
 * records without identifiers and with more errors; typos, nicknames, transliteration variants, a step-parent's or
 * mother's surname, hyphenated surnames, first name and surname swapped, dates of birth a day or a year out or day and
 * month swapped, assessed 1 January birthdays of asylum-seeking children, old or placement addresses, missing and
 * mistyped identifiers, a sibling's NHS number, "Baby"/"Unborn" records made before birth. Everyone is invented; NHS
 * numbers are valid modulus-11 numbers in the 999 test range, UPNs carry a valid check letter. Postcodes are a given
 * list's (the shared set's real Leicester postcodes) or made up in their sectors; without a list, made up in their
 * shape.
 *
 * <p>Deterministic for a seed: the same seed and size give the same files, so a benchmark can make its set on the fly
 * rather than the repository carrying it. The name lists are this class's own, not the matcher's, so the matcher
 * does not meet only the variants it knows.
 */
public final class SyntheticChildren {
    private static final LocalDate OLDEST = LocalDate.of(2007, 1, 1);
    private static final LocalDate NEWEST = LocalDate.of(2026, 11, 30);
    private static final String UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    /** A culture's given names (each row: the name, then its spellings and nicknames) and surnames. */
    private record Culture(String name, int weight, String[][] boys, String[][] girls, String[] surnames) {
    }

    private static final Culture[] CULTURES = {
        new Culture("english", 52, rows("Oliver|Ollie,Olly;George|Georgie;Harry|Harrison,Haz;Jack|Jackson;"
                + "Thomas|Tom,Tommy;William|Will,Billy,Liam;Charlie|Charles;James|Jamie,Jim;Joshua|Josh;"
                + "Alexander|Alex,Alfie;Daniel|Dan,Danny;Samuel|Sam,Sammy;Benjamin|Ben,Benji;Riley|Rylee;"
                + "Jayden|Jaden,Jaiden;Kai|Kye;Leo|Leon;Oscar|Ozzy;Arthur|Art;Finley|Finn,Finlay;Mason|Mase;"
                + "Tyler|Ty;Lewis|Louis;Kayden|Caden;Reuben|Ruben;Jacob|Jake;Ethan|Eathan;Logan|Logun;Max|Maxwell;"
                + "Brandon|Bran;Jenson|Jensen;Jaxon|Jackson,Jax;Lucas|Luke;Dylan|Dillon;Callum|Cal;Connor|Conor;"
                + "Nathan|Nate;Ryan|Rian;Henry|Harry,Hal;Freddie|Frederick,Fred;Archie|Archibald;Toby|Tobias"),
                rows("Olivia|Liv,Livvy;Amelia|Millie,Amy;Isla|Isla;Ava|Eva;Emily|Em,Emmy;Sophia|Sofia,Sophie;"
                + "Grace|Gracie;Lily|Lilly,Lillie;Freya|Freja;Jessica|Jess,Jessie;Elizabeth|Lizzie,Beth,Eliza;"
                + "Katherine|Kate,Katie,Kathryn;Margaret|Maggie,Meg;Rebecca|Becky,Becca;Chloe|Cloe;Ella|Ellie;"
                + "Poppy|Poppie;Ruby|Rubie;Evie|Evelyn,Eve;Daisy|Daisie;Lola|Lolah;Thea|Theodora;Julia|Jules;"
                + "Brooke|Brook;Lucy|Lucie;Sienna|Siena;Megan|Meg,Meghan;Charlotte|Lottie,Charlie;"
                + "Abigail|Abbie,Abby;Phoebe|Pheobe;Scarlett|Scarlet;Isabella|Bella,Izzy;Hannah|Hana;"
                + "Matilda|Tilly,Tilda;Harriet|Hattie;Victoria|Tori,Vicky;Jasmine|Jas,Yasmin;Summer|Sumer"),
                words("Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker "
                + "White Roberts Green Hall Wood Jackson Clarke Hughes Edwards Harris Lewis Martin Cooper King "
                + "Baker Turner Hill Ward Morris Moore Clark Lee Harrison Allen Young Mitchell Phillips Bell Carter "
                + "Parker Knight Bird Finch Preston Gibson Briggs Sinclair Newton Bradley Godfrey Willis Campbell "
                + "Murphy Kelly Watson Chapman Marshall Owen Barker Palmer Holmes Mills Dixon Hunt Fisher Grant "
                + "Stevens Ellis Reid Lloyd Kennedy Foster Webb Simpson Rose Butler Fox Hayes Gray Shaw Russell")),
        new Culture("muslim-asian", 12, rows("Mohammed|Muhammad,Mohamed,Mohammad,Mo;Ibrahim|Ebrahim;"
                + "Yusuf|Yousef,Yusef,Joseph;Ali|Aly;Omar|Umar;Hamza|Hamzah;Bilal|Belal;Zain|Zayn,Zane;"
                + "Ismail|Ismael;Ayaan|Ayan;Rayyan|Rayan;Hassan|Hasan;Hussain|Hussein,Husain;Abdullah|Abdalla;"
                + "Idris|Idrees;Zakariya|Zakaria,Zak;Musa|Moosa;Adam|Adem;Arham|Arhum;Saad|Sad"),
                rows("Aisha|Ayesha,Aysha,Ayeesha;Fatima|Fatimah,Fatma;Maryam|Mariam,Maryum;Zainab|Zaynab;"
                + "Hafsa|Hafsah;Khadija|Khadijah;Amina|Aminah;Safiya|Safia;Inaya|Inaaya;Zara|Zahra,Zarah;"
                + "Hiba|Heba;Sana|Sanaa;Eman|Iman;Anaya|Anaaya;Layla|Leila,Laila;Noor|Nur;Maha|Mahaa;Ruqayyah|Ruqaya"),
                words("Khan Ahmed Hussain Begum Ali Patel Chowdhury Rahman Miah Akhtar Iqbal Shah Mahmood Javed "
                + "Hassan Malik Bibi Raza Qureshi Siddiqui Anwar Aslam Rashid Sultani Karim Uddin Islam Haque")),
        new Culture("sikh", 5, rows("Harjeet|Harjit;Gurpreet|Gurprit;Jaskaran|Jaskarn;Arjun|Arjan;Manveer|Manvir;"
                + "Harvinder|Harvi;Amarjit|Amarjeet;Ranveer|Ranvir;Jasdeep|Jasdip;Karanveer|Karan"),
                rows("Harpreet|Harprit;Simran|Simren;Jasleen|Jaslin;Navneet|Navnit;Amrit|Amreet;Manpreet|Manprit;"
                + "Gurleen|Gurlin;Kiran|Keeran;Parminder|Pam;Rajveer|Rajvir"),
                words("Gill Sandhu Dhillon Sidhu Bains Johal Grewal Virdi Sohal Atwal Bhamra Kang")),
        new Culture("hindu", 7, rows("Aarav|Arav;Vihaan|Vihan;Krish|Krishna;Dev|Devan;Rohan|Rohun;Arjun|Arjan;"
                + "Yash|Yasch;Neel|Nil;Kiaan|Kian;Ishaan|Ishan"),
                rows("Priya|Pria;Ananya|Anaya;Diya|Dia;Isha|Eesha;Kavya|Kavia;Riya|Ria;Anika|Annika;Meera|Mira;"
                + "Saanvi|Sanvi;Tara|Taara"),
                words("Patel Mistry Shah Parmar Chauhan Solanki Lad Mehta Joshi Desai Pandya Modi Thakkar Vaghela")),
        new Culture("somali", 5, rows("Abdi|Abdirahman,Abdiraxmaan;Mohamed|Mohammed,Maxamed;Ahmed|Axmed,Ahmad;"
                + "Hassan|Xasan;Omar|Cumar;Yusuf|Yuusuf;Ibrahim|Ibraahim;Mustafa|Mustafe;Abdullahi|Cabdulaahi;"
                + "Liban|Libaan"),
                rows("Hodan|Hoodan;Amina|Aamina;Fadumo|Faadumo,Fatuma;Sahra|Sahro,Zahra;Hibo|Hiba;Ayaan|Ayan;"
                + "Ifrah|Ifra;Nasra|Nasro;Ilhan|Ilhaan;Hawa|Xaawo"),
                words("Abdi Ali Mohamed Hassan Ahmed Omar Farah Warsame Jama Nur Osman Ismail Abdullahi Yusuf")),
        new Culture("eritrean", 2, rows("Dawit|Dawitt;Yonas|Jonas;Samuel|Samiel;Filmon|Philemon;Robel|Robiel;"
                + "Natnael|Nathanael;Yohannes|Johannes;Bereket|Bereket"),
                rows("Selam|Salam;Helen|Helena;Senait|Senayt;Luwam|Luam;Meron|Merron;Feven|Fiyori;Yordanos|Jordanos;"
                + "Saba|Sabah"),
                words("Tesfaye Gebremariam Haile Tekle Kidane Berhe Woldu Asmerom Ghebre Mehari")),
        new Culture("polish-romanian", 7, rows("Jakub|Kuba;Mateusz|Matt;Szymon|Simon;Filip|Philip;"
                + "Lukasz|\u0141ukasz,Luke;Andrei|Andrey;Ionut|Ionu\u021b;Stefan|\u0218tefan;Piotr|Peter;"
                + "Kacper|Casper;Wojciech|Wojtek;Bartosz|Bartek"),
                rows("Zuzanna|Zuzia,Susanna;Julia|Julka;Maja|Maya;Zofia|Zosia,Sofia;Alicja|Alicia;"
                + "Ioana|Ioanna;Andreea|Andrea;Wiktoria|Victoria;Natalia|Nati;Oliwia|Olivia"),
                words("Nowak Kowalski Wi\u015bniewski W\u00f3jcik Kowalczyk Kami\u0144ski Lewandowski Duda Markiewicz "
                + "Popescu Ionescu Popa Stan Dumitru Zieli\u0144ski Szyma\u0144ski")),
        new Culture("west-african", 6, rows("Oluwatobi|Tobi,Tobiloba;Kwame|Kwamé;Chidi|Chidiebere;Emeka|Chukwuemeka;"
                + "Tunde|Babatunde;Kofi|Coffie;Praise|Preyz;Juwon|Ajuwon;David|Dave;Samuel|Sammy;Daniel|Danny;"
                + "Femi|Olufemi"),
                rows("Ifeoma|Ify;Amara|Amarachi;Chioma|Chi;Adaeze|Ada;Blessing|Bless;Favour|Favor;Esther|Ester;"
                + "Tolu|Toluwani;Abena|Abenaa;Precious|Presh;Ruth|Ruthie;Deborah|Debbie"),
                words("Okafor Mensah Adeyemi Okonkwo Asante Boateng Owusu Adebayo Okoro Agyare Asenso Olukotun "
                + "Eze Nwosu Oyelaran Danso")),
        new Culture("chinese", 2, rows("Zi Xuan|Zixuan;Hao Ran|Haoran;Yu Xuan|Yuxuan;Jun|Jun;Wei|Way"),
                rows("Xin Yi|Xinyi;Yu Tong|Yutong;Zi Han|Zihan;Mei|May;Li Na|Lina"),
                words("Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Lin Xu"))};

    private static final String[] MIDDLES_M = words("James John Thomas Alexander Henry David Michael Lee Ali "
            + "Ahmed Robert Joseph Edward Leo Jay Oliver Lewis Daniel");
    private static final String[] MIDDLES_F = words("Rose Grace Louise Mae May Jane Elizabeth Anne Marie Lily "
            + "Hope Faith Amelia Isabelle Jade Leigh Victoria Nicole");
    private static final String[] SYLLABLES = words("ash ber cot dale den ell ford gar ham hurst ing ken ley lin "
            + "mar mor nor ock pen quin ridge ston tan ton vale wick worth bro car dun fen holt kirk lam ros well");
    private static final String[] STREETS = words("Holly Evington Anstey Kingfisher Belgrave Narborough Hinckley "
            + "Melton Uppingham Saffron Aylestone Braunstone Glenfield Humberstone Welford Oadby Wigston Thurmaston "
            + "Syston Birstall Beaumont Victoria Station Willow Rowan Beech Elm Oak Manor Church Mill Park Green "
            + "Springfield Clarendon Knighton Tennyson Milton Wycliffe Stuart Grange High Cedar Ash Chestnut");
    private static final String[][] STREET_TYPES = {{"Street", "St"}, {"Road", "Rd"}, {"Close", "Cl"},
        {"Avenue", "Ave"}, {"Lane", "Ln"}, {"Drive", "Dr"}, {"Way", "Way"}, {"Court", "Ct"}, {"Gardens", "Gdns"},
        {"Terrace", "Tce"}, {"Place", "Pl"}, {"Crescent", "Cres"}};
    private static final String[] SOURCES = {"la", "health", "school", "police"};
    /** Chance in 1,000 of each source for a record (the shared set: 32% council, 35% health, 27% school, 6%). */
    private static final int[] SOURCE_WEIGHTS = {325, 350, 265, 60};

    private final SplittableRandom random;
    private final List<String> postcodes;
    private final List<String[]> rows = new ArrayList<>();
    private final Set<String> usedNhs = new java.util.HashSet<>();
    private int childNo;

    private SyntheticChildren(long seed, List<String> postcodes) {
        this.random = new SplittableRandom(seed);
        this.postcodes = postcodes;
    }

    /**
     * Writes {@code records} records (about 2.6 per child) and their truth ({@code record_id,child_id}). Postcodes are
     * drawn from {@code postcodes} when it is not empty.
     */
    public static void generate(int records, long seed, List<String> postcodes, Path recordsFile, Path truthFile)
            throws IOException {
        SyntheticChildren g = new SyntheticChildren(seed, postcodes);
        while (g.rows.size() < records) {
            g.household();
        }
        List<String[]> all = new ArrayList<>(g.rows.subList(0, records));
        for (int i = all.size() - 1; i > 0; i--) { // records in no telling order, as a real extract
            int j = g.random.nextInt(i + 1);
            String[] t = all.get(i);
            all.set(i, all.get(j));
            all.set(j, t);
        }
        try (BufferedWriter r = Files.newBufferedWriter(recordsFile, StandardCharsets.UTF_8);
                BufferedWriter t = Files.newBufferedWriter(truthFile, StandardCharsets.UTF_8)) {
            r.write("record_id,source,first_name,middle_name,surname,dob,sex,postcode,address_line,nhs_number,upn\n");
            t.write("record_id,child_id\n");
            for (int i = 0; i < all.size(); i++) {
                String id = String.format(Locale.ROOT, "r%07d", i + 1);
                String[] v = all.get(i);
                r.write(id);
                for (int k = 1; k < v.length; k++) {
                    r.write(',');
                    r.write(csv(v[k]));
                }
                r.write('\n');
                t.write(id + "," + v[0] + "\n");
            }
        }
    }

    /** The distinct postcodes of a link-format file (column 8), in first-seen order; empty if it has none. */
    public static List<String> postcodesOf(Path linkFile) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        for (String line : Files.readAllLines(linkFile, StandardCharsets.UTF_8)) {
            String[] v = line.split(",", -1);
            if (v.length > 7 && v[7].matches("[A-Z]{1,2}[0-9][0-9A-Z]? [0-9][A-Z]{2}")) {
                out.add(v[7]);
            }
        }
        return new ArrayList<>(out);
    }

    private record Home(String postcode, String address) {
    }

    private record Family(Culture culture, String surname, String fatherName, String grandfatherName, Home home) {
    }

    private void household() {
        Culture culture = culture();
        String surname = pick(culture.surnames(), 25);
        Family family = new Family(culture, surname, pick(culture.boys())[0], pick(culture.boys())[0], home());
        int children = 1 + (random.nextInt(10) < 5 ? random.nextInt(2) : random.nextInt(4));
        LocalDate eldest = OLDEST.plusDays(random.nextInt((int) (NEWEST.toEpochDay() - OLDEST.toEpochDay())));
        boolean twins = random.nextInt(100) < 4;
        String eldestNhs = null;
        for (int c = 0; c < children; c++) {
            LocalDate dob = c == 1 && twins ? eldest : eldest.plusDays(c * (300L + random.nextInt(1100)));
            if (dob.isAfter(NEWEST)) {
                dob = NEWEST.minusDays(random.nextInt(300));
            }
            String nhs = child(family, dob, eldestNhs);
            if (eldestNhs == null) {
                eldestNhs = nhs;
            }
        }
    }

    /** One child's records; returns the child's NHS number (a sibling's may turn up on a later child's record). */
    private String child(Family f, LocalDate dob, String siblingNhs) {
        String child = String.format(Locale.ROOT, "c%06d", ++childNo);
        boolean male = random.nextBoolean();
        String[] given = pick(male ? f.culture().boys() : f.culture().girls());
        String middle = "";
        String surname = f.surname();
        switch (f.culture().name()) {
            case "somali", "eritrean" -> { // father's name as middle name, grandfather's as surname: siblings share both
                middle = f.fatherName();
                surname = f.grandfatherName();
            }
            case "sikh" -> {
                middle = random.nextInt(3) == 0 ? pick(f.culture().boys())[0] : "";
                if (random.nextInt(10) < 6) {
                    surname = male ? "Singh" : "Kaur";
                }
            }
            default -> {
                if (random.nextInt(100) < 45) {
                    middle = pick(male ? MIDDLES_M : MIDDLES_F);
                    if (random.nextInt(10) == 0) {
                        middle += " " + pick(male ? MIDDLES_M : MIDDLES_F);
                    }
                }
            }
        }
        String nhs = nhs();
        String upn = dob.getYear() <= 2022 ? upn() : "";
        boolean asylum = dob.getYear() <= 2012 && random.nextInt(100) < 2; // assessed age, 1 January birthday
        Home old = random.nextInt(100) < 12 ? home() : null; // an old or placement address on some records
        String otherSurname = random.nextInt(100) < 6 ? pick(pick(CULTURES).surnames(), 25) : null;
        boolean born = !dob.isAfter(NEWEST.minusDays(20));
        if (random.nextInt(100) < 3 && dob.getYear() >= 2024) { // the council's pre-birth record
            rows.add(new String[] {child, "la", random.nextBoolean() ? "Baby" : "Unborn", "", surname,
                dob.plusDays(random.nextInt(29) - 14).toString(), "U", postcode(f.home()), f.home().address(), "", ""});
        }
        if (!born) {
            return nhs;
        }
        int count = recordCount();
        for (int k = 0; k < count; k++) {
            String source = source();
            boolean police = source.equals("police");
            int errors = police ? 3 : 1; // police records carry more mistakes
            String first = given[0];
            if (given.length > 1 && random.nextInt(100) < (source.equals("school") ? 35 : 8)) {
                first = given[1 + random.nextInt(given.length - 1)]; // preferred name, nickname or other spelling
            }
            first = typo(first, 3 * errors);
            String mid = middle.isEmpty() || random.nextInt(100) < (police ? 60 : 25) ? ""
                    : police && random.nextBoolean() ? middle.substring(0, 1) : middle;
            String sur = surname;
            if (otherSurname != null && random.nextInt(100) < 50) {
                sur = random.nextInt(3) == 0 ? surname + "-" + otherSurname : otherSurname; // step-family, mother's
            }
            sur = typo(sur, 3 * errors);
            LocalDate d = asylum && !source.equals("health") ? LocalDate.of(dob.getYear() + random.nextInt(3) - 1, 1, 1)
                    : dob;
            int e = random.nextInt(1000);
            if (e < 20 * errors) {
                d = d.plusDays(random.nextBoolean() ? 1 : -1);
            } else if (e < 30 * errors && d.getDayOfMonth() <= 12 && d.getDayOfMonth() != d.getMonthValue()) {
                d = LocalDate.of(d.getYear(), d.getDayOfMonth(), d.getMonthValue());
            } else if (e < 38 * errors) {
                d = d.plusYears(random.nextBoolean() ? 1 : -1);
            }
            String dobOut = random.nextInt(1000) < (police ? 58 : 3) ? "" : d.toString();
            Home home = old != null && random.nextInt(100) < 40 ? old : f.home();
            String postcode = random.nextInt(1000) < new int[] {65, 32, 68, 224}[index(source)] ? "" : postcode(home);
            String address = random.nextInt(1000) < new int[] {39, 19, 39, 149}[index(source)] ? ""
                    : address(home.address(), source);
            String nhsOut = "";
            if (source.equals("health") && random.nextInt(100) >= 5 || source.equals("la") && random.nextInt(100) < 61) {
                nhsOut = siblingNhs != null && random.nextInt(200) == 0 ? siblingNhs : mistype(nhs);
            }
            String upnOut = source.equals("school") && random.nextInt(100) >= 5
                    || source.equals("la") && random.nextInt(100) < 45 ? upn : "";
            String sex = source.equals("health") && random.nextInt(100) < 4 ? "U" : male ? "M" : "F";
            boolean swapped = random.nextInt(1000) < 5;
            String[] row = {child, source, swapped ? sur : first, mid, swapped ? first : sur, dobOut, sex, postcode,
                address, nhsOut, upnOut};
            if (source.equals("health") || police) { // upper-case surnames (or everything) as those systems keep them
                int c = random.nextInt(10);
                for (int i = 2; i <= 8 && c < 5; i++) {
                    if (i == 4 || c < 2 && i != 5 && i != 6 && i != 7) {
                        row[i] = row[i].toUpperCase(Locale.ROOT);
                    }
                }
            }
            rows.add(row);
        }
        return nhs;
    }

    /** 1–7 records, mostly 2–3 (the shared set: 9% one, 36% two, 41% three, 11% four, 3% more). */
    private int recordCount() {
        int r = random.nextInt(100);
        return r < 9 ? 1 : r < 45 ? 2 : r < 86 ? 3 : r < 97 ? 4 : r < 99 ? 5 : 6;
    }

    private String source() {
        int r = random.nextInt(1000);
        for (int i = 0; i < SOURCES.length; i++) {
            r -= SOURCE_WEIGHTS[i];
            if (r < 0) {
                return SOURCES[i];
            }
        }
        return "la";
    }

    private static int index(String source) {
        return switch (source) {
            case "la" -> 0;
            case "health" -> 1;
            case "school" -> 2;
            default -> 3;
        };
    }

    private Culture culture() {
        int total = 0;
        for (Culture c : CULTURES) {
            total += c.weight();
        }
        int r = random.nextInt(total);
        for (Culture c : CULTURES) {
            r -= c.weight();
            if (r < 0) {
                return c;
            }
        }
        return CULTURES[0];
    }

    /** A surname from the list, or now and then (percent) an invented one, so names do not all grow common. */
    private String pick(String[] surnames, int inventedPercent) {
        if (random.nextInt(100) < inventedPercent) {
            String s = pick(SYLLABLES) + pick(SYLLABLES) + (random.nextBoolean() ? pick(SYLLABLES) : "");
            return Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
        return pick(surnames);
    }

    private Home home() {
        String postcode;
        if (!postcodes.isEmpty()) {
            // a real postcode now and then, else one of the same sector (a sector holds a few hundred units), so that
            // homes spread as they would across a city rather than crowding the list's few thousand units
            String real = postcodes.get(random.nextInt(postcodes.size()));
            postcode = random.nextInt(4) == 0 ? real : real.substring(0, real.length() - 2)
                    + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
        } else {
            postcode = "LE" + (1 + random.nextInt(19)) + " " + random.nextInt(10) + (char) ('A' + random.nextInt(26))
                    + (char) ('A' + random.nextInt(26));
        }
        String[] type = pick(STREET_TYPES);
        String address = (random.nextInt(5) == 0 ? "Flat " + (1 + random.nextInt(30)) + ", " : "")
                + (1 + random.nextInt(200)) + " " + pick(STREETS) + " " + type[0];
        return new Home(postcode, address);
    }

    /** As a system keeps it: now and then without its space or in lower case, rarely an O keyed for a 0. */
    private String postcode(Home home) {
        String p = home.postcode();
        int r = random.nextInt(100);
        if (r < 10) {
            p = p.replace(" ", "");
        } else if (r < 13) {
            p = p.toLowerCase(Locale.ROOT);
        } else if (r < 14) {
            p = p.replace('0', 'O').replace('5', 'S');
        }
        return p;
    }

    /** Street types abbreviated by some systems, a house number mistyped now and then. */
    private String address(String address, String source) {
        String a = address;
        if (random.nextInt(100) < (source.equals("health") ? 35 : 15)) {
            for (String[] t : STREET_TYPES) {
                if (a.endsWith(" " + t[0])) {
                    a = a.substring(0, a.length() - t[0].length()) + t[1];
                }
            }
        }
        if (random.nextInt(100) < 2) {
            a = a.replaceFirst("(\\d)(\\d)", "$2$1");
        }
        return a;
    }

    /** With the given chance in 100: a letter dropped, doubled, swapped with the next, or keyed wrong. */
    private String typo(String s, int percent) {
        if (s.length() < 4 || random.nextInt(100) >= percent) {
            return s;
        }
        int i = 1 + random.nextInt(s.length() - 2);
        return switch (random.nextInt(4)) {
            case 0 -> s.substring(0, i) + s.substring(i + 1);
            case 1 -> s.substring(0, i) + s.charAt(i) + s.substring(i);
            case 2 -> s.substring(0, i) + s.charAt(i + 1) + s.charAt(i) + s.substring(i + 2);
            default -> s.substring(0, i) + (char) ('a' + random.nextInt(26)) + s.substring(i + 1);
        };
    }

    /** A valid NHS number in the 999 test range, unique in the set. */
    private String nhs() {
        while (true) {
            String n = "999" + String.format(Locale.ROOT, "%07d", random.nextInt(10_000_000));
            if (NhsNumber.validate(n).valid() && usedNhs.add(n)) {
                return n;
            }
            // about one in eleven bases has no check digit: draw again
            String base = n.substring(0, 9);
            for (char c = '0'; c <= '9'; c++) {
                String m = base + c;
                if (NhsNumber.validate(m).valid() && usedNhs.add(m)) {
                    return m;
                }
            }
        }
    }

    /** 2% keyed with one digit wrong (which then usually fails its check: evidence, not truth). */
    private String mistype(String nhs) {
        if (random.nextInt(100) >= 2) {
            return nhs;
        }
        int i = random.nextInt(10);
        return nhs.substring(0, i) + (char) ('0' + (nhs.charAt(i) - '0' + 1 + random.nextInt(8)) % 10)
                + nhs.substring(i + 1);
    }

    /** A UPN of the council 856 with a valid check letter. */
    private String upn() {
        String body = "856" + String.format(Locale.ROOT, "%04d", random.nextInt(10_000))
                + String.format(Locale.ROOT, "%05d", random.nextInt(100_000));
        for (char c : UPN_LETTERS.toCharArray()) {
            if (Upn.validate(c + body).valid()) {
                return c + body;
            }
        }
        return "";
    }

    private <T> T pick(T[] from) {
        return from[random.nextInt(from.length)];
    }

    private static String csv(String s) {
        return s.indexOf(',') >= 0 || s.indexOf('"') >= 0 ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    private static String[] words(String s) {
        return s.split(" ");
    }

    /** "Name|variant,variant;Name|..." → one row per name: the name, then its other forms. */
    private static String[][] rows(String s) {
        String[] groups = s.split(";");
        String[][] out = new String[groups.length][];
        for (int i = 0; i < groups.length; i++) {
            String[] parts = groups[i].split("\\|");
            List<String> row = new ArrayList<>();
            row.add(parts[0]);
            if (parts.length > 1) {
                for (String v : parts[1].split(",")) {
                    if (!v.equals(parts[0])) {
                        row.add(v);
                    }
                }
            }
            out[i] = row.toArray(new String[0]);
        }
        return out;
    }
}
