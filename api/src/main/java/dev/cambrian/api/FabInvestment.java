package dev.cambrian.api;

import java.util.List;
import java.util.Optional;

/**
 * What it costs to own the capability: in-house programme lines, and how many times dearer that is
 * than procuring the same systems ({@code procurementMultiple}, when the source states it).
 */
public record FabInvestment(List<InvestmentLine> lines, Range procurementMultipleOrNull, List<Derivation> derivation) {
    public FabInvestment {
        if (lines == null || lines.isEmpty()) {
            throw new IllegalArgumentException("a fab investment needs at least one line");
        }
        lines = List.copyOf(lines);
        derivation = List.copyOf(derivation);
    }

    public Range totalUsd() {
        Range total = Range.of(0);
        for (InvestmentLine line : lines) {
            total = total.plus(line.usd());
        }
        return total;
    }

    public Optional<Range> procurementMultiple() {
        return Optional.ofNullable(procurementMultipleOrNull);
    }
}
