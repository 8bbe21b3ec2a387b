package dev.cambrian.cli;

import dev.cambrian.api.Parameter;
import dev.cambrian.api.Profile;
import dev.cambrian.cli.output.Quantities;
import dev.cambrian.cli.output.Report;
import dev.cambrian.cli.output.Table;
import dev.cambrian.host.LoadedBackend;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "backends", mixinStandardHelpOptions = true,
        description = "List the loaded backends; -v lists every parameter with its unit, range and source.")
class BackendsCommand implements Callable<Integer> {
    static final String SCHEMA = "cambrian.backends/v1";

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = {"-v", "--verbose"}, description = "Also list parameters and profiles.")
    boolean verbose;

    @Parameters(paramLabel = "ID", arity = "0..*", description = "Backends to show (default: all).")
    List<String> ids = new ArrayList<>();

    @Override
    public Integer call() {
        try (Context ctx = new Context(common, spec.commandLine().getErr())) {
            List<LoadedBackend> selected = ctx.select(ids, "backends");
            List<List<String>> rows = new ArrayList<>();
            List<Table> tables = new ArrayList<>();
            List<Object> json = new ArrayList<>();
            for (LoadedBackend b : selected) {
                rows.add(List.of(b.id(), b.info().name(), b.info().category().id(), String.valueOf(b.info().technologyReadinessLevel()),
                        b.pluginId() + " " + b.pluginVersion(),
                        b.parameters().profiles().stream().map(Profile::name).collect(Collectors.joining(", "))));
                Map<String, Object> m = Json.object();
                m.put("id", b.id());
                m.put("name", b.info().name());
                m.put("category", b.info().category().id());
                m.put("technologyReadinessLevel", b.info().technologyReadinessLevel());
                m.put("description", b.info().description());
                m.put("plugin", b.pluginId());
                m.put("pluginVersion", b.pluginVersion());
                m.put("sources", b.info().sources());
                List<Object> params = new ArrayList<>();
                List<List<String>> paramRows = new ArrayList<>();
                for (Parameter p : b.parameters().parameters()) {
                    Map<String, Object> pm = Json.object();
                    pm.put("name", p.name());
                    pm.put("unit", p.unit());
                    pm.put("range", Json.range(p.range()));
                    pm.put("distribution", p.distribution().id());
                    pm.put("integer", p.integer());
                    pm.put("description", p.description());
                    pm.put("source", p.source());
                    params.add(pm);
                    paramRows.add(List.of(p.name(), p.unit(), value(p.unit(), p.range().low()),
                            value(p.unit(), p.range().nominal()), value(p.unit(), p.range().high()),
                            p.distribution().id(), p.description(), p.source()));
                }
                List<Object> profiles = new ArrayList<>();
                List<List<String>> profileRows = new ArrayList<>();
                for (Profile pr : b.parameters().profiles()) {
                    Map<String, Object> pm = Json.object();
                    pm.put("name", pr.name());
                    pm.put("description", pr.description());
                    Map<String, Object> values = Json.object();
                    pr.values().forEach((k, v) -> values.put(k, Json.range(v)));
                    pm.put("values", values);
                    pm.put("source", pr.source());
                    profiles.add(pm);
                    profileRows.add(List.of(pr.name(), pr.values().entrySet().stream()
                            .map(e -> e.getKey() + "=" + Quantities.range(e.getValue(), ""))
                            .collect(Collectors.joining(", ")), pr.description(), pr.source()));
                }
                m.put("parameters", params);
                m.put("profiles", profiles);
                json.add(m);
                if (verbose) {
                    tables.add(new Table("Parameters of " + b.id(),
                            List.of("parameter", "unit", "low", "nominal", "high", "varies", "meaning", "source"), paramRows));
                    tables.add(new Table("Profiles of " + b.id(), List.of("profile", "values", "meaning", "source"), profileRows));
                }
            }
            tables.add(0, new Table("Backends", List.of("id", "name", "category", "TRL", "plugin", "profiles"), rows));
            Map<String, Object> root = Json.object();
            root.put("schema", SCHEMA);
            root.put("backends", json);
            Output.emit(new Report(tables, List.of(), root), common, spec.commandLine().getOut());
            return ctx.exitCode(ExitCodes.OK);
        }
    }

    /** A parameter value as a table cell; a calendar year as the decimal --set takes and its month ("2023.17 (2023-03)"). */
    private static String value(String unit, double v) {
        return unit.equals("year") ? Quantities.year(v) : Quantities.number(v);
    }
}
