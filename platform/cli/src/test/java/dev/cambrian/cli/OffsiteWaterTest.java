package dev.cambrian.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cambrian.api.Range;
import dev.cambrian.cli.scenario.EnvironmentRequest;
import dev.cambrian.engine.environment.Factor;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Golden: each region's off-site water intensity (data/grid-intensity.csv) is its source's figure.
 * reig2020guidance Appendix 2 gives grid-average consumption per country in gal/kWh; li2023thirsty Table 1 takes
 * its U.S. (3.142 L/kWh) and India (3.445 L/kWh) figures from it at 3.78541 L/gal. The world and EU-27 averages,
 * which the appendix does not give, take the U.S. figure over a factor-of-two range.
 */
class OffsiteWaterTest {
    private static final double LITRES_PER_GALLON = 3.78541;

    private static Factor offsite(String region) {
        return EnvironmentData.resolve(new EnvironmentRequest(region, "test", null, null, null, null)).offsiteWater();
    }

    @Test
    void eachCountryIsTheAppendixFigureInLitresWithAQuarterEitherSide() {
        Map<String, Double> gallonsPerKwh = Map.of("us", 0.83, "fr", 0.97, "de", 0.51, "gb", 0.62, "cn", 1.59, "in", 0.91, "jp", 0.61);
        gallonsPerKwh.forEach((region, gallons) -> {
            Range r = offsite(region).value();
            assertThat(r.nominal()).as(region).isCloseTo(gallons * LITRES_PER_GALLON, within(5e-4));
            assertThat(r.low()).as(region).isCloseTo(0.75 * r.nominal(), within(1e-3));
            assertThat(r.high()).as(region).isCloseTo(1.25 * r.nominal(), within(1e-3));
            assertThat(offsite(region).source()).as(region).contains(region.equals("us") ? "li2023thirsty" : "reig2020guidance");
        });
        // the two the paper prints in its Table 1
        assertThat(offsite("us").value().nominal()).isEqualTo(3.142);
        assertThat(offsite("in").value().nominal()).isEqualTo(3.445);
    }

    @Test
    void theWorldAndTheEuTakeTheUsFigureOverAFactorOfTwoAndSaySo() {
        for (String region : new String[] {"world", "eu"}) {
            Range r = offsite(region).value();
            assertThat(r.nominal()).as(region).isEqualTo(3.142);
            assertThat(r.low()).isEqualTo(3.142 / 2);
            assertThat(r.high()).isEqualTo(3.142 * 2);
            assertThat(offsite(region).source()).startsWith("no ").contains("factor-of-two");
        }
    }
}
