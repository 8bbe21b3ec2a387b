package dev.cambrian.engine.uncertainty;

import dev.cambrian.api.BackendInfo;
import dev.cambrian.api.Category;
import dev.cambrian.api.DeviceCount;
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
import dev.cambrian.api.ReferenceRun;
import dev.cambrian.api.SpeedupModel;
import dev.cambrian.api.TimeEstimate;
import dev.cambrian.api.Timeline;
import dev.cambrian.api.TimelineModel;
import dev.cambrian.api.formula.Units;
import java.util.List;
import java.util.Map;

/**
 * A relative backend with nothing uncertain of its own: twice as fast as the baseline, half its energy
 * and half its hardware cost. Its models are the SPI's scalar ones, so its batches take the defaults.
 */
final class Follower implements HardwareBackend {
    private final ParameterSpace space = new ParameterSpace(List.of(Parameter.fixed("factor", "x", 2, "how much better", "test")),
            List.of(new Profile("current", "defaults", Map.of(), "test"), new Profile("enhanced", "same", Map.of(), "test")));

    private static ReferenceRun reference(ModelInput in) {
        return in.reference().orElseThrow(() -> new InfeasibleException("no baseline"));
    }

    @Override
    public BackendInfo info() {
        return new BackendInfo("follower", "follower", Category.OTHER, 5, "toy", List.of("test"));
    }

    @Override
    public ParameterSpace parameters() {
        return space;
    }

    @Override
    public SpeedupModel speedup() {
        return in -> TimeEstimate.split(reference(in).time().trainingSeconds() / in.parameter("factor"), in.workload().mix(),
                List.of(), List.of());
    }

    @Override
    public EnergyModel energy() {
        return (in, time) -> EnergyEstimate.proportionalTo(time, reference(in).energy().joules() / in.parameter("factor"),
                List.of(), List.of());
    }

    @Override
    public HardwareModel hardware() {
        return (in, time) -> new HardwareEstimate(List.of(new DeviceCount("follower", 1, Units.hours(time.trainingSeconds()))),
                reference(in).hardware().hardwareCostUsd() / in.parameter("factor"), 0, List.of(), List.of());
    }

    @Override
    public FabInvestmentModel fabInvestment() {
        return in -> new FabInvestment(List.of(new InvestmentLine("none", Range.of(1), false, "test")), null, List.of());
    }

    @Override
    public TimelineModel timeline() {
        return (in, time) -> new Timeline(List.of(new Phase(Phase.TRAINING, 0, Units.months(time.trainingSeconds()))), List.of());
    }
}
