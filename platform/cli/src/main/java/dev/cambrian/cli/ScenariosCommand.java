package dev.cambrian.cli;

import dev.cambrian.cli.output.Report;
import dev.cambrian.cli.output.Table;
import dev.cambrian.engine.scenario.BuiltInScenarios;
import dev.cambrian.engine.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "scenarios", mixinStandardHelpOptions = true,
        description = "List the built-in scenarios; a scenario file extends one of them.")
class ScenariosCommand implements Callable<Integer> {
    static final String SCHEMA = "cambrian.scenarios/v1";

    @Mixin
    OutputOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<List<String>> rows = new ArrayList<>();
        List<Object> json = new ArrayList<>();
        for (Scenario s : BuiltInScenarios.all()) {
            rows.add(List.of(s.name(), s.baseline(), "$" + s.economics().electricityUsdPerKwh() + "/kWh",
                    s.profiles().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")),
                    s.description()));
            json.add(Json.scenario(s));
        }
        Map<String, Object> root = Json.object();
        root.put("schema", SCHEMA);
        root.put("scenarios", json);
        Output.emit(new Report(List.of(new Table("Built-in scenarios (--scenario NAME, or a file with 'extends: NAME')",
                List.of("name", "baseline", "electricity", "profiles", "meaning"), rows)),
                List.of("Electricity: default is the US industrial average 2024 (eia2024electricity); the seed scenarios use grok2025althw's $0.15/kWh.",
                        "profiles: '*' applies to every backend that declares the profile; a backend named explicitly overrides it."),
                root), common, spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
