package dev.cambrian.cli;

import dev.cambrian.api.Workload;
import dev.cambrian.engine.scenario.Scenario;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that computes on a workload under a scenario with the loaded plugins. */
abstract class ComputeCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    ScenarioOptions scenarioOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ScenarioLoader.Loaded loaded = ScenarioLoader.load(scenarioOptions.scenario, scenarioOptions.set);
        Workload workload = Context.workload(scenarioOptions, loaded.scenario(), loaded.workloadPreset());
        try (Context ctx = new Context(common, spec.commandLine().getErr())) {
            ctx.checkScenario(loaded.scenario());
            return run(ctx, loaded.scenario(), workload);
        }
    }

    abstract int run(Context ctx, Scenario scenario, Workload workload);
}
