package dev.cambrian.host;

import java.util.ArrayList;
import java.util.List;

/**
 * The Java source of a small but valid {@code HardwareBackend} for test plugins, with hooks to break
 * it on purpose. The valid backend declares one parameter, {@value #DEVICES} (a whole count,
 * {@value #NOMINAL_DEVICES}), the profiles {@code current} and {@code enhanced}, and models that
 * give {@code trainingFlop / (devices x } {@value #FLOP_PER_DEVICE_SECOND}{@code )} seconds,
 * {@value #WATTS_PER_DEVICE} W per device, and so on, all through the api's own value types.
 *
 * <p>Hooks: {@link #trainingSeconds(String)} replaces the time formula; {@link #modelThrows(String)},
 * {@link #modelHangs()}, {@link #constructorThrows(String)}, {@link #infoThrows(String)} insert a
 * fault; {@link #member(String)} and {@link #constructor(String)} add code.
 */
public final class TestBackendSource {
    public static final String DEVICES = "devices";
    public static final long NOMINAL_DEVICES = 64;
    public static final long ENHANCED_DEVICES = 128;
    public static final double FLOP_PER_DEVICE_SECOND = 1.0e15;
    public static final double WATTS_PER_DEVICE = 700.0;

    /** A model body that never returns and ignores interruption (so cancelling it does not help). */
    public static final String HANG_IGNORING_INTERRUPTS = "if (true) { while (true) { try { Thread.sleep(20); }"
            + " catch (InterruptedException ignored) { /* keep going */ } } }";

    private final String packageName;
    private final String simpleName;
    private final String backendId;
    private String trainingSeconds = "in.workload().trainingFlop() / (in.parameter(\"" + DEVICES + "\") * "
            + FLOP_PER_DEVICE_SECOND + ")";
    private final List<String> constructorStatements = new ArrayList<>();
    private final List<String> infoStatements = new ArrayList<>();
    private final List<String> modelStatements = new ArrayList<>();
    private final List<String> members = new ArrayList<>();

    private TestBackendSource(String packageName, String simpleName, String backendId) {
        this.packageName = packageName;
        this.simpleName = simpleName;
        this.backendId = backendId;
    }

    /** A valid backend {@code packageName.simpleName} with the given backend id (kebab-case). */
    public static TestBackendSource of(String packageName, String simpleName, String backendId) {
        return new TestBackendSource(packageName, simpleName, backendId);
    }

    public String className() {
        return packageName + "." + simpleName;
    }

    public String backendId() {
        return backendId;
    }

    /** A Java expression over {@code in} (the ModelInput) for the training time in seconds. */
    public TestBackendSource trainingSeconds(String expression) {
        this.trainingSeconds = expression;
        return this;
    }

    /** The speedup model throws this (a Java expression of a Throwable type, unchecked). */
    public TestBackendSource modelThrows(String throwable) {
        modelStatements.add("if (true) throw " + throwable + ";");
        return this;
    }

    /** The speedup model returns null instead of an estimate. */
    public TestBackendSource modelReturnsNull() {
        modelStatements.add("if (true) return null;");
        return this;
    }

    /** The speedup model never returns. */
    public TestBackendSource modelHangs() {
        modelStatements.add(HANG_IGNORING_INTERRUPTS);
        return this;
    }

    /** The constructor throws this (a Java expression of an unchecked Throwable type). */
    public TestBackendSource constructorThrows(String throwable) {
        return constructor("if (true) throw " + throwable + ";");
    }

    /** {@code info()} throws this (a Java expression of an unchecked Throwable type). */
    public TestBackendSource infoThrows(String throwable) {
        infoStatements.add("if (true) throw " + throwable + ";");
        return this;
    }

    /** A statement run in the constructor. */
    public TestBackendSource constructor(String statement) {
        constructorStatements.add(statement);
        return this;
    }

    /** A field, method or nested class added to the backend class. */
    public TestBackendSource member(String code) {
        members.add(code);
        return this;
    }

    public String source() {
        return """
                package %1$s;

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
                import java.util.List;
                import java.util.Map;
                import org.pf4j.Extension;

                @Extension
                public final class %2$s implements HardwareBackend {
                    private static final String SOURCE = "Cambrian host tests (fixture)";

                    public %2$s() {
                        %4$s
                    }

                    @Override
                    public BackendInfo info() {
                        %5$s
                        return new BackendInfo("%3$s", "Test backend %3$s", Category.OTHER, 5,
                                "A backend built by the host tests", List.of(SOURCE));
                    }

                    @Override
                    public ParameterSpace parameters() {
                        Parameter devices = Parameter.count("%8$s", "device", %9$dL, "devices in the test cluster", SOURCE);
                        return new ParameterSpace(List.of(devices), List.of(
                                new Profile(Profile.CURRENT, "as built today", Map.of(), SOURCE),
                                new Profile(Profile.ENHANCED, "twice the devices", Map.of("%8$s", Range.of(%10$dL)), SOURCE)));
                    }

                    @Override
                    public SpeedupModel speedup() {
                        return (ModelInput in) -> {
                            %6$s
                            double seconds = %7$s;
                            return TimeEstimate.split(seconds, in.workload().mix(), List.of(), List.of());
                        };
                    }

                    @Override
                    public EnergyModel energy() {
                        return (in, time) -> EnergyEstimate.proportionalTo(time,
                                %11$s * in.parameter("%8$s") * time.trainingSeconds(), List.of(), List.of());
                    }

                    @Override
                    public HardwareModel hardware() {
                        return (in, time) -> {
                            double n = in.parameter("%8$s");
                            double deviceHours = n * time.trainingSeconds() / 3600.0;
                            return new HardwareEstimate(List.of(new DeviceCount("test device", n, deviceHours)),
                                    2.0 * deviceHours, 0.0, List.of(), List.of());
                        };
                    }

                    @Override
                    public FabInvestmentModel fabInvestment() {
                        return in -> new FabInvestment(List.of(new InvestmentLine("procurement",
                                Range.of(1.0e4 * in.parameter("%8$s")), false, SOURCE)), null, List.of());
                    }

                    @Override
                    public TimelineModel timeline() {
                        return (in, time) -> new Timeline(List.of(new Phase("deployment", 0, 3),
                                new Phase("training", 3, 3 + time.trainingSeconds() / 2.6e6)), List.of());
                    }

                    %12$s
                }
                """.formatted(packageName, simpleName, backendId,
                String.join("\n        ", constructorStatements),
                String.join("\n        ", infoStatements),
                String.join("\n            ", modelStatements),
                trainingSeconds, DEVICES, NOMINAL_DEVICES, ENHANCED_DEVICES, WATTS_PER_DEVICE,
                String.join("\n\n    ", members));
    }
}
