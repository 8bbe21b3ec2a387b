package dev.cambrian.engine.project;

/**
 * One year of a projection: the frontier model's size, its MoE experts, the FLOP to train it, the price
 * per FLOP in force (after any backend's cost factor) and what the run costs in the cloud and in GPUs.
 */
public record ProjectionYear(int year, double parameters, double experts, double trainingFlop, double usdPerFlop,
        double cloudCostUsd, double gpuCostUsd) {
}
