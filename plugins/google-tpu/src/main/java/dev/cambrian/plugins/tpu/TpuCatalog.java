package dev.cambrian.plugins.tpu;

import static dev.cambrian.api.absolute.Precision.*;

import dev.cambrian.api.Category;
import dev.cambrian.api.absolute.DeviceSpec;

/**
 * Google's TPUs as Google Cloud rents them, each figure with its source. TPUs are not sold: purchase
 * prices are labelled estimates.
 */
final class TpuCatalog {
    private TpuCatalog() {
    }

    static final DeviceSpec V3 = DeviceSpec.builder("tpu-v3")
            .names("Google Cloud TPU v3 cluster", "Google", "TPU v3 chip").category(Category.ACCELERATOR)
            .peak(BF16, 1.23e14, "123 TFLOP/s bf16 per chip (2 TensorCores). Google Cloud TPU docs 'TPU v3' key specifications table (cloud.google.com/tpu/docs/v3)")
            .memory(3.43597e10, "32 GiB HBM2 per chip, Google Cloud TPU v3 docs")
            .memoryBandwidth(9e11, "900 GBps per chip, Google Cloud TPU v3 docs")
            .scaleUpDomain(1024, "TPU v3 Pod = 1,024 chips in a 2D torus (Google Cloud TPU v3 docs)")
            .scaleUpBandwidth(1.64e11, "half of the aggregate (both directions) figure: estimate: 4 ICI links/chip; ~656 Gb/s per link per Jouppi et al. CACM 2020 'A Domain-Specific Supercomputer for Training DNNs' (unverified) -> ~328 GB/s per chip; direction not clear, hence wide range. Pod all-reduce BW 340 TB/s (docs) / 1024 = 332 GB/s per chip supports nominal")
            .scaleOut(3.1e09, "estimate: not published per chip; assumes ~100 Gb/s host NIC per 4-chip v3-8 host (~25 Gb/s per chip)")
            .tdp(262, "Measured max 262 W (min/mean/max 123/220/262 W), Google Cloud TPU v3 docs")
            .allInPower(330, 400, 480, "estimate: chip max 262 W + host CPU/DRAM/NIC share (~4 chips per host) + ICI/cooling share; Google publishes no system power")
            .rental(1.1, 2, 2, "on-demand v3-8 $8.00/h = $2.00 per chip-hour (4 chips); low ~= 3-yr commit. Google Cloud TPU pricing page (cloud.google.com/tpu/pricing), list per chip-hour, us regions, 2025; figures not re-checked against the current page (unverified)")
            .purchase(3000, 5000, 8000, "TPUs are not sold; no public price. estimate, comparable to a V100-class accelerator's build cost. estimate")
            .firstAvailable(2018, 5, "Cloud TPU v3 beta announced Google I/O May 2018; v3 Pods GA 2019-05")
            .runsPublished("Gopher 280B (data/published-runs.csv)")
            .build();

    static final DeviceSpec V4 = DeviceSpec.builder("tpu-v4")
            .names("Google Cloud TPU v4 cluster", "Google", "TPU v4 chip").category(Category.ACCELERATOR)
            .peak(BF16, 2.75e14, "275 TFLOP/s per chip (bf16 or int8), Google Cloud TPU v4 docs key specifications (cloud.google.com/tpu/docs/v4)")
            .memory(3.43597e10, "32 GiB HBM2 per chip, Google Cloud TPU v4 docs")
            .memoryBandwidth(1.2e12, "1,200 GBps per chip, Google Cloud TPU v4 docs")
            .scaleUpDomain(4096, "TPU v4 Pod = 4,096 chips, 3D torus via optical circuit switches (Google Cloud TPU v4 docs; Jouppi et al. ISCA 2023)")
            .scaleUpBandwidth(3e11, "half of the aggregate (both directions) figure: 6 ICI links x 50 GB/s = 300 GB/s per direction, ~600 GB/s bidirectional per chip (TPU v4 ISCA 2023 paper / older docs '2400 Gbps', unverified; pod all-reduce 1.1 PB/s / 4096 = 268 GB/s is consistent). bidirectional")
            .scaleOut(6.25e09, "estimate: per-chip DCN bandwidth not published for v4 (v5p docs give 50 Gb/s per chip); assume 25-100 Gb/s per chip")
            .tdp(192, "Measured max 192 W (min/mean/max 90/170/192 W), Google Cloud TPU v4 docs")
            .allInPower(270, 320, 400, "estimate: chip 192 W + host share (4 chips per host) + OCS/ICI (paper: OCS <3% of system power); Google publishes no system max")
            .rental(1.45, 3.22, 3.22, "on-demand $3.22, 1-yr CUD ~$2.03, 3-yr CUD ~$1.45 per chip-hour (us-central2). Google Cloud TPU pricing page (cloud.google.com/tpu/pricing), list per chip-hour, us regions, 2025; figures not re-checked against the current page (unverified)")
            .purchase(5000, 8000, 12000, "TPUs are not sold; no public price. estimate, comparable to A100-class build cost. estimate")
            .firstAvailable(2020, 1, "Jouppi et al. 2023, 'TPU v4: An Optically Reconfigurable Supercomputer' (ISCA): TPU v4 supercomputers in production since 2020 (month not given; January assumed); Cloud TPU v4 GA May 2022")
            .runsPublished("PaLM 540B (data/published-runs.csv)")
            .build();

