package dev.cambrian.cli;

import dev.cambrian.api.Derivation;
import dev.cambrian.api.Parameter;
import dev.cambrian.api.Workload;
import dev.cambrian.api.formula.Units;
import dev.cambrian.cli.output.DataTable;
import dev.cambrian.cli.output.Quantities;
import dev.cambrian.cli.output.Report;
import dev.cambrian.cli.output.Table;
import dev.cambrian.engine.estimate.Assumption;
import dev.cambrian.engine.InputException;
import dev.cambrian.engine.estimate.Estimate;
import dev.cambrian.engine.estimate.PointResult;
import dev.cambrian.engine.estimate.ResolvedParameters;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.host.Evaluation;
import dev.cambrian.host.LoadedBackend;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show how every figure was obtained: formula, inputs and sources, and the parameters in force.")
class ExplainCommand extends ComputeCommand {
    static final String SCHEMA = "cambrian.explain/v1";

    @Option(names = {"-b", "--backend"}, paramLabel = "ID", split = ",",
            description = "Backends to explain, comma-separated, or 'all', or one compound A+B (default: the scenario's baseline).")
    List<String> backends = new ArrayList<>();

    @Override
    List<String> backendsRun() {
        return backends;
    }

    @Option(names = "--deadline", paramLabel = "DAYS", description = "Explain the estimate sized for this deadline.")
    Double deadlineDays;

    /** A device count --deadline would replace is refused before any plugin runs. */
    @Override
    Inputs inputs() {
        Inputs in = super.inputs();
        if (deadlineDays != null) {
            Estimations.checkDeadline(deadlineDays, in.scenario(), backends);
            backends.stream().filter(b -> b.contains("+")).findFirst().ifPresent(compound -> {
                // it was ignored: a compound runs at its members' own device counts
                throw new InputException("--deadline: sizes single backends; a compound (" + compound + ") runs at its"
                        + " members' own device counts (explain -b " + in.scenario().baseline() + " --deadline to size the baseline)");
            });
        }
        return in;
    }

