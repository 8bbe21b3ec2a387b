package dev.cambrian.api.formula;

/** Training compute (faraboschi2024barriers §1.3): C = c0 * P_active * T, Chinchilla T = 20 P. */
public final class Workloads {
    /** FLOP per parameter per token, forward and backward (faraboschi2024barriers §1.3, kaplan2020scaling). */
    public static final double FLOP_PER_PARAMETER_TOKEN = 6.0;
    /** Compute-optimal tokens per parameter (faraboschi2024barriers §1.3; hoffmann2022chinchilla, "Chinchilla"). */
    public static final double CHINCHILLA_TOKENS_PER_PARAMETER = 20.0;

    private Workloads() {
    }

    public static double trainingFlop(double activeParameters, double tokens) {
        return FLOP_PER_PARAMETER_TOKEN * activeParameters * tokens;
    }

    public static double tokensFor(double trainingFlop, double activeParameters) {
        return trainingFlop / (FLOP_PER_PARAMETER_TOKEN * activeParameters);
    }
}
