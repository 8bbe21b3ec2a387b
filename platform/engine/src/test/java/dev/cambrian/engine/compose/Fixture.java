package dev.cambrian.engine.compose;

import dev.cambrian.api.BackendInfo;
import dev.cambrian.api.Category;
import dev.cambrian.api.DeviceCount;
import dev.cambrian.api.Economics;
import dev.cambrian.api.EnergyEstimate;
import dev.cambrian.api.FabInvestment;
import dev.cambrian.api.HardwareEstimate;
import dev.cambrian.api.InvestmentLine;
import dev.cambrian.api.OperationClass;
import dev.cambrian.api.Phase;
import dev.cambrian.api.Range;
import dev.cambrian.api.ReferenceRun;
import dev.cambrian.api.TimeEstimate;
import dev.cambrian.api.Timeline;
import dev.cambrian.api.Workload;
import dev.cambrian.api.formula.Units;
import dev.cambrian.engine.estimate.Costs;
import dev.cambrian.engine.estimate.Estimate;
import dev.cambrian.engine.estimate.HardwareLine;
import dev.cambrian.engine.estimate.PointResult;
import dev.cambrian.engine.workload.WorkloadCatalog;
import dev.cambrian.engine.workload.WorkloadResolver;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Estimates built by hand, figure by figure, so a composition can be checked with pencil and paper. */
final class Fixture {
    static final Workload WORKLOAD = WorkloadResolver.resolve(WorkloadCatalog.preset("dense-1t").orElseThrow());
    static final Economics ECONOMICS = new Economics(0.36, 2026);

    private final String id;
    private Workload workload = WORKLOAD;
    private final Map<OperationClass, Double> seconds = new EnumMap<>(OperationClass.class);
    private final Map<OperationClass, Double> joules = new EnumMap<>(OperationClass.class);
    private double overheadSeconds;
    private double overheadJoules;
    private final List<DeviceCount> devices = new ArrayList<>();
    private double hardwareUsd;
    private double operationsUsd;
    private final List<InvestmentLine> lines = new ArrayList<>();
    private Range investmentOrNull;
    private final List<Phase> phases = new ArrayList<>();

    private Fixture(String id) {
        this.id = id;
    }

    static Fixture member(String id) {
        return new Fixture(id);
    }

    /** Time and energy on one class. */
    Fixture runs(OperationClass c, double s, double j) {
        seconds.put(c, s);
        joules.put(c, j);
        return this;
    }

    Fixture on(Workload w) {
        workload = w;
        return this;
    }

    /** Time on a class, or null when it states none. */
    Double seconds(OperationClass c) {
        return seconds.get(c);
    }

    Fixture overhead(double s, double j) {
        overheadSeconds = s;
        overheadJoules = j;
        return this;
    }

    Fixture device(String kind, double count) {
        devices.add(new DeviceCount(kind, count, 0));
        return this;
    }

    Fixture costs(double hardware, double operations) {
        hardwareUsd = hardware;
        operationsUsd = operations;
        return this;
    }

    Fixture line(String name, Range usd, boolean shareable) {
        lines.add(new InvestmentLine(name, usd, shareable, "test"));
        return this;
    }

    /** The estimate's investment range, as corners give it, where it is wider than the nominal lines (a price range). */
    Fixture investment(Range usd) {
        investmentOrNull = usd;
        return this;
    }

    Fixture phase(String name, double start, double end) {
        phases.add(new Phase(name, start, end));
        return this;
    }

    TimeEstimate time() {
        double total = overheadSeconds + seconds.values().stream().mapToDouble(Double::doubleValue).sum();
        return new TimeEstimate(total, seconds, overheadSeconds, List.of(), List.of());
    }

    EnergyEstimate energy() {
        double total = overheadJoules + joules.values().stream().mapToDouble(Double::doubleValue).sum();
        return new EnergyEstimate(total, joules, overheadJoules, List.of(), List.of());
    }

    private HardwareEstimate hardware(double trainingSeconds) {
        List<DeviceCount> withHours = new ArrayList<>();
        if (devices.isEmpty()) {
            withHours.add(new DeviceCount(id + " chip", 1, Units.hours(trainingSeconds)));
        }
        devices.forEach(d -> withHours.add(new DeviceCount(d.kind(), d.count(), d.count() * Units.hours(trainingSeconds))));
        return new HardwareEstimate(withHours, hardwareUsd, operationsUsd, List.of(), List.of());
    }

    ReferenceRun asBaseline() {
        return new ReferenceRun(id, time(), energy(), hardware(time().trainingSeconds()));
    }

    Estimate estimate() {
        TimeEstimate t = time();
        EnergyEstimate e = energy();
        HardwareEstimate h = hardware(t.trainingSeconds());
        FabInvestment fab = new FabInvestment(lines.isEmpty() ? List.of(new InvestmentLine("none", Range.of(0), false, "test"))
                : lines, null, List.of());
        Timeline timeline = new Timeline(phases.isEmpty() ? List.of(new Phase("training", 0, 0)) : phases, List.of());
        PointResult nominal = new PointResult(t, e, h, fab, timeline, Costs.energyCostUsd(e.joules(), ECONOMICS));
        List<HardwareLine> hardware = new ArrayList<>();
        h.devices().forEach(d -> hardware.add(new HardwareLine(d.kind(), Range.of(d.count()), Range.of(d.deviceHours()))));
        return new Estimate(new BackendInfo(id, "test " + id, Category.OTHER, 5, "test", List.of("test")), workload, "test",
                "current", Range.of(t.trainingSeconds()), Range.of(e.joules()), Range.of(nominal.costUsd()), hardware,
                investmentOrNull != null ? investmentOrNull : fab.totalUsd(), Range.of(timeline.heroMonth()), nominal, List.of(),
                List.of(), 1);
    }
}
