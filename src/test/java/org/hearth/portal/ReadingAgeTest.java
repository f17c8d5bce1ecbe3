package org.hearth.portal;

import org.hearth.portal.space.SayWhatIThink;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The child's own space reads at a nine-year-old's level: the Flesch–Kincaid grade of the words a child reads (the
 * text of the /me templates, the questions and choices, and what the pages say back) is at most US grade 4 (UK Year 5,
 * age 9–10). Each text node (a heading, a label, a sentence) counts as a sentence; syllables by vowel groups.
 */
class ReadingAgeTest {
    static final double MAX_GRADE = 4.0;
    /** The worker's page is for the worker; errors.html holds only expressions. */
    static final List<String> NOT_FOR_THE_CHILD = List.of("worker.html");

    @Test
    void shouldReadAtANineYearOldsLevelOnEveryPageOfTheChildsSpace() throws IOException {
        List<String> report = new ArrayList<>();
        List<String> everything = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/templates/portal"))) {
            for (Path f : files.sorted().toList()) {
                if (NOT_FOR_THE_CHILD.contains(f.getFileName().toString())) {
                    continue;
                }
                List<String> units = units(Files.readString(f));
                everything.addAll(units);
                double grade = grade(units);
                report.add(f.getFileName() + " " + String.format(Locale.UK, "%.1f", grade));
                assertThat(grade).as(f.getFileName() + " reads at grade " + grade + ": " + units)
                        .isLessThanOrEqualTo(MAX_GRADE + 1.5); // a single short page may vary a little
            }
        }
        List<String> said = new ArrayList<>();
        for (SayWhatIThink.Occasion o : SayWhatIThink.Occasion.values()) {
            said.add(o.label());
            said.addAll(o.questions().values());
            said.add(o.wordsQuestion());
        }
        said.addAll(SayWhatIThink.TAKING_PART.values());
        said.addAll(SayWhatIThink.FACES);
        everything.addAll(said);
        assertThat(grade(said)).as("the questions and choices").isLessThanOrEqualTo(MAX_GRADE);
        System.out.println("Reading grades (Flesch-Kincaid): " + report + ", whole space " + String.format(Locale.UK, "%.1f", grade(everything)));
        assertThat(grade(everything)).as("the whole space: " + report).isLessThanOrEqualTo(MAX_GRADE);
    }

    @Test
    void shouldScoreHardTextAboveTheLimitSoTheCheckCanFail() {
        assertThat(grade(List.of("The independent reviewing officer considered the appropriateness of the "
                + "placement arrangements and the sufficiency of contact provision."))).isGreaterThan(MAX_GRADE);
        assertThat(grade(List.of("I like my dog. He is fun."))).isLessThan(MAX_GRADE);
    }

    /** The text a template shows: text between tags, without Thymeleaf expressions, scripts or comments. */
    static List<String> units(String html) {
        String t = html.replaceAll("(?s)<!--.*?-->", " ").replaceAll("(?s)<script.*?</script>", " ")
                .replaceAll("(?s)<head>.*?</head>", " ");
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(">([^<>]+)<").matcher(t);
        while (m.find()) {
            String s = m.group(1).replaceAll("\\$\\{[^}]*}", " ").replaceAll("&[a-z]+;", " ").strip();
            if (s.chars().anyMatch(Character::isLetter)) {
                out.add(s);
            }
        }
        // th:text literals such as 'Hi ' or 'Thank you. Your worker will see it.'
        Matcher lit = Pattern.compile("th:text=\"[^\"]*\"").matcher(t);
        while (lit.find()) {
            Matcher q = Pattern.compile("'([^']{3,})'").matcher(lit.group());
            while (q.find()) {
                if (q.group(1).chars().anyMatch(Character::isLetter) && !q.group(1).startsWith("/")) {
                    out.add(q.group(1));
                }
            }
        }
        return out;
    }

    static double grade(List<String> units) {
        int sentences = 0;
        int words = 0;
        int syllables = 0;
        for (String u : units) {
            String[] parts = u.split("[.!?]+");
            for (String s : parts) {
                String[] ws = s.strip().split("[^A-Za-z0-9']+");
                int n = 0;
                for (String w : ws) {
                    if (w.chars().anyMatch(Character::isLetterOrDigit)) {
                        n++;
                        syllables += syllables(w);
                    }
                }
                if (n > 0) {
                    sentences++;
                    words += n;
                }
            }
        }
        if (words == 0) {
            return 0;
        }
        return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
    }

    static int syllables(String word) {
        String w = word.toLowerCase(Locale.UK).replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            return 1; // a number
        }
        if (w.length() <= 3) {
            return 1;
        }
        w = w.replaceAll("(?:[^laeiouy]es|ed|[^laeiouy]e)$", "").replaceAll("^y", "");
        Matcher m = Pattern.compile("[aeiouy]{1,2}").matcher(w);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return Math.max(1, n);
    }
}
