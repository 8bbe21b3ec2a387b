package dev.cambrian.api.relative;

import dev.cambrian.api.Bounds;
import dev.cambrian.api.Contracts;
import dev.cambrian.api.Distribution;
import dev.cambrian.api.OperationClass;
import dev.cambrian.api.Parameter;
import dev.cambrian.api.Range;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The standard parameters of a relative technology, their names, and a builder that declares them. */
public final class RelativeParameters {
    /** 1: apply the headline factors to the whole run, as grok2025althw's tables do; 0: class by class with limits. */
    public static final String SEED_ARITHMETIC = "seed-arithmetic";
    /** Headline speedup over the baseline (x). */
    public static final String SPEEDUP = "speedup";
    /** Headline energy reduction over the baseline (x). */
    public static final String ENERGY_REDUCTION = "energy-reduction";
    /** Devices of the technology in the system (devices). */
    public static final String UNITS = "units";
    /** Price per device of the technology (USD). */
    public static final String UNIT_PRICE = "unit-price";
    /** Embodied carbon per device of the technology ({@link Contracts#EMBODIED_CARBON}, kgCO2e). */
    public static final String EMBODIED_CARBON = Contracts.EMBODIED_CARBON;
    /** Fixed premium on the run (USD). */
    public static final String PREMIUM = "programme-premium";
    /** Time added at the domain boundary, as a share of the technology's time (1). */
    public static final String CONVERSION = "conversion-overhead";
    /** Cooling or cryogenics as a share of the technology's own energy ({@link Contracts#COOLING_OVERHEAD}). */
    public static final String COOLING = Contracts.COOLING_OVERHEAD;
    /** Whether the headline energy reduction already includes the cooling ({@link Contracts#COOLING_IN_HEADLINE}). */
    public static final String COOLING_IN_HEADLINE = Contracts.COOLING_IN_HEADLINE;
    /** Least time the programme schedules for the training run (month). */
    public static final String TRAINING_SLOT = "training-slot-months";
    /** Optional: the size of the GPU fleet a hybrid keeps; without it, the baseline's own device count. */
    public static final String FLEET = "baseline-devices";
    /** Optional: the fleet is this many times smaller than the baseline's (an algorithm needing fewer devices). */
    public static final String FLEET_REDUCTION = "effective-device-reduction";

    // Named once: the models look these up on every evaluation.
    private static final Map<OperationClass, String> COVERAGE = named("coverage-");
    private static final Map<OperationClass, String> SPEEDUP_OF = named("speedup-");
    private static final Map<OperationClass, String> ENERGY_FACTOR = named("energy-factor-");

    /** The seed's headline claims: the seed arithmetic reads them (and audit compares them); the class-by-class model does not. */
    private static final Set<String> SEED_CLAIMS = Set.of(SPEEDUP, ENERGY_REDUCTION, FLEET_REDUCTION);

    private RelativeParameters() {
    }

    /**
     * Whether a value of {@link #SEED_ARITHMETIC} turns the seed's arithmetic on (API 1.5.0): the one reading of the switch
     * the kit's models and the host share.
     *
     * @param value the switch's value
     * @return true for 1 (and above), false for 0
     */
    public static boolean seedArithmeticOn(double value) {
        return value >= 1;
    }

    /**
     * Whether the kit's time, energy and hardware models leave a parameter unread under one setting of
     * {@link #SEED_ARITHMETIC} (API 1.5.0). With the switch off (class by class) they never read the headline claims
     * ({@link #SPEEDUP}, {@link #ENERGY_REDUCTION}, {@link #FLEET_REDUCTION}); with it on (the seed's arithmetic) they
     * never read the per-class coverage, speedup and energy factors, the {@link #CONVERSION} overhead or the
     * {@link #COOLING} share. The host samples neither kind (a draw would move no figure, yet be listed as uncertainty
     * and ranked for sensitivity); they keep their value. Only a switch that is a point has one setting: when a scenario
     * gives it a range, every sample may take either, and the host holds nothing. A plugin that replaces the kit's
     * models or adds a {@link Limit} and keeps the switch must keep this contract; the TCK checks it.
     *
     * @param seedArithmetic whether the switch is on
     * @param name           a parameter's name
     * @return true when no model of the kit reads it under that setting
     */
    public static boolean unreadUnder(boolean seedArithmetic, String name) {
        if (!seedArithmetic) {
            return SEED_CLAIMS.contains(name);
        }
        return COVERAGE.containsValue(name) || SPEEDUP_OF.containsValue(name) || ENERGY_FACTOR.containsValue(name)
                || CONVERSION.equals(name) || COOLING.equals(name);
    }

