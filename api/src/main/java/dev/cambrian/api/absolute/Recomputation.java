package dev.cambrian.api.absolute;

/**
 * How much of each layer's activations a plan keeps for the backward pass (korthikanti2022activation,
 * 'Reducing Activation Recomputation in Large Transformer Models', sections 4-5, with sequence
 * parallelism): bytes per layer per micro-batch of s tokens, b sequences, hidden h, a heads on t
 * tensor-parallel devices, and the extra compute recomputing costs.
 */
public enum Recomputation {
    /** Everything kept: s b h (34 + 5 a s / h) / t. */
    NONE("none", 1.0),
    /** Attention's softmax and dropout recomputed: 34 s b h / t; about 3% more compute (ibid., Table 4: 2.7-4%). */
    SELECTIVE("selective", 1.03),
    /** Only each layer's input kept: 2 s b h / t; one more forward pass, 8 instead of 6 FLOP per parameter-token. */
    FULL("full", 8.0 / 6.0);

    private final String id;
    private final double computeFactor;

    Recomputation(String id, double computeFactor) {
        this.id = id;
        this.computeFactor = computeFactor;
    }

    public String id() {
        return id;
    }

    /** Compute relative to no recomputation. */
    public double computeFactor() {
        return computeFactor;
    }

    /** Activation bytes one layer keeps for one micro-batch. */
    public double bytesPerLayer(double s, double b, double h, double a, double t) {
        return switch (this) {
            case NONE -> s * b * h * (34 + 5 * a * s / h) / t;
            case SELECTIVE -> 34 * s * b * h / t;
            case FULL -> 2 * s * b * h / t;
        };
    }
}
