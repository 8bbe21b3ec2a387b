package dev.cambrian.api.relative;

import dev.cambrian.api.BackendInfo;
import dev.cambrian.api.EnergyModel;
import dev.cambrian.api.FabInvestmentModel;
import dev.cambrian.api.HardwareBackend;
import dev.cambrian.api.HardwareModel;
import dev.cambrian.api.Parameter;
import dev.cambrian.api.ParameterSpace;
import dev.cambrian.api.SpeedupModel;
import dev.cambrian.api.TimelineModel;
import java.util.ArrayList;
import java.util.List;

/**
 * A technology described relative to the baseline (docs/models.md §4): the standard models over a
 * {@link TechnologySpec}. Plugins for photonic, neuromorphic, analog, quantum-hybrid and
 * probability-based training extend it with their numbers, sources, profiles and limits. A subclass that
 * replaces a model keeps the seed-arithmetic switch's contract: under each setting it reads none of the parameters
 * {@link RelativeParameters#unreadUnder} names, as the host does not sample them (API 1.5.0; the TCK checks it).
 */
public abstract class RelativeBackend implements HardwareBackend {
    private final TechnologySpec spec;
    private final ParameterSpace parameters;
    private final SpeedupModel time;
    private final EnergyModel energy;
    private final HardwareModel hardware;
    private final FabInvestmentModel investment;
    private final TimelineModel timeline;

    /**
     * The standard relative models over a spec.
     *
     * @param spec the technology
     */
    protected RelativeBackend(TechnologySpec spec) {
        this.spec = spec;
        List<Parameter> all = new ArrayList<>(spec.commonParameters());
        all.addAll(spec.extraParameters());
        this.parameters = new ParameterSpace(all, ClassScaling.apply(spec, all));
        BatchCoverage coverage = new BatchCoverage(spec);
        this.time = new RelativeTime(spec, coverage);
        this.energy = new RelativeEnergy(spec, coverage);
        this.hardware = new RelativeHardware(spec, coverage);
        this.investment = ProgrammeModels.investment(spec.programme());
        this.timeline = ProgrammeModels.timeline(spec.programme());
    }

    /**
     * The technology this backend models.
     *
     * @return its spec
     */
    public TechnologySpec spec() {
        return spec;
    }

    @Override
    public BackendInfo info() {
        return spec.info();
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
        return investment;
    }

    @Override
    public TimelineModel timeline() {
        return timeline;
    }
}
