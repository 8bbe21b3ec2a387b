package dev.cambrian.cli;

import java.util.List;

import dev.cambrian.api.Workload;
import dev.cambrian.cli.scenario.EnvironmentRequest;
import dev.cambrian.engine.lever.LeverSetting;
import dev.cambrian.engine.lever.WorkloadLevers;
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
        Inputs in = inputs();
        try (Context ctx = new Context(common, spec.commandLine().getErr())) {
            ctx.checkScenario(in.scenario());
            List<String> ids = backendsRun();
            if (ids != null) {
                UnusedSets.refuse(in.scenario(), ids);
            }
            return ctx.exitCode(run(ctx, in.scenario(), in.workload()));
        }
    }

    /** The scenario (with its levers) and the workload the options ask for, checked before any plugin runs. */
    record Inputs(Scenario scenario, Workload workload) {
    }

    /** Reads and checks the scenario and workload options; a bad one is an InputException naming its flag. */
    Inputs inputs() {
        ScenarioLoader.Loaded loaded = ScenarioLoader.load(scenarioOptions.scenario, scenarioOptions.set, environmentFlags());
        Scenario scenario = loaded.scenario().withLevers(LeverSetting.merged(loaded.scenario().levers(),
                LeverSetting.parse(scenarioOptions.levers, "--lever")));
        workloadWithoutLevers = Context.workload(scenarioOptions, scenario, loaded.workloadPreset());
        return new Inputs(scenario, WorkloadLevers.apply(workloadWithoutLevers, scenario.levers()));
    }

    /** The workload before the levers that shrink it: what a lever's effect is measured against. */
    Workload workloadWithoutLevers;

    /**
     * What --region, --market-intensity and --wue ask, for the commands that offer them ({@link GridOptions}, {@link WaterOptions});
     * the others keep the scenario file's environment, which they do not show.
     */
    EnvironmentRequest environmentFlags() {
        return EnvironmentRequest.NONE;
    }

    /** The backends -b selects, as given, for commands that run only those; null when the command has no such choice. */
    List<String> backendsRun() {
        return null;
    }

    abstract int run(Context ctx, Scenario scenario, Workload workload);
}