    private static Map<OperationClass, String> named(String prefix) {
        EnumMap<OperationClass, String> names = new EnumMap<>(OperationClass.class);
        for (OperationClass c : OperationClass.values()) {
            names.put(c, prefix + c.id());
        }
        return names;
    }

    /**
     * The coverage parameter of a class.
     *
     * @param c the operation class
     * @return "coverage-" and its id
     */
    public static String coverage(OperationClass c) {
        return COVERAGE.get(c);
    }

    /**
     * The speedup parameter of a class.
     *
     * @param c the operation class
     * @return "speedup-" and its id
     */
    public static String speedup(OperationClass c) {
        return SPEEDUP_OF.get(c);
    }

    /**
     * The energy-factor parameter of a class.
     *
     * @param c the operation class
     * @return "energy-factor-" and its id
     */
    public static String energyFactor(OperationClass c) {
        return ENERGY_FACTOR.get(c);
    }

    /**
     * A builder with the seed-arithmetic switch and the training slot declared.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Declares the standard parameters; every value needs its range and source. */
    public static final class Builder {
        private final List<Parameter> parameters = new ArrayList<>();

        private Builder() {
            parameters.add(new Parameter(SEED_ARITHMETIC, "switch", Range.of(0), Distribution.FIXED, true,
                    "1: headline factors on the whole run, as grok2025althw's tables do (coverage and limits ignored);"
                            + " 0: class by class, with coverage and the technology's limits",
                    "docs/models.md §4: the seed scenarios reproduce the seed's arithmetic, the default scenario does not"));
            parameters.add(Parameter.fixed(TRAINING_SLOT, "month", 1,
                    "least time the programme schedules for the training run", "grok2025althw 'Costs & timeline': a one-month training slot")
                    .withBounds(Bounds.phaseMonths())); // 1e300 months was shown as a hero month (API 1.5.0)
        }

        /**
         * The source's headline factors over the baseline (seed arithmetic).
         *
         * @param speedup         times faster
         * @param energyReduction times less energy
         * @param source          where they come from
         * @return this builder
         */
        public Builder headline(Range speedup, Range energyReduction, String source) {
            parameters.add(uncertain(SPEEDUP, "x", speedup, "headline speedup over the baseline (seed arithmetic)", source)
                    .withBounds(Bounds.positive()));
            parameters.add(uncertain(ENERGY_REDUCTION, "x", energyReduction,
                    "headline energy reduction over the baseline (seed arithmetic)", source).withBounds(Bounds.positive()));
            return this;
        }

        /**
         * Coverage, speedup and energy factor of each class the technology takes over.
         *
         * @param classes the figures by class
         * @return this builder
         */
        public Builder classes(Map<OperationClass, ClassFigure> classes) {
            new EnumMap<>(classes).forEach((c, f) -> { // enum order: a Map.of's order changes from run to run
                parameters.add(uncertain(coverage(c), "1", f.coverage(), "share of " + c.id() + " time the technology takes over",
                        f.source()).withBounds(Bounds.fraction()));
                parameters.add(uncertain(speedup(c), "x", f.speedup(), "speedup on the " + c.id() + " work it takes over",
                        f.source()).withBounds(Bounds.positive()));
                parameters.add(uncertain(energyFactor(c), "x", f.energyFactor(),
                        "energy reduction on the " + c.id() + " work it takes over", f.source()).withBounds(Bounds.positive()));
            });
            return this;
        }

        /**
         * Devices of the technology in the system.
         *
         * @param units  devices
         * @param source where the count comes from
         * @return this builder
         */
        public Builder units(Range units, String source) {
            parameters.add(new Parameter(UNITS, "devices", units, units.isPoint() ? Distribution.FIXED : Distribution.TRIANGULAR,
                    true, "devices of this technology in the system", source));
            return this;
        }

        /**
         * Price per device, expensed to the run.
         *
         * @param usd    USD per device
         * @param source where it comes from
         * @return this builder
         */
        public Builder unitPrice(Range usd, String source) {
            parameters.add(uncertain(UNIT_PRICE, "USD", usd, "price per device, expensed to the run as the seed does", source));
            return this;
        }

        /**
         * Embodied carbon of one device of the technology, with its package and host share: what the
         * environment charges the run a share of (docs/environment.md). Declare it wide where nothing is
         * published; without it the environment assumes a generic chip's range.
         *
         * @param kgCo2e kgCO2e per device
         * @param source where it comes from, or how it was assumed
         * @return this builder
         */
        public Builder embodiedCarbon(Range kgCo2e, String source) {
            parameters.add(uncertain(EMBODIED_CARBON, "kgCO2e", kgCo2e, "embodied carbon per device, with its package and host share",
                    source).withBounds(Bounds.positive()));
            return this;
        }

