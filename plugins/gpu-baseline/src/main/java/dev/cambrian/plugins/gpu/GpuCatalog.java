package dev.cambrian.plugins.gpu;

import static dev.cambrian.api.absolute.Precision.*;

import dev.cambrian.api.Category;
import dev.cambrian.api.absolute.DeviceSpec;

/**
 * NVIDIA's data-centre GPUs, each figure with its source: datasheets for peak, memory, links and power;
 * utilization from the absolute kit's model fitted to published runs; prices are 2025-2026 market ranges
 * (assumptions: override them).
 */
final class GpuCatalog {
    /** NVIDIA's gross margin, the same on every device of the catalogue (the competitive-accelerators lever cuts it). */
    private static final double NVIDIA_MARGIN = 0.65;
    private static final String NVIDIA_MARGIN_SOURCE =
            "faraboschi2024barriers §3.7: NVIDIA's ~65% gross margin, which competitive accelerators would cut";

    private GpuCatalog() {
    }

    static final DeviceSpec V100 = DeviceSpec.builder("gpu-v100")
            .names("NVIDIA Tesla V100 SXM2 32GB cluster", "NVIDIA", "V100 SXM2 32GB").category(Category.GPU)
            .peak(BF16, 1.25e14, "125 TFLOP/s is FP16 Tensor Core (mixed precision, dense). V100 does NOT support BF16; this is the 16-bit training path. NVIDIA Tesla V100 datasheet 'Tensor Performance' row")
            .peak(FP32, 1.57e13, "FP32 (CUDA cores) 15.7 TFLOP/s; V100 has no TF32. NVIDIA Tesla V100 datasheet (V100 SXM2 column). Epoch AI ML Hardware dataset as secondary locator")
            .memory(3.2e10, "32 GB HBM2, NVIDIA Tesla V100 datasheet")
            .memoryBandwidth(9e11, "900 GB/s HBM2, NVIDIA Tesla V100 datasheet")
            .scaleUpDomain(8, "8 GPUs per DGX-1/HGX-1 NVLink hybrid cube-mesh (not all-to-all); DGX-2 joined 16 via NVSwitch. NVIDIA DGX-1/DGX-2 datasheets")
            .scaleUpBandwidth(1.5e11, "half of the aggregate (both directions) figure: NVLink 2.0 300 GB/s per GPU, bidirectional aggregate (6 links x 50 GB/s bidir). NVIDIA Tesla V100 datasheet 'Interconnect Bandwidth'")
            .scaleOut(6.25e09, "DGX-1 (V100): 4x 100 Gb/s InfiniBand EDR per 8 GPUs = 50 Gb/s per GPU = 6.25 GB/s (DGX-2: 8x100G per 16 GPUs, same). NVIDIA DGX-1 datasheet")
            .tdp(300, "300 W max power, NVIDIA Tesla V100 SXM2 datasheet")
            .allInPower(437, 440, 625, "DGX-1 (V100) max 3,500 W / 8 = 437.5 W; DGX-2 max 10 kW / 16 = 625 W (NVIDIA DGX-1 / DGX-2 datasheets, unverified, unverified). low/nominal from DGX-1, high from DGX-2")
            .rental(0.3, 0.6, 3.9, "low/nominal: marketplace V100 prices 2025 (vast.ai/RunPod-class, estimate); high: AWS p3dn.24xlarge on-demand ~$31.2/h / 8 GPUs = ~$3.90 (AWS list price unverified). estimate")
            .purchase(2000, 10000, 12000, "estimate: ~$10k per V100 SXM2 at 2017-2019 list/OEM prices (DGX-1 V100 list $149k for 8 GPUs incl. system); today's secondary market far lower (~$1-3k). estimate")
            .firstAvailable(2017, 6, "DGX-1 with V100 shipping mid-2017 (NVIDIA GTC May 2017 announcement, Q3 2017 ship); AWS P3 GA 2017-10")
            .runsPublished("GPT-3 175B (data/published-runs.csv)")
            .vendorMargin(NVIDIA_MARGIN, NVIDIA_MARGIN_SOURCE)
            .build();

