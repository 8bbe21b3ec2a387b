package dev.cambrian.engine.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cambrian.api.Range;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmbodiedMethodTest {
    @Test
    void aDeviceIsItsDieAreaTimesCarbonPerAreaPlusMemoryPackagingAndHost() {
        EmbodiedMethod.PerDevice h100 = Method.embodied().perDevice(Method.H100);
        // 8.14 cm2 x 1.9 + 80 GB x 0.3 + 20 + 300 = 15.466 + 24 + 320
        assertThat(h100.kgCo2e().nominal()).isCloseTo(359.466, within(1e-9));
        assertThat(h100.kgCo2e().low()).isCloseTo(8.14 * 1.4 + 24 + 320, within(1e-9));
        assertThat(h100.kgCo2e().high()).isCloseTo(8.14 * 2.6 + 24 + 320, within(1e-9));
        assertThat(h100.source()).contains("H100 whitepaper").contains("ACT");
    }

    @Test
    void anUnknownKindGetsTheWideRangeAndSaysSo() {
        EmbodiedMethod.PerDevice chip = Method.embodied().perDevice("photonic chip");
        assertThat(chip.kgCo2e()).isEqualTo(new Range(100, 400, 2000));
        assertThat(chip.derivation()).startsWith("no published");
    }

    @Test
    void aDeviceOnANodeWithNoCarbonPerAreaIsRejected() {
        EmbodiedMethod m = Method.embodied();
        assertThatThrownBy(() -> new EmbodiedMethod(Map.of("X", new DeviceMaterials("X", "2nm", Range.of(100), 0, "s")),
                m.carbonPerAreaByNode(), m.memory(), m.packaging(), m.host(), m.unknownDevice(), m.lifetime()))
                .hasMessageContaining("no carbon per area for node 2nm");
    }
}
