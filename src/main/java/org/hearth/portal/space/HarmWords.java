package org.hearth.portal.space;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether what a child wrote may suggest harm (hurt, kill myself, hit me…), from a word list kept as data
 * ({@code portal/harm-words.txt}). A phrase matches whole words in any case, whatever spacing or punctuation lies
 * between them ("Hit   me!" matches "hit me"; "white meat" does not). Plain Java: no Spring, no database.
 */
public final class HarmWords {
    private final List<String[]> phrases;

    public HarmWords(List<String> phrases) {
        List<String[]> out = new ArrayList<>();
        for (String p : phrases) {
            String[] words = words(p);
            if (words.length > 0) {
                out.add(words);
            }
        }
        this.phrases = List.copyOf(out);
    }

    /** The list Hearth ships ({@code portal/harm-words.txt} on the classpath). */
    public static HarmWords standard() {
        try (InputStream in = HarmWords.class.getResourceAsStream("/portal/harm-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("portal/harm-words.txt is missing");
            }
            List<String> lines = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    line = line.strip();
                    if (!line.isEmpty() && !line.startsWith("#")) {
                        lines.add(line);
                    }
                }
            }
            return new HarmWords(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first phrase of the list found in the text, if any. */
    public Optional<String> found(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String[] words = words(text);
        for (String[] phrase : phrases) {
            for (int i = 0; i + phrase.length <= words.length; i++) {
                boolean all = true;
                for (int k = 0; k < phrase.length && all; k++) {
                    all = words[i + k].equals(phrase[k]);
                }
                if (all) {
                    return Optional.of(String.join(" ", phrase));
                }
            }
        }
        return Optional.empty();
    }

    public boolean suggestsHarm(String text) {
        return found(text).isPresent();
    }

    /** Lower-case words: letters and digits; apostrophes dropped ("don't" is "dont"), everything else separates. */
    static String[] words(String text) {
        String t = text.toLowerCase(Locale.UK).replace("'", "").replace("\u2019", "");
        return java.util.Arrays.stream(t.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toArray(String[]::new);
    }
}