    static final DeviceSpec A100_40 = DeviceSpec.builder("gpu-a100-40")
            .names("NVIDIA A100 SXM4 40GB cluster", "NVIDIA", "A100 SXM 40GB").category(Category.GPU)
            .peak(BF16, 3.12e14, "BF16 Tensor Core 312 TFLOP/s dense (624 with sparsity), NVIDIA A100 Tensor Core GPU datasheet")
            .peak(FP32, 1.56e14, "TF32 Tensor Core dense 156 TFLOP/s (312 with sparsity); FP32 CUDA-core 19.5 TFLOP/s. NVIDIA A100 datasheet 'TF32 Tensor Core' row. TF32 is the default fp32 training path on Ampere")
            .memory(4e10, "40 GB HBM2, NVIDIA A100 datasheet (A100 40GB SXM column)")
            .memoryBandwidth(1.555e12, "1,555 GB/s, NVIDIA A100 datasheet (A100 40GB SXM)")
            .scaleUpDomain(8, "8 GPUs per HGX/DGX A100 NVSwitch baseboard (NVIDIA DGX A100 datasheet)")
            .scaleUpBandwidth(3e11, "half of the aggregate (both directions) figure: NVLink 3 600 GB/s per GPU, bidirectional aggregate (12 links). NVIDIA A100 datasheet 'Interconnect'")
            .scaleOut(2.5e10, "DGX A100: 8x 200 Gb/s HDR InfiniBand (ConnectX-6) for 8 GPUs = 200 Gb/s = 25 GB/s per GPU (NVIDIA DGX A100 datasheet)")
            .tdp(400, "400 W max TDP, NVIDIA A100 SXM datasheet")
            .allInPower(650, 812, 894, "DGX A100 max power 6.5 kW / 8 GPUs (NVIDIA DGX A100 datasheet 'System Power Usage 6.5 kW max'); nominal = system max input power / GPUs per system; low = 0.8x nominal (typical training draw; e.g. DGX H100 typical 6.5-8.5 kW vs 10.2 kW max, supercluster.blog); high = 1.1x nominal (adds share of fabric switches/storage not in the node figure)")
            .rental(0.8, 1.2, 4.1, "low/nominal: specialist clouds 2025 (e.g. Lambda A100 40GB ~$1.29/h, marketplaces ~$0.8-1.2); high: AWS p4d.24xlarge on-demand ~$32.77/h / 8 = ~$4.10 (pre-June-2025 list, unverified). nominal is an estimate")
            .purchase(8000, 10000, 15000, "estimate: reported ~$10k per A100 40GB SXM at launch era (OEM/press reports); DGX A100 launched at $199k for 8 GPUs + system")
            .firstAvailable(2020, 5, "A100 + DGX A100 announced and shipping May 2020 (NVIDIA GTC 2020 keynote, 2020-05-14)")
            .runsPublished("BloombergGPT 50B, Falcon-7B, Falcon-40B, Falcon-180B, GLM-130B, TinyLlama 1.1B, Pythia 1B, Pythia 2.8B, Pythia 6.9B, Pythia 12B, MPT-7B (data/published-runs.csv)")
            .vendorMargin(NVIDIA_MARGIN, NVIDIA_MARGIN_SOURCE)
            .build();

    static final DeviceSpec A100 = DeviceSpec.builder("gpu-a100")
            .names("NVIDIA A100 SXM4 80GB cluster", "NVIDIA", "A100 SXM 80GB").category(Category.GPU)
            .peak(BF16, 3.12e14, "BF16 Tensor Core 312 TFLOP/s dense (624 sparse), NVIDIA A100 datasheet")
            .peak(FP32, 1.56e14, "TF32 Tensor Core dense 156 TFLOP/s (312 sparse); FP32 CUDA-core 19.5. NVIDIA A100 80GB datasheet")
            .memory(8e10, "80 GB HBM2e, NVIDIA A100 80GB datasheet")
            .memoryBandwidth(2.039e12, "2,039 GB/s, NVIDIA A100 80GB SXM datasheet")
            .scaleUpDomain(8, "8 GPUs per HGX/DGX A100 NVSwitch baseboard")
            .scaleUpBandwidth(3e11, "half of the aggregate (both directions) figure: NVLink 3 600 GB/s per GPU, bidirectional aggregate. NVIDIA A100 datasheet")
            .scaleOut(2.5e10, "DGX A100 (640GB): 8x 200 Gb/s HDR IB per 8 GPUs = 25 GB/s per GPU (NVIDIA DGX A100 datasheet)")
            .tdp(400, "400 W, NVIDIA A100 80GB SXM datasheet")
            .allInPower(650, 812, 894, "DGX A100 640GB max power 6.5 kW / 8 GPUs (NVIDIA DGX A100 datasheet); nominal = system max input power / GPUs per system; low = 0.8x nominal (typical training draw; e.g. DGX H100 typical 6.5-8.5 kW vs 10.2 kW max, supercluster.blog); high = 1.1x nominal (adds share of fabric switches/storage not in the node figure)")
            .rental(1, 1.5, 5.1, "low/nominal: specialist clouds/marketplaces 2025 ($1.0-1.8/h, e.g. Lambda/RunPod, estimate); high: AWS p4de.24xlarge ~$40.97/h / 8 = ~$5.12 (pre-June-2025 list, unverified). estimate")
            .purchase(12000, 15000, 20000, "estimate: widely reported $15-17k per A100 80GB SXM (2022-2023 press/analyst reports); prices fell after H100")
            .firstAvailable(2020, 11, "A100 80GB announced SC20 (2020-11-16) with DGX A100 640GB; volume in early 2021")
            .runsPublished("LLaMA 7B, LLaMA 13B, LLaMA 33B, LLaMA 65B, Llama 2 7B, Llama 2 13B, Llama 2 34B, Llama 2 70B, BLOOM 176B, StarCoderBase 15.5B (data/published-runs.csv)")
            .vendorMargin(NVIDIA_MARGIN, NVIDIA_MARGIN_SOURCE)
            .build();

