package org.hearth.identity.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A learnt Fellegi–Sunter model as a small text file, so that the application scores one new record against the
 * children already known with weights learnt once on a realistic set (the linker learns its own from each file it
 * links; one new child is too few to learn from). Lines: {@code prior P}, then {@code field level m u} per level
 * (field and level by number, in {@link Comparer}'s order), {@code #} comments. Plain Java.
 */
public final class ModelFile {
    private ModelFile() {
    }

    /** The model written as text: the prior used when scoring, and m and u (from random pairs) per field and level. */
    public static String write(FellegiSunter model, String comment) {
        StringBuilder b = new StringBuilder();
        for (String line : comment.split("\n")) {
            b.append("# ").append(line).append('\n');
        }
        b.append(String.format(Locale.ROOT, "prior\t%.10g%n", PairScorer.toProbability(model.priorWeight())));
        for (int f = 0; f < Comparer.FIELDS; f++) {
            for (int l = 1; l < Comparer.LEVELS[f]; l++) {
                b.append(String.format(Locale.ROOT, "%d\t%d\t%.10g\t%.10g\t# %s: %s%n", f, l, model.m(f, l),
                        model.uRandom(f, l), Comparer.FIELD_NAMES[f], Comparer.LEVEL_NAMES[f][l]));
            }
        }
        return b.toString();
    }

    /** Reads a model written by {@link #write}; a line out of shape is refused with its number. */
    public static FellegiSunter read(InputStream in) {
        double[][] m = new double[Comparer.FIELDS][];
        double[][] u = new double[Comparer.FIELDS][];
        for (int f = 0; f < Comparer.FIELDS; f++) {
            m[f] = new double[Comparer.LEVELS[f]];
            u[f] = new double[Comparer.LEVELS[f]];
            m[f][0] = 1;
            u[f][0] = 1;
        }
        double prior = Double.NaN;
        int seen = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                int hash = line.indexOf('#');
                String body = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (body.isEmpty()) {
                    continue;
                }
                String[] v = body.split("\\s+");
                try {
                    if (v[0].equals("prior") && v.length == 2) {
                        prior = Double.parseDouble(v[1]);
                    } else if (v.length == 4) {
                        int f = Integer.parseInt(v[0]);
                        int l = Integer.parseInt(v[1]);
                        m[f][l] = positive(Double.parseDouble(v[2]));
                        u[f][l] = positive(Double.parseDouble(v[3]));
                        seen++;
                    } else {
                        throw new IllegalArgumentException("identity model line " + number + " is not in shape");
                    }
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("identity model line " + number + " is not in shape", e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int levels = 0;
        for (int f = 0; f < Comparer.FIELDS; f++) {
            levels += Comparer.LEVELS[f] - 1;
        }
        if (Double.isNaN(prior) || prior <= 0 || prior >= 1 || seen != levels) {
            throw new IllegalArgumentException("identity model needs a prior between 0 and 1 and m and u for all "
                    + levels + " levels (has " + seen + ")");
        }
        return FellegiSunter.of(m, u, prior);
    }

    private static double positive(double v) {
        if (!(v > 0) || v > 1) {
            throw new IllegalArgumentException("a probability must be above 0 and at most 1");
        }
        return v;
    }
}
