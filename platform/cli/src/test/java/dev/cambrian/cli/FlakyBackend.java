package dev.cambrian.cli;

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
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small backend (time = FLOP / (1,000 x rate), 1 kW and $1 per device-hour) that can be told to
 * throw, or to hang, once it has been called a number of times: a plugin that breaks mid-run.
 */
final class FlakyBackend implements HardwareBackend {
    enum Mode { WORKS, THROWS, HANGS }

    private final String id;
    private final Mode mode;
    private final int callsBeforeTrouble;
    private final AtomicInteger calls = new AtomicInteger();
    private final ParameterSpace space = new ParameterSpace(List.of(
            Parameter.count("devices", "devices", 1000, "devices", "test"),
            Parameter.uncertain("rate", "FLOP/s", new Range(1e14, 2e14, 4e14), "per device", "test")),
            List.of(new Profile("current", "defaults", Map.of(), "test"), new Profile("enhanced", "same", Map.of(), "test")));

    FlakyBackend(String id, Mode mode, int callsBeforeTrouble) {
        this.id = id;
        this.mode = mode;
        this.callsBeforeTrouble = callsBeforeTrouble;
    }

    @Override
    public BackendInfo info() {
        return new BackendInfo(id, "flaky " + id, Category.OTHER, 3, "test backend", List.of("test"));
    }

    @Override
    public ParameterSpace parameters() {
        return space;
    }

    @Override
    public SpeedupModel speedup() {
        return in -> {
            if (mode != Mode.WORKS && calls.incrementAndGet() > callsBeforeTrouble) {
                if (mode == Mode.THROWS) {
                    throw new IllegalStateException("flaky model broke at call " + calls.get());
                }
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return TimeEstimate.split(in.workload().trainingFlop() / (in.parameter("devices") * in.parameter("rate")),
                    in.workload().mix(), List.of(), List.of());
        };
    }

    @Override
    public EnergyModel energy() {
        return (in, t) -> EnergyEstimate.proportionalTo(t, in.parameter("devices") * 1000 * t.trainingSeconds(), List.of(), List.of());
    }

    @Override
    public HardwareModel hardware() {
        return (ModelInput in, TimeEstimate t) -> {
            double hours = in.parameter("devices") * Units.hours(t.trainingSeconds());
            return new HardwareEstimate(List.of(new DeviceCount("chip", in.parameter("devices"), hours)), hours, 0, List.of(),
                    List.of());
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
