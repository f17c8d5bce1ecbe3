package org.hearth.identity.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which given names are the same name written differently (Mohammed/Muhammad, Aisha/Ayesha) or a nickname of each
 * other (Harry/Harrison), from the two data files beside this class. Each line is a group; a name may be in several.
 */
public final class NameVariants {
    private static final int[] NONE = new int[0];
    private static volatile NameVariants standard;

    private final Map<String, int[]> groups = new HashMap<>();
    private final List<String> canonical = new ArrayList<>();

    private final int spellingGroups;

    NameVariants(List<String> spellings, List<String> nicknames) {
        addGroups(spellings);
        spellingGroups = canonical.size();
        addGroups(nicknames);
    }

    private void addGroups(List<String> lines) {
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int id = canonical.size();
            String[] names = trimmed.split(",");
            canonical.add(Text.fold(names[0]));
            for (String raw : names) {
                String name = Text.fold(raw);
                if (name.isEmpty()) {
                    continue;
                }
                int[] old = groups.getOrDefault(name, NONE);
                if (old.length > 0 && old[old.length - 1] == id) {
                    continue;
                }
                int[] now = Arrays.copyOf(old, old.length + 1);
                now[old.length] = id;
                groups.put(name, now);
            }
        }
    }

    /** The variants and nicknames shipped with Hearth. */
    public static NameVariants standard() {
        NameVariants s = standard;
        if (s == null) {
            synchronized (NameVariants.class) {
                if (standard == null) {
                    standard = new NameVariants(read("name-variants.txt"), read("nicknames.txt"));
                }
                s = standard;
            }
        }
        return s;
    }

    private static List<String> read(String resource) {
        try (InputStream in = NameVariants.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing name list " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The groups a folded name belongs to (sorted ids), empty when it is in none. */
    public int[] groupsOf(String folded) {
        return groups.getOrDefault(folded, NONE);
    }

    /** Whether two folded names are variants or nicknames of one another (or the same). */
    public boolean related(String a, String b) {
        return a.equals(b) || intersects(groupsOf(a), groupsOf(b));
    }

    static boolean intersects(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                return true;
            }
            if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    /** A key that spelling variants share (the first group's canonical spelling), for blocking. */
    public String canonical(String folded) {
        int[] g = groupsOf(folded);
        // only spelling groups, which come first in the file order, give a key: nicknames would merge too much
        return g.length > 0 && g[0] < spellingGroups ? canonical.get(g[0]) : folded;
    }
}