    static final DeviceSpec V5E = DeviceSpec.builder("tpu-v5e")
            .names("Google Cloud TPU v5e cluster", "Google", "TPU v5e chip").category(Category.ACCELERATOR)
            .peak(BF16, 1.97e14, "197 TFLOP/s bf16 per chip, Google Cloud TPU v5e docs (cloud.google.com/tpu/docs/v5e)")
            .memory(1.6e10, "16 GB HBM2 per chip, Google Cloud TPU v5e docs")
            .memoryBandwidth(8.19e11, "819 GBps per chip (newer docs: '800 GiBps'), Google Cloud TPU v5e docs")
            .scaleUpDomain(256, "TPU v5e Pod = 256 chips, 2D torus (Google Cloud TPU v5e docs)")
            .scaleUpBandwidth(2e11, "half of the aggregate (both directions) figure: Bidirectional ICI 400 GBps per chip (4 ICI ports); older docs '1600 Gbps' = 200 GB/s one-way. Google Cloud TPU v5e docs. bidirectional")
            .scaleOut(3.125e09, "Per-host NIC 2 x 100 Gbps for 8 chips = 25 Gb/s = 3.125 GB/s per chip; pod DCN 6.4 Tbps / 256 chips. Google Cloud TPU v5e docs")
            .tdp(200, "estimate: Google does not publish v5e chip power (range 150-250 W; nominal used)")
            .allInPower(200, 260, 350, "estimate: chip estimate + host share (8 chips/host, 512 GiB DRAM) + ICI/NIC; not published")
            .rental(0.54, 1.2, 1.2, "on-demand $1.20, 1-yr CUD $0.84, 3-yr CUD $0.54 per chip-hour. Google Cloud TPU pricing page (cloud.google.com/tpu/pricing), list per chip-hour, us regions, 2025; figures not re-checked against the current page (unverified)")
            .purchase(2000, 4000, 6000, "TPUs are not sold; no public price. estimate (inference/cost-optimized chip; comparable to L40S/A10-class cost). estimate")
            .firstAvailable(2023, 8, "Cloud TPU v5e preview Aug 2023 (Google Cloud Next), GA Nov 2023")
            .noPublishedRun("no training run on TPU v5e chip with published hours is in data/published-runs.csv")
            .build();

    static final DeviceSpec V5P = DeviceSpec.builder("tpu-v5p")
            .names("Google Cloud TPU v5p cluster", "Google", "TPU v5p chip").category(Category.ACCELERATOR)
            .peak(BF16, 4.59e14, "459 TFLOP/s bf16 per chip, Google Cloud TPU v5p docs (cloud.google.com/tpu/docs/v5p) key specifications")
            .peak(FP8, 4.59e14, "Docs list 'Peak compute per chip (FP8) 459 TFLOPs' - no FP8 speedup over bf16 on v5p (int8 918 TOPS). Google Cloud TPU v5p docs; TPU7x comparison table")
            .memory(1.02005e11, "95 GiB HBM2e usable per chip (96 GiB physical; 1 GiB reserved), Google Cloud TPU v5p docs")
            .memoryBandwidth(2.765e12, "2,765 GBps per chip, Google Cloud TPU v5p docs")
            .scaleUpDomain(8960, "TPU v5p Pod = 8,960 chips (3D torus, OCS); largest single slice 6,144 chips. Google Cloud TPU v5p docs")
            .scaleUpBandwidth(6e11, "half of the aggregate (both directions) figure: Bidirectional ICI 1,200 GBps per chip (older docs: '4800 Gbps' one-way). Google Cloud TPU v5p docs. bidirectional")
            .scaleOut(6.25e09, "DCN bandwidth 50 Gbps per chip = 6.25 GB/s. Google Cloud TPU v5p docs")
            .tdp(450, "estimate: Google does not publish v5p chip power (range 350-550 W; nominal used)")
            .allInPower(450, 600, 800, "estimate: chip estimate + host share (4 chips per VM/host, 208 vCPU, 448 GB RAM) + OCS/ICI + cooling; not published")
            .rental(1.89, 4.2, 4.2, "on-demand $4.20, 1-yr CUD $2.94, 3-yr CUD $1.89 per chip-hour. Google Cloud TPU pricing page (cloud.google.com/tpu/pricing), list per chip-hour, us regions, 2025; figures not re-checked against the current page (unverified)")
            .purchase(6000, 10000, 15000, "TPUs are not sold; no public price. estimate, comparable to H100-class build cost minus NVIDIA margin. estimate")
            .firstAvailable(2023, 12, "Announced with Gemini 2023-12-06 (preview); GA 2024")
            .noPublishedRun("no training run on TPU v5p chip with published hours is in data/published-runs.csv")
            .build();

