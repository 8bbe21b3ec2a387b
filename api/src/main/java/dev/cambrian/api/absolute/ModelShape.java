package dev.cambrian.api.absolute;

import dev.cambrian.api.Workload;

/**
 * The transformer a workload implies, first order: 12 x layers x hidden^2 parameters per token path
 * (attention 4h^2 + MLP 8h^2; narayanan2021megatron, section 3.1), a fixed hidden-to-layers aspect
 * ratio and head size. For a mixture of experts, the attention third of the active parameters is
 * shared by every token and the rest of the total parameters are experts.
 *
 * @param sharedParameters parameters every device in a tensor x pipeline group holds (dense: all of them)
 * @param expertParameters parameters that expert parallelism shards (dense: none)
 */
public record ModelShape(double hidden, double layers, double heads, double sharedParameters, double expertParameters) {

    /** Attention's share of a layer's parameters: 4h^2 of 12h^2. */
    static final double ATTENTION_SHARE = 4.0 / 12.0;

    public static ModelShape of(Workload w, double aspectRatio, double headDimension) {
        double hidden = Math.cbrt(w.activeParameters() * aspectRatio / 12);
        double layers = Math.max(1, Math.round(hidden / aspectRatio));
        double heads = Math.max(1, Math.round(hidden / headDimension));
        boolean moe = w.totalParameters() > w.activeParameters();
        double shared = moe ? w.activeParameters() * ATTENTION_SHARE : w.totalParameters();
        return new ModelShape(hidden, layers, heads, shared, w.totalParameters() - shared);
    }

    public boolean moe() {
        return expertParameters > 0;
    }
}
