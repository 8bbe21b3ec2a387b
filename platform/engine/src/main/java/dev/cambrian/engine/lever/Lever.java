package dev.cambrian.engine.lever;

import dev.cambrian.api.Contracts;

import dev.cambrian.engine.lever.ParameterChange.Operation;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The evolutionary roadmap of faraboschi2024barriers (Table 2, sections 3.1-3.7) as named adjustments. Each has one
 * setting with a default and its source; it changes the workload (every backend trains less) or the
 * contract parameters ({@link Contracts}) of the backends that opt in to it (the absolute kit's device
 * clusters: the relative backends' claims stay measured against today's GPUs). How a setting turns into changes lives here and nowhere else.
 */
public enum Lever {
    RESILIENCE(Contracts.RESILIENCE, "Distributed Systems", "supercomputing resilience: faster checkpoints of less state",
            2, "TB/s checkpoint bandwidth", 0.001, 1000,
            "faraboschi2024barriers §3.1: optimized configuration, '2TB/s checkpointing performance, a 50% reduction of"
                    + " checkpointing memory'; the K-of-N runtime is shown by `scale`"),
    DATA_REDUCTION("data-reduction", "Data Reduction", "fewer training tokens per parameter",
            0.5, "x tokens per parameter", 0.01, 1,
            "faraboschi2024barriers §3.2 gives no figure; default: Table 1, the best case's 20 FLOP/parameter (with tokens)"
                    + " against the best guess's 40"),
    MODEL_PARTITIONING("model-partitioning", "Model Partitioning", "more sparsely activated partitions (MoE experts);"
            + " may degrade model quality (faraboschi2024barriers §3.1)",
            2, "x experts", 1, 1024,
            "faraboschi2024barriers §3.3 and section 1.3 (C = 120 P^2 / K); default: Table 1, the best case adds 8 experts a"
                    + " year against the best guess's 4"),
    TRAINING_ALGORITHMS("training-algorithms", "Training Algorithms", "faster convergence: fewer tokens to reach the"
            + " same loss",
            Double.NaN, "x training tokens", 0.01, 1,
            "faraboschi2024barriers §3.4 gives no figure: set one, e.g. training-algorithms=0.9"),
    MX_FORMAT(Contracts.MX_FORMAT, "Data Formats", "shared block micro-exponents (OCP MX): smaller checkpointed state",
            0.5, "x memory footprint", 0.01, 1,
            "faraboschi2024barriers §3.5: SBME / OCP MX reduces the memory footprint of LLMs 'by up to 50%'"),
    LNS_FORMAT(Contracts.LNS_FORMAT, "Data Formats", "logarithmic number system: multiplications become additions",
            0.6, "x training time", 0.01, 1,
            "faraboschi2024barriers §3.5: LNS reduces the training time of LLMs 'by up to 40%' (the upper end)"),
    EFFICIENT_HARDWARE(Contracts.EFFICIENT_HARDWARE, "Efficient Hardware", "specialized accelerators: less energy per"
            + " operation (the revolutionary backends go further, faraboschi2024barriers §4)",
            1 / 1.5, "x energy per operation", 0.01, 1,
            "faraboschi2024barriers §3.6 gives no figure; default: venturebeat2024quantum, Inferentia's 'upwards of a 50% performance per"
                    + " watt improvement' (an inference chip)"),
    COMPETITIVE_ACCELERATORS(Contracts.COMPETITIVE_ACCELERATORS, "Competitive Accelerators", "accelerator margins fall to the"
            + " semiconductor average: price = cost / (1 - margin)",
            0.40, "gross margin", 0, Lever.TODAY_MARGIN,
            "faraboschi2024barriers §3.7, Fig. 9: Nvidia's gross margin 65% (Q1'24), the historical semiconductor range"
                    + " 35%-45%; default 40%, its middle");

    /** faraboschi2024barriers §3.7, Fig. 9: Nvidia's gross margin in Q1'24. */
    public static final double TODAY_MARGIN = 0.65;

    private final String id;
    private final String area;
    private final String description;
    private final double defaultSetting;
    private final String settingUnit;
    private final double minSetting;
    private final double maxSetting;
    private final String source;

    Lever(String id, String area, String description, double defaultSetting, String settingUnit, double minSetting,
            double maxSetting, String source) {
        this.id = id;
        this.area = area;
        this.description = description;
        this.defaultSetting = defaultSetting;
        this.settingUnit = settingUnit;
        this.minSetting = minSetting;
        this.maxSetting = maxSetting;
        this.source = source;
    }

    public String id() {
        return id;
    }

    /** The row of faraboschi2024barriers Table 2 it belongs to. */
    public String area() {
        return area;
    }

    public String description() {
        return description;
    }

    /** The default setting, empty when the seed gives no figure and the user must set one. */
    public OptionalDouble defaultSetting() {
        return Double.isNaN(defaultSetting) ? OptionalDouble.empty() : OptionalDouble.of(defaultSetting);
    }

    public String settingUnit() {
        return settingUnit;
    }

    public double minSetting() {
        return minSetting;
    }

    public double maxSetting() {
        return maxSetting;
    }

    public String source() {
        return source;
    }

    /** The factor on training FLOP (and tokens), 1 for levers that leave the workload alone. */
    public double flopFactor(double setting) {
        return switch (this) {
            case DATA_REDUCTION, TRAINING_ALGORITHMS -> setting;
            case MODEL_PARTITIONING -> 1 / setting;
            default -> 1;
        };
    }

    /** What the lever does to the parameters of the backends that declare them. */
    public List<ParameterChange> parameterChanges(double setting) {
        return switch (this) {
            case RESILIENCE -> List.of(new ParameterChange(Contracts.CHECKPOINT_BANDWIDTH, Operation.AT_LEAST, setting * 1e12),
                    new ParameterChange(Contracts.CHECKPOINT_REDUCTION, Operation.AT_LEAST, 0.5));
            case MX_FORMAT -> List.of(new ParameterChange(Contracts.CHECKPOINT_REDUCTION, Operation.SCALE_REMAINDER, setting));
            case LNS_FORMAT -> List.of(new ParameterChange(Contracts.PEAK_FLOPS, Operation.SCALE, 1 / setting));
            case EFFICIENT_HARDWARE -> List.of(new ParameterChange(Contracts.POWER_WATTS, Operation.SCALE, setting));
            // only devices that declare the margin they are sold at get cheaper, from that margin (NVIDIA's 65% as shipped;
            // a --set of it now counts): the seed's cut is of a margin
            case COMPETITIVE_ACCELERATORS -> List.of(
                    new ParameterChange(Contracts.PRICE_PER_DEVICE_HOUR, Operation.PRICE_AT_MARGIN, setting, Contracts.VENDOR_MARGIN),
                    new ParameterChange(Contracts.DEVICE_PRICE, Operation.PRICE_AT_MARGIN, setting, Contracts.VENDOR_MARGIN));
            default -> List.of();
        };
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Lever::id).toList();
    }

    public static String accepted() {
        return Arrays.stream(values()).map(Lever::id).collect(Collectors.joining(", "));
    }

    public static java.util.Optional<Lever> byId(String id) {
        return Arrays.stream(values()).filter(l -> l.id.equals(id)).findFirst();
    }
}
