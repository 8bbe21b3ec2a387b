package dev.cambrian.cli;

import dev.cambrian.api.Workload;
import dev.cambrian.engine.lever.LeverSetting;
import dev.cambrian.engine.lever.WorkloadLevers;
import dev.cambrian.engine.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "scale", mixinStandardHelpOptions = true,
        description = "Time to train versus system size (faraboschi2024barriers Fig. 7): the base and optimized supercomputing"
                + " configurations and the K-of-N tolerant runtime, dense and as an 8-expert MoE. Its workload is the"
                + " figure's dense-1t unless -w or a scenario file's workload.preset names another.")
class ScaleCommand implements Callable<Integer> {
    /** faraboschi2024barriers §1.3's dense 1T, the run of its Fig. 7. */
    static final String DEFAULT_WORKLOAD = "dense-1t";

    @Mixin
    OutputOptions common;

    @Mixin
    ScenarioLeverOptions scenarioOptions;

    @Option(names = "--devices", paramLabel = "N,...", split = ",",
            description = "System sizes in GPUs (default: 1000,2000,5000,10000,20000,50000,100000,200000).")
    List<Long> devices = new ArrayList<>(Scalings.DEFAULT_SIZES);

    @Option(names = "--explain", paramLabel = "N",
            description = "Also show, at N GPUs, how each configuration gets its dense time: formula, inputs, source.")
    Long explain;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ScenarioLoader.Loaded loaded = ScenarioLoader.load(scenarioOptions.scenario, List.of());
        Scenario scenario = loaded.scenario().withLevers(LeverSetting.merged(loaded.scenario().levers(),
                LeverSetting.parse(scenarioOptions.levers, "--lever")));
        Workload trained = WorkloadLevers.apply(Context.workload(scenarioOptions, scenario, loaded.workloadPreset(),
                DEFAULT_WORKLOAD), scenario.levers());
        Output.emit(ScaleView.report(Scalings.sweep(scenario, trained, devices, explain)), common, spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