    static final DeviceSpec H100 = DeviceSpec.builder("gpu-h100")
            .names("NVIDIA H100 SXM5 80GB cluster", "NVIDIA", "H100 SXM 80GB").category(Category.GPU)
            .peak(BF16, 9.894e14, "BF16 Tensor Core dense 989.4 TFLOP/s (datasheet 1,979 with sparsity). NVIDIA H100 Tensor Core GPU datasheet (nvidia.com, 'Technical Specifications' table, H100 SXM column; '* With sparsity' footnote - dense = half the table value)")
            .peak(FP8, 1.9789e15, "FP8 Tensor Core dense 1,978.9 TFLOP/s (datasheet 3,958 with sparsity). NVIDIA H100 Tensor Core GPU datasheet (nvidia.com, 'Technical Specifications' table, H100 SXM column; '* With sparsity' footnote - dense = half the table value)")
            .peak(FP32, 4.947e14, "TF32 Tensor Core dense 494.7 TFLOP/s (datasheet lists 989 TFLOP/s 'with sparsity'); FP32 CUDA-core 67 TFLOP/s. NVIDIA H100 Tensor Core GPU datasheet (nvidia.com, 'Technical Specifications' table, H100 SXM column; '* With sparsity' footnote - dense = half the table value); dense matrix table also in glennklockwood.com/garden/processors/h100")
            .memory(8e10, "80 GB HBM3, NVIDIA H100 Tensor Core GPU datasheet (nvidia.com, 'Technical Specifications' table, H100 SXM column)")
            .memoryBandwidth(3.35e12, "3.35 TB/s, NVIDIA H100 Tensor Core GPU datasheet (nvidia.com, 'Technical Specifications' table, H100 SXM column)")
            .scaleUpDomain(8, "8 GPUs per HGX/DGX H100 NVSwitch domain (NVLink Switch System to 256 GPUs was announced but not broadly deployed)")
            .scaleUpBandwidth(4.5e11, "half of the aggregate (both directions) figure: NVLink 4 900 GB/s per GPU, bidirectional aggregate (18 links x 50 GB/s). NVIDIA H100 Tensor Core GPU datasheet (nvidia.com, 'Technical Specifications' table, H100 SXM column)")
            .scaleOut(5e10, "DGX H100: 8x ConnectX-7 400 Gb/s per 8 GPUs = 400 Gb/s = 50 GB/s per GPU (NVIDIA DGX H100 datasheet)")
            .tdp(700, "Up to 700 W (configurable), NVIDIA H100 Tensor Core GPU datasheet (nvidia.com, 'Technical Specifications' table, H100 SXM column)")
            .allInPower(1020, 1275, 1402, "DGX H100 max power 10.2 kW / 8 GPUs (NVIDIA DGX H100 datasheet '~10.2 kW max'; DGX H100/H200 user guide: 6x 3.3 kW PSU, 10.2 kW max input); nominal = system max input power / GPUs per system; low = 0.8x nominal (typical training draw; e.g. DGX H100 typical 6.5-8.5 kW vs 10.2 kW max, supercluster.blog); high = 1.1x nominal (adds share of fabric switches/storage not in the node figure)")
            .rental(1.9, 2.5, 6.9, "low/nominal: specialist clouds 2025-26 (~$1.9-3.0/h; e.g. RunPod ~$2.69 per deploybase.ai 2026 article); high: AWS p5.48xlarge on-demand after June-2025 ~44% cut ~$55/h / 8 = ~$6.9 (unverified). nominal is an estimate")
            .purchase(22000, 28000, 40000, "estimate from reports: ~$25-40k per H100 SXM (2023-24 press/analysts; y-ic.de cites $30,678), lower in 2025 as supply eased")
            .firstAvailable(2023, 3, "Full production announced 2022-09; partner systems from 2022-Q4; broad cloud availability (Azure/Oracle/Lambda/CoreWeave previews) at GTC 2023-03; AWS P5 GA 2023-07")
            .runsPublished("Llama 3 8B, Llama 3 70B, Llama 3.1 8B, Llama 3.1 70B, Llama 3.1 405B, Llama 4 Scout (17Bx16E), Llama 4 Maverick (17Bx128E), Phi-3-mini (June 2024 update), Phi-3-medium 14B, Phi-3.5-MoE (16x3.8B), Phi-4 14B, Nemotron-4 15B, SmolLM3 3B, Granite 3.0 8B, JetMoE-8B, SmolLM2 1.7B (data/published-runs.csv)")
            .profile(SeedBaselineProfile.of())
            .vendorMargin(NVIDIA_MARGIN, NVIDIA_MARGIN_SOURCE)
            .build();

