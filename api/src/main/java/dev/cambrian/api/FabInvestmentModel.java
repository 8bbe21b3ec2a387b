package dev.cambrian.api;

/** What an in-house programme (or the procurement alternative) would cost. */
@FunctionalInterface
public interface FabInvestmentModel {
    FabInvestment estimate(ModelInput input);
}
