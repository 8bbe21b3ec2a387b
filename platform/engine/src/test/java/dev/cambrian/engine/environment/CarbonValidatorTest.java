package dev.cambrian.engine.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cambrian.api.Range;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Published carbon figures reproduced from their stated bases, each against its source's own number. */
class CarbonValidatorTest {
    private static final Map<String, GridFactor> REGIONS = Map.of(
            "us", new GridFactor("us", "United States 2023", new Range(0.332, 0.369, 0.406), false, "ember2024explorer"),
            "fr", new GridFactor("fr", "France 2023", new Range(0.050, 0.056, 0.062), false, "ember2024explorer"));

    private static PublishedCarbon row(String id, String run, double hours, double watts, double pue, Double stated, String region,
                                       double published) {
        return new PublishedCarbon(id, id, run, "GPU", hours, watts, "TDP", pue, OptionalDouble.empty(),
                stated == null ? OptionalDouble.empty() : OptionalDouble.of(stated), region, published, "basis", "source", "table");
    }

    @Test
    void patterson2021Gpt3() {
        // patterson2021carbon Table 4: 3,552,000 V100-hours x 330 W x PUE 1.10 = 1,287 MWh; x 0.429 = 552 tCO2e
        CarbonCheck c = CarbonValidator.check(List.of(row("gpt-3", null, 3_552_000, 330, 1.10, 0.429, "us", 552)), REGIONS, Map.of()).get(0);
        assertThat(c.energyMwh()).isCloseTo(1287, within(3.0));
        assertThat(c.tco2e()).isCloseTo(552, within(2.0));
        assertThat(c.within(CarbonValidator.TOLERANCE)).isTrue();
        assertThat(c.intensityFrom()).isEqualTo("stated");
        assertThat(c.regionTco2e().getAsDouble()).isCloseTo(1289.4 * 0.369, within(0.1));
    }

    @Test
    void luccioni2022BloomDynamic() {
        // luccioni2022bloom Table 2: 1,082,990 A100-hours x 400 W = 433 MWh; x 57 g/kWh = 24.69 tCO2e
        CarbonCheck c = CarbonValidator.check(List.of(row("bloom", null, 1_082_990, 400, 1.0, 0.057, "fr", 24.69)), REGIONS, Map.of()).get(0);
        assertThat(c.energyMwh()).isCloseTo(433.2, within(0.1));
        assertThat(c.ratio()).isCloseTo(1.0, within(0.01));
    }

    @Test
    void llama31FromTheRegionAverageWhenNoIntensityIsStated() {
        // Llama 3.1 model card: 39.3M H100-hours at 700 W, 11,390 tCO2e location-based; PUE 1.1 and the US average
        CarbonCheck c = CarbonValidator.check(List.of(row("llama-3.1", null, 39.3e6, 700, 1.1, null, "us", 11_390)), REGIONS,
                Map.of()).get(0);
        assertThat(c.kgCo2ePerKwh()).isEqualTo(0.369);
        assertThat(c.intensityFrom()).startsWith("region us");
        assertThat(c.ratio()).isCloseTo(0.98, within(0.01));
        assertThat(c.within(CarbonValidator.TOLERANCE)).isTrue();
    }

    @Test
    void aWrongIntensityIsNotWithinTolerance() {
        CarbonCheck c = CarbonValidator.check(List.of(row("llama-3.1", null, 39.3e6, 700, 1.1, null, "fr", 11_390)), REGIONS,
                Map.of()).get(0);
        assertThat(c.within(CarbonValidator.TOLERANCE)).isFalse();
    }

    @Test
    void aMarketBasedZeroReproducesZeroAndChecksNothing() {
        CarbonCheck c = CarbonValidator.check(List.of(row("llama-3.1-market", null, 39.3e6, 700, 1.1, 0.0, null, 0)), REGIONS,
                Map.of()).get(0);
        assertThat(c.tco2e()).isZero();
        // 0 x any energy is 0: it was shown as ratio 1.00 and counted as reproduced
        assertThat(c.vacuous()).isTrue();
        assertThat(c.ratio()).isNaN();
        assertThat(c.within(CarbonValidator.TOLERANCE)).isFalse();
    }

    @Test
    void predictedHoursGiveTheEnergyOnThePublishedBasis() {
        // LLaMA 65B: 449 MWh = GPU-hours x 400 W x PUE 1.1 (touvron2023llama Table 15)
        CarbonCheck c = CarbonValidator.check(List.of(row("llama-65b", "llama-1-65b", 1_022_362, 400, 1.1, 0.385, "us", 173)),
                REGIONS, Map.of("llama-1-65b", new Range(1e6, 1.2e6, 1.5e6))).get(0);
        assertThat(c.energyMwh()).isCloseTo(449.8, within(0.1));
        assertThat(c.predictedEnergyMwh().orElseThrow().nominal()).isCloseTo(1.2e6 * 400 * 1.1 / 1e6, within(1e-6));
    }
}
