package dev.cambrian.plugins.gaudi;

import static dev.cambrian.api.absolute.Precision.*;

import dev.cambrian.api.Category;
import dev.cambrian.api.absolute.DeviceSpec;

/**
 * Intel Gaudi accelerators, each figure with its source (Intel's Hot Chips and product material; kit
 * prices Intel announced).
 */
final class GaudiCatalog {
    private GaudiCatalog() {
    }

    static final DeviceSpec GAUDI2 = DeviceSpec.builder("intel-gaudi2")
            .names("Intel Gaudi 2 (HL-225H OAM) cluster", "Intel", "Gaudi 2 OAM").category(Category.ACCELERATOR)
            .peak(BF16, 4.32e14, "432 TFLOP/s BF16 (MME, dense). Intel Hot Chips 2024 Gaudi 3 talk, 'Gaudi Product Generations' table; Habana Gaudi2 white paper (May 2022)")
            .peak(FP8, 8.65e14, "~865 TFLOP/s FP8 (MME, dense) per Intel Gaudi 2 product material; some outlets print 835. Intel/Habana")
            .memory(9.6e10, "96 GB HBM2e, Intel Hot Chips 2024 table; Gaudi2 white paper")
            .memoryBandwidth(2.46e12, "2.46 TB/s peak, Intel Hot Chips 2024 table")
            .scaleUpDomain(8, "8 Gaudi 2 per HLS-Gaudi2 server, all-to-all over on-chip RoCE (21 of 24 ports)")
            .scaleUpBandwidth(2.625e11, "half of the aggregate (both directions) figure: 21 x 100 GbE to the 7 peers = 2.1 Tb/s = 262.5 GB/s per direction = 525 GB/s bidirectional (derived from 24x100GbE NIC, 'Embedded NIC BW 4.8 Tb/s bidirectional' in Intel Hot Chips 2024 table). bidirectional")
            .scaleOut(3.75e10, "3 of 24 x 100 GbE ports for scale-out = 300 Gb/s = 37.5 GB/s per device (HLS-Gaudi2 reference design)")
            .tdp(600, "600 W (OAM), Intel Hot Chips 2024 table")
            .allInPower(750, 900, 1050, "estimate: 600 W + host share (2 Xeons, DRAM, fans); no separate NICs needed; no system max found")
            .rental(1, 1.3, 2, "Intel Developer/Tiber Cloud 8x Gaudi2 listed ~$10.4/h (~$1.30 per card, unverified). estimate")
            .purchase(8000, 8100, 10000, "Intel (Computex 2024): 8-accelerator Gaudi 2 baseboard kit $65,000 -> ~$8.1k per chip")
            .firstAvailable(2022, 5, "Launched at Intel Vision 2022-05-10")
            .noPublishedRun("no training run on Gaudi 2 OAM with published hours is in data/published-runs.csv")
            .build();

    static final DeviceSpec GAUDI3 = DeviceSpec.builder("intel-gaudi3")
            .names("Intel Gaudi 3 (HL-325L OAM) cluster", "Intel", "Gaudi 3 OAM").category(Category.ACCELERATOR)
            .peak(BF16, 1.835e15, "1,835 TFLOP/s BF16 matrix (dense). Intel Hot Chips 2024 'Intel Gaudi 3 Spec' table; Intel Gaudi 3 white paper")
            .peak(FP8, 1.835e15, "1,835 TFLOP/s FP8 matrix - same as BF16 (no FP8 speedup). Intel Hot Chips 2024 table")
            .memory(1.28e11, "128 GB HBM2e (8 stacks), Intel Hot Chips 2024 table")
            .memoryBandwidth(3.67e12, "3.67 TB/s peak, Intel Hot Chips 2024 table")
            .scaleUpDomain(8, "8 Gaudi 3 per HLS-Gaudi3 / UBB server, all-to-all via 21 of 24 200GbE ports")
            .scaleUpBandwidth(5.25e11, "half of the aggregate (both directions) figure: 21 x 200 GbE = 4.2 Tb/s = 525 GB/s per direction = 1,050 GB/s bidirectional (24 ports total = 'Networking 1200 GB/s bidirectional', Intel Hot Chips 2024 table). bidirectional")
            .scaleOut(7.5e10, "3 x 200 GbE scale-out ports per device = 600 Gb/s = 75 GB/s (Intel Gaudi 3 white paper reference topology)")
            .tdp(900, "900 W air-cooled OAM (1,200 W liquid-cooled variant), Intel Hot Chips 2024 table")
            .allInPower(1100, 1250, 1600, "estimate: 900 W + host share; high covers 1,200 W liquid SKU + host; no system max found")
            .rental(1.5, 2.5, 4, "estimate: Gaudi 3 on IBM Cloud / Intel Tiber AI Cloud; public per-card list prices not found. estimate")
            .purchase(15000, 15600, 20000, "Intel (Computex 2024): 8-accelerator Gaudi 3 kit $125,000 -> ~$15.6k per chip (y-ic.de and others)")
            .firstAvailable(2024, 9, "Launched Sept 2024 (Intel, with Xeon 6); IBM Cloud availability early 2025")
            .noPublishedRun("no training run on Gaudi 3 OAM with published hours is in data/published-runs.csv")
            .build();

    static final DeviceSpec[] ALL = {GAUDI2, GAUDI3};
}