        /**
         * A fixed premium on the run (custom fab, access, method development).
         *
         * @param usd    USD
         * @param source where it comes from
         * @return this builder
         */
        public Builder premium(Range usd, String source) {
            parameters.add(uncertain(PREMIUM, "USD", usd, "fixed premium on the run (custom fab, quantum access, method development)",
                    source));
            return this;
        }

        /**
         * Time added at the domain boundary, as a share of the time the technology runs.
         *
         * @param fraction the share
         * @param source   where it comes from
         * @return this builder
         */
        public Builder conversionOverhead(Range fraction, String source) {
            parameters.add(uncertain(CONVERSION, "1", fraction,
                    "time added at the domain boundary, as a share of the time the technology runs", source));
            return this;
        }

        /**
         * Declares the cooling overhead without saying whether the headline energy includes it; the audit's
         * overhead check then has nothing to compare and says so.
         *
         * @param fraction cooling energy as a share of the technology's own energy (0 when it needs none)
         * @param source   where the figure comes from
         * @return this builder
         */
        public Builder coolingOverhead(Range fraction, String source) {
            parameters.add(uncertain(COOLING, "1", fraction, "energy for cooling or cryogenics, as a share of its own energy", source));
            return this;
        }

        /**
         * Declares the cooling overhead and whether the source's headline energy (seed arithmetic) already
         * includes it. The class-by-class energy always adds it; the seed arithmetic keeps the source's
         * figure as stated, and the audit reports a headline that leaves out an overhead its source states.
         *
         * @param fraction   cooling energy as a share of the technology's own energy
         * @param source     where the figure comes from
         * @param inHeadline true when the headline energy reduction already counts the cooling
         * @return this builder
         */
        public Builder coolingOverhead(Range fraction, String source, boolean inHeadline) {
            coolingOverhead(fraction, source);
            parameters.add(Parameter.switchOf(COOLING_IN_HEADLINE, inHeadline, "1: the headline energy includes the cooling"
                    + " overhead; 0: the source states the overhead beside a figure that leaves it out", source));
            return this;
        }

        /**
         * The baseline GPU fleet a hybrid keeps for the run.
         *
         * @param devices baseline devices
         * @param source  where the count comes from
         * @return this builder
         */
        public Builder fleet(Range devices, String source) {
            parameters.add(new Parameter(FLEET, "devices", devices, devices.isPoint() ? Distribution.FIXED : Distribution.TRIANGULAR,
                    true, "baseline GPUs the hybrid keeps for the run", source));
            return this;
        }

        /**
         * How many times fewer baseline devices the technology needs.
         *
         * @param factor times fewer
         * @param source where it comes from
         * @return this builder
         */
        public Builder fleetReduction(Range factor, String source) {
            // at least 1: "times fewer"; below 1 the fleet grew past the baseline's (1e-300 made 9.2e18 devices, exit 0)
            parameters.add(uncertain(FLEET_REDUCTION, "x", factor, "how many times fewer baseline devices it needs", source)
                    .withBounds(Bounds.atLeast(1)));
            return this;
        }

        /**
         * The declared parameters.
         *
         * @return the parameters in declaration order
         * @throws IllegalStateException when a call the relative models need was left out, naming the call
         */
        public List<Parameter> build() {
            require(SPEEDUP, "headline(speedup, energyReduction, source)", "the seed-arithmetic time and energy");
            require(PREMIUM, "premium(range, source)", "the hardware model (Range.of(0) with a source when it names none)");
            require(CONVERSION, "conversionOverhead(range, source)", "the time model (Range.of(0) with a source when there is none)");
            require(COOLING, "coolingOverhead(range, source[, inHeadline])",
                    "the energy model (Range.of(0) with a source when there is none)");
            if (parameters.stream().noneMatch(p -> p.name().startsWith("coverage-"))) {
                throw new IllegalStateException("RelativeParameters.builder(): call classes(...) before build(): the class-by-class"
                        + " models need the operation classes the technology takes over");
            }
            return List.copyOf(parameters);
        }

        private void require(String name, String call, String readBy) {
            if (parameters.stream().noneMatch(p -> p.name().equals(name))) {
                throw new IllegalStateException("RelativeParameters.builder(): call " + call + " before build(): " + name
                        + " is read by " + readBy);
            }
        }

        private static Parameter uncertain(String name, String unit, Range range, String description, String source) {
            return new Parameter(name, unit, range, range.isPoint() ? Distribution.FIXED : Distribution.TRIANGULAR, false,
                    description, source);
        }
    }
}