    static final DeviceSpec H200 = DeviceSpec.builder("gpu-h200")
            .names("NVIDIA H200 SXM 141GB cluster", "NVIDIA", "H200 SXM 141GB").category(Category.GPU)
            .peak(BF16, 9.894e14, "BF16 dense 989.4 TFLOP/s (1,979 sparse). NVIDIA H200 datasheet")
            .peak(FP8, 1.9789e15, "FP8 dense 1,978.9 TFLOP/s (3,958 sparse). NVIDIA H200 datasheet")
            .peak(FP32, 4.947e14, "TF32 dense 494.7 TFLOP/s (989 sparse); same GH100 compute as H100 SXM. NVIDIA H200 datasheet (H200 SXM column, sparsity footnote)")
            .memory(1.41e11, "141 GB HBM3e, NVIDIA H200 datasheet; MLPerf system JSON 'NVIDIA H200-SXM-141GB'")
            .memoryBandwidth(4.8e12, "4.8 TB/s, NVIDIA H200 datasheet")
            .scaleUpDomain(8, "8 GPUs per HGX/DGX H200")
            .scaleUpBandwidth(4.5e11, "half of the aggregate (both directions) figure: NVLink 4 900 GB/s bidirectional aggregate; MLPerf Inference v4.1 NVIDIA H200-SXM-141GBx8 system JSON '18x 4th Gen NVLink, 900GB/s'")
            .scaleOut(5e10, "DGX H200: 8x 400 Gb/s ConnectX-7 per 8 GPUs = 50 GB/s per GPU (NVIDIA DGX H200 datasheet)")
            .tdp(700, "Up to 700 W, NVIDIA H200 datasheet; MLPerf system JSON hw_notes 'H200 TGP 700W'")
            .allInPower(1020, 1275, 1402, "DGX H200 max power 10.2 kW / 8 GPUs (NVIDIA DGX H100/H200 user guide, 6x 3.3 kW PSUs, 10.2 kW max); nominal = system max input power / GPUs per system; low = 0.8x nominal (typical training draw; e.g. DGX H100 typical 6.5-8.5 kW vs 10.2 kW max, supercluster.blog); high = 1.1x nominal (adds share of fabric switches/storage not in the node figure)")
            .rental(2.3, 3.5, 7.9, "low/nominal: specialist clouds 2025-26 (~$2.3-4/h, estimate); high: AWS p5en.48xlarge on-demand ~$63/h / 8 (unverified). estimate")
            .purchase(28000, 32000, 40000, "estimate from press/analyst reports ($30-40k per H200 SXM, 2024-25); HF hardware page lists 'MSRP $32k'")
            .firstAvailable(2024, 6, "First H200 shipments Q2 2024 (first DGX H200 delivered 2024-04); AWS p5e/Azure availability H2 2024")
            .noPublishedRun("no training run on H200 SXM 141GB with published hours is in data/published-runs.csv")
            .vendorMargin(NVIDIA_MARGIN, NVIDIA_MARGIN_SOURCE)
            .build();

