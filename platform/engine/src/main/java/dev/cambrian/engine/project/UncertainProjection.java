package dev.cambrian.engine.project;

import dev.cambrian.engine.uncertainty.Percentiles;
import java.util.ArrayList;
import java.util.List;

/**
 * A projection with a backend whose cost is uncertain: sample i is one draw of the backend's and the
 * baseline's uncertain parameters, kept the same in every year (the draws depend on the seed and the
 * sample's number, not on the workload), so each sample is one possible world followed through the
 * years. From the year the backend is available, sample i's cloud cost is the projection's cost times
 * the backend's cost over the baseline's on that year's frontier workload in that sample. A sample
 * with no valid answer that year keeps its ratio from the latest year that had one (counted as held),
 * or, when none had, stays on the baseline (ratio 1, counted as without answer). Percentiles are per
 * year; a crossing's probability by a year is the share of samples that crossed in that year or before.
 */
public final class UncertainProjection {
    /**
     * One year: percentiles of the cloud cost and the samples that had no valid ratio.
     *
     * @param latestMeasuredYear the latest year up to this one whose frontier model had a valid ratio in some
     *                           sample (0 when none): where a held ratio comes from
     */
    public record Year(int year, boolean withBackend, Percentiles cloudCostUsd, int samplesHeld, int samplesWithoutAnswer,
                       int latestMeasuredYear) {
    }

    /** For one reference line, the probability (0 to 1) that the cost has crossed it by each year. */
    public record CrossingOdds(String lineId, List<Double> byYear) {
        public CrossingOdds {
            byYear = List.copyOf(byYear);
        }
    }

    public record Result(ProjectionScenario scenario, List<Year> years, List<CrossingOdds> crossings) {
        public Result {
            years = List.copyOf(years);
            crossings = List.copyOf(crossings);
        }

        /** The years from {@code fromYear} on; their odds stay those of crossing in that year or any before it. */
        public Result from(int fromYear) {
            int skip = (int) years.stream().filter(y -> y.year() < fromYear).count();
            List<CrossingOdds> odds = crossings.stream()
                    .map(c -> new CrossingOdds(c.lineId(), c.byYear().subList(skip, c.byYear().size()))).toList();
            return new Result(scenario, years.subList(skip, years.size()), odds);
        }
    }

    private UncertainProjection() {
    }

    /**
     * @param plain         the scenario's projection without the backend
     * @param ratioByYear   per year of {@code plain} (same order), the sampled cost ratios on that year's
     *                      frontier model, or null where not measured; every array has {@code samples} entries.
     *                      Years before {@code availableFrom} are measured only to be held later
     */
    public static Result of(Projection plain, ProjectionAssumptions a, List<double[]> ratioByYear, int samples,
            int availableFrom) {
        List<ProjectionYear> ys = plain.years();
        if (ratioByYear.size() != ys.size()) {
            throw new IllegalArgumentException(ratioByYear.size() + " ratio columns for " + ys.size() + " years");
        }
        List<ReferenceLine> lines = a.lines();
        boolean[][] crossed = new boolean[lines.size()][samples];
        double[][] odds = new double[lines.size()][ys.size()];
        List<Year> years = new ArrayList<>();
        double[] cost = new double[samples];
        double[] last = new double[samples];
        java.util.Arrays.fill(last, Double.NaN);
        int measured = 0;
        for (int y = 0; y < ys.size(); y++) {
            ProjectionYear py = ys.get(y);
            double[] ratio = ratioByYear.get(y);
            boolean with = py.year() >= availableFrom;
            int without = 0;
            int held = 0;
            for (int i = 0; i < samples; i++) {
                double r = ratio == null ? Double.NaN : ratio[i];
                if (valid(r)) {
                    measured = py.year();
                } else if (with && valid(last[i])) {
                    held++;
                } else if (with) {
                    without++;
                }
                last[i] = held(r, last[i]);
                cost[i] = py.cloudCostUsd() * (with && valid(last[i]) ? last[i] : 1);
            }
            for (int l = 0; l < lines.size(); l++) {
                double line = lines.get(l).valueIn(py.year());
                int count = 0;
                for (int i = 0; i < samples; i++) {
                    crossed[l][i] |= cost[i] > line;
                    if (crossed[l][i]) {
                        count++;
                    }
                }
                odds[l][y] = (double) count / samples;
            }
            years.add(new Year(py.year(), with, Percentiles.of(cost), held, without, measured));
        }
        List<CrossingOdds> crossings = new ArrayList<>();
        for (int l = 0; l < lines.size(); l++) {
            List<Double> byYear = new ArrayList<>();
            for (double p : odds[l]) {
                byYear.add(p);
            }
            crossings.add(new CrossingOdds(lines.get(l).id(), byYear));
        }
        return new Result(plain.scenario(), years, crossings);
    }

    /**
     * One world's ratios through the years (the nominal point's, say) as {@link #of} applies a sample's: each year
     * takes its own ratio when valid, else the latest valid one before it (held), else NaN (stays on the baseline).
     */
    public static double[] heldForward(double[] ratioByYear) {
        double[] out = new double[ratioByYear.length];
        double last = Double.NaN;
        for (int y = 0; y < ratioByYear.length; y++) {
            last = held(ratioByYear[y], last);
            out[y] = last;
        }
        return out;
    }

    /** The rule both follow: a year's own ratio when valid, else the one held from before (NaN for none). */
    private static double held(double ratio, double before) {
        return valid(ratio) ? ratio : before;
    }

    private static boolean valid(double ratio) {
        return ratio > 0 && !Double.isInfinite(ratio);
    }
}
