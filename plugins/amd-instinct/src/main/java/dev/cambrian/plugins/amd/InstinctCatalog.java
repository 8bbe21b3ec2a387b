package dev.cambrian.plugins.amd;

import static dev.cambrian.api.absolute.Precision.*;

import dev.cambrian.api.Category;
import dev.cambrian.api.absolute.DeviceSpec;

/**
 * AMD Instinct accelerators, each figure with its source (AMD datasheets; prices are market reports or
 * labelled estimates).
 */
final class InstinctCatalog {
    private InstinctCatalog() {
    }

    static final DeviceSpec MI250X = DeviceSpec.builder("amd-mi250x")
            .names("AMD Instinct MI250X (OAM) cluster", "AMD", "MI250X OAM").category(Category.GPU)
            .peak(BF16, 3.83e14, "FP16/BF16 383.0 TFLOP/s peak (dense), AMD Instinct MI250X datasheet")
            .peak(FP32, 9.57e13, "FP32 matrix 95.7 TFLOP/s (FP32 vector 47.9); no TF32 on CDNA2. AMD Instinct MI250X datasheet (amd.com)")
            .memory(1.28e11, "128 GB HBM2e (2 GCDs x 64 GB), AMD MI250X datasheet")
            .memoryBandwidth(3.2768e12, "3.2 TB/s (3,276.8 GB/s) peak, AMD MI250X datasheet")
            .scaleUpDomain(4, "4 MI250X (8 GCDs) per HPE Cray EX235a node as in Frontier/LUMI; Infinity Fabric all-to-all within node")
            .scaleUpBandwidth(4e11, "half of the aggregate (both directions) figure: Up to 800 GB/s peak aggregate Infinity Fabric bandwidth per MI250X (8 links; includes GCD-to-GCD in-package links), AMD MI250X datasheet. bidirectional aggregate")
            .scaleOut(2.5e10, "Frontier: 4x HPE Slingshot 200 Gb/s NICs per 4 MI250X = 25 GB/s per GPU (ORNL Frontier user guide)")
            .tdp(560, "560 W peak board power (OAM), AMD MI250X datasheet")
            .allInPower(600, 700, 800, "estimate: Frontier ~22.7 MW at HPL over 9,408 nodes x 4 GPUs (~600 W per GPU incl. CPU, NIC, network, at HPL load); nominal adds TDP headroom")
            .rental(0.8, 1, 1.5, "estimate: rarely rented; marketplace MI250 listings ~$1.35/h (gpu.blog). estimate")
            .purchase(8000, 11000, 14000, "estimate: no public list price; reported ~$10-14k. estimate")
            .firstAvailable(2021, 11, "Launched 2021-11-08 (AMD Accelerated Data Center event); Frontier installation 2021-22")
            .runsPublished("Poro 34B (data/published-runs.csv)")
            .build();

    static final DeviceSpec MI300X = DeviceSpec.builder("amd-mi300x")
            .names("AMD Instinct MI300X (OAM, 192GB) cluster", "AMD", "MI300X OAM").category(Category.GPU)
            .peak(BF16, 1.3074e15, "BF16 1,307.4 TFLOP/s dense (2,614.9 with structured sparsity). AMD Instinct MI300X data sheet / amd.com product page (peak theoretical, dense unless 'with structured sparsity')")
            .peak(FP8, 2.6149e15, "FP8 2,614.9 TFLOP/s dense (5,229.8 with sparsity). AMD Instinct MI300X data sheet / amd.com product page (peak theoretical, dense unless 'with structured sparsity')")
            .peak(FP32, 6.537e14, "TF32 matrix 653.7 TFLOP/s dense (1,307.4 with sparsity); FP32 matrix/vector 163.4 TFLOP/s. AMD Instinct MI300X data sheet / amd.com product page (peak theoretical, dense unless 'with structured sparsity')")
            .memory(1.92e11, "192 GB HBM3, AMD Instinct MI300X data sheet / amd.com product page (peak theoretical, dense unless 'with structured sparsity')")
            .memoryBandwidth(5.3e12, "5.3 TB/s peak, AMD Instinct MI300X data sheet / amd.com product page (peak theoretical, dense unless 'with structured sparsity')")
            .scaleUpDomain(8, "8 OAMs per AMD Instinct MI300X Platform (UBB), fully connected Infinity Fabric")
            .scaleUpBandwidth(4.48e11, "half of the aggregate (both directions) figure: 7 Infinity Fabric links x 128 GB/s = 896 GB/s peak aggregate per GPU (bidirectional; 64 GB/s per direction per peer). AMD Instinct MI300X data sheet / amd.com product page (peak theoretical, dense unless 'with structured sparsity')")
            .scaleOut(5e10, "Typical MI300X servers: one 400 Gb/s NIC per GPU (e.g. Azure ND MI300X v5: 8x 400 Gb/s IB) = 50 GB/s")
            .tdp(750, "750 W peak total board power, AMD Instinct MI300X data sheet / amd.com product page (peak theoretical, dense unless 'with structured sparsity')")
            .allInPower(1150, 1325, 1540, "estimate: no AMD system max published; TDP + per-GPU non-GPU overhead of 8-GPU servers (575 W from DGX H100: (10.2 kW - 8x700 W)/8; low 400 W from DGX A100, high 790 W from DGX B200)")
            .rental(1.7, 2, 6, "low/nominal: TensorWave ~$1.71, Vultr ~$1.85 per GPU-h (gpu.blog listings 2025); high: Azure ND MI300X v5 on-demand ~$48/h / 8 (unverified). estimate")
            .purchase(10000, 15000, 20000, "reported: Microsoft paying ~$10k (press 2023-24); analysts (Citi) ~$15k; ~$20k list. estimate range")
            .firstAvailable(2023, 12, "Launched 2023-12-06 (AMD Advancing AI); first systems/Azure ND MI300X v5 preview Dec 2023")
            .noPublishedRun("no training run on MI300X OAM with published hours is in data/published-runs.csv")
            .build();

