package dev.cambrian.cli;

import dev.cambrian.api.Workload;
import dev.cambrian.engine.compose.Composer;
import dev.cambrian.engine.compose.Compound;
import dev.cambrian.engine.project.Projection;
import dev.cambrian.engine.project.ProjectionAssumptions;
import dev.cambrian.engine.project.ProjectionScenario;
import dev.cambrian.engine.project.Projector;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.engine.uncertainty.Options;
import dev.cambrian.host.Evaluation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Everything the report and the served page show for one workload and scenario, computed once:
 * the estimates, the cost projection, time versus system size, the Monte Carlo run, the audit and the compounds
 * asked for.
 */
record Analysis(Scenario scenario, Workload workload, Evaluation.Outcome outcome, ProjectionAssumptions projection,
                Map<ProjectionScenario, Projection> projections, Scalings.Result scale, Sampling.Sampled uncertainty,
                Audits.Result audit, List<Compound> compounds, List<String> pluginProblems) {

    /** faraboschi2024barriers' projection window, as the project command's defaults. */
    static final int FROM_YEAR = Projector.FIRST_YEAR;
    static final int TO_YEAR = Projector.LAST_YEAR;
    /** System sizes for time versus size: the scale command's defaults, then 500,000 and 1,000,000. */
    static final List<Long> SCALE_SIZES = Stream.concat(Scalings.DEFAULT_SIZES.stream(), Stream.of(500_000L, 1_000_000L))
            .toList();

    static Analysis run(Context ctx, Scenario scenario, Workload workload, ReportOptions options, Options sampling) {
        for (String c : options.compounds) {
            ctx.select(Compounds.ids(c, "--compose"), "--compose " + c); // the syntax was checked by ReportCommand.inputs
        }
        Evaluation evaluation = ctx.evaluation(scenario, workload);
        Evaluation.Outcome outcome = Estimations.evaluate(ctx, evaluation, scenario, workload, options.backends, null);
        Estimations.exitCode(ctx, outcome);
        ProjectionAssumptions assumptions = ProjectionAssumptions.seed001();
        Map<ProjectionScenario, Projection> projections = Projections.plain(assumptions, FROM_YEAR, TO_YEAR);
        Scalings.Result scale = Scalings.sweep(scenario, workload, SCALE_SIZES, null);
        Sampling.Sampled sampled = Sampling.run(ctx, evaluation, scenario, workload, options.backends, sampling);
        List<String> audited = new ArrayList<>(options.backends.isEmpty() ? List.of("all") : options.backends);
        audited.addAll(options.compounds);
        Audits.Result audit = Audits.run(ctx, evaluation, scenario, workload, audited);
        List<Compound> compounds = new ArrayList<>();
        for (String c : options.compounds) {
            compounds.add(Compounds.compound(ctx, evaluation, scenario, workload, c, Map.of(), Composer.DEFAULT_INTEGRATION_MONTHS)
                    .compound());
        }
        return new Analysis(scenario, workload, outcome, assumptions, projections, scale, sampled, audit, compounds,
                Estimations.problems(ctx));
    }
}
