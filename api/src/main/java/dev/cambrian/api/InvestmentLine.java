package dev.cambrian.api;

/**
 * One line of an investment programme (R&amp;D, fab, integration, procurement).
 *
 * @param shareable whether a compound scenario may count this line once when members share it
 */
public record InvestmentLine(String name, Range usd, boolean shareable, String source) {
    /**
     * Validates the components; throws IllegalArgumentException for a value the type cannot hold.
     *
     * @param name what is invested in
     * @param usd USD, low / nominal / high
     * @param shareable whether two technologies that need the same line build it once
     * @param source where the figure comes from
     */
    public InvestmentLine {
        Checks.text("investment line name", name);
        if (usd == null || usd.low() < 0) {
            throw new IllegalArgumentException("investment line " + name + " needs a non-negative range in USD");
        }
        Checks.text("source of investment line " + name, source);
    }
}