    static final DeviceSpec MI325X = DeviceSpec.builder("amd-mi325x")
            .names("AMD Instinct MI325X (OAM, 256GB) cluster", "AMD", "MI325X OAM").category(Category.GPU)
            .peak(BF16, 1.3074e15, "BF16 1,307.4 TFLOP/s dense, AMD MI325X datasheet")
            .peak(FP8, 2.6149e15, "FP8 2,614.9 TFLOP/s dense (5,229.8 sparse), AMD MI325X datasheet")
            .peak(FP32, 6.537e14, "TF32 653.7 TFLOP/s dense; FP32 163.4. AMD Instinct MI325X datasheet (same CDNA3 compute as MI300X; awesomeagents.ai reproduces table)")
            .memory(2.56e11, "256 GB HBM3E (launch slides said 288 GB; shipped 256 GB), AMD MI325X datasheet")
            .memoryBandwidth(6e12, "6 TB/s peak, AMD MI325X datasheet")
            .scaleUpDomain(8, "8 OAMs per MI325X Platform (UBB 2.0), 7 Infinity Fabric links each")
            .scaleUpBandwidth(4.48e11, "half of the aggregate (both directions) figure: 896 GB/s peak aggregate Infinity Fabric per GPU (bidirectional), AMD MI325X datasheet")
            .scaleOut(5e10, "Typical: one 400 Gb/s NIC per GPU = 50 GB/s")
            .tdp(1000, "1,000 W peak board power, AMD MI325X datasheet")
            .allInPower(1400, 1575, 1790, "estimate: TDP + 8-GPU-server non-GPU overhead (400/575/790 W per GPU, from DGX A100/H100/B200 arithmetic); no AMD system max found")
            .rental(2, 2.2, 4, "$2.00-2.25 per GPU-h cloud rental (awesomeagents.ai 2025); high estimate for hyperscaler on-demand. estimate")
            .purchase(15000, 18000, 25000, "estimate: no public price; positioned between MI300X and MI355X")
            .firstAvailable(2024, 10, "Launched 2024-10-10; production shipments Q4 2024, OEM systems Q1 2025")
            .noPublishedRun("no training run on MI325X OAM with published hours is in data/published-runs.csv")
            .build();

    static final DeviceSpec MI355X = DeviceSpec.builder("amd-mi355x")
            .names("AMD Instinct MI355X (OAM, 288GB) cluster", "AMD", "MI355X OAM").category(Category.GPU)
            .peak(BF16, 2.5166e15, "BF16 ~2.5 PFLOP/s dense (5.0 with sparsity). AMD MI355X datasheet; ISSCC 2026 coverage: FP8 per-CU throughput doubled vs MI300X")
            .peak(FP8, 5.0332e15, "FP8 ~5.0 PFLOP/s dense (10.1 sparse). AMD MI355X datasheet; ISSCC 2026 coverage 'five petaflops' FP8")
            .peak(FP4, 1.0066e16, "MXFP4/MXFP6 ~10.1 PFLOP/s dense; AMD's '20.1 PFLOPS' headline is with sparsity (Tom's Hardware ISC 2025). AMD MI355X datasheet")
            .peak(FP32, 1.573e14, "FP32 157.3 TFLOP/s (vector/matrix); CDNA4 lists no TF32 matrix rate (TF32 dropped). AMD Instinct MI355X datasheet (unverified)")
            .memory(2.88e11, "288 GB HBM3E, AMD MI355X datasheet; Tom's Hardware")
            .memoryBandwidth(8e12, "8 TB/s, AMD MI355X datasheet")
            .scaleUpDomain(8, "8 GPUs per Infinity Fabric node (Tom's Hardware: MI350 world size stays at 8; larger rack-scale via Ethernet/UALink later)")
            .scaleUpBandwidth(5.375e11, "half of the aggregate (both directions) figure: 7 Infinity Fabric links x 153.6 GB/s = ~1,075 GB/s aggregate bidirectional per GPU (AMD MI355X datasheet, unverified)")
            .scaleOut(5e10, "AMD reference: one 400 Gb/s Pollara/ConnectX NIC per GPU = 50 GB/s (jaredwatkins.com MI350 summary: '400 Gbps front-end')")
            .tdp(1400, "Up to 1,400 W total board power (liquid cooled), Tom's Hardware / AMD ISC 2025; aiwiki")
            .allInPower(1800, 1975, 2190, "estimate: TDP + 8-GPU-server non-GPU overhead (400/575/790 W per GPU); AMD publishes no system max")
            .rental(2.3, 3, 5, "estimate: OCI and specialist clouds 2025-26; AMD cited ~40% better tokens/$ than B200 at typical cloud prices (aiwiki). estimate")
            .purchase(20000, 25000, 30000, "reported ~$25k per MI355X after AMD price increase (press 2025); estimate range")
            .firstAvailable(2025, 6, "Launched and shipping June 2025 (AMD Advancing AI 2025-06-12); OCI GA ~Oct 2025")
            .noPublishedRun("no training run on MI355X OAM with published hours is in data/published-runs.csv")
            .build();

    static final DeviceSpec[] ALL = {MI250X, MI300X, MI325X, MI355X};
}