    static final DeviceSpec H800 = DeviceSpec.builder("gpu-h800")
            .names("NVIDIA H800 SXM5 80GB cluster", "NVIDIA", "H800 SXM 80GB").category(Category.GPU)
            .peak(BF16, 9.894e14, "BF16 dense 989.4 TFLOP/s (same as H100 SXM). NVIDIA H800 datasheet")
            .peak(FP8, 1.9789e15, "FP8 dense 1,978.9 TFLOP/s (same as H100 SXM). NVIDIA H800 datasheet; DeepSeek-V3 report trained on H800 FP8")
            .peak(FP32, 4.947e14, "TF32 dense 494.7 TFLOP/s; H800 SXM uses the H100 SXM die/clocks for tensor math (FP64 cut to ~1 TFLOP/s). NVIDIA H800 datasheet (China-market), sparsity halved")
            .memory(8e10, "80 GB HBM3, NVIDIA H800 SXM datasheet")
            .memoryBandwidth(3.35e12, "3.35 TB/s, NVIDIA H800 SXM datasheet")
            .scaleUpDomain(8, "8 GPUs per HGX H800 NVSwitch baseboard")
            .scaleUpBandwidth(2e11, "half of the aggregate (both directions) figure: NVLink 400 GB/s bidirectional aggregate (cut from 900 GB/s for export rules). NVIDIA H800 datasheet; DeepSeek-V3 technical report (Sec. 3.x: 'NVLink 400GB/s' per H800 node)")
            .scaleOut(5e10, "DeepSeek-V3 report: H800 nodes with 8x 400 Gb/s InfiniBand NICs (one per GPU) = 50 GB/s per GPU; other Chinese deployments may use 200 Gb/s")
            .tdp(700, "Up to 700 W, NVIDIA H800 SXM datasheet")
            .allInPower(1020, 1275, 1403, "comparable: HGX H800 servers use the HGX H100 platform; DGX H100 10.2 kW / 8 applied. estimate; nominal = system max input power / GPUs per system; low = 0.8x nominal (typical training draw; e.g. DGX H100 typical 6.5-8.5 kW vs 10.2 kW max, supercluster.blog); high = 1.1x nominal (adds share of fabric switches/storage not in the node figure)")
            .rental(1.5, 2.2, 3.5, "estimate: not offered on Western public clouds; Chinese cloud/IDC rental prices reported roughly comparable to H100 market rates (~10-20 CNY/GPU-h). estimate, comparable to H100")
            .purchase(25000, 30000, 40000, "estimate: comparable to H100 SXM; China market prices reported ~200-300k CNY per GPU in 2023-24 (press reports). estimate")
            .firstAvailable(2023, 3, "NVIDIA confirmed H800 shipping to Chinese cloud providers March 2023 (press reports); export-banned Oct 2023")
            .runsPublished("DeepSeek-V3, DeepSeek-V2 (data/published-runs.csv)")
            .vendorMargin(NVIDIA_MARGIN, NVIDIA_MARGIN_SOURCE)
            .build();

