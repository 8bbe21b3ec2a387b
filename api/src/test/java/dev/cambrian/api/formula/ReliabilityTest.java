package dev.cambrian.api.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ReliabilityTest {
    private static double binomialCoefficient(int n, int k) {
        double c = 1;
        for (int i = 0; i < k; i++) {
            c = c * (n - i) / (i + 1);
        }
        return c;
    }

    @Test
    void kOfNStoppingShareKeepsItsDigitsWhenTiny() {
        // 100 groups, K = 5: with each group down a fraction p, the share is P(Binomial(99, p) >= 5), about
        // 7e-23 for p = 1e-6: 1 - P(below 5) would give 0. Terms past k = 10 are below 1e-50 of it.
        double p = 1e-6;
        double lambda = p * 100 / 2; // p = lambda / N x TTR with TTR = 2 h
        double expected = 0;
        for (int k = 5; k <= 10; k++) {
            expected += binomialCoefficient(99, k) * Math.pow(p, k) * Math.pow(1 - p, 99 - k);
        }
        double share = Reliability.stoppingShareWithTolerance(lambda, 100, 5, 2);
        assertThat(expected).isBetween(7e-23, 8e-23);
        assertThat(share / expected).isCloseTo(1, within(1e-12));
    }

    @Test
    void kOfNStoppingShareAtTheEdges() {
        assertThat(Reliability.stoppingShareWithTolerance(1.0, 100, 0, 2)).isEqualTo(1);
        assertThat(Reliability.stoppingShareWithTolerance(0, 100, 5, 2)).isZero();
        assertThat(Reliability.stoppingShareWithTolerance(1e9, 100, 5, 2)).isEqualTo(1);
        assertThat(Reliability.stoppingShareWithTolerance(1.0, 3, 5, 2)).isZero();
        // K = 1: P(X >= 1) = 1 - (1 - p)^99 for p = 0.02
        assertThat(Reliability.stoppingShareWithTolerance(1.0, 100, 1, 2)).isCloseTo(1 - Math.pow(0.98, 99), within(1e-12));
        // Where the tail is large both sides agree: p = 0.05, K = 5 around the median of Binomial(99, 0.05)
        double lambda = 0.05 * 100 / 2;
        double below = 0;
        for (int k = 0; k < 5; k++) {
            below += binomialCoefficient(99, k) * Math.pow(0.05, k) * Math.pow(0.95, 99 - k);
        }
        assertThat(Reliability.stoppingShareWithTolerance(lambda, 100, 5, 2)).isCloseTo(1 - below, within(1e-12));
    }
}
