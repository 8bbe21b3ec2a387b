package dev.cambrian.engine.project;

import dev.cambrian.engine.InputException;
import java.util.List;

/**
 * The numbers behind a projection. Model size P(y) grows from {@code baseYearParameters} in
 * {@code baseYear} by {@code parameterGrowthPerYear} (a fraction: 1.8 = +180%/year); before the base year
 * it follows the straight line (in log) through an earlier frontier model and the base-year model. The
 * earlier model is dense: MoE experts count from its year. Price per FLOP halves every
 * {@code priceHalvingYears} from {@code usdPerFlopInBaseYear}; GPU cost is cloud cost divided by
 * {@code cloudToGpuCostRatio}. See {@link Projector} for the formula and {@link #seed001()} for the values.
 */
public record ProjectionAssumptions(double baseYearParameters, int baseYear, double parameterGrowthPerYear,
        double priceHalvingYears, double cloudToGpuCostRatio, double usdPerFlopInBaseYear, List<ReferenceLine> lines,
        String source, int earlierModelYear, double earlierModelParameters) {

    /** faraboschi2024barriers §2.1: "GPT-4 (estimated to be 1.8T parameters) was trained in 2023". */
    public static final double GPT4_PARAMETERS = 1.8e12;
    public static final int GPT4_YEAR = 2023;
    /** faraboschi2024barriers §2.1: "When GPT-3 (175B parameters) was trained in 2021"; GPT-3 is dense. */
    public static final double GPT3_PARAMETERS = 175e9;
    public static final int GPT3_YEAR = 2021;
    /** faraboschi2024barriers §2.1: parameters "forecasted to grow by 180% per year". */
    public static final double PARAMETER_GROWTH_PER_YEAR = 1.80;
    /** faraboschi2024barriers §2, Fig. 4 [13]: GPU FLOP/s per dollar doubles about every 2.46 years. */
    public static final double PRICE_HALVING_YEARS = 2.46;
    /**
     * faraboschi2024barriers §2.1 pairs: GPT-3 $4.8M cloud for "less than $1M" GPU (4.8), GPT-4 $32M for $6.7M (4.78),
     * 2028 $93B for $19B (4.89). 4.8 as in docs/models.md §7; 4.78 would put GPT-3's GPU cost just above $1M.
     */
    public static final double CLOUD_TO_GPU_COST_RATIO = 4.8;
    /**
     * The one calibrated constant is the base year's price per FLOP, fitted to this anchor: faraboschi2024barriers §2.1,
     * GPT-4 in 2023 cost $32M in cloud, read as the best guess (the seed's own estimate of what happened).
     */
    public static final double CALIBRATION_CLOUD_USD = 32e6;
    public static final int CALIBRATION_YEAR = GPT4_YEAR;
    public static final ProjectionScenario CALIBRATION_SCENARIO = ProjectionScenario.BEST_GUESS;

    public static final String SEED_001_SOURCE = "faraboschi2024barriers §2.1 and Table 1 (GPT-4 1.8T in 2023, +180%/year; GPT-3 175B"
            + " in 2021; price per FLOP halving every 2.46 years, Fig. 4; cloud/GPU cost 4.8); price per FLOP in 2023"
            + " calibrated on GPT-4's $32M cloud cost (best guess); docs/models.md §7";

    public ProjectionAssumptions {
        positive("base-year parameters", baseYearParameters);
        positive("earlier-model parameters", earlierModelParameters);
        positive("price halving years", priceHalvingYears);
        positive("cloud-to-GPU cost ratio", cloudToGpuCostRatio);
        positive("USD per FLOP in the base year", usdPerFlopInBaseYear);
        if (!(parameterGrowthPerYear > -1) || Double.isInfinite(parameterGrowthPerYear)) {
            throw new InputException("projection: parameter growth per year must be a fraction above -1 (1.8 = +180%),"
                    + " got " + parameterGrowthPerYear);
        }
        if (earlierModelYear >= baseYear) {
            throw new InputException("projection: the earlier model's year (" + earlierModelYear
                    + ") must come before the base year (" + baseYear + ")");
        }
        lines = List.copyOf(lines == null ? List.of() : lines);
        source = source == null ? "" : source;
    }

    /** The signature without the earlier model: GPT-3 (175B, 2021) is taken as the earlier model. */
    public ProjectionAssumptions(double baseYearParameters, int baseYear, double parameterGrowthPerYear,
            double priceHalvingYears, double cloudToGpuCostRatio, double usdPerFlopInBaseYear, List<ReferenceLine> lines,
            String source) {
        this(baseYearParameters, baseYear, parameterGrowthPerYear, priceHalvingYears, cloudToGpuCostRatio,
                usdPerFlopInBaseYear, lines, source, GPT3_YEAR, GPT3_PARAMETERS);
    }

    private static void positive(String what, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new InputException("projection: " + what + " must be positive, got " + v);
        }
    }

    /** faraboschi2024barriers' numbers, with the price per FLOP calibrated on GPT-4's $32M (see the constants). */
    public static ProjectionAssumptions seed001() {
        ProjectionAssumptions unpriced = new ProjectionAssumptions(GPT4_PARAMETERS, GPT4_YEAR, PARAMETER_GROWTH_PER_YEAR,
                PRICE_HALVING_YEARS, CLOUD_TO_GPU_COST_RATIO, 1, ReferenceLines.defaults(), SEED_001_SOURCE, GPT3_YEAR,
                GPT3_PARAMETERS);
        return unpriced.withUsdPerFlopInBaseYear(
                Calibration.usdPerFlopInBaseYear(CALIBRATION_SCENARIO, unpriced, CALIBRATION_YEAR, CALIBRATION_CLOUD_USD));
    }

    public ProjectionAssumptions withUsdPerFlopInBaseYear(double usdPerFlop) {
        return new ProjectionAssumptions(baseYearParameters, baseYear, parameterGrowthPerYear, priceHalvingYears,
                cloudToGpuCostRatio, usdPerFlop, lines, source, earlierModelYear, earlierModelParameters);
    }

    public ProjectionAssumptions withLines(List<ReferenceLine> newLines) {
        return new ProjectionAssumptions(baseYearParameters, baseYear, parameterGrowthPerYear, priceHalvingYears,
                cloudToGpuCostRatio, usdPerFlopInBaseYear, newLines, source, earlierModelYear, earlierModelParameters);
    }
}
