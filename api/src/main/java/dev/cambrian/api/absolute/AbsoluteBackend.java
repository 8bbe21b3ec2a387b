package dev.cambrian.api.absolute;

import dev.cambrian.api.BackendInfo;
import dev.cambrian.api.EnergyModel;
import dev.cambrian.api.FabInvestmentModel;
import dev.cambrian.api.HardwareBackend;
import dev.cambrian.api.HardwareModel;
import dev.cambrian.api.ParameterSpace;
import dev.cambrian.api.SpeedupModel;
import dev.cambrian.api.TimelineModel;
import java.util.ArrayList;
import java.util.List;

/**
 * A device sold today, described by its datasheet (docs/models.md §2): the standard absolute models over a
 * {@link DeviceSpec}. A plugin's backend is a subclass whose constructor passes its spec:
 * <pre>
 * &#64;Extension
 * public final class MyChipBackend extends AbsoluteBackend {
 *     public MyChipBackend() { super(MyChipSpec.SPEC); }
 * }
 * </pre>
 * A subclass that replaces the time model must read the fitted utilization model ({@code mfu-*}) only while the
 * utilization is not set, and neither it nor the utilization in plan mode, as the host does not sample them then
 * ({@link AbsoluteParameters#unreadWithUtilizationSet}, {@link AbsoluteParameters#unreadInPlanMode}; API 1.6.0; the TCK
 * checks it).
 */
public abstract class AbsoluteBackend implements HardwareBackend {
    private final DeviceSpec spec;
    private final BackendInfo info;
    private final ParameterSpace parameters;
    private final SpeedupModel time;
    private final EnergyModel energy = new AbsoluteEnergy();
    private final HardwareModel hardware;
    private final FabInvestmentModel procurement;
    private final TimelineModel timeline = new AbsoluteTimeline();

    /**
     * The standard absolute models over a device spec.
     *
     * @param spec the device
     */
    protected AbsoluteBackend(DeviceSpec spec) {
        this.spec = spec;
        List<String> sources = new ArrayList<>();
        sources.add(spec.peak(Precision.BF16).orElseThrow().source());
        sources.add("utilization: " + ShippedFit.SOURCE);
        sources.add("faraboschi2024barriers §3.1, Table 3 (failures at scale)");
        this.info = new BackendInfo(spec.id(), spec.name(), spec.category(), spec.technologyReadinessLevel(),
                spec.vendor() + " " + spec.deviceKind() + " devices in a cluster", sources);
        this.parameters = AbsoluteParameters.of(spec);
        this.time = new AbsoluteTime(spec);
        this.hardware = new AbsoluteHardware(spec.deviceKind());
        this.procurement = new AbsoluteProcurement(spec.deviceKind());
    }

    /**
     * The device this backend models.
     *
     * @return its spec
     */
    public DeviceSpec spec() {
        return spec;
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
