package dev.cambrian.engine.project;

import dev.cambrian.api.Derivation;
import dev.cambrian.engine.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * How one year of a projection gets its cost, step by step, for {@code explain}. Every value comes from
 * the functions {@link Projector} uses, so a formula lives in one place; this class only names the
 * inputs and the sources. No backend cost factor: the plain projection.
 */
public final class ProjectionDerivation {
    private ProjectionDerivation() {
    }

    public static List<Derivation> of(ProjectionScenario s, ProjectionAssumptions a, int year) {
        List<Derivation> steps = new ArrayList<>();
        double p = Projector.parameters(a, year);
        int y0 = a.baseYear();
        if (year >= y0) {
            steps.add(new Derivation("model size", p, "parameters", "P(y0) x (1 + g)^(y - y0), growth from the base year",
                    "P(y0) = " + Numbers.compact(a.baseYearParameters()) + " in " + y0 + ", g = " + Numbers.compact(a.parameterGrowthPerYear())
                            + "/year, y - y0 = " + (year - y0),
                    src(a, "faraboschi2024barriers §2.1: GPT-4 1.8T in 2023, parameters +180%/year")));
        } else {
            int y1 = a.earlierModelYear();
            double perYear = Math.pow(a.baseYearParameters() / a.earlierModelParameters(), 1.0 / (y0 - y1));
            steps.add(new Derivation("model size", p, "parameters",
                    "P(y0) x r^(y - y0), r = (P(y0) / P(y1))^(1 / (y0 - y1)): the log-line through the earlier model",
                    "P(y0) = " + Numbers.compact(a.baseYearParameters()) + " in " + y0 + ", P(y1) = " + Numbers.compact(a.earlierModelParameters())
                            + " in " + y1 + ", r = " + Numbers.compact(perYear) + "/year, y - y0 = " + (year - y0),
                    src(a, "faraboschi2024barriers §2.1: GPT-3 175B in 2021, GPT-4 1.8T in 2023; line before the base year: Projector")));
        }
        double k = Projector.experts(s, a, year);
        ProjectionScenario from = year <= y0 ? Projector.HISTORY : s;
        if (year <= y0) {
            steps.add(new Derivation("MoE experts", k, "experts", "max(1, 1 + e x (y - y1)), the shared past",
                    "e = " + Numbers.compact(from.expertsPerYear()) + "/year (" + from.id() + "), y - y1 = "
                            + (year - a.earlierModelYear()) + " (y1: the dense earlier model)",
                    from.source() + "; scenarios share the past up to " + y0 + " (Projector)"));
        } else {
            steps.add(new Derivation("MoE experts", k, "experts", "K(y0) + e x (y - y0)",
                    "K(y0) = " + Numbers.compact(Projector.experts(s, a, y0)) + ", e = " + Numbers.compact(s.expertsPerYear()) + "/year, y - y0 = "
                            + (year - y0), s.source()));
        }
        double perParameter = Projector.flopPerParameter(s, a, year);
        steps.add(new Derivation("FLOP per parameter with tokens", perParameter, "FLOP/parameter",
                year <= y0 ? "k of the shared past (best guess) up to the base year" : "k of the scenario",
                "k = " + Numbers.compact(perParameter) + " (" + from.id() + ")", from.source()));
        double flop = Projector.trainingFlop(s, a, year);
        steps.add(new Derivation("training FLOP", flop, "FLOP", "k x P^2 / K",
                Numbers.compact(perParameter) + " x " + Numbers.compact(p) + "^2 / " + Numbers.compact(k), "faraboschi2024barriers §1.3 (C = 120 P^2 / K for dense Chinchilla); docs/models.md §7"));
        steps.add(calibration(a));
        double price = Projector.usdPerFlop(a, year);
        steps.add(new Derivation("price per FLOP", price, "USD/FLOP", "price(y0) x 2^(-(y - y0) / h), halving every h years",
                "price(y0) = " + Numbers.compact(a.usdPerFlopInBaseYear()) + " USD/FLOP in " + y0 + ", h = " + Numbers.compact(a.priceHalvingYears())
                        + " y, y - y0 = " + (year - y0),
                src(a, "faraboschi2024barriers §2, Fig. 4 [13]: GPU FLOP/s per dollar doubles about every 2.46 years")));
        double cloud = flop * price;
        steps.add(new Derivation("cloud cost", cloud, "USD", "training FLOP x price per FLOP", Numbers.compact(flop) + " x " + Numbers.compact(price),
                "faraboschi2024barriers §2.1, Fig. 5; docs/models.md §7"));
        steps.add(new Derivation("GPU cost", cloud / a.cloudToGpuCostRatio(), "USD", "cloud cost / cloud-to-GPU ratio",
                Numbers.compact(cloud) + " / " + Numbers.compact(a.cloudToGpuCostRatio()),
                src(a, "faraboschi2024barriers §2.1 cloud/GPU pairs: GPT-3 $4.8M vs < $1M, GPT-4 $32M vs $6.7M, 2028 $93B vs $19B: 4.8")));
        return steps;
    }

    /** The one fitted constant; named by its anchor only when the assumptions hold the seed's fit. */
    private static Derivation calibration(ProjectionAssumptions a) {
        int y = ProjectionAssumptions.CALIBRATION_YEAR;
        ProjectionScenario s = ProjectionAssumptions.CALIBRATION_SCENARIO;
        double anchored = Calibration.usdPerFlopInBaseYear(s, a, y, ProjectionAssumptions.CALIBRATION_CLOUD_USD);
        double value = a.usdPerFlopInBaseYear();
        if (Math.abs(anchored - value) > 1e-9 * value) {
            return new Derivation("price per FLOP in the base year", value, "USD/FLOP", "given", "",
                    "projection assumptions: " + a.source());
        }
        return new Derivation("price per FLOP in the base year", value, "USD/FLOP",
                "calibrated: anchor cloud cost / its cost at 1 USD/FLOP in the base year",
                Numbers.compact(ProjectionAssumptions.CALIBRATION_CLOUD_USD) + " USD / "
                        + Numbers.compact(ProjectionAssumptions.CALIBRATION_CLOUD_USD / anchored) + " (GPT-4's cost at 1 USD/FLOP: "
                        + y + ", " + s.id() + ")",
                "faraboschi2024barriers §2.1: GPT-4 in 2023 cost $32M in cloud, read as the best guess; ProjectionAssumptions.seed001()");
    }

    /** The seed's words when the assumptions are the seed's; otherwise whoever set them. */
    private static String src(ProjectionAssumptions a, String seed) {
        return a.source().equals(ProjectionAssumptions.SEED_001_SOURCE) ? seed : "projection assumptions: " + a.source();
    }
}
