package dev.cambrian.cli;

import dev.cambrian.api.InfeasibleException;
import dev.cambrian.api.Workload;
import dev.cambrian.cli.output.Report;
import dev.cambrian.cli.output.Table;
import dev.cambrian.engine.audit.Auditor;
import dev.cambrian.engine.audit.Finding;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.host.Evaluation;
import dev.cambrian.host.LoadedBackend;
import dev.cambrian.host.PluginFailure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Check every backend's claims against each other: Amdahl bounds, power, efficiency and throughput"
                + " against the device's own figures, overheads left out, costs not explained, and the workload itself.")
class AuditCommand extends ComputeCommand {
    static final String SCHEMA = "cambrian.audit/v1";

    @Option(names = {"-b", "--backend"}, paramLabel = "ID", split = ",",
            description = "Backends to audit, comma-separated, or 'all'; a compound A+B is audited too (default: all).")
    List<String> backends = new ArrayList<>();

    @Override
    int run(Context ctx, Scenario scenario, Workload workload) {
        Audits.Result audit = Audits.run(ctx, scenario, workload, backends);
        List<Finding> findings = audit.findings();
        List<String> failures = audit.failures();
        List<List<String>> rows = new ArrayList<>();
        List<Object> json = new ArrayList<>();
        for (Finding f : findings) {
            rows.add(List.of(f.severity().id(), f.subject(), f.check(), f.claim(), f.numbers(), f.source()));
            Map<String, Object> m = Json.object();
            m.put("subject", f.subject());
            m.put("check", f.check());
            m.put("rule", f.rule());
            m.put("claim", f.claim());
            m.put("source", f.source());
            m.put("numbers", f.numbers());
            m.put("severity", f.severity().id());
            json.add(m);
        }
        List<String> notes = new ArrayList<>();
        notes.add("The claim is each backend's estimate as its source computes it (seed arithmetic where it has it), on "
                + workload.name() + " under scenario " + scenario.name() + ". Rules:");
        findings.stream().map(f -> "  " + f.check() + ": " + f.rule()).distinct().forEach(notes::add);
        failures.forEach(f -> notes.add("Warning: not audited: " + f));
        Map<String, Object> root = Json.object();
        root.put("schema", SCHEMA);
        root.put("scenario", Json.scenario(scenario));
        root.put("workload", Json.workload(workload));
        root.put("findings", json);
        root.put("warnings", failures);
        Output.emit(new Report(List.of(new Table("Audit: " + findings.size() + " findings",
                List.of("severity", "subject", "check", "claim", "numbers", "source"), rows)), notes, root),
                common, spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