    static final DeviceSpec B200 = DeviceSpec.builder("gpu-b200")
            .names("NVIDIA B200 (HGX/DGX B200, 180GB) cluster", "NVIDIA", "B200 SXM 180GB (HGX)").category(Category.GPU)
            .peak(BF16, 2.25e15, "BF16 dense 2.25 PFLOP/s per GPU (HGX B200 per-GPU table 4.5 PF with sparsity; HGX B200 36 PF total sparse / 8 / 2). NVIDIA HGX B200/B300 and GB200/GB300 NVL72 product pages (nvidia.com 'Technical Specifications', per-GPU rows; FP4/FP8/BF16/TF32 rows footnoted 'with sparsity' - dense = half)")
            .peak(FP8, 4.5e15, "FP8 dense 4.5 PFLOP/s per GPU. DGX B200's '72 PFLOPS training' = 8 x 9 PF FP8 WITH sparsity -> dense 36 PF per system. NVIDIA HGX B200/B300 and GB200/GB300 NVL72 product pages (nvidia.com 'Technical Specifications', per-GPU rows; FP4/FP8/BF16/TF32 rows footnoted 'with sparsity' - dense = half)")
            .peak(FP4, 9e15, "FP4 dense 9 PFLOP/s per GPU (DGX B200 '144 PFLOPS inference' = 8 x 18 PF FP4 with sparsity). NVIDIA HGX B200/B300 and GB200/GB300 NVL72 product pages (nvidia.com 'Technical Specifications', per-GPU rows; FP4/FP8/BF16/TF32 rows footnoted 'with sparsity' - dense = half)")
            .peak(FP32, 1.1e15, "TF32 dense 1.1 PFLOP/s (HGX B200 table 2.2 PF 'with sparsity'); FP32 CUDA-core 75 TFLOP/s. NVIDIA HGX B200/B300 and GB200/GB300 NVL72 product pages (nvidia.com 'Technical Specifications', per-GPU rows; FP4/FP8/BF16/TF32 rows footnoted 'with sparsity' - dense = half)")
            .memory(1.8e11, "180 GB HBM3e per GPU as shipped in HGX/DGX B200 (DGX B200 user guide: '8 x B200 ... 1,440 GB total'; MLPerf v6.0 Nebius 'B200-SXM-180GB'); early launch material said 192 GB")
            .memoryBandwidth(7.7e12, "7.7 TB/s per GPU (HGX B200 table; DGX B200 '64 TB/s' total); early material said 8 TB/s")
            .scaleUpDomain(8, "8 GPUs per HGX/DGX B200 (DGX B200 user guide: 2x NVLink 5 switch chips, 14.4 TB/s aggregate)")
            .scaleUpBandwidth(9e11, "half of the aggregate (both directions) figure: NVLink 5 1.8 TB/s per GPU, bidirectional aggregate (18 links x 100 GB/s). NVIDIA HGX B200/B300 and GB200/GB300 NVL72 product pages (nvidia.com 'Technical Specifications', per-GPU rows; FP4/FP8/BF16/TF32 rows footnoted 'with sparsity' - dense = half)")
            .scaleOut(5e10, "DGX B200: 8x ConnectX-7 400 Gb/s for 8 GPUs = 50 GB/s per GPU (NVIDIA DGX B200 user guide, 'Network (Cluster) card')")
            .tdp(1000, "Configurable up to 1,000 W (HGX B200 table); MLPerf Nebius B200 system JSON 'B200 TGP 1000W'")
            .allInPower(1430, 1788, 1966, "DGX B200 max power 14.3 kW / 8 GPUs (NVIDIA DGX B200 datasheet '~14.3 kW max'; user guide: 6x 3.3 kW PSUs); nominal = system max input power / GPUs per system; low = 0.8x nominal (typical training draw; e.g. DGX H100 typical 6.5-8.5 kW vs 10.2 kW max, supercluster.blog); high = 1.1x nominal (adds share of fabric switches/storage not in the node figure)")
            .rental(3, 4.5, 14.2, "low/nominal: specialist clouds 2025-26 (~$3-6/h, estimate); high: AWS p6-b200.48xlarge on-demand ~$113.9/h / 8 (unverified). estimate")
            .purchase(30000, 35000, 45000, "NVIDIA CEO quoted $30-40k per Blackwell GPU (CNBC, March 2024); HGX B200 8-GPU boards reported ~$300-400k. estimate")
            .firstAvailable(2025, 2, "DGX/HGX B200 volume shipments from late 2024; first broad cloud availability Q1 2025")
            .noPublishedRun("no training run on B200 SXM 180GB (HGX) with published hours is in data/published-runs.csv")
            .vendorMargin(NVIDIA_MARGIN, NVIDIA_MARGIN_SOURCE)
            .build();

