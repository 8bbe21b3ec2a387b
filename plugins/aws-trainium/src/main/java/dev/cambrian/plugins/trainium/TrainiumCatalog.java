package dev.cambrian.plugins.trainium;

import static dev.cambrian.api.absolute.Precision.*;

import dev.cambrian.api.Category;
import dev.cambrian.api.absolute.DeviceSpec;

/**
 * AWS Trainium chips as EC2 rents them, each figure with its source. Trainium is not sold: purchase
 * prices are labelled estimates; per-chip prices are shares of instance prices.
 */
final class TrainiumCatalog {
    private TrainiumCatalog() {
    }

    static final DeviceSpec TRN1 = DeviceSpec.builder("aws-trainium1")
            .names("AWS Trainium (Trn1) cluster", "AWS", "Trainium1 chip").category(Category.ACCELERATOR)
            .peak(BF16, 1.9e14, "190 FP16/BF16/cFP8/TF32 TFLOP/s per chip (2 NeuronCore-v2). AWS Neuron docs 'Trainium Architecture'; Trainium2 comparison table rounds to 191")
            .peak(FP8, 1.9e14, "cFP8 runs at the same 190 TFLOP/s rate (no speedup). AWS Neuron docs")
            .peak(FP32, 4.75e13, "FP32 47.5 TFLOP/s per chip; TF32 runs at the 190 TFLOP/s bf16 rate. AWS Neuron docs 'Trainium Architecture'")
            .memory(3.43597e10, "32 GiB HBM per chip, AWS Neuron docs")
            .memoryBandwidth(8.80468e11, "820 GiB/s per chip (Trn1 instance table; Trainium2 comparison table: 0.8 TB/s), AWS Neuron docs")
            .scaleUpDomain(16, "16 chips per trn1.32xlarge joined by NeuronLink-v2 (2D torus / 4D hypercube); memory pool up to 16 chips (AWS Neuron docs)")
            .scaleUpBandwidth(1.92e11, "half of the aggregate (both directions) figure: Inter-chip interconnect 384 GB/s per chip (AWS Neuron docs, 'Trainium2 Architecture' (aws-neuron/aws-neuron-sdk about-neuron/arch/neuron-hardware/trainium2.rst) comparison table). direction not stated (likely aggregate)")
            .scaleOut(6.25e09, "trn1.32xlarge 800 Gbps EFA / 16 = 50 Gb/s per chip; trn1n.32xlarge 1,600 Gbps / 16 = 100 Gb/s. AWS Neuron 'Trn1/Trn1n Architecture' table")
            .tdp(400, "estimate: AWS does not publish Trainium power (range 300-500 W; nominal used)")
            .allInPower(400, 500, 650, "estimate: chip estimate + trn1.32xlarge host share (128 vCPU, 512 GiB) + EFA; not published")
            .rental(0.55, 1.34, 1.34, "trn1.32xlarge on-demand ~$21.50/h / 16 = $1.34 per chip-hour (trn1.2xlarge ~$1.34 for 1 chip); low ~3-yr savings plan. AWS EC2 pricing unverified. per-chip share")
            .purchase(3000, 5000, 8000, "Not sold; estimate (comparable to an A100-40GB-class build cost). estimate")
            .firstAvailable(2022, 10, "EC2 Trn1 GA 2022-10-10")
            .runsPublished("rinna nekomata-14b (continual pre-training) (data/published-runs.csv)")
            .build();

    static final DeviceSpec TRN2 = DeviceSpec.builder("aws-trainium2")
            .names("AWS Trainium2 (Trn2) cluster", "AWS", "Trainium2 chip").category(Category.ACCELERATOR)
            .peak(BF16, 6.67e14, "667 BF16/FP16/TF32 TFLOP/s dense per chip (2,563 'sparse'). AWS Neuron docs, 'Trainium2 Architecture' (aws-neuron/aws-neuron-sdk about-neuron/arch/neuron-hardware/trainium2.rst)")
            .peak(FP8, 1.299e15, "1,299 FP8 TFLOP/s dense per chip. AWS Neuron docs, 'Trainium2 Architecture' (aws-neuron/aws-neuron-sdk about-neuron/arch/neuron-hardware/trainium2.rst)")
            .peak(FP32, 1.81e14, "FP32 181 TFLOP/s; TF32 runs at the 667 TFLOP/s bf16 rate. AWS Neuron docs, 'Trainium2 Architecture' (aws-neuron/aws-neuron-sdk about-neuron/arch/neuron-hardware/trainium2.rst)")
            .memory(1.03079e11, "96 GiB HBM (4 stacks) per chip. AWS Neuron docs, 'Trainium2 Architecture' (aws-neuron/aws-neuron-sdk about-neuron/arch/neuron-hardware/trainium2.rst)")
            .memoryBandwidth(2.9e12, "2.9 TB/s per chip. AWS Neuron docs, 'Trainium2 Architecture' (aws-neuron/aws-neuron-sdk about-neuron/arch/neuron-hardware/trainium2.rst) (NKI guide says ~3 TB/s)")
            .scaleUpDomain(64, "Trn2 UltraServer: 64 chips (4 x trn2.48xlarge) in one NeuronLink domain; 'Memory Pool Size up to 64 chips'. AWS Neuron docs, 'Trainium2 Architecture' (aws-neuron/aws-neuron-sdk about-neuron/arch/neuron-hardware/trainium2.rst); 16 chips per trn2.48xlarge (4x4 torus)")
            .scaleUpBandwidth(6.4e11, "half of the aggregate (both directions) figure: NeuronLink-v3 1.28 TB/s per chip (AWS Neuron docs, 'Trainium2 Architecture' (aws-neuron/aws-neuron-sdk about-neuron/arch/neuron-hardware/trainium2.rst)). direction not stated (likely aggregate)")
            .scaleOut(2.5e10, "trn2.48xlarge 3.2 Tbps EFAv3 / 16 chips = 200 Gb/s = 25 GB/s per chip (AWS EC2 Trn2 page, unverified)")
            .tdp(500, "estimate: AWS does not publish; ~500 W widely reported by analysts (range 450-600 W; nominal used)")
            .allInPower(550, 700, 850, "estimate: chip + host/NeuronLink/EFA share; not published")
            .rental(1.4, 2.9, 3, "trn2.48xlarge on-demand ~$46-47/h / 16 = ~$2.9 per chip-hour; low ~EC2 Capacity Blocks / savings plans. AWS EC2 pricing unverified. per-chip share")
            .purchase(5000, 8000, 12000, "Not sold; estimate (analyst estimates of Trainium2 unit cost, comparable to MI300X-class pricing minus margin). estimate")
            .firstAvailable(2024, 12, "EC2 Trn2 instances GA, Trn2 UltraServers preview at re:Invent 2024-12-03")
            .noPublishedRun("no training run on Trainium2 chip with published hours is in data/published-runs.csv")
            .build();

    static final DeviceSpec[] ALL = {TRN1, TRN2};
}
