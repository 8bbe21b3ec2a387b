package dev.cambrian.engine.project;

import dev.cambrian.engine.InputException;
import dev.cambrian.engine.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The frontier model's training cost year by year (faraboschi2024barriers §2.1, Fig. 5; docs/models.md §7):
 *
 * <pre>
 *   cloud cost(y) = k(y) · P(y)² / K(y) · price per FLOP(y),   GPU cost(y) = cloud cost(y) / 4.8
 * </pre>
 *
 * with P the parameters, K the MoE experts (faraboschi2024barriers §1.3: C = 120 P² / K for a dense 120) and k the
 * FLOP per parameter with tokens. P grows +180%/year from GPT-4's 1.8T in 2023; the price per FLOP
 * halves every 2.46 years; its 2023 value is the one calibrated constant, fitted to GPT-4's $32M cloud
 * cost under the best guess ({@link ProjectionAssumptions#seed001()}).
 *
 * <p>docs/models.md §7's reconstruction as written misses two things the seed states, so two changes are made:
 * <ol>
 * <li><b>Model size before the base year.</b> Extending +180%/year back from 1.8T gives 230B in 2021,
 * and GPT-3 would cost $8.2M, not ~$4.8M (+71%). Before the base year P follows the line through the
 * seed's own models, GPT-3 (175B, 2021) and GPT-4 (1.8T, 2023), about x3.2/year; GPT-3 then costs $4.78M.
 * <li><b>The scenarios share the past.</b> Table 1 describes future progress ("additional" experts per
 * year; algorithmic gains in tokens per parameter, §2.1). If each scenario's k and K applied to every
 * year, the worst case would put GPT-4 at $864M and move the crossings 2 to 3 years earlier, against
 * the seed's "no more than one year". So up to the base year every scenario follows the best guess (the
 * seed's anchors are its estimates of what happened: k = 40, K = 1 + 4 per year from the dense GPT-3);
 * from the year after, k is the scenario's and K grows from the base year's 9 by the scenario's experts
 * per year (best guess: unchanged, 1 + 4·(y − 2021)).
 * </ol>
 *
 * <p>Crossings compare the <em>cloud</em> cost with each line (the seed's "cost to train a single LLM"
 * does not say which; cloud is the cost a buyer pays). With {@link ReferenceLines#defaults()} the best
 * guess crosses the GPU installed base in 2029 (as the seed), global IT spending in 2031 (the seed says
 * 2032: with cost growing about 5x a year, 2032 would need IT spending above $10T in 2031) and US GDP in
 * 2032; the best case crosses each a year later, the worst case a year earlier. Compared on GPU cost the
 * best guess would cross IT spending in 2032 but the GPU line only in 2031.
 */
public final class Projector {
    /** The issue asks for at least 2020-2035. */
    public static final int FIRST_YEAR = 2020;
    public static final int LAST_YEAR = 2035;
    /**
     * The earliest year a projection may show: its model size is a line through GPT-3 (2021) and GPT-4 (2023) only,
     * about x3.2 a year back, which gives 0.16B parameters in 2015 and x3.2 fewer each year before (1990: 3.6e-5 of
     * one), a past no scenario of faraboschi2024barriers describes. {@link #FIRST_YEAR} and {@link #LAST_YEAR} are the
     * window shown by default.
     */
    public static final int EARLIEST_YEAR = 2015;
    /** The latest: the scenario years' own bound, far enough for any window a user means. */
    public static final int LATEST_YEAR = dev.cambrian.api.Economics.LAST_YEAR;
    /** The past every scenario shares: the seed's anchors are its best-guess estimates (see above). */
    static final ProjectionScenario HISTORY = ProjectionScenario.BEST_GUESS;

    private Projector() {
    }

    public static Projection project(ProjectionScenario s, ProjectionAssumptions a, int fromYear, int toYear) {
        return project(s, a, fromYear, toYear, fromYear, 1);
    }

    /**
     * As {@link #project(ProjectionScenario, ProjectionAssumptions, int, int)}, with a backend that from
     * {@code availableFromYear} on multiplies the price per FLOP, and so the cost, by {@code costFactor}
     * (below 1 is cheaper). The crossings then show when, and whether, it bends the curve.
     */
    public static Projection project(ProjectionScenario s, ProjectionAssumptions a, int fromYear, int toYear,
            int availableFromYear, double costFactor) {
        if (!(costFactor > 0) || Double.isInfinite(costFactor)) {
            throw new InputException("projection: cost factor must be positive, got " + costFactor);
        }
        double[] factors = new double[Math.max(0, toYear - fromYear + 1)];
        java.util.Arrays.fill(factors, costFactor);
        return project(s, a, fromYear, toYear, availableFromYear, factors);
    }

    /**
     * As above with a factor per year ({@code factorByYear[y - fromYear]}, each measured on that year's own
     * frontier model): NaN where none was measured, and that year stays on the baseline (factor 1).
     */
    public static Projection project(ProjectionScenario s, ProjectionAssumptions a, int fromYear, int toYear,
            int availableFromYear, double[] factorByYear) {
        if (fromYear > toYear) {
            throw new InputException("projection: from-year " + fromYear + " is after to-year " + toYear);
        }
        if (factorByYear.length != toYear - fromYear + 1) {
            throw new IllegalArgumentException(factorByYear.length + " factors for the years " + fromYear + "-" + toYear);
        }
        for (double f : factorByYear) {
            if (!Double.isNaN(f) && (!(f > 0) || Double.isInfinite(f))) {
                throw new IllegalArgumentException("projection: cost factor must be positive, got " + f);
            }
        }
        List<ProjectionYear> years = new ArrayList<>();
        for (int y = fromYear; y <= toYear; y++) {
            double p = parameters(a, y);
            double k = experts(s, a, y);
            double flop = trainingFlop(s, a, y);
            double factor = factorByYear[y - fromYear];
            double usdPerFlop = usdPerFlop(a, y) * (y >= availableFromYear && !Double.isNaN(factor) ? factor : 1);
            double cloud = flop * usdPerFlop;
            years.add(new ProjectionYear(y, p, k, flop, usdPerFlop, cloud, cloud / a.cloudToGpuCostRatio()));
        }
        List<Crossing> crossings = new ArrayList<>();
        for (ReferenceLine line : a.lines()) {
            crossings.add(new Crossing(line.id(), firstYearAbove(years, line)));
        }
        return new Projection(s, years, crossings);
    }

    /** P(y): +growth/year from the base year; before it, the log-linear line through the earlier model. */
    static double parameters(ProjectionAssumptions a, int y) {
        if (y >= a.baseYear()) {
            return a.baseYearParameters() * Math.pow(1 + a.parameterGrowthPerYear(), y - a.baseYear());
        }
        if (y == a.earlierModelYear()) {
            return a.earlierModelParameters(); // the line's anchor as published: the powers gave 174999999999.99997 for 175B
        }
        double earlierGrowth = Math.pow(a.baseYearParameters() / a.earlierModelParameters(),
                1.0 / (a.baseYear() - a.earlierModelYear()));
        return a.baseYearParameters() * Math.pow(earlierGrowth, y - a.baseYear());
    }

    /**
     * The model in one sentence, its figures read from the scenarios and {@code a} (project's note said them as text,
     * free to drift from the constants).
     */
    public static String describe(ProjectionAssumptions a) {
        List<String> k = new ArrayList<>();
        List<String> added = new ArrayList<>();
        for (ProjectionScenario s : ProjectionScenario.values()) {
            k.add(Numbers.compact(s.flopPerParameterWithTokens()));
            added.add(Numbers.compact(s.expertsPerYear()));
        }
        return "cloud cost = FLOP per parameter (" + String.join(" / ", k) + ") x P^2 / K x price per FLOP; P +"
                + Numbers.compact(100 * a.parameterGrowthPerYear()) + "%/year from " + sizes(a.baseYearParameters()) + " in "
                + a.baseYear() + " (" + sizes(a.earlierModelParameters()) + " in " + a.earlierModelYear() + " before it), K = 1 + "
                + Numbers.compact(HISTORY.expertsPerYear()) + " experts a year from " + a.earlierModelYear() + " to " + a.baseYear() + " ("
                + Numbers.compact(experts(HISTORY, a, a.baseYear())) + " in " + a.baseYear() + "), then + " + String.join(" / ", added)
                + " a year, price per FLOP halving every " + Numbers.compact(a.priceHalvingYears()) + " years; GPU cost = cloud / "
                + Numbers.compact(a.cloudToGpuCostRatio());
    }

    /** 1.8e12 as "1.8T", 175e9 as "175B". */
    private static String sizes(double parameters) {
        return parameters >= 1e12 ? Numbers.compact(parameters / 1e12) + "T" : Numbers.compact(parameters / 1e9) + "B";
    }

    /** K(y): 1 (dense) up to the earlier model, then the best guess's pace; the scenario's after the base year. */
    static double experts(ProjectionScenario s, ProjectionAssumptions a, int y) {
        if (y <= a.baseYear()) {
            return Math.max(1, 1 + HISTORY.expertsPerYear() * (y - a.earlierModelYear()));
        }
        return experts(HISTORY, a, a.baseYear()) + s.expertsPerYear() * (y - a.baseYear());
    }

    /** k(y): the best guess's up to the base year, the scenario's after it. */
    static double flopPerParameter(ProjectionScenario s, ProjectionAssumptions a, int y) {
        return (y <= a.baseYear() ? HISTORY : s).flopPerParameterWithTokens();
    }

    /** C(y) = k(y) · P(y)² / K(y) (faraboschi2024barriers §1.3). */
    static double trainingFlop(ProjectionScenario s, ProjectionAssumptions a, int y) {
        double p = parameters(a, y);
        return flopPerParameter(s, a, y) * p * p / experts(s, a, y);
    }

    static double usdPerFlop(ProjectionAssumptions a, int y) {
        return a.usdPerFlopInBaseYear() * Math.pow(2, -(double) (y - a.baseYear()) / a.priceHalvingYears());
    }

    private static OptionalInt firstYearAbove(List<ProjectionYear> years, ReferenceLine line) {
        for (ProjectionYear y : years) {
            if (y.cloudCostUsd() > line.valueIn(y.year())) {
                return OptionalInt.of(y.year());
            }
        }
        return OptionalInt.empty();
    }
}
