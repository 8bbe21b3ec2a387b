package dev.cambrian.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parameter names the platform itself acts on, with their meaning and unit: the levers change
 * them and the audit reads them. A backend takes part by declaring a parameter under one of these
 * names, in the contract's unit; a name outside this list is the backend's own business, whatever it
 * is called. Levers act only on a backend that also opts in to them by name
 * ({@link ParameterSpace#acceptedLevers()}); the absolute kit opts its device clusters in (see
 * {@code docs/contracts.md}).
 */
public final class Contracts {
    /** Peak dense BF16/FP16 throughput per device, FLOP/s; the {@link #LNS_FORMAT} lever scales it. */
    public static final String PEAK_FLOPS = "peak-flops";
    /** All-in electrical power per device (device, host and network share), W; {@link #EFFICIENT_HARDWARE} scales it. */
    public static final String POWER_WATTS = "power-watts";
    /** Facility power usage effectiveness (grid energy over IT energy), 1; the audit's power check divides it out. */
    public static final String PUE = "pue";
    /** Rental or amortised purchase per device-hour, USD/device-hour; {@link #COMPETITIVE_ACCELERATORS} scales it. */
    public static final String PRICE_PER_DEVICE_HOUR = "price-per-device-hour";
    /** Purchase price per device, USD; {@link #COMPETITIVE_ACCELERATORS} scales it. */
    public static final String DEVICE_PRICE = "device-price";
    /** The vendor's gross margin on the device, 1 (a fraction); {@link #COMPETITIVE_ACCELERATORS} needs it. */
    public static final String VENDOR_MARGIN = "vendor-gross-margin";
    /** Checkpoint file-system bandwidth, B/s; {@link #RESILIENCE} raises it. */
    public static final String CHECKPOINT_BANDWIDTH = "checkpoint-bandwidth";
    /** Fraction by which checkpointed state is reduced, 1; {@link #RESILIENCE} and {@link #MX_FORMAT} raise it. */
    public static final String CHECKPOINT_REDUCTION = "checkpoint-reduction";
    /** The power one device of the technology draws by itself (no host, no facility), W; the audit's power check. */
    public static final String DEVICE_POWER = "device-power-watts";
    /** Peak operations per second of one device of the technology, op/s; the audit's efficiency and throughput checks. */
    public static final String DEVICE_PEAK_OPS = "device-peak-ops";
    /** Operations per second per watt of the technology's devices, GOp/s/W; the audit's efficiency check without a peak. */
    public static final String ENERGY_EFFICIENCY = "energy-efficiency";
    /** Energy for cooling or cryogenics as a share of the technology's own energy, 1; the audit's overhead check. */
    public static final String COOLING_OVERHEAD = "cooling-overhead";
    /**
     * Switch, 1 when the source's headline energy figure already includes {@link #COOLING_OVERHEAD}, 0 when
     * the source states the overhead beside a figure that leaves it out; the audit's overhead check.
     */
    public static final String COOLING_IN_HEADLINE = "cooling-in-headline";
    /**
     * Embodied carbon of one of the backend's own devices (the device kind its kit names; outside the kits,
     * its first hardware line), cradle to gate with
     * its package and its share of a host, kgCO2e; where declared, it replaces the environment's estimate
     * for that device kind in embodied carbon (API 1.3.0).
     */
    public static final String EMBODIED_CARBON = "embodied-kgco2e-per-device";

    /** Lever id: faster checkpoints of less state (faraboschi2024barriers §3.1). */
    public static final String RESILIENCE = "resilience";
    /** Lever id: shared block micro-exponents shrink the checkpointed state (faraboschi2024barriers §3.5). */
    public static final String MX_FORMAT = "mx-format";
    /** Lever id: logarithmic number system, faster arithmetic (faraboschi2024barriers §3.5). */
    public static final String LNS_FORMAT = "lns-format";
    /** Lever id: specialised accelerators, less energy per operation (faraboschi2024barriers §3.6). */
    public static final String EFFICIENT_HARDWARE = "efficient-hardware";
    /** Lever id: accelerator margins fall to the semiconductor average (faraboschi2024barriers §3.7). */
    public static final String COMPETITIVE_ACCELERATORS = "competitive-accelerators";

    /** The levers that act on a device cluster's parameters, without the one that also needs a vendor margin. */
    public static final Set<String> DEVICE_CLUSTER_LEVERS = Set.of(RESILIENCE, MX_FORMAT, LNS_FORMAT, EFFICIENT_HARDWARE);

    /**
     * One contract name.
     *
     * @param name    the parameter name
     * @param unit    the unit its values must be in
     * @param meaning what the value is
     * @param usedBy  the levers and audit checks that read or change it
     */
    public record Contract(String name, String unit, String meaning, String usedBy) {
    }

    private static final List<Contract> PARAMETERS = List.of(
            new Contract(PEAK_FLOPS, "FLOP/s", "peak dense BF16/FP16 throughput per device", "lever " + LNS_FORMAT),
            new Contract(POWER_WATTS, "W", "all-in power per device: device, host and network share", "lever " + EFFICIENT_HARDWARE),
            new Contract(PUE, "1", "facility power usage effectiveness: grid energy over IT energy", "audit: power consistency"),
            new Contract(PRICE_PER_DEVICE_HOUR, "USD/device-hour", "rental or amortised purchase per device-hour",
                    "lever " + COMPETITIVE_ACCELERATORS),
            new Contract(DEVICE_PRICE, "USD", "purchase price per device", "lever " + COMPETITIVE_ACCELERATORS),
            new Contract(VENDOR_MARGIN, "1", "the vendor's gross margin on the device (a fraction)",
                    "lever " + COMPETITIVE_ACCELERATORS + " (required: the price it cuts is a margin's)"),
            new Contract(CHECKPOINT_BANDWIDTH, "B/s", "checkpoint file-system bandwidth", "lever " + RESILIENCE),
            new Contract(CHECKPOINT_REDUCTION, "1", "fraction by which checkpointed state is reduced",
                    "levers " + RESILIENCE + ", " + MX_FORMAT),
            new Contract(DEVICE_POWER, "W", "power one device of the technology draws by itself (no host, no facility)",
                    "audit: power consistency, efficiency consistency"),
            new Contract(DEVICE_PEAK_OPS, "op/s", "peak operations per second of one device of the technology",
                    "audit: efficiency consistency, throughput consistency"),
            new Contract(ENERGY_EFFICIENCY, "GOp/s/W", "operations per second per watt of the technology's devices",
                    "audit: efficiency consistency (when no device-peak-ops and device-power-watts)"),
            new Contract(COOLING_OVERHEAD, "1", "energy for cooling or cryogenics as a share of the technology's own energy",
                    "audit: stated overhead left out"),
            new Contract(COOLING_IN_HEADLINE, "switch", "1: the source's headline energy includes the cooling overhead;"
                    + " 0: the source states the overhead beside a figure that leaves it out", "audit: stated overhead left out"),
            new Contract(EMBODIED_CARBON, "kgCO2e", "embodied carbon of one of the backend's own devices (the device kind"
                    + " its kit names; outside the kits, its first hardware line), with its package and host share",
                    "embodied carbon (environment); audit: embodied carbon cancels energy savings"));

    /** The parameters each lever changes, and the ones it needs besides (all must be declared to opt in). */
    private static final Map<String, List<String>> LEVER_PARAMETERS = Map.of(
            RESILIENCE, List.of(CHECKPOINT_BANDWIDTH, CHECKPOINT_REDUCTION),
            MX_FORMAT, List.of(CHECKPOINT_REDUCTION),
            LNS_FORMAT, List.of(PEAK_FLOPS),
            EFFICIENT_HARDWARE, List.of(POWER_WATTS),
            COMPETITIVE_ACCELERATORS, List.of(PRICE_PER_DEVICE_HOUR, DEVICE_PRICE, VENDOR_MARGIN));

    private Contracts() {
    }

    /**
     * Every contract parameter, in the order {@code docs/contracts.md} lists them.
     *
     * @return every contract parameter, in the order {@code docs/contracts.md} lists them
     */
    public static List<Contract> parameters() {
        return PARAMETERS;
    }

    /**
     * The contract of a parameter name, if it is one.
     *
     * @param name a parameter name
     * @return the contract of a parameter name, if it is one
     */
    public static Optional<Contract> of(String name) {
        return PARAMETERS.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /**
     * The ids of the levers a backend can opt in to.
     *
     * @return the ids of the levers a backend can opt in to
     */
    public static Set<String> levers() {
        return LEVER_PARAMETERS.keySet();
    }

    /**
     * The contract parameters a lever acts on or needs; a backend that opts in to the lever declares them all.
     *
     * @param lever a lever id from {@link #levers()}
     * @return the parameter names, empty for an unknown lever
     */
    public static List<String> leverParameters(String lever) {
        return LEVER_PARAMETERS.getOrDefault(lever, List.of());
    }

    /**
     * Why a parameter does not meet its contract, if it does not: a declared contract name in another unit.
     *
     * @param parameter a declared parameter
     * @return the problem in one line, or empty when the name is no contract's or the unit agrees
     */
    public static Optional<String> mismatch(Parameter parameter) {
        return of(parameter.name()).filter(c -> !c.unit().equals(parameter.unit())).map(c -> "parameter " + parameter.name()
                + " is in " + parameter.unit() + "; the contract's unit is " + c.unit() + " (" + c.meaning() + ")");
    }
}
