package dev.cambrian.api;

import java.util.List;
import java.util.Optional;

/**
 * What it costs to own the capability: in-house programme lines, and how many times dearer that is
 * than procuring the same systems ({@code procurementMultiple}, when the source states it).
 */
public record FabInvestment(List<InvestmentLine> lines, Range procurementMultipleOrNull, List<Derivation> derivation) {
    /**
     * Validates the components; throws IllegalArgumentException for a value the type cannot hold.
     *
     * @param lines what is invested, line by line
     * @param procurementMultipleOrNull the investment as a multiple of one run's hardware, or null
     * @param derivation the arithmetic, step by step, when asked to explain
     */
    public FabInvestment {
        if (lines == null || lines.isEmpty()) {
            throw new IllegalArgumentException("a fab investment needs at least one line");
        }
        lines = List.copyOf(lines);
        derivation = List.copyOf(derivation);
    }

    /**
     * The sum of the lines.
     *
     * @return USD, low / nominal / high
     */
    public Range totalUsd() {
        Range total = Range.of(0);
        for (InvestmentLine line : lines) {
            total = total.plus(line.usd());
        }
        return total;
    }

    /**
     * The investment as a multiple of one run's hardware, when the backend states one.
     *
     * @return the multiple, or empty
     */
    public Optional<Range> procurementMultiple() {
        return Optional.ofNullable(procurementMultipleOrNull);
    }
}
