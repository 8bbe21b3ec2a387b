package dev.cambrian.api;

/** What an in-house programme (or the procurement alternative) would cost. */
@FunctionalInterface
public interface FabInvestmentModel {
    /**
     * What must be invested before the first run: a fab, or procurement of devices sold today.
     *
     * @param input the evaluation's input
     * @return the investment lines
     */
    FabInvestment estimate(ModelInput input);
}
