package dev.cambrian.cli;

import dev.cambrian.api.Workload;
import dev.cambrian.cli.scenario.EnvironmentRequest;
import dev.cambrian.cli.output.DataTable;
import dev.cambrian.cli.output.Report;
import dev.cambrian.cli.output.Table;
import dev.cambrian.engine.audit.Auditor;
import dev.cambrian.engine.audit.CheckRun;
import dev.cambrian.engine.audit.Finding;
import dev.cambrian.engine.scenario.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Check every backend's claims against each other: Amdahl bounds, power, efficiency and throughput"
                + " against the device's own figures, overheads left out, costs not explained, and the workload itself.")
class AuditCommand extends ComputeCommand {
    static final String SCHEMA = "cambrian.audit/v1";

    @Option(names = {"-b", "--backend"}, paramLabel = "ID", split = ",",
            description = "Backends to audit, comma-separated, or 'all'; a compound A+B is audited too (default: all).")
    List<String> backends = new ArrayList<>();

    /** The embodied-carbon check reads the grid; no check reads water, so audit offers no --wue. */
    @Mixin
    GridOptions grid;

    @Override
    EnvironmentRequest environmentFlags() {
        return grid.request();
    }

    @Override
    List<String> backendsRun() {
        return backends;
    }

    @Override
    int run(Context ctx, Scenario scenario, Workload workload) {
        Audits.Result audit = Audits.run(ctx, ctx.evaluation(scenario, workload), scenario, workload, backends);
        List<Finding> findings = audit.findings();
        List<String> failures = audit.failures();
        List<CheckRun> checks = audit.checks();
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
        notes.addAll(skipped(checks));
        notes.addAll(UserValueNotes.lines(scenario, audit.audited()));
        failures.forEach(f -> notes.add("Warning: not audited: " + f));
        Map<String, Object> root = Json.root(SCHEMA, scenario, workload);
        root.put("findings", json);
        root.put("checks", checksJson(checks));
        root.put("warnings", failures);
        Output.emit(new Report(List.of(new Table("Audit: " + findings.size() + (findings.size() == 1 ? " finding" : " findings"),
                List.of("severity", "subject", "check", "claim", "numbers", "source"), rows), checksTable(checks)), notes, root,
                List.of(tidyFindings(findings), tidyChecks(checks))),
                common, spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    /**
     * The spreadsheet's findings: one row per finding, then one column per figure any finding compares,
     * named with its unit (claimed_energy_J, stated_power_W), empty where a finding does not compare it.
     */
    static DataTable tidyFindings(List<Finding> findings) {
        List<String> measured = findings.stream().flatMap(f -> f.measured().stream()).map(AuditCommand::column).distinct().toList();
        List<String> columns = new ArrayList<>(List.of("subject", "check", "severity", "source"));
        columns.addAll(measured);
        List<List<Object>> rows = new ArrayList<>();
        for (Finding f : findings) {
            List<Object> row = new ArrayList<>(java.util.Arrays.asList(f.subject(), f.check(), f.severity().id(), f.source()));
            measured.forEach(c -> row.add(null));
            f.measured().forEach(m -> row.set(columns.indexOf(column(m)), m.value()));
            rows.add(row);
        }
        return new DataTable("findings", columns, rows);
    }

    private static String column(Finding.Measured m) {
        return m.name() + "_" + m.unit();
    }

    /** Which check ran on which backend, and why one did not: one row per backend and check. */
    static DataTable tidyChecks(List<CheckRun> checks) {
        List<List<Object>> rows = new ArrayList<>();
        checks.forEach(c -> rows.add(java.util.Arrays.asList(c.subject(), c.check(), c.status(), c.why())));
        return new DataTable("checks", List.of("backend", "check", "status", "why"), rows);
    }

    /** One row per backend, one column per check: whether it ran (the notes say why one did not). */
    private static Table checksTable(List<CheckRun> checks) {
        Map<String, Map<String, CheckRun>> bySubject = new LinkedHashMap<>();
        checks.forEach(c -> bySubject.computeIfAbsent(c.subject(), k -> new LinkedHashMap<>()).put(c.check(), c));
        List<String> columns = new ArrayList<>();
        columns.add("backend");
        columns.addAll(Auditor.BACKEND_CHECKS);
        List<List<String>> rows = new ArrayList<>();
        bySubject.forEach((subject, runs) -> {
            List<String> row = new ArrayList<>();
            row.add(subject);
            Auditor.BACKEND_CHECKS.forEach(c -> row.add(runs.containsKey(c) ? runs.get(c).status() : "-"));
            rows.add(row);
        });
        return new Table("Checks per backend", columns, rows);
    }

    /** The reasons checks were skipped, each once with the backends it applies to. */
    private static List<String> skipped(List<CheckRun> checks) {
        Map<String, List<String>> byReason = new LinkedHashMap<>();
        checks.stream().filter(c -> !c.ran()).forEach(c -> byReason.computeIfAbsent("Skipped " + c.check() + " (" + c.why() + ")",
                k -> new ArrayList<>()).add(c.subject()));
        List<String> out = new ArrayList<>();
        byReason.forEach((reason, subjects) -> out.add(reason + ": " + String.join(", ", subjects)));
        return out;
    }

    private static List<Object> checksJson(List<CheckRun> checks) {
        List<Object> out = new ArrayList<>();
        for (CheckRun c : checks) {
            Map<String, Object> m = Json.object();
            m.put("subject", c.subject());
            m.put("check", c.check());
            m.put("status", c.status());
            m.put("why", c.why());
            out.add(m);
        }
        return out;
    }
}
