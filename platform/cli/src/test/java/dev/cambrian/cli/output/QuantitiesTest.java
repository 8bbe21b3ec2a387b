package dev.cambrian.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cambrian.api.Range;
import org.junit.jupiter.api.Test;

class QuantitiesTest {
    private static final double GWH = 3.6e12;

    @Test
    void theUnitFollowsTheRoundedValue() {
        assertEquals("1 TWh", Quantities.energy(Range.of(999.96 * GWH)));
        assertEquals("999 GWh", Quantities.energy(Range.of(999.4 * GWH)));
        assertEquals("1.5 TWh", Quantities.energy(Range.of(1500 * GWH)));
        assertEquals("$1B", Quantities.usd(Range.of(999.8e6)));
        assertEquals("$950M", Quantities.usd(Range.of(950e6)));
        assertEquals("$1.03B", Quantities.usd(Range.of(1.025e9)));
    }

    @Test
    void rangesShowLowAndHigh() {
        assertEquals("$1.86B (0.952-6.49)", Quantities.usd(new Range(0.952e9, 1.86e9, 6.49e9)));
        assertEquals("120 d", Quantities.time(Range.of(120 * 86_400.0)));
        assertEquals("36 h", Quantities.time(Range.of(36 * 3600.0)));
    }
}
