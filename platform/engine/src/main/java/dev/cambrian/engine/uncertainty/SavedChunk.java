package dev.cambrian.engine.uncertainty;

/**
 * One backend's figures for one chunk of samples, as a shard computed them ({@code uncertainty --shard}):
 * time, energy and cost per sample (NaN where no valid answer), how many had none and why the first
 * had none; or the failure that stopped the backend; or neither when the chunk was skipped after a
 * failure elsewhere in the shard. A merge puts them back where the single run would have computed them.
 */
public record SavedChunk(String backendId, int chunk, double[] seconds, double[] joules, double[] usd, int infeasible,
                         String firstReasonOrNull, String failureOrNull, boolean skipped) {
}
