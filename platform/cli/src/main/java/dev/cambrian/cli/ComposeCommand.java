package dev.cambrian.cli;

import dev.cambrian.api.Derivation;
import dev.cambrian.api.OperationClass;
import dev.cambrian.api.Workload;
import dev.cambrian.cli.output.Quantities;
import dev.cambrian.cli.output.Report;
import dev.cambrian.cli.output.Table;
import dev.cambrian.engine.InputException;
import dev.cambrian.engine.compose.Composer;
import dev.cambrian.engine.compose.Compound;
import dev.cambrian.engine.estimate.Estimate;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.host.Evaluation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "compose", mixinStandardHelpOptions = true,
        description = "Compose two or more backends (photonic+analog-topology): each operation class runs on the member"
                + " that runs it best, the rest on the baseline; shows the naive product of their factors beside it.")
class ComposeCommand extends ComputeCommand {
    static final String SCHEMA = "cambrian.compose/v1";

    @Parameters(paramLabel = "A+B[+C...]", description = "Backend ids joined with '+'.")
    String members;

    @Option(names = "--assign", paramLabel = "CLASS=ID", split = ",",
            description = "Pin an operation class to a member or the baseline, e.g. --assign attention=gpu-h100."
                    + " Classes: dense-matmul, attention, element-wise, optimizer, communication.")
    List<String> assign = new ArrayList<>();

    @Option(names = "--integration-months", paramLabel = "MONTHS", defaultValue = "6",
            description = "Integration phase after the members' programmes (default: ${DEFAULT-VALUE}; grok2025althw's are ~6 months).")
    double integrationMonths;

    @Override
    int run(Context ctx, Scenario scenario, Workload workload) {
        Output.emit(report(ctx, scenario, workload, members, pins(assign), integrationMonths), common,
                spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    /** grok2025althw's own figure for a compound, where it states one ('Resources with ...', closing paragraph). */
    static final Map<String, Double> SEED_CLAIMS = Map.of("photonic+analog-topology", 1000.0, "analog-topology+photonic", 1000.0);

    /** The compound's report; explain uses it too. */
    static Report report(Context ctx, Scenario scenario, Workload workload, String members, Map<OperationClass, String> pins,
                         double integrationMonths) {
        Composed composed = compound(ctx, ctx.evaluation(scenario, workload), scenario, workload, members, pins, integrationMonths);
        Compound c = composed.compound();
        var baseline = composed.members().reference().orElseThrow();
        List<Estimate> estimates = composed.members().estimates();
        List<List<String>> steps = new ArrayList<>();
        for (Derivation d : c.derivation()) {
            steps.add(List.of(d.quantity(), Quantities.withUnit(d.value(), d.unit()), d.formula(), d.inputs()));
        }
        List<List<String>> assignment = new ArrayList<>();
        c.assignment().forEach((k, v) -> assignment.add(List.of(k.id(), v,
                Quantities.time(dev.cambrian.api.Range.of(c.secondsByClass().get(k))))));
        List<String> notes = new ArrayList<>();
        notes.add("Naive product of the members' speedups over the baseline: " + Quantities.number(c.naiveSpeedup())
                + "x; composed class by class: " + Quantities.number(c.composedSpeedup()) + "x.");
        Double claimed = SEED_CLAIMS.get(c.id());
        if (claimed != null) {
            notes.add("grok2025althw claims ~" + Quantities.number(claimed) + "x for this pair ('Breakthroughs could compound"
                    + " (e.g., photonic + analog ~1000x total)', end of 'Resources with ...').");
        }
        notes.add("Why they differ: " + c.whyTheyDiffer());
        notes.add("Baseline " + baseline.backendId() + " on " + workload.name() + " under scenario " + scenario.name() + ": "
                + Quantities.time(dev.cambrian.api.Range.of(baseline.time().trainingSeconds())) + ". Compound figures are"
                + " nominal (members at their nominal values).");
        Map<String, Object> root = Json.object();
        root.put("schema", SCHEMA);
        root.put("scenario", Json.scenario(scenario));
        root.put("workload", Json.workload(workload));
        Map<String, Object> result = CompoundView.json(c);
        if (claimed != null) {
            result.put("seedClaimedSpeedup", claimed);
        }
        root.put("result", result);
        root.put("warnings", estimates.stream().flatMap(e -> e.warnings().stream().map(w -> e.backendId() + ": " + w))
                .collect(Collectors.toList()));
        return new Report(List.of(
                new Table("Compound " + c.id() + ": " + workload.name() + ", scenario " + scenario.name(), CompoundView.COLUMNS,
                        List.of(CompoundView.row(c))),
                new Table("Who runs each operation class", List.of("class", "runs on", "time"), assignment),
                new Table("The arithmetic", List.of("quantity", "value", "formula", "inputs"), steps)), notes, root);
    }

    static List<String> ids(String members) {
        List<String> ids = Arrays.stream(members.split("\\+")).map(String::trim).toList();
        if (ids.size() < 2) {
            throw new InputException("compose: give two or more backends joined with '+', e.g. photonic+analog-topology");
        }
        return ids;
    }

    /** A compound and the member estimates it was made of. */
    record Composed(Compound compound, Evaluation.Outcome members) {
    }

    /** Estimates the members (a failed or infeasible one ends the command) and composes them against the baseline. */
    static Composed compound(Context ctx, Evaluation evaluation, Scenario scenario, Workload workload, String members,
                             Map<OperationClass, String> pins, double integrationMonths) {
        ctx.select(ids(members), "compose " + members); // an unknown member is named as the user wrote it
        Evaluation.Outcome outcome = EstimateCommand.evaluate(ctx, evaluation, scenario, workload, ids(members), null);
        // a compound needs every member: say which one let it down, not that "every backend failed"
        if (!outcome.failures().isEmpty()) {
            throw new NoUsableBackendException("compose " + members + ": a compound needs every member; "
                    + String.join("; ", outcome.failures()));
        }
        if (!outcome.infeasible().isEmpty()) {
            throw new NothingValidException("compose " + members + ": a compound needs every member; no valid answer from "
                    + String.join("; ", outcome.infeasible()));
        }
        var baseline = outcome.reference().orElseThrow(() -> new NothingValidException(
                "compose needs the scenario's baseline " + scenario.baseline() + ", which gave no result"));
        try {
            return new Composed(Composer.compose(outcome.estimates(), baseline, pins, scenario.economics(), integrationMonths),
                    outcome);
        } catch (IllegalArgumentException e) {
            throw new InputException("compose " + members + ": " + e.getMessage());
        }
    }

    static Map<OperationClass, String> pins(List<String> assign) {
        Map<OperationClass, String> pins = new EnumMap<>(OperationClass.class);
        for (String a : assign) {
            int eq = a.indexOf('=');
            if (eq < 0) {
                throw new InputException("--assign " + a + ": expected CLASS=ID, e.g. attention=gpu-h100");
            }
            try {
                pins.put(OperationClass.fromId(a.substring(0, eq).trim()), a.substring(eq + 1).trim());
            } catch (IllegalArgumentException e) {
                throw new InputException("--assign " + a + ": unknown operation class; accepted: "
                        + Arrays.stream(OperationClass.values()).map(OperationClass::id).collect(Collectors.joining(", ")));
            }
        }
        return pins;
    }
}
