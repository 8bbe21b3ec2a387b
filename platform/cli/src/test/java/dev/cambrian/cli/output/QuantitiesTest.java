package dev.cambrian.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
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
        assertEquals("$72,855T", Quantities.usd(Range.of(72_855e12)));
        // project --to 2200 printed "$4.36e+129T": past a million trillion the power of ten stands alone
        assertEquals("$4.36e+141", Quantities.usd(Range.of(4.36e141)));
        // a range reaching past it too: "$967,224T (519,739-4.32e+06)" mixed the two
        assertThat(Quantities.usd(new Range(5.2e17, 9.67e17, 4.32e18))).doesNotContain("T").contains("e+18");
        assertThat(Quantities.usd(new Range(5.2e11, 9.67e11, 4.3e15))).doesNotContain("B").contains("e+15");
    }

    @Test
    void rangesShowLowAndHigh() {
        assertEquals("$1.86B (0.952-6.49)", Quantities.usd(new Range(0.952e9, 1.86e9, 6.49e9)));
        assertEquals("120 d", Quantities.time(Range.of(120 * 86_400.0)));
        assertEquals("36 h", Quantities.time(Range.of(36 * 3600.0)));
        // a small job read "0.000839 h" and "0.128 MWh"
        assertEquals("3.02 s", Quantities.time(Range.of(0.000839 * 3600)));
        assertEquals("15 min", Quantities.time(Range.of(900.0)));
        assertEquals("1 min", Quantities.time(Range.of(59.99))); // not "60 s"
        assertEquals("1 h", Quantities.time(Range.of(3599.0))); // not "60 min"
        assertEquals("128 kWh", Quantities.energy(Range.of(0.128 * 3.6e9)));
    }

    @Test
    void carbonInTonnesAndWaterInLitresWithTheirPrefixes() {
        assertEquals("552 tCO2e (430-680)", Quantities.carbon(new Range(430e3, 552e3, 680e3)));
        assertEquals("11,390 tCO2e", Quantities.carbon(Range.of(11_390e3)));
        assertEquals("447 ktCO2e", Quantities.carbon(Range.of(447e6)));
        assertEquals("1.72 MtCO2e (1.36-2.23)", Quantities.carbon(new Range(1.36e9, 1.72e9, 2.23e9)));
        assertEquals("440 L", Quantities.water(Range.of(440)));
        assertEquals("25.8 kL (11-56.5)", Quantities.water(new Range(11e3, 25.8e3, 56.5e3)));
        assertEquals("2.52 ML", Quantities.water(Range.of(2.52e6)));
        assertEquals("15 GL", Quantities.water(Range.of(15e9)));
    }

    @Test
    void aCalendarYearReadsAsTheDecimalSetTakesAndItsMonth() {
        // explain showed "2,023 year" (the month dropped, a thousands comma); backends -v "2023-03", which --set refused
        assertThat(Quantities.range(dev.cambrian.api.Range.of(2023 + 2.0 / 12), "year")).isEqualTo("2023.17 (2023-03)");
        assertThat(Quantities.range(dev.cambrian.api.Range.of(2025), "year")).isEqualTo("2025 (2025-01)");
        // the month it falls in, not the nearest: 2023.96 is December 2023, not January 2024
        assertThat(Quantities.year(2023.96)).isEqualTo("2023.96 (2023-12)");
        assertThat(Quantities.year(2023.13)).isEqualTo("2023.13 (2023-02)");
        assertThat(Quantities.year(2023 + 11.0 / 12)).isEqualTo("2023.92 (2023-12)");
        assertThat(Quantities.range(new dev.cambrian.api.Range(2024, 2024.5, 2025), "year"))
                .isEqualTo("2024.50 (2024-07) (2024 (2024-01) to 2025 (2025-01))");
    }
    @Test
    void aSpreadNarrowerThanThreeFiguresIsStillShown() {
        // P10 99.99M and P90 100.07M printed "$100M", as a backend with no spread at all
        assertThat(Quantities.usd(new Range(99.99e6, 100e6, 100.07e6))).isEqualTo("$100M (-0.01% to +0.07%)");
        assertThat(Quantities.usd(Range.of(100e6))).isEqualTo("$100M");
        assertThat(Quantities.usd(new Range(100e6, 100e6, 100e6))).isEqualTo("$100M");
        assertThat(Quantities.range(new Range(1.0001e20, 1.00015e20, 1.0002e20), "FLOP/s"))
                .isEqualTo("1.00e+20 FLOP/s (-0.005% to +0.005%)");
    }
}
