package dev.cambrian.cli;

import dev.cambrian.engine.scenario.Scenario;
import java.nio.file.Path;
import dev.cambrian.api.absolute.AbsoluteParameters;
import dev.cambrian.engine.InputException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Predict the published training runs of the dataset (data/published-runs.csv) under a scenario and"
                + " compare with their published device-hours: per run, in sample and leave one out (each run predicted"
                + " by a utilization fit made without it); then the published carbon figures (data/published-carbon.csv)"
                + " reproduced on their stated energy basis and grid intensity.")
class ValidateCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--scenario", paramLabel = "NAME|FILE", defaultValue = "default",
            description = "Built-in scenario or a YAML/JSON file (default: ${DEFAULT-VALUE}); each run's device count,"
                    + " precision and year override it.")
    String scenario;

    @Option(names = "--set", paramLabel = "BACKEND.PARAM=VALUE",
            description = "Override one parameter, e.g. --set gpu-h100.mfu-moe-factor=0.6 (repeatable).")
    List<String> set = new ArrayList<>();

    @Option(names = "--runs", paramLabel = "FILE",
            description = "A dataset of published runs in the same CSV format (default: the one shipped with Cambrian).")
    Path runs;

    @Spec
    CommandSpec spec;

    /** Whether a run of the dataset is predicted with this backend (validate predicts absolute backends only). */
    private static boolean usedByARun(dev.cambrian.host.LoadedBackend b, PublishedRunsCsv.Dataset dataset) {
        return b.parameters().parameter(AbsoluteParameters.MFU_REFERENCE).isPresent()
                && dataset.runs().stream().anyMatch(r -> r.backend().equals(b.id()));
    }

    /** A --set on a backend no run is predicted with changed nothing (--set photonic.speedup=5 gave the same bytes). */
    private static void refuseSetsNoRunUses(Scenario s, PublishedRunsCsv.Dataset dataset, Context ctx) {
        ScenarioLoader.firstSet(s, (backend, parameter) -> !backend.equals(Scenario.ALL_BACKENDS)
                && ctx.plugins.backend(backend).filter(b -> usedByARun(b, dataset)).isEmpty()).ifPresent(unused -> {
                    throw new InputException(unused[1] + ": validate predicts the published runs on the absolute backends they"
                            + " name, and no run uses " + unused[0] + "; this value would not be used");
                });
    }

    @Override
    public Integer call() {
        Scenario s = ScenarioLoader.load(scenario, set).scenario();
        // each run's own count and precision replace them (Validator): a --set of them changed nothing without a word (a
        // scenario file's, shared with other commands, is documented as overridden)
        for (String run : List.of(AbsoluteParameters.DEVICES, AbsoluteParameters.PRECISION)) {
            ScenarioLoader.givenBySet(s, run, backend -> true).ifPresent(given -> {
                throw new InputException(given[1] + ": validate takes each run's device count and precision from its row"
                        + " of the dataset; this value would not be used");
            });
        }
        PublishedRunsCsv.Dataset dataset = runs == null ? PublishedRunsCsv.bundled() : PublishedRunsCsv.file(runs);
        String name = runs == null ? PublishedRunsCsv.BUNDLED : runs.toString();
        try (Context ctx = new Context(common, spec.commandLine().getErr())) {
            ctx.checkScenario(s);
            if (runs != null) {
                // a backend the user's file names is a typo until loaded, as with -b; the bundled dataset's runs on
                // backends whose plugins are not in the folder are skipped, each with why
                ctx.select(List.of()); // none loaded at all: exit 3, not the file's fault
                dataset.runs().forEach(r -> {
                    String where = dataset.where().get(r.id()) + ": column backend";
                    if (!usedByARun(ctx.backend(r.backend(), where), dataset)) { // photonic ran to 'nothing predicted', exit 1
                        throw new InputException(where + ": " + r.backend() + " is described relative to the baseline, and"
                                + " validate predicts published runs only on the absolute backends, which model a datasheet's"
                                + " device (cambrian backends lists them by category)");
                    }
                });
            }
            refuseSetsNoRunUses(s, dataset, ctx);
            // a --set a backend cannot take (gpu-h100.pue=1e308) failed every run as if the plugin were broken, exit 0
            List<dev.cambrian.host.LoadedBackend> predicted = ctx.select(List.of()).stream()
                    .filter(b -> usedByARun(b, dataset)).toList();
            Sampling.refuseValuesABackendCannotTake(ctx.evaluation(s, dev.cambrian.engine.workload.WorkloadResolver.resolve(
                    dev.cambrian.engine.workload.WorkloadCatalog.preset(dev.cambrian.engine.workload.WorkloadCatalog.DEFAULT_ID)
                            .orElseThrow())), predicted);
            Output.emit(ValidateView.report(Validations.run(ctx, s, dataset.runs(), name)), common, spec.commandLine().getOut());
            return ExitCodes.OK;
        }
    }
}
