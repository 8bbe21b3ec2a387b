package dev.cambrian.api.relative;

import dev.cambrian.api.Bounds;
import dev.cambrian.api.Distribution;
import dev.cambrian.api.OperationClass;
import dev.cambrian.api.Parameter;
import dev.cambrian.api.Range;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The standard parameters of a relative technology, their names, and a builder that declares them. */
public final class RelativeParameters {
    /** 1: apply the headline factors to the whole run, as grok2025althw's tables do; 0: class by class with limits. */
    public static final String SEED_ARITHMETIC = "seed-arithmetic";
    public static final String SPEEDUP = "speedup";
    public static final String ENERGY_REDUCTION = "energy-reduction";
    public static final String UNITS = "units";
    public static final String UNIT_PRICE = "unit-price";
    public static final String PREMIUM = "programme-premium";
    public static final String CONVERSION = "conversion-overhead";
    public static final String COOLING = "cooling-overhead";
    public static final String TRAINING_SLOT = "training-slot-months";
    /** Optional: the size of the GPU fleet a hybrid keeps; without it, the baseline's own device count. */
    public static final String FLEET = "baseline-devices";
    /** Optional: the fleet is this many times smaller than the baseline's (an algorithm needing fewer devices). */
    public static final String FLEET_REDUCTION = "effective-device-reduction";

    // Named once: the models look these up on every evaluation.
    private static final Map<OperationClass, String> COVERAGE = named("coverage-");
    private static final Map<OperationClass, String> SPEEDUP_OF = named("speedup-");
    private static final Map<OperationClass, String> ENERGY_FACTOR = named("energy-factor-");

    private RelativeParameters() {
    }

    private static Map<OperationClass, String> named(String prefix) {
        EnumMap<OperationClass, String> names = new EnumMap<>(OperationClass.class);
        for (OperationClass c : OperationClass.values()) {
            names.put(c, prefix + c.id());
        }
        return names;
    }

    public static String coverage(OperationClass c) {
        return COVERAGE.get(c);
    }

    public static String speedup(OperationClass c) {
        return SPEEDUP_OF.get(c);
    }

    public static String energyFactor(OperationClass c) {
        return ENERGY_FACTOR.get(c);
    }

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
                    "docs/models.md §4-6: the seed scenarios reproduce the seed's arithmetic, the default scenario does not"));
            parameters.add(Parameter.fixed(TRAINING_SLOT, "month", 1,
                    "least time the programme schedules for the training run", "grok2025althw 'Costs & timeline': a one-month training slot"));
        }

        public Builder headline(Range speedup, Range energyReduction, String source) {
            parameters.add(uncertain(SPEEDUP, "x", speedup, "headline speedup over the baseline (seed arithmetic)", source)
                    .withBounds(Bounds.positive()));
            parameters.add(uncertain(ENERGY_REDUCTION, "x", energyReduction,
                    "headline energy reduction over the baseline (seed arithmetic)", source).withBounds(Bounds.positive()));
            return this;
        }

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

        public Builder units(Range units, String source) {
            parameters.add(new Parameter(UNITS, "devices", units, units.isPoint() ? Distribution.FIXED : Distribution.TRIANGULAR,
                    true, "devices of this technology in the system", source));
            return this;
        }

        public Builder unitPrice(Range usd, String source) {
            parameters.add(uncertain(UNIT_PRICE, "USD", usd, "price per device, expensed to the run as the seed does", source));
            return this;
        }

        public Builder premium(Range usd, String source) {
            parameters.add(uncertain(PREMIUM, "USD", usd, "fixed premium on the run (custom fab, quantum access, method development)",
                    source));
            return this;
        }

        public Builder conversionOverhead(Range fraction, String source) {
            parameters.add(uncertain(CONVERSION, "1", fraction,
                    "time added at the domain boundary, as a share of the time the technology runs", source));
            return this;
        }

        public Builder coolingOverhead(Range fraction, String source) {
            parameters.add(uncertain(COOLING, "1", fraction, "energy for cooling or cryogenics, as a share of its own energy", source));
            return this;
        }

        public Builder fleet(Range devices, String source) {
            parameters.add(new Parameter(FLEET, "devices", devices, devices.isPoint() ? Distribution.FIXED : Distribution.TRIANGULAR,
                    true, "baseline GPUs the hybrid keeps for the run", source));
            return this;
        }

        public Builder fleetReduction(Range factor, String source) {
            parameters.add(uncertain(FLEET_REDUCTION, "x", factor, "how many times fewer baseline devices it needs", source)
                    .withBounds(Bounds.positive()));
            return this;
        }

        public List<Parameter> build() {
            return List.copyOf(parameters);
        }

        private static Parameter uncertain(String name, String unit, Range range, String description, String source) {
            return new Parameter(name, unit, range, range.isPoint() ? Distribution.FIXED : Distribution.TRIANGULAR, false,
                    description, source);
        }
    }
}
