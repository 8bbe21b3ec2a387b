package com.acme.cambrian.accelerator;

import static dev.cambrian.api.absolute.Precision.BF16;
import static dev.cambrian.api.absolute.Precision.FP8;

import dev.cambrian.api.Category;
import dev.cambrian.api.absolute.AbsoluteBackend;
import dev.cambrian.api.absolute.DeviceSpec;
import org.pf4j.Extension;

/**
 * A complete third-party device: its datasheet as a {@link DeviceSpec}, handed to the absolute kit,
 * which supplies the five models, the fitted utilization model, failures at scale and the parameters
 * with their sources. The Acme AX-1 is fictional; every figure says so.
 */
@Extension
public final class AcmeAx1Backend extends AbsoluteBackend {
    static final DeviceSpec AX1 = DeviceSpec.builder("acme-ax1")
            .names("Acme AX-1 cluster (example)", "Acme Silicon", "AX-1 OAM").category(Category.ACCELERATOR)
            .peak(BF16, 1.2e15, "acme-datasheet AX-1 rev. A, table 1 (fictional example)")
            .peak(FP8, 2.4e15, "acme-datasheet AX-1 rev. A, table 1 (fictional example)")
            .memory(192e9, "acme-datasheet AX-1 rev. A, table 2 (fictional example)")
            .memoryBandwidth(6e12, "acme-datasheet AX-1 rev. A, table 2 (fictional example)")
            .scaleUpDomain(16, "acme-datasheet AX-1 rev. A, section 4 (fictional example)")
            .scaleUpBandwidth(400e9, "acme-datasheet AX-1 rev. A, section 4 (fictional example)")
            .scaleOut(50e9, "acme-datasheet AX-1 rev. A, section 4: one 400 Gb/s NIC per device (fictional example)")
            .tdp(800, "acme-datasheet AX-1 rev. A, table 3 (fictional example)")
            .allInPower(800, 1200, 1400, "AX-1 system guide: 9.6 kW per 8-device node (fictional example)")
            .rental(1.5, 2.2, 4.0, "Acme cloud price list 2026 (fictional example)")
            .purchase(15_000, 20_000, 25_000, "Acme list price 2026 (fictional example)")
            .firstAvailable(2026, 3, "Acme press release, March 2026 (fictional example)")
            .noPublishedRun("no published training run on the AX-1 (fictional example)")
            .build();

    public AcmeAx1Backend() {
        super(AX1);
    }
}