    static final DeviceSpec GB200 = DeviceSpec.builder("gpu-gb200")
            .names("NVIDIA GB200 NVL72 (per Blackwell GPU, 186GB) cluster", "NVIDIA", "GB200 NVL72 GPU").category(Category.GPU)
            .peak(BF16, 2.5e15, "BF16 dense 2.5 PFLOP/s per GPU (rack 360 PF with sparsity / 72 / 2; per-GPU table 5 PF sparse). NVIDIA HGX B200/B300 and GB200/GB300 NVL72 product pages (nvidia.com 'Technical Specifications', per-GPU rows; FP4/FP8/BF16/TF32 rows footnoted 'with sparsity' - dense = half); also glennklockwood.com B200 page (GB200 at 1,200 W)")
            .peak(FP8, 5e15, "FP8 dense 5 PFLOP/s per GPU (rack 720 PF FP8 'training' is sparse -> 360 PF dense). NVIDIA HGX B200/B300 and GB200/GB300 NVL72 product pages (nvidia.com 'Technical Specifications', per-GPU rows; FP4/FP8/BF16/TF32 rows footnoted 'with sparsity' - dense = half)")
            .peak(FP4, 1e16, "FP4 dense 10 PFLOP/s per GPU (rack 1,440 PF is sparse -> 720 PF dense). NVIDIA HGX B200/B300 and GB200/GB300 NVL72 product pages (nvidia.com 'Technical Specifications', per-GPU rows; FP4/FP8/BF16/TF32 rows footnoted 'with sparsity' - dense = half)")
            .peak(FP32, 1.25e15, "TF32 dense 1.25 PFLOP/s per GPU (GB200 NVL72 per-GPU table 2.5 PF with sparsity; rack 180 PF sparse / 72 / 2); FP32 CUDA-core 80 TFLOP/s. NVIDIA HGX B200/B300 and GB200/GB300 NVL72 product pages (nvidia.com 'Technical Specifications', per-GPU rows; FP4/FP8/BF16/TF32 rows footnoted 'with sparsity' - dense = half)")
            .memory(1.86e11, "186 GB HBM3e per GPU (GB200 NVL72 per-GPU table; MLPerf Crusoe GB200 JSON '186 GB'); rack 'up to 13.4-13.5 TB'")
            .memoryBandwidth(8e12, "8 TB/s per GPU (rack 576 TB/s / 72). NVIDIA HGX B200/B300 and GB200/GB300 NVL72 product pages (nvidia.com 'Technical Specifications', per-GPU rows; FP4/FP8/BF16/TF32 rows footnoted 'with sparsity' - dense = half)")
            .scaleUpDomain(72, "72 GPUs in one NVLink domain (9 NVLink switch trays, 130 TB/s aggregate). NVIDIA GB200 NVL72 page")
            .scaleUpBandwidth(9e11, "half of the aggregate (both directions) figure: NVLink 5 1.8 TB/s per GPU, bidirectional (rack 130 TB/s / 72). NVIDIA GB200 NVL72 page")
            .scaleOut(5e10, "Reference GB200 NVL72: one ConnectX-7 400 Gb/s NIC per GPU (72 per rack) = 50 GB/s; some builds use ConnectX-8 800G")
            .tdp(1200, "Configurable up to 1,200 W per GPU (GB200 NVL72 per-GPU table)")
            .allInPower(1550, 1667, 1833, "Rack ~120 kW (ServeTheHome/The Register, NVIDIA partner material) / 72 = 1,667 W nominal incl. Grace CPUs, NVLink switches, NICs; high = 132 kW power-shelf capacity / 72 (Supermicro, via introl.com); low ~110 kW typical. estimate bounds")
            .rental(4, 6, 10.5, "estimate: GB200 NVL72 capacity mostly reserved; CoreWeave on-demand ~$42/h per 4-GPU node (~$10.5/GPU-h, listed on gpu.blog); reserved/term deals reported ~$4-6. estimate")
            .purchase(35000, 42000, 55000, "GB200 NVL72 rack reported ~$3M (The Register/Xataka/continuumlabs, 2024-25) / 72 = ~$42k per GPU incl. Grace CPUs, switches and rack. estimate")
            .firstAvailable(2025, 2, "First GB200 NVL72 GA in cloud (CoreWeave) Feb 2025; hyperscaler racks from late 2024 (aiwiki GB200 NVL72)")
            .noPublishedRun("no training run on GB200 NVL72 GPU with published hours is in data/published-runs.csv")
            .vendorMargin(NVIDIA_MARGIN, NVIDIA_MARGIN_SOURCE)
            .build();

    static final DeviceSpec B300 = DeviceSpec.builder("gpu-b300")
            .names("NVIDIA B300 Blackwell Ultra (HGX/DGX B300, 288GB) cluster", "NVIDIA", "B300 SXM 288GB (HGX)").category(Category.GPU)
            .peak(BF16, 2.25e15, "BF16 dense 2.25 PFLOP/s (HGX B300 36 PF with sparsity / 8 / 2). NVIDIA HGX B300 spec; datacrunch.io B300 vs B200 (dense table)")
            .peak(FP8, 4.5e15, "FP8 dense 4.5 PFLOP/s (HGX B300 72 PF sparse / 8 / 2) - same as B200. NVIDIA HGX B300 spec")
            .peak(FP4, 1.35e16, "FP4 dense 13.5 PFLOP/s (HGX B300 108 PF dense / 8; 144 PF with sparsity). Note: FP4 sparsity gives only 1.33x on Blackwell Ultra. NVIDIA HGX B300 spec (fibermall reproduction; datacrunch says ~14)")
            .peak(FP32, 1.1e15, "TF32 dense ~1.1 PFLOP/s (HGX B300 18 PF with sparsity / 8 / 2 = 1.125); FP32 CUDA-core 75 TFLOP/s; FP64 only ~1.25 TFLOP/s. NVIDIA HGX B300 spec table (fibermall/datacrunch reproduce it)")
            .memory(2.88e11, "288 GB HBM3e (12-high) per GPU; HGX B300 'up to 2.3 TB' per 8 GPUs; ~270 GB user-visible (Verda)")
            .memoryBandwidth(8e12, "8 TB/s per GPU (datacrunch.io; Verda lists 7.7 TB/s for HGX B300)")
            .scaleUpDomain(8, "8 GPU packages per HGX B300 (NVIDIA also calls it 'NVL16', counting dies)")
            .scaleUpBandwidth(9e11, "half of the aggregate (both directions) figure: NVLink 5 1.8 TB/s per GPU bidirectional; HGX B300 total 14.4 TB/s")
            .scaleOut(1e11, "HGX/DGX B300: ConnectX-8 800 Gb/s SuperNIC per GPU = 100 GB/s ('Networking bandwidth 1.6 TB/s' per 8 GPUs in HGX B300 table)")
            .tdp(1100, "Up to 1,100 W for HGX B300 (datacrunch.io; Verda); the GB300 variant runs 1,400 W")
            .allInPower(1650, 1800, 2000, "estimate, comparable to DGX B200 (14.3 kW / 8 = 1,788 W) plus ~100 W higher GPU TDP; DGX B300 system max unverified. estimate")
            .rental(3.5, 5.5, 9, "estimate: early 2026 specialist-cloud B300 listings ~$4-7/GPU-h; hyperscaler on-demand higher. estimate")
            .purchase(35000, 45000, 55000, "estimate: reports put B300 at a premium over B200 (~$40-50k); no NVIDIA list price. estimate")
            .firstAvailable(2025, 10, "HGX B300 systems shipping from ~Q3-Q4 2025; DGX B300 shipping from Jan 2026 (aiwiki DGX B300). month approximate")
            .runsPublished("Arcee Trinity Large (data/published-runs.csv)")
            .vendorMargin(NVIDIA_MARGIN, NVIDIA_MARGIN_SOURCE)
            .build();

