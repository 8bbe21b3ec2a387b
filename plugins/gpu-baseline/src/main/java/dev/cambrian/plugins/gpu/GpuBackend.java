package dev.cambrian.plugins.gpu;

import dev.cambrian.api.BackendInfo;
import dev.cambrian.api.Category;
import dev.cambrian.api.EnergyModel;
import dev.cambrian.api.FabInvestmentModel;
import dev.cambrian.api.HardwareBackend;
import dev.cambrian.api.HardwareModel;
import dev.cambrian.api.ParameterSpace;
import dev.cambrian.api.SpeedupModel;
import dev.cambrian.api.TimelineModel;
import java.util.List;

/** A GPU generation as a backend; each generation is an {@code @Extension} subclass. */
abstract class GpuBackend implements HardwareBackend {
    private final BackendInfo info;
    private final ParameterSpace parameters;
    private final SpeedupModel time = new GpuTime();
    private final EnergyModel energy = new GpuEnergy();
    private final HardwareModel hardware;
    private final FabInvestmentModel procurement = new GpuProcurement();
    private final TimelineModel timeline = new GpuTimeline();

    GpuBackend(GpuSpec spec) {
        this.info = new BackendInfo(spec.id(), spec.name(), Category.GPU, 9,
                "Data-centre GPUs in a cluster: " + spec.deviceKind() + "; the reference system for relative models",
                List.of(spec.peakSource(), spec.utilizationSource(), "seed 000 'Baseline for Grok 5'",
                        "seed 001 section 3.1, Table 3"));
        this.parameters = GpuParameters.of(spec);
        this.hardware = new GpuHardware(spec.deviceKind());
    }

    @Override
    public BackendInfo info() {
        return info;
    }

    @Override
    public ParameterSpace parameters() {
        return parameters;
    }

    @Override
    public SpeedupModel speedup() {
        return time;
    }

    @Override
    public EnergyModel energy() {
        return energy;
    }

    @Override
    public HardwareModel hardware() {
        return hardware;
    }

    @Override
    public FabInvestmentModel fabInvestment() {
        return procurement;
    }

    @Override
    public TimelineModel timeline() {
        return timeline;
    }
}
