package dev.cambrian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cambrian.cli.scenario.EnvironmentRequest;
import dev.cambrian.engine.environment.Factor;
import org.junit.jupiter.api.Test;

/** The user's on-site WUE is taken as given, and its source says when it lies above every published average. */
class UserWueTest {
    private static Factor wue(double litresPerKwh) {
        return EnvironmentData.resolve(new EnvironmentRequest(null, null, null, null, litresPerKwh, "--wue")).onsiteWue();
    }

    @Test
    void aValueWithinTheSourcesRangeIsJustTheUsers() {
        assertThat(wue(1.2).value().nominal()).isEqualTo(1.2);
        assertThat(wue(1.2).source()).isEqualTo("the user's WUE, --wue");
    }

    @Test
    void aValueAboveEveryPublishedAverageIsKeptAndFlagged() {
        // 50 L/kWh is 50,000 L/MWh: more likely a figure per MWh or in another unit than a real facility
        assertThat(wue(50).value().nominal()).isEqualTo(50);
        assertThat(wue(50).source()).isEqualTo("the user's WUE, --wue (above 1.8 L/kWh, the highest average the"
                + " method's sources give: check the unit, litres per kWh of IT energy)");
    }

    @Test
    void aMarketFactorAboveEveryGridIsKeptAndFlagged() {
        // 480 is the world average in grams: --market-intensity 480 ran as 480 kg per kWh without a word
        var high = EnvironmentData.resolve(new EnvironmentRequest(null, null, 480.0, "--market-intensity", null, null)).grid();
        assertThat(high.kgCo2ePerKwh().nominal()).isEqualTo(480);
        assertThat(high.source()).startsWith("the user's market-based factor, --market-intensity (above ")
                .contains("the highest of the grids in the dataset").endsWith("check the unit, kilograms per kWh)");
        var fair = EnvironmentData.resolve(new EnvironmentRequest(null, null, 0.3, "--market-intensity", null, null)).grid();
        assertThat(fair.source()).isEqualTo("the user's market-based factor, --market-intensity");
    }
}
