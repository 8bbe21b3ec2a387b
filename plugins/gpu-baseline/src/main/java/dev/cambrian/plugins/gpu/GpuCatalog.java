package dev.cambrian.plugins.gpu;

import dev.cambrian.api.Range;

/**
 * The GPU generations and their figures. Peak and power come from NVIDIA datasheets; utilisation is
 * calibrated so that a published run, given only its parameters, tokens, device type and count,
 * lands on its published GPU-hours (see the plugin README section in the project README and
 * GpuCalibrationTest). Prices are 2025 market ranges and are assumptions: override them.
 */
final class GpuCatalog {
    private GpuCatalog() {
    }

    static final GpuSpec V100 = new GpuSpec("gpu-v100", "NVIDIA V100 SXM2 cluster", "V100 SXM2 32GB",
            125e12, "NVIDIA V100 datasheet: 125 TFLOP/s FP16 tensor",
            32e9, "NVIDIA V100 datasheet: 32 GB HBM2",
            new Range(300, 437.5, 480), "low: 300 W TDP (V100 datasheet); nominal: DGX-1 3.5 kW max / 8 GPUs;"
                    + " high: +10% network share (assumption)",
            new Range(0.15, 0.205, 0.25), "calibrated on GPT-3: 10,000 V100 for 14.8 days = 3.55M GPU-hours"
                    + " (Patterson et al. 2021, 'Carbon Emissions and Large Neural Network Training', Table 4);"
                    + " range assumption",
            new Range(0.40, 0.80, 3.06), "assumption: 2025 market rental; high is AWS p3 on-demand per GPU",
            new Range(5_000, 8_000, 10_000), "assumption: 2025 resale price range");

    static final GpuSpec A100 = new GpuSpec("gpu-a100", "NVIDIA A100 SXM cluster", "A100 SXM 80GB",
            312e12, "NVIDIA A100 datasheet: 312 TFLOP/s BF16 dense",
            80e9, "NVIDIA A100 80GB datasheet: 80 GB HBM2e",
            new Range(400, 812.5, 900), "low: 400 W TDP (A100 datasheet); nominal: DGX A100 6.5 kW max / 8 GPUs;"
                    + " high: +10% network share (assumption)",
            new Range(0.32, 0.44, 0.47), "calibrated on Llama 2 70B: 2T tokens, 1,720,320 A100-80GB GPU-hours"
                    + " (Touvron et al. 2023, Table 2); low: BLOOM-176B, 1.08M A100 hours for 366B tokens"
                    + " (BigScience 2022); high: OPT-175B, 147 TFLOP/s per GPU (Zhang et al. 2022)",
            new Range(1.00, 1.50, 4.10), "assumption: 2025 market rental; high is AWS p4d on-demand per GPU;"
                    + " seed 001 Table 3 costs $2.5/GPU-hour",
            new Range(10_000, 15_000, 20_000), "assumption: 2024-2025 reported price range");

    static final GpuSpec H100 = new GpuSpec("gpu-h100", "NVIDIA H100 SXM cluster", "H100 SXM 80GB",
            989e12, "NVIDIA H100 datasheet: 989 TFLOP/s BF16 dense (1,979 with sparsity)",
            80e9, "NVIDIA H100 SXM datasheet: 80 GB HBM3",
            new Range(700, 1275, 1400), "low: 700 W TDP (H100 datasheet, seed 004); nominal: DGX H100 10.2 kW max / 8 GPUs;"
                    + " high: +10% network share (assumption)",
            new Range(0.30, 0.37, 0.43), "calibrated on Llama 3.1 405B: 15.6T tokens on 16,384 H100, 30.84M"
                    + " GPU-hours (Meta Llama 3.1 model card; Dubey et al. 2024); range: the 38-43% MFU Meta reports,"
                    + " widened down to 30% (assumption)",
            new Range(1.50, 2.50, 6.90), "assumption: 2025 market rental; high is AWS p5 on-demand per GPU after"
                    + " the June 2025 price cut",
            new Range(25_000, 30_000, 40_000), "assumption: 2024-2025 reported price range");

    static final GpuSpec H800 = new GpuSpec("gpu-h800", "NVIDIA H800 SXM cluster", "H800 SXM 80GB",
            989e12, "same Hopper die as H100 (989 TFLOP/s BF16 dense); export variant with reduced NVLink bandwidth",
            80e9, "H800 SXM: 80 GB HBM3, as H100",
            new Range(700, 1275, 1400), "as H100: 700 W TDP; DGX H100-class chassis 10.2 kW / 8 (assumption)",
            new Range(0.30, 0.37, 0.43), "H100's calibration; checked against DeepSeek-V3: 37B active parameters,"
                    + " 14.8T tokens, 2,048 H800, 2.664M GPU-hours for pre-training (DeepSeek-AI 2024, Table 1)",
            new Range(1.50, 2.00, 4.00), "assumption; DeepSeek-V3 report costs H800 at $2/GPU-hour",
            new Range(25_000, 30_000, 40_000), "assumption: as H100");

    static final GpuSpec B200 = new GpuSpec("gpu-b200", "NVIDIA B200 cluster", "B200 SXM 180GB",
            2.25e15, "NVIDIA DGX B200 datasheet: 72 PFLOP/s FP8 training per 8 GPUs with sparsity, i.e. 2.25"
                    + " PFLOP/s BF16 dense per GPU",
            180e9, "NVIDIA DGX B200 datasheet: 1,440 GB for 8 GPUs (180 GB each)",
            new Range(1000, 1787.5, 1970), "low: 1,000 W TDP (HGX B200); nominal: DGX B200 14.3 kW max / 8 GPUs;"
                    + " high: +10% network share (assumption)",
            new Range(0.25, 0.37, 0.45), "no published full training run with GPU-hours: H100's calibration, with a"
                    + " wider range (assumption)",
            new Range(3.00, 4.00, 8.00), "assumption: 2025 market rental",
            new Range(30_000, 35_000, 40_000), "NVIDIA CEO, CNBC interview, March 2024: '$30,000 to $40,000'");

    static final GpuSpec[] ALL = {V100, A100, H100, H800, B200};
}
