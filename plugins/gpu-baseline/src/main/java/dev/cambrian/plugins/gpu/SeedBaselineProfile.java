package dev.cambrian.plugins.gpu;

import static dev.cambrian.api.absolute.AbsoluteParameters.*;

import dev.cambrian.api.Profile;
import dev.cambrian.api.Range;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values grok2025althw's Grok 5 baseline implies for 200,000 H100-equivalents: ~120 days, ~1.5 TWh,
 * ~$1B = hardware ~$600M + energy ~$200M + operations ~$200M. 120 days x 200,000 GPUs = 576M GPU-hours.
 */
final class SeedBaselineProfile {
    private SeedBaselineProfile() {
    }

    static Profile of() {
        Map<String, Range> v = new LinkedHashMap<>();
        v.put(DEVICES, Range.of(200_000));
        // 1e27 FLOP / (200,000 x 989e12 FLOP/s x 120 d x 86,400 s/d) = 0.4876: failures already folded in.
        v.put(UTILIZATION, Range.of(0.4876));
        v.put(FAILURES, Range.of(0));
        v.put(SEQUENTIAL, Range.of(0));
        // 1.5 TWh / 576M GPU-hours = 2.604 kWh per GPU-hour, all-in, facility included.
        v.put(POWER, Range.of(2604));
        v.put(PUE, Range.of(1.0));
        // $600M / 576M GPU-hours and $200M / 576M GPU-hours.
        v.put(PRICE, Range.of(1.0417));
        v.put(OPERATIONS, Range.of(0.3472));
        return new Profile("seed-000", "the values grok2025althw's Grok 5 baseline implies (200,000 H100-equivalents,"
                + " ~49% effective utilisation, ~2.6 kWh per GPU-hour all-in)", v,
                "grok2025althw, 'Baseline for Grok 5'");
    }
}
