package dev.cambrian.api;

/**
 * A training run to estimate. {@code trainingFlop} is always known: either stated by the source or
 * derived by the host as 6 FLOP per active parameter per token (faraboschi2024barriers §1.3).
 */
public record Workload(
        String id,
        String name,
        double totalParameters,
        double activeParameters,
        double tokens,
        double trainingFlop,
        int experts,
        Architecture architecture,
        OperationMix mix,
        String source) {

    public Workload {
        Checks.id("workload id", id);
        Checks.text("workload name", name);
        Checks.positive("totalParameters", totalParameters);
        Checks.positive("activeParameters", activeParameters);
        Checks.positive("tokens", tokens);
        Checks.positive("trainingFlop", trainingFlop);
        if (activeParameters > totalParameters) {
            throw new IllegalArgumentException("activeParameters (" + activeParameters
                    + ") must not exceed totalParameters (" + totalParameters + ")");
        }
        if (experts < 1) {
            throw new IllegalArgumentException("experts must be at least 1, got " + experts);
        }
        if (architecture == null || mix == null) {
            throw new IllegalArgumentException("architecture and operation mix are required");
        }
        Checks.text("workload source", source);
    }
}
