package org.hearth.people;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What someone typed into Find a child, read into its parts: an NHS number (ten digits, spaces allowed), a date of
 * birth as the forms take it (27 3 2015, 27/3/2015, 27-3-2015 or 2015-03-27), a UK postcode (LS6 1AA, ls61aa), an LA
 * child id (a word with a digit in it) and the words of a name.
 * Any mix may be given: "jon smith 3/4/2015" is a name and a date of birth.
 *
 * @param words      the words of a name, normalised for matching
 * @param typedNames the same words as typed, to start a new person's form with
 * @param problem    why part of the query could not be read (a date that does not exist), or null
 */
public record SearchQuery(String text, List<String> words, List<String> typedNames, LocalDate dob, String nhsNumber, String laId,
                          String problem, String postcode) {
    private static final Pattern NHS = Pattern.compile("(?<![\\d/.-])(\\d{3})\\s*(\\d{3})\\s*(\\d{4})(?![\\d/.-])");
    private static final Pattern DMY = Pattern.compile("\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}");
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** A date typed as the date inputs take it, day month year with spaces: "2 11 2013". */
    private static final Pattern SPACED = Pattern.compile("(?<![\\d/.-])(\\d{1,2})\\s+(\\d{1,2})\\s+(\\d{4})(?![\\d/.-])");
    /** A full UK postcode, with or without its space. */
    private static final Pattern POSTCODE = Pattern.compile("(?i)(?<![A-Z0-9])([A-Z]{1,2}[0-9][A-Z0-9]?)\\s*([0-9][A-Z]{2})(?![A-Z0-9])");
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    public SearchQuery {
        words = List.copyOf(words);
        typedNames = List.copyOf(typedNames);
    }

    /** A query with no postcode. */
    public SearchQuery(String text, List<String> words, List<String> typedNames, LocalDate dob, String nhsNumber,
                       String laId, String problem) {
        this(text, words, typedNames, dob, nhsNumber, laId, problem, null);
    }

    public static SearchQuery parse(String query) {
        String text = query == null ? "" : query.trim();
        String rest = text;
        // "2 11 2013", as the date inputs take it: read as one date before the words are split.
        Matcher spaced = SPACED.matcher(rest);
        if (spaced.find()) {
            rest = rest.substring(0, spaced.start()) + " " + spaced.group(1) + "/" + spaced.group(2) + "/"
                    + spaced.group(3) + " " + rest.substring(spaced.end());
        }
        String postcode = null;
        Matcher pc = POSTCODE.matcher(rest);
        if (pc.find()) {
            postcode = (pc.group(1) + " " + pc.group(2)).toUpperCase(java.util.Locale.ROOT);
            rest = rest.substring(0, pc.start()) + " " + rest.substring(pc.end());
        }
        String nhs = null;
        Matcher m = NHS.matcher(rest);
        if (m.find()) {
            nhs = m.group(1) + m.group(2) + m.group(3);
            rest = rest.substring(0, m.start()) + " " + rest.substring(m.end());
        }
        LocalDate dob = null;
        String laId = null;
        String problem = null;
        List<String> words = new ArrayList<>();
        List<String> typed = new ArrayList<>();
        for (String token : rest.split("[\\s,]+")) {
            if (token.isEmpty()) {
                continue;
            }
            if (DMY.matcher(token).matches() || ISO.matcher(token).matches()) {
                LocalDate d = date(token);
                if (d == null) {
                    problem = "'" + token.replace('/', ' ') + "' is not a real date; write a date of birth like 27 3 2015";
                } else {
                    dob = d;
                }
            } else if (token.chars().anyMatch(Character::isDigit)) {
                if (laId == null) {
                    laId = token;
                }
                // Mostly letters ("Zeb1rk"): perhaps a name typed with a slip, so matched as a name too.
                long letters = token.chars().filter(Character::isLetter).count();
                if (letters > token.length() - letters && letters >= 2) {
                    words.add(NameMatcher.normalise(token));
                    typed.add(token);
                }
            } else {
                String w = NameMatcher.normalise(token);
                if (!w.isEmpty()) {
                    words.add(w);
                    typed.add(token);
                }
            }
        }
        return new SearchQuery(text, words, typed, dob, nhs, laId, problem, postcode);
    }

    /** A search for a person about to be created: their names and date of birth, and their NHS number if known. */
    public static SearchQuery forNewPerson(List<String> names, LocalDate dob, String nhsNumber) {
        List<String> words = new ArrayList<>();
        List<String> typed = new ArrayList<>();
        for (String n : names) {
            for (String token : (n == null ? "" : n).split("[\\s-]+")) {
                String w = NameMatcher.normalise(token);
                if (!w.isEmpty()) {
                    words.add(w);
                    typed.add(token);
                }
            }
        }
        return new SearchQuery(String.join(" ", typed), words, typed, dob, nhsNumber, null, null);
    }

    public boolean isEmpty() {
        return words.isEmpty() && dob == null && nhsNumber == null && laId == null && postcode == null;
    }

    /** A single word with no spaces might be an LA child id written in letters only. */
    public String possibleLaId() {
        if (laId != null) {
            return laId;
        }
        return text.isEmpty() || text.contains(" ") || postcode != null ? null : text;
    }

    private static LocalDate date(String token) {
        try {
            return ISO.matcher(token).matches() ? LocalDate.parse(token)
                    : LocalDate.parse(token.replace('.', '/').replace('-', '/'), DAY_MONTH_YEAR);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
