package dev.cambrian.engine.project;

import dev.cambrian.api.formula.Workloads;
import dev.cambrian.engine.workload.WorkloadRequest;
import java.util.Locale;

/**
 * The frontier model of a projection year as a workload a backend can be estimated on: P(y) total
 * parameters, K(y) experts (P / K active), and the tokens that make 6 x active x tokens the year's
 * C(y) = k P^2 / K, i.e. k P / 6 tokens (faraboschi2024barriers §1.3). The same formulas as {@link Projector}.
 */
public final class FrontierWorkload {
    private FrontierWorkload() {
    }

    public static WorkloadRequest request(ProjectionScenario s, ProjectionAssumptions a, int year) {
        double p = Projector.parameters(a, year);
        int experts = (int) Math.max(1, Math.round(Projector.experts(s, a, year)));
        double flop = Projector.trainingFlop(s, a, year);
        double active = p / experts;
        double tokens = Workloads.tokensFor(flop, active);
        return new WorkloadRequest("frontier-" + year, String.format(Locale.ROOT, "frontier model %d (%s)", year, s.id()),
                p, active, tokens, flop, experts, null, null, ProjectionScenario.SOURCE + ", " + s.id() + "; year " + year
                + " of the projection (faraboschi2024barriers §2.1)");
    }

    /** How many times the base year's frontier model the year's is: what the cluster grows by to hold it. */
    public static double sizeOverBaseYear(ProjectionAssumptions a, int year) {
        return Projector.parameters(a, year) / a.baseYearParameters();
    }
}