    static final DeviceSpec GB300 = DeviceSpec.builder("gpu-gb300")
            .names("NVIDIA GB300 NVL72 (per Blackwell Ultra GPU, 288GB) cluster", "NVIDIA", "GB300 NVL72 GPU").category(Category.GPU)
            .peak(BF16, 2.5e15, "BF16 dense 2.5 PFLOP/s per GPU (rack 360 PF sparse -> 180 PF dense). NVIDIA GB300 NVL72 page; Verda 'GB300 NVL72 architecture' dense table")
            .peak(FP8, 5e15, "FP8 dense 5 PFLOP/s per GPU (rack 720 PF sparse; 360 PF dense 'for training'). NVIDIA GB300 NVL72 page; glennklockwood.com B300")
            .peak(FP4, 1.5e16, "FP4 dense 15 PFLOP/s per GPU (rack 1,080 PF = '1.1 EF dense FP4'; 1,440 PF with sparsity). NVIDIA GB300 NVL72 page")
            .peak(FP32, 1.25e15, "TF32 dense 1.25 PFLOP/s per GPU (rack 180 PF with sparsity / 72 / 2; Verda per-GPU dense table); FP32 ~80 TFLOP/s. NVIDIA GB300 NVL72 page")
            .memory(2.88e11, "288 GB HBM3e per GPU (rack 'up to 20-21 TB'); ~279 GB usable (Verda)")
            .memoryBandwidth(8e12, "8 TB/s per GPU (rack 576 TB/s / 72)")
            .scaleUpDomain(72, "72 GPUs per NVLink domain, 130 TB/s aggregate")
            .scaleUpBandwidth(9e11, "half of the aggregate (both directions) figure: NVLink 5 1.8 TB/s per GPU bidirectional (rack 130 TB/s / 72)")
            .scaleOut(1e11, "One ConnectX-8 800 Gb/s SuperNIC per GPU (72 per rack) = 100 GB/s. NVIDIA GB300 NVL72 page; glennklockwood.com")
            .tdp(1400, "Up to 1,400 W per GPU (Verda per-GPU table; glennklockwood.com)")
            .allInPower(1667, 1833, 1944, "Rack ~120-140 kW / 72: nominal 132 kW (power-shelf DC capacity, Supermicro via introl.com) / 72; low 120 kW; high ~140 kW. estimate")
            .rental(5, 7, 12, "estimate: GB300 NVL72 mostly sold on multi-year reservations in 2025-26; per-GPU-hour equivalents reported ~$5-10. estimate")
            .purchase(42000, 52000, 60000, "GB300 NVL72 rack reported ~$3-4M (awesomeagents.ai, press) / 72 = $42-56k per GPU incl. CPUs/switches. estimate")
            .firstAvailable(2025, 7, "Dell delivered first production GB300 NVL72 to CoreWeave July 2025 (aiwiki GB300 NVL72)")
            .noPublishedRun("no training run on GB300 NVL72 GPU with published hours is in data/published-runs.csv")
            .vendorMargin(NVIDIA_MARGIN, NVIDIA_MARGIN_SOURCE)
            .build();

    static final DeviceSpec[] ALL = {V100, A100_40, A100, H100, H200, H800, B200, GB200, B300, GB300};
}
