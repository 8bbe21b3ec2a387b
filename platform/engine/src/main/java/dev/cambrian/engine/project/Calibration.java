package dev.cambrian.engine.project;

/**
 * Fits the one free constant, the price per FLOP in the base year, to one anchor: the cloud cost of
 * one year under one scenario. Cost is proportional to that price, so a single division does it.
 */
public final class Calibration {
    private Calibration() {
    }

    public static double usdPerFlopInBaseYear(ProjectionScenario s, ProjectionAssumptions a, int year, double cloudCostUsd) {
        ProjectionYear atOneDollar = Projector.project(s, a.withUsdPerFlopInBaseYear(1), year, year).years().get(0);
        return cloudCostUsd / atOneDollar.cloudCostUsd();
    }
}
