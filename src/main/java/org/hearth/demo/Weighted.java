package org.hearth.demo;

import java.util.SplittableRandom;

/** Codes with relative weights, drawn from a child's random source. */
final class Weighted {
    private final String[] codes;
    private final double[] weights;

    Weighted(String[] codes, double[] weights) {
        this.codes = codes;
        this.weights = weights;
    }

    String pick(SplittableRandom rnd) {
        return codes[index(weights, rnd)];
    }

    static int index(double[] weights, SplittableRandom rnd) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = rnd.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
