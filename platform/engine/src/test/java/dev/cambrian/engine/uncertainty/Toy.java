package dev.cambrian.engine.uncertainty;

import dev.cambrian.api.BackendInfo;
import dev.cambrian.api.Category;
import dev.cambrian.api.DeviceCount;
import dev.cambrian.api.Distribution;
import dev.cambrian.api.EnergyEstimate;
import dev.cambrian.api.EnergyModel;
import dev.cambrian.api.FabInvestment;
import dev.cambrian.api.FabInvestmentModel;
import dev.cambrian.api.HardwareBackend;
import dev.cambrian.api.HardwareEstimate;
import dev.cambrian.api.HardwareModel;
import dev.cambrian.api.InfeasibleException;
import dev.cambrian.api.InvestmentLine;
import dev.cambrian.api.ModelInput;
import dev.cambrian.api.Parameter;
import dev.cambrian.api.ParameterSpace;
import dev.cambrian.api.Phase;
import dev.cambrian.api.Profile;
import dev.cambrian.api.Range;
import dev.cambrian.api.SpeedupModel;
import dev.cambrian.api.TimeEstimate;
import dev.cambrian.api.Timeline;
import dev.cambrian.api.TimelineModel;
import dev.cambrian.api.formula.Units;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A backend monotone in every parameter, checkable by hand: time = FLOP / (devices x rate) x slowdown,
 * energy = devices x watts x time, cost = $1 per device-hour + energy. The slowdown is uniform and 1
 * unless a scenario gives it a range: then time is linear in a uniform draw. It can be told to fail
 * after some calls or to have no valid answer outside a band of rates, and it records every device
 * count it was given and counts its calls.
 */
final class Toy implements HardwareBackend {
    final String id;
    final Set<Double> devicesSeen = ConcurrentHashMap.newKeySet();
    final AtomicInteger calls = new AtomicInteger();
    private final ParameterSpace space;
    private final int failAfterCalls;
    private final double infeasibleBelowRate;
    private final double infeasibleAboveRate;

    Toy(String id, Range rate, Range watts) {
        this(id, rate, watts, -1, 0);
    }

    Toy(String id, Range rate, Range watts, int failAfterCalls, double infeasibleBelowRate) {
        this(id, rate, watts, failAfterCalls, infeasibleBelowRate, Double.POSITIVE_INFINITY);
    }

    Toy(String id, Range rate, Range watts, int failAfterCalls, double infeasibleBelowRate, double infeasibleAboveRate) {
        this.id = id;
        this.failAfterCalls = failAfterCalls;
        this.infeasibleBelowRate = infeasibleBelowRate;
        this.infeasibleAboveRate = infeasibleAboveRate;
        this.space = new ParameterSpace(List.of(
                Parameter.count("devices", "devices", 1000, "devices", "test"),
                Parameter.uncertain("rate", "FLOP/s", rate, "per device", "test"),
                Parameter.uncertain("watts", "W", watts, "per device", "test"),
                new Parameter("slowdown", "1", Range.of(1), Distribution.UNIFORM, false, "time multiplier", "test")),
                List.of(new Profile("current", "defaults", Map.of(), "test"),
                        new Profile("enhanced", "faster", Map.of("rate", Range.of(rate.nominal() * 2)), "test")));
    }

    @Override
    public BackendInfo info() {
        return new BackendInfo(id, "toy " + id, Category.OTHER, 5, "toy", List.of("test"));
    }

    @Override
    public ParameterSpace parameters() {
        return space;
    }

    @Override
    public SpeedupModel speedup() {
        return in -> {
            int call = calls.incrementAndGet();
            if (failAfterCalls >= 0 && call > failAfterCalls) {
                throw new IllegalStateException("toy " + id + " broke after " + failAfterCalls + " calls");
            }
            devicesSeen.add(in.parameter("devices"));
            if (in.parameter("rate") < infeasibleBelowRate) {
                throw new InfeasibleException("rate below " + infeasibleBelowRate);
            }
            if (in.parameter("rate") > infeasibleAboveRate) {
                throw new InfeasibleException("rate above " + infeasibleAboveRate);
            }
            return TimeEstimate.split(in.workload().trainingFlop() / (in.parameter("devices") * in.parameter("rate"))
                    * in.parameter("slowdown"), in.workload().mix(), List.of(), List.of());
        };
    }

    @Override
    public EnergyModel energy() {
        return (in, t) -> EnergyEstimate.proportionalTo(t, in.parameter("devices") * in.parameter("watts") * t.trainingSeconds(),
                List.of(), List.of());
    }

    @Override
    public HardwareModel hardware() {
        return new HardwareModel() {
            @Override
            public HardwareEstimate estimate(ModelInput in, TimeEstimate t) {
                double hours = in.parameter("devices") * Units.hours(t.trainingSeconds());
                return new HardwareEstimate(List.of(new DeviceCount("toy", in.parameter("devices"), hours)), hours, 0, List.of(),
                        List.of());
            }

            @Override
            public java.util.Optional<String> deviceCountParameter() {
                return java.util.Optional.of("devices");
            }
        };
    }

    @Override
    public FabInvestmentModel fabInvestment() {
        return in -> new FabInvestment(List.of(new InvestmentLine("buy", Range.of(1e6, 2e6), false, "test")), null, List.of());
    }

    @Override
    public TimelineModel timeline() {
        return (in, t) -> new Timeline(List.of(new Phase("train", 0, Units.months(t.trainingSeconds()))), List.of());
    }
}