    @Override
    int run(Context ctx, Scenario scenario, Workload workload) {
        List<String> ids = backends.isEmpty() ? List.of(scenario.baseline()) : backends;
        if (ids.size() == 1 && ids.get(0).contains("+")) {
            // A compound: the class-by-class assignment and its arithmetic.
            Output.emit(CompoundView.report(Compounds.compound(ctx, ctx.evaluation(scenario, workload), scenario, workload,
                    ids.get(0), java.util.Map.of(), dev.cambrian.engine.compose.Composer.DEFAULT_INTEGRATION_MONTHS),
                    scenario, workload), common, spec.commandLine().getOut());
            return ExitCodes.OK;
        }
        Evaluation evaluation = ctx.evaluation(scenario, workload);
        Evaluation.Outcome outcome = Estimations.evaluate(ctx, evaluation, scenario, workload, ids, deadlineDays);
        List<Table> tables = new ArrayList<>();
        List<Object> results = new ArrayList<>();
        Map<String, List<Derivation>> stepsByBackend = new java.util.LinkedHashMap<>();
        List<List<Object>> parameterRows = new ArrayList<>();
        for (Estimate e : outcome.estimates()) {
            LoadedBackend b = ctx.plugins.backend(e.backendId()).orElseThrow();
            ResolvedParameters params = evaluation.parameters(b);
            List<Derivation> steps = derivations(e.nominal(), scenario);
            stepsByBackend.put(e.backendId(), steps);
            tables.add(DerivationView.table("How " + e.backendId() + " gets its nominal figures (" + workload.name()
                    + ", scenario " + scenario.name() + (e.profile() == null ? "" : ", profile " + e.profile()) + ")", steps));
            List<List<String>> rows = new ArrayList<>();
            List<Object> jsonParams = new ArrayList<>();
            List<String> unread = params.unreadRanges();
            String held = unread.isEmpty() ? "" : "held: unread at " + params.unreadSetting();
            for (Parameter p : params.parameters()) {
                Optional<Assumption> a = e.assumptions().stream().filter(x -> x.parameter().equals(p.name())).findFirst();
                Parameter inForce = a.map(x -> p.withRange(x.value())).orElse(p);
                String origin = a.map(Assumption::origin).orElse("default");
                // what estimate's range and uncertainty do with it: a range the models do not read is not varied
                String varies = unread.contains(p.name()) ? held
                        // a point in force is never drawn, whatever the declared distribution (a profile or --set pins it)
                        : inForce.range().isPoint() ? dev.cambrian.api.Distribution.FIXED.id()
                        // as uncertainty draws it: a range in force on a parameter declared fixed is drawn uniformly
                        : p.distribution() == dev.cambrian.api.Distribution.FIXED ? "uniform (declared fixed)" : p.distribution().id();
                // the declared source is the default's: a profile's 750 chips read as sourced by "~2,000 photonic chips"
                rows.add(List.of(p.name(), Quantities.range(inForce.range(), p.unit()), varies, origin,
                        a.isPresent() ? "of the default: " + p.source() : p.source()));
                parameterRows.add(List.of(e.backendId(), p.name(), p.unit(), inForce.range().low(), inForce.range().nominal(),
                        inForce.range().high(), varies, origin, p.source()));
                Map<String, Object> m = Json.object();
                m.put("name", p.name());
                m.put("unit", p.unit());
                m.put("value", Json.range(inForce.range()));
                m.put("distribution", p.distribution().id());
                m.put("varies", varies); // as the table's column: held, or how uncertainty draws it
                m.put("origin", origin);
                m.put("source", p.source());
                jsonParams.add(m);
            }
            tables.add(new Table("Parameters in force for " + e.backendId(),
                    List.of("parameter", "value (range)", "varies", "set by", "source"), rows));
            Map<String, Object> r = Json.object();
            r.put("backend", e.backendId());
            r.put("profile", e.profile());
            r.put("trainingTimeSeconds", Json.range(e.trainingSeconds()));
            r.put("energyJoules", Json.range(e.energyJoules()));
            r.put("costUsd", Json.range(e.costUsd()));
            r.put("derivation", DerivationView.json(steps));
            r.put("parameters", jsonParams);
            r.put("rangeMethod", rangeMethod(e));
            r.put("warnings", e.warnings());
            results.add(r);
        }
        List<String> notes = new ArrayList<>();
        for (Estimate e : outcome.estimates()) {
            notes.add(e.backendId() + ": " + rangeMethod(e));
        }
        for (Estimate e : outcome.estimates()) { // as estimate shows them: the table said none, the JSON had them
            e.warnings().forEach(w -> notes.add("Warning: " + e.backendId() + ": " + w));
        }
        notes.addAll(outcome.notes()); // in the JSON's warnings, and not on the page: --deadline on photonic said nothing
        outcome.failures().forEach(f -> notes.add("Warning: failed: " + f));
        outcome.infeasible().forEach(f -> notes.add("Warning: no valid answer: " + f));
        Map<String, Object> root = Json.root(SCHEMA, scenario, workload);
        root.put("results", results);
        root.put("warnings", Json.warnings(outcome.notes(), outcome.failures(), outcome.infeasible()));
        Output.emitIfAny(!outcome.estimates().isEmpty(), new Report(tables, notes, root, List.of(DerivationView.tidy("backend", stepsByBackend),
                new DataTable("parameters", List.of("backend", "parameter", "unit", "low", "nominal", "high", "varies", "set_by",
                        "source"), parameterRows))), common, spec.commandLine().getOut());
        return Estimations.exitCode(ctx, outcome);
    }

    private static String rangeMethod(Estimate e) {
        return "ranges are the minimum and maximum over " + e.evaluations() + " evaluations (nominal plus every corner of"
                + " the uncertain parameters' ranges)";
    }

    /** The models' own steps, then the host's cost arithmetic, so every figure in estimate is covered. */
    static List<Derivation> derivations(PointResult r, Scenario scenario) {
        List<Derivation> all = new ArrayList<>();
        all.addAll(r.time().derivation());
        all.addAll(r.energy().derivation());
        all.addAll(r.hardware().derivation());
        all.add(new Derivation("energy cost", r.energyCostUsd(), "USD", "energy in kWh x electricity price",
                Quantities.number(Units.kwh(r.energy().joules())) + " kWh x $" + scenario.economics().electricityUsdPerKwh()
                        + "/kWh", "scenario " + scenario.name() + " economics"));
        all.add(new Derivation("total cost", r.costUsd(), "USD", "hardware + operations + energy cost",
                "", "host (docs/models.md §2)"));
        all.addAll(r.fab().derivation());
        all.addAll(r.timeline().derivation());
        return all;
    }
}