    static final DeviceSpec V6E = DeviceSpec.builder("tpu-v6e")
            .names("Google Cloud TPU v6e (Trillium) cluster", "Google", "TPU v6e chip").category(Category.ACCELERATOR)
            .peak(BF16, 9.18e14, "918 TFLOP/s bf16 per chip, Google Cloud TPU v6e docs (docs.cloud.google.com/tpu/docs/v6e) key specifications")
            .peak(FP8, 9.18e14, "TPU7x docs comparison table lists v6e 'Peak compute per chip (FP8) 918' - no FP8 speedup (int8 1,836 TOPS)")
            .memory(3.2e10, "32 GB HBM per chip, Google Cloud TPU v6e docs")
            .memoryBandwidth(1.638e12, "1,638 GBps per chip, Google Cloud TPU v6e docs")
            .scaleUpDomain(256, "TPU v6e Pod = 256 chips, 2D torus, 4 ICI ports (Google Cloud TPU v6e docs)")
            .scaleUpBandwidth(4e11, "half of the aggregate (both directions) figure: Bidirectional ICI 800 GBps per chip, Google Cloud TPU v6e docs. bidirectional")
            .scaleOut(1.25e10, "estimate: per-chip DCN not in the v6e docs excerpt seen; assumes ~4 x 200 Gbps NICs per 8-chip host (~100 Gb/s per chip)")
            .tdp(300, "estimate: Google does not publish chip power (Google claims +67% energy efficiency vs v5e) (range 250-400 W; nominal used)")
            .allInPower(300, 380, 500, "estimate: chip estimate + host share (8 chips/host, 1,536 GiB DRAM) + network; not published")
            .rental(1.22, 2.7, 2.7, "on-demand $2.70, 1-yr CUD $1.89, 3-yr CUD $1.22 per chip-hour. Google Cloud TPU pricing page (cloud.google.com/tpu/pricing), list per chip-hour, us regions, 2025; figures not re-checked against the current page (unverified)")
            .purchase(4000, 7000, 10000, "TPUs are not sold; no public price. estimate. estimate")
            .firstAvailable(2024, 10, "Trillium preview Oct 2024; GA Dec 2024")
            .noPublishedRun("no training run on TPU v6e chip with published hours is in data/published-runs.csv")
            .build();

    static final DeviceSpec V7 = DeviceSpec.builder("tpu-v7")
            .names("Google Cloud TPU7x (Ironwood) cluster", "Google", "TPU7x (Ironwood) chip").category(Category.ACCELERATOR)
            .peak(BF16, 2.307e15, "2,307 TFLOP/s bf16 per chip. Google Cloud TPU7x docs comparison table (docs.cloud.google.com/tpu/docs/tpu7x)")
            .peak(FP8, 4.614e15, "4,614 TFLOP/s FP8 per chip (dense). Google Cloud TPU7x docs; Ironwood performance guide; Google blog (Cloud Next 2025)")
            .memory(2.06158e11, "192 GiB HBM3e per chip (8 stacks). Google Cloud TPU7x docs ('HBM capacity per chip (GiB) 192'); Hot Chips 2025")
            .memoryBandwidth(7.37e12, "7.37 TB/s per chip (Google Ironwood launch material; Hot Chips 2025 reports ~7.3 TB/s)")
            .scaleUpDomain(9216, "9,216 chips per Pod (3D torus, OCS), 42.5 EF FP8. Google Cloud TPU7x docs")
            .scaleUpBandwidth(6e11, "half of the aggregate (both directions) figure: 1.2 TB/s bidirectional ICI per chip (Google Ironwood blog / Hot Chips 2025). bidirectional")
            .scaleOut(1.25e10, "estimate: per-chip DCN bandwidth not seen in sources consulted")
            .tdp(800, "estimate: chip power not published; bounded by ~1.085 kW all-in per chip (pod ~10 MW / 9,216) (range 600-1000 W; nominal used)")
            .allInPower(900, 1085, 1200, "Google: full 9,216-chip pod draws ~10 MW (Ironwood launch coverage) -> ~1,085 W per chip incl. hosts, ICI, liquid cooling; bounds estimate")
            .rental(3.5, 6, 9, "estimate: TPU7x list price not found in sources consulted; extrapolated from v5p/v6e list prices and Ironwood's ~5x v6e compute")
            .purchase(10000, 15000, 25000, "TPUs are not sold; no public price. estimate (press/analyst estimates of Ironwood cost well below B200 pricing). estimate")
            .firstAvailable(2025, 11, "Announced Cloud Next April 2025; GA on Google Cloud Nov 2025")
            .noPublishedRun("no training run on TPU7x (Ironwood) chip with published hours is in data/published-runs.csv")
            .build();

    static final DeviceSpec[] ALL = {V3, V4, V5E, V5P, V6E, V7};
}
