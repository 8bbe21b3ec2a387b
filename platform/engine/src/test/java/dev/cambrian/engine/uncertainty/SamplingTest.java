package dev.cambrian.engine.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cambrian.api.Distribution;
import dev.cambrian.api.Parameter;
import dev.cambrian.api.ParameterSpace;
import dev.cambrian.api.Profile;
import dev.cambrian.api.Range;
import dev.cambrian.api.absolute.AbsoluteParameters;
import dev.cambrian.api.relative.RelativeParameters;
import dev.cambrian.engine.InputException;
import dev.cambrian.engine.estimate.ParameterResolver;
import dev.cambrian.engine.estimate.ResolvedParameters;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SamplingTest {
    private static final int N = 200_000;

    private static ResolvedParameters resolve(List<Parameter> parameters, Map<String, Range> overrides) {
        ParameterSpace space = new ParameterSpace(parameters, List.of(new Profile("current", "defaults", Map.of(), "test")));
        return ParameterResolver.resolve("t", space, Fixture.scenario(Map.of(), Map.of("t", overrides)));
    }

    private static double[] draw(ResolvedParameters params, String name) {
        ParameterSampler sampler = ParameterSampler.of(params);
        double[][] columns = new double[params.parameters().size()][N];
        sampler.fill(new SplitMix(5), columns, N);
        return columns[params.space().indexOf(name)];
    }

    @Test
    @DisplayName("triangular with the nominal as its mode: inside [low, high], mean (low + mode + high) / 3, mode's CDF (mode - low) / (high - low)")
    void triangularHasTheNominalAsItsMode() {
        double[] x = draw(resolve(List.of(Parameter.uncertain("u", "1", new Range(1, 2, 5), "d", "s")), Map.of()), "u");
        assertThat(Arrays.stream(x).min().orElseThrow()).isGreaterThanOrEqualTo(1);
        assertThat(Arrays.stream(x).max().orElseThrow()).isLessThanOrEqualTo(5);
        assertThat(Arrays.stream(x).average().orElseThrow()).isCloseTo(8 / 3.0, within(0.01));
        assertThat(Arrays.stream(x).filter(v -> v < 2).count() / (double) N).isCloseTo(0.25, within(0.005));
    }

    @Test
    @DisplayName("the column-wise triangular draws are the scalar one on each pair of uniforms, bit for bit (the formula is written"
            + " out for speed)")
    void columnTriangularIsTheScalarOne() {
        // the last three: sides so narrow that a weight scaled by 2^-53 would be subnormal (the scalar formula is taken)
        double[][] ranges = {{1, 2, 5}, {1, 1, 5}, {1, 5, 5}, {3, 3, 3}, {-2, 0.5, 7}, {1e-9, 3e-9, 1e300},
            {0, 0, Double.MIN_NORMAL}, {0, 1e-300, 3e-300}, {1e-320, 2e-320, 5e-320}};
        for (double[] r : ranges) {
            double[] column = new double[10_000];
            new SplitMix(11).fillTriangular(column, column.length, r[0], r[1], r[2]);
            SplittableRandom rng = new SplittableRandom(11); // the JDK's own stream: SplitMix keeps it
            for (int i = 0; i < column.length; i++) {
                double u = rng.nextDouble();
                double v = rng.nextDouble();
                assertThat(Double.doubleToRawLongBits(column[i])).as("draw %d on %s", i, Arrays.toString(r))
                        .isEqualTo(Double.doubleToRawLongBits(Draws.triangular(u, v, r[0], r[1], r[2])));
            }
            // the pair's ends: both uniforms at 0, at the largest below 1, one of each either way round
            double top = Math.nextDown(1.0);
            double[][] edges = {{0, 0}, {top, top}, {0, top}, {top, 0}};
            for (double[] e : edges) {
                double x = Draws.triangular(e[0], e[1], r[0], r[1], r[2]);
                assertThat(x).as("u = %s, v = %s on %s", e[0], e[1], Arrays.toString(r)).isBetween(r[0], r[2]);
                if (e[0] == e[1]) {
                    // min = max = u: low + (high - low) u, the uniform's own place in the range
                    assertThat(x).isCloseTo(r[0] + (r[2] - r[0]) * e[0], within(Math.ulp(r[2]) * 4));
                }
            }
        }
    }

    @Test
    @DisplayName("two-uniform triangular draws follow the triangular distribution function: the largest gap from it over 200,000"
            + " draws is below the Kolmogorov-Smirnov 1% critical value, mode at either end included (Stein and Keblis 2009)")
    void triangularFollowsItsDistributionFunction() {
        double[][] ranges = {{1, 2, 5}, {0, 0, 1}, {0, 1, 1}, {-2, 0.5, 7}};
        for (double[] r : ranges) {
            double[] x = new double[N];
            new SplitMix(17).fillTriangular(x, N, r[0], r[1], r[2]);
            Arrays.sort(x);
            double low = r[0];
            double mode = r[1];
            double high = r[2];
            double largest = 0;
            for (int i = 0; i < N; i++) {
                double cdf = x[i] <= mode
                        ? (mode == low ? 0 : (x[i] - low) * (x[i] - low) / ((high - low) * (mode - low)))
                        : 1 - (high - x[i]) * (high - x[i]) / ((high - low) * (high - mode));
                largest = Math.max(largest, Math.max(Math.abs(cdf - i / (double) N), Math.abs(cdf - (i + 1) / (double) N)));
            }
            assertThat(largest).as("KS distance on %s", Arrays.toString(r)).isLessThan(1.63 / Math.sqrt(N));
        }
    }

    @Test
    @DisplayName("the column-wise triangular quantiles are the scalar one on each uniform, bit for bit (the formula is written twice"
            + " for speed)")
    void columnTriangularQuantilesAreTheScalarOne() {
        double[][] ranges = {{1, 2, 5}, {1, 1, 5}, {1, 5, 5}, {3, 3, 3}, {-2, 0.5, 7}};
        for (double[] r : ranges) {
            double[] column = new double[10_000];
            new SplitMix(11).fill(column, column.length);
            double[] uniforms = column.clone();
            Draws.triangularQuantiles(column, column, column.length, r[0], r[1], r[2]);
            for (int i = 0; i < column.length; i++) {
                assertThat(column[i]).isEqualTo(Draws.triangularQuantile(uniforms[i], r[0], r[1], r[2]));
            }
            double atMode = r[2] > r[0] ? (r[1] - r[0]) / (r[2] - r[0]) : 0; // the uniform that lands on the mode, and its neighbours
            double[] edges = {0, atMode, Math.nextDown(atMode), Math.nextUp(atMode), Math.nextDown(1.0)};
            double[] drawn = new double[edges.length];
            Draws.triangularQuantiles(edges, drawn, edges.length, r[0], r[1], r[2]);
            for (int i = 0; i < edges.length; i++) {
                assertThat(Double.doubleToRawLongBits(drawn[i])).as("u = %s on %s", edges[i], Arrays.toString(r))
                        .isEqualTo(Double.doubleToRawLongBits(Draws.triangularQuantile(edges[i], r[0], r[1], r[2])));
            }
        }
    }

    @Test
    @DisplayName("uniform: mean in the middle; log-uniform: median at the geometric mean, a quarter of draws below low x (high/low)^0.25")
    void uniformAndLogUniform() {
        ResolvedParameters params = resolve(List.of(
                new Parameter("flat", "1", new Range(2, 3, 6), Distribution.UNIFORM, false, "d", "s"),
                new Parameter("log", "1", new Range(1, 10, 10_000), Distribution.LOG_UNIFORM, false, "d", "s")), Map.of());
        assertThat(Arrays.stream(draw(params, "flat")).average().orElseThrow()).isCloseTo(4, within(0.01));
        double[] log = draw(params, "log");
        double[] sorted = log.clone();
        Arrays.sort(sorted);
        assertThat(sorted[N / 2]).isCloseTo(100, within(2.0));
        assertThat(Arrays.stream(log).filter(v -> v < 10).count() / (double) N).isCloseTo(0.25, within(0.005));
        assertThat(sorted[0]).isGreaterThanOrEqualTo(1);
        assertThat(sorted[N - 1]).isLessThanOrEqualTo(10_000);
    }

    @Test
    @DisplayName("a fixed parameter a scenario gives a range is sampled uniformly, and a note says so")
    void fixedWithARangeIsUniform() {
        ResolvedParameters params = resolve(List.of(Parameter.fixed("speedup", "x", 100, "d", "s")),
                Map.of("speedup", new Range(50, 100, 400)));
        ParameterSampler sampler = ParameterSampler.of(params);
        assertThat(sampler.sampled()).singleElement().satisfies(s -> {
            assertThat(s.declared()).isEqualTo(Distribution.FIXED);
            assertThat(s.sampledAs()).isEqualTo(Distribution.UNIFORM);
        });
        assertThat(sampler.notes()).containsExactly("t.speedup is declared fixed but has a range in force (50-400 x): sampled uniformly");
        assertThat(Arrays.stream(draw(params, "speedup")).average().orElseThrow()).isCloseTo(225, within(1.0));
    }

    @Test
    @DisplayName("a fixed count given a range prints it grouped like the other figures: (50,000-150,000 devices)")
    void notesGroupThousands() {
        ResolvedParameters params = resolve(List.of(Parameter.count("units", "devices", 100_000, "d", "s")),
                Map.of("units", new Range(50_000, 100_000, 150_000)));
        assertThat(ParameterSampler.of(params).notes()).first().asString()
                .isEqualTo("t.units is declared fixed but has a range in force (50,000-150,000 devices): sampled uniformly");
    }

    @Test
    @DisplayName("a year is written as a year, not grouped: (2020-2030 year), from 2020 to 2030")
    void yearsAreNotGrouped() {
        ResolvedParameters params = resolve(List.of(new Parameter("first-available", "year", Range.of(2025), Distribution.FIXED, true, "d", "s")),
                Map.of("first-available", new Range(2020, 2025, 2030)));
        assertThat(ParameterSampler.of(params).notes()).containsExactly(
                "t.first-available is declared fixed but has a range in force (2020-2030 year): sampled uniformly",
                "t.first-available takes whole numbers: drawn uniformly from 2020 to 2030, each equally likely");
    }

    @Test
    @DisplayName("a uniform whole number gives every value, the two ends included, the same weight: 1/4 each on 1..4")
    void uniformWholeNumbersWeighTheEndsEqually() {
        ResolvedParameters params = resolve(List.of(Parameter.count("units", "devices", 2, "d", "s")),
                Map.of("units", new Range(1, 2, 4)));
        double[] x = draw(params, "units");
        for (int v = 1; v <= 4; v++) {
            int value = v;
            assertThat(Arrays.stream(x).filter(d -> d == value).count() / (double) N).as("share of %d", v)
                    .isCloseTo(0.25, within(0.005)); // 5 x sqrt(0.25 x 0.75 / N)
        }
        assertThat(ParameterSampler.of(params).notes())
                .contains("t.units takes whole numbers: drawn uniformly from 1 to 4, each equally likely");
    }

    @Test
    @DisplayName("a triangular whole number is rounded to the nearest one inside its range, and a note says so")
    void triangularWholeNumbersAreRounded() {
        ResolvedParameters params = resolve(List.of(new Parameter("units", "devices", new Range(500, 750, 1000),
                Distribution.TRIANGULAR, true, "d", "s")), Map.of());
        double[] x = draw(params, "units");
        assertThat(Arrays.stream(x).allMatch(v -> v == Math.rint(v) && v >= 500 && v <= 1000)).isTrue();
        assertThat(Arrays.stream(x).distinct().count()).isGreaterThan(400);
        assertThat(ParameterSampler.of(params).notes())
                .containsExactly("t.units takes whole numbers: each triangular draw is rounded to the nearest one");
    }

    @Test
    @DisplayName("log-uniform needs low > 0: a plugin's own range fails the backend, the user's is an input error naming it")
    void logUniformNeedsAPositiveLow() {
        ResolvedParameters declared = resolve(List.of(new Parameter("log", "1", new Range(0, 1, 10), Distribution.LOG_UNIFORM,
                false, "d", "s")), Map.of());
        assertThatThrownBy(() -> ParameterSampler.of(declared)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("t.log is log_uniform but its range in force (from 0 to 10) starts at or below 0; a log_uniform range needs"
                        + " a low above 0");
        // bounds that allow any value: the log-uniform check is the one left to catch it
        ResolvedParameters set = resolve(List.of(new Parameter("log", "W", new Range(1, 10, 1000), Distribution.LOG_UNIFORM,
                false, "d", "s", dev.cambrian.api.Bounds.any())), Map.of("log", new Range(-5, 10, 1000)));
        assertThatThrownBy(() -> ParameterSampler.of(set)).isInstanceOf(InputException.class)
                .hasMessage("scenario test: t.log is log_uniform but its range in force (from -5 to 1,000 W) starts at or below 0;"
                        + " a log_uniform range needs a low above 0");
    }

    @Test
    @DisplayName("--samples, --threads and --by are validated with one-line messages")
    void optionsAreValidated() {
        assertThatThrownBy(() -> Options.check(99)).isInstanceOf(InputException.class)
                .hasMessage("--samples: must be between 100 and 10,000,000, got 99");
        assertThatThrownBy(() -> Options.check(10_000_001)).isInstanceOf(InputException.class);
        assertThat(Options.check(10_000_000)).isEqualTo(10_000_000);
        assertThatThrownBy(() -> new Options(1000, 1, 0, Figure.TIME)).hasMessage("--threads: must be between 1 and 1024, got 0");
        assertThatThrownBy(() -> Figure.fromId("hero")).isInstanceOf(InputException.class)
                .hasMessage("--by: 'hero' is not a sampled figure; accepted: time, energy, cost, carbon, water");
    }

    @Test
    @DisplayName("chunks: fixed size, the last one shorter; one generator per chunk, the same for the same seed and id")
    void chunkPlan() {
        ChunkPlan plan = new ChunkPlan(2 * ChunkPlan.CHUNK_SIZE + 5);
        assertThat(plan.chunks()).isEqualTo(3);
        assertThat(plan.size(2)).isEqualTo(5);
        assertThat(plan.start(2)).isEqualTo(2 * ChunkPlan.CHUNK_SIZE);
        assertThat(plan.generators(1, "a")[2].nextLong()).isEqualTo(plan.generators(1, "a")[2].nextLong())
                .isNotEqualTo(plan.generators(1, "b")[2].nextLong()).isNotEqualTo(plan.generators(2, "a")[2].nextLong());
    }

    @Test
    @DisplayName("Spearman: ranks share ties; +1 for a monotone rise, -1 for a fall, whatever the curvature")
    void spearman() {
        assertThat(Ranks.of(new double[] {10, 20, 20, 5}, 4)).containsExactly(2, 3.5, 3.5, 1);
        double[] x = {1, 2, 3, 4, 5};
        assertThat(Spearman.rho(x, new double[] {1, 8, 27, 64, 125}, 5)).isEqualTo(1.0);
        assertThat(Spearman.rho(x, new double[] {1, 1 / 2.0, 1 / 3.0, 1 / 4.0, 1 / 5.0}, 5)).isEqualTo(-1.0);
        assertThat(Spearman.rho(x, new double[] {7, 7, 7, 7, 7}, 5)).isZero();
    }

    @Test
    @DisplayName("radix ranks equal the definition (1 + values below + (values equal - 1) / 2) on random data with ties, signs and zeros")
    void ranksMatchTheDefinition() {
        SplittableRandom rng = new SplittableRandom(11);
        for (int round = 0; round < 200; round++) {
            int n = 1 + rng.nextInt(300);
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                int kind = rng.nextInt(6);
                v[i] = kind == 0 ? Math.rint(rng.nextDouble(-5, 5)) : kind == 1 ? -0.0 : kind == 2 ? 0.0
                        : kind == 3 ? rng.nextDouble(-1e300, 1e300) : rng.nextDouble(-1, 1) * Math.pow(10, rng.nextInt(-300, 300));
            }
            double[] ranks = Ranks.of(v, n);
            for (int i = 0; i < n; i++) {
                int below = 0;
                int equal = 0;
                for (double x : v) {
                    int c = Double.compare(x, v[i]);
                    below += c < 0 ? 1 : 0;
                    equal += c == 0 ? 1 : 0;
                }
                assertThat(ranks[i]).isEqualTo(1 + below + (equal - 1) / 2.0);
            }
        }
    }

    @Test
    @DisplayName("radix ranks equal the definition where many values share the upper half of their bits (long runs sorted apart)")
    void ranksMatchTheDefinitionWhereUpperHalvesCollide() {
        SplittableRandom rng = new SplittableRandom(12);
        for (int n : new int[] {17, 40, 5_000}) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) { // within a few thousand ulps of 1 (one upper half), some tied, a few far off
                int kind = rng.nextInt(10);
                v[i] = kind == 0 ? rng.nextDouble(-2, 2) : Math.nextUp(1.0) + Math.ulp(1.0) * (kind == 1 ? 7 : rng.nextInt(4_000));
            }
            double[] ranks = Ranks.of(v, n);
            double[] sorted = v.clone();
            Arrays.sort(sorted);
            for (int i = 0; i < n; i++) {
                int below = lowerBound(sorted, v[i]);
                int equal = lowerBound(sorted, Math.nextUp(v[i])) - below;
                assertThat(ranks[i]).as("n %d, value %s", n, v[i]).isEqualTo(1 + below + (equal - 1) / 2.0);
            }
        }
    }

    private static int lowerBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Double.compare(sorted[mid], v) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Test
    @DisplayName("percentiles interpolate between order statistics like NumPy's default, over the values that are not NaN")
    void percentilesInterpolate() {
        double nan = Double.NaN;
        Percentiles p = Percentiles.of(new double[] {4, nan, 1, 3, 2, 5, nan, 6, 7, 8, 9, 10, 11, nan});
        assertThat(p).isEqualTo(new Percentiles(2, 6, 10, 6, 1, 11));
        assertThat(Percentiles.of(new double[] {1, 2}).p10()).isCloseTo(1.1, within(1e-12));
    }

    @Test
    @DisplayName("selection finds the order statistics a full sort would: random columns with ties and NaN, of many lengths")
    void selectionAgreesWithSorting() {
        SplittableRandom rng = new SplittableRandom(11);
        for (int n : new int[] {1, 2, 3, 5, 10, 11, 100, 1_001, 65_537}) {
            for (int round = 0; round < 20; round++) {
                double[] column = new double[n];
                for (int i = 0; i < n; i++) {
                    column[i] = rng.nextInt(4) == 0 ? Math.floor(rng.nextDouble() * 5) : rng.nextGaussian(); // ties
                }
                if (n > 2) {
                    column[rng.nextInt(n)] = Double.NaN;
                }
                double[] sorted = Arrays.stream(column).filter(v -> !Double.isNaN(v)).sorted().toArray();
                int valid = sorted.length;
                Percentiles p = Percentiles.of(column);
                assertThat(new double[] {p.p10(), p.p50(), p.p90(), p.min(), p.max()}).as("n = %d", n).containsExactly(
                        sortedAt(sorted, valid, 0.1), sortedAt(sorted, valid, 0.5), sortedAt(sorted, valid, 0.9), sorted[0],
                        sorted[valid - 1]);
            }
        }
    }

    /** The type-7 percentile of a sorted array, as NumPy computes it: the reference the selection must equal. */
    private static double sortedAt(double[] sorted, int n, double p) {
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo + 1 >= n) {
            return sorted[n - 1];
        }
        double x = sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
        return Math.min(sorted[lo + 1], Math.max(sorted[lo], x));
    }

    @Test
    @DisplayName("the mean is a compensated sum: 1e16 then a thousand 1s is (1e16 + 1000) / 1001, not 1e16 / 1001")
    void theMeanIsACompensatedSum() {
        double[] v = new double[1001];
        Arrays.fill(v, 1.0);
        v[0] = 1e16;
        assertThat(Percentiles.of(v).mean()).isEqualTo((1e16 + 1000) / 1001);
    }

    @Test
    @DisplayName("a constant figure's mean is that constant exactly, as are its percentiles")
    void aConstantFiguresMeanIsTheConstant() {
        // unclamped, three 0.1s average to 0.10000000000000002 and a hundred thirds to 0.33333333333333326
        for (double c : new double[] {0.1, 1 / 3.0, 0.7, 2.9e-7, 6.02e23}) {
            for (int n : new int[] {3, 7, 100, 9_999}) {
                double[] v = new double[n];
                Arrays.fill(v, c);
                assertThat(Percentiles.of(v)).as("%s x %d", c, n).isEqualTo(new Percentiles(c, c, c, c, c, c));
            }
        }
    }

    @Test
    @DisplayName("percentiles of a long column keep a few percent of it (the brackets), of a short one one copy: never more"
            + " than the 8 bytes a sample the memory check counts")
    void percentilesCopyTheColumnAtMostOnce() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int n : new int[] {1_000_000, PercentileBrackets.MIN_LENGTH - 1}) {
            double[] column = new SplittableRandom(3).doubles(n).toArray();
            column[17] = Double.NaN;
            Percentiles.of(column); // loads the classes it uses first
            long before = threads.getCurrentThreadAllocatedBytes();
            Percentiles.of(column);
            long allocated = threads.getCurrentThreadAllocatedBytes() - before;
            assertThat(allocated).as("n = %d", n).isLessThanOrEqualTo(8L * n + 64 * 1024);
            if (n >= PercentileBrackets.MIN_LENGTH) {
                assertThat(allocated).as("n = %d: the brackets, not a copy", n).isLessThan(8L * n / 4);
            }
        }
    }

    @Test
    @DisplayName("long columns: the one-pass brackets give exactly what selection in a full copy gives, including columns"
            + " ordered so the sample misleads (then it falls back), heavy ties, NaN, a constant, and values of both signs,"
            + " zeros, infinities and NaN with and without its sign bit among positive ones")
    void bracketsAgreeWithSelection() {
        SplittableRandom rng = new SplittableRandom(29);
        int n = 300_007;
        java.util.List<double[]> columns = new java.util.ArrayList<>();
        columns.add(rng.doubles(n).map(u -> Math.exp(3 * u)).toArray());
        columns.add(rng.doubles(n).map(u -> Math.floor(u * 7)).toArray()); // seven values, heavy ties
        double[] withNaN = rng.doubles(n).toArray();
        for (int i = 0; i < n; i += 3) {
            withNaN[i] = Double.NaN;
        }
        columns.add(withNaN);
        double[] mostlyNaN = new double[n];
        Arrays.fill(mostlyNaN, Double.NaN);
        for (int i = 5; i < n; i += 1000) {
            mostlyNaN[i] = rng.nextGaussian();
        }
        columns.add(mostlyNaN);
        double[] constant = new double[n];
        Arrays.fill(constant, 0.7);
        columns.add(constant);
        columns.add(java.util.stream.IntStream.range(0, n).asDoubleStream().toArray()); // sorted
        int stride = Math.max(1, n / (1 << 16));
        double[] aliased = new double[n]; // every value the sample reads is 0, the others spread out: brackets miss
        for (int i = 0; i < n; i++) {
            aliased[i] = i % stride == 0 ? 0 : 1 + rng.nextDouble();
        }
        columns.add(aliased);
        double[] signs = rng.doubles(n).map(u -> 1 + u).toArray(); // positive brackets, a few values below zero or odd
        double[] odd = {-0.0, 0.0, -1, -Double.MIN_VALUE, Double.MIN_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.NaN, Double.longBitsToDouble(0xfff8000000000000L), Double.longBitsToDouble(0x7ff0000000000001L)}; // NaN, either sign
        for (int i = 0; i < n; i += 97) {
            signs[i] = odd[(i / 97) % odd.length];
        }
        columns.add(signs);
        columns.add(rng.doubles(n).map(u -> u - 0.5).toArray()); // brackets below and across zero: compared, not by bits
        for (int c = 0; c < columns.size(); c++) {
            double[] column = columns.get(c);
            assertThat(Percentiles.of(column)).as("column %d", c).isEqualTo(Percentiles.bySelection(column.clone()));
        }
        assertThat(PercentileBrackets.of(aliased, new double[] {0.1, 0.5, 0.9})).as("the misled sample is noticed").isNull();
        assertThat(PercentileBrackets.of(columns.get(0), new double[] {0.1, 0.5, 0.9})).as("the usual case").isNotNull();
    }

    @Test
    @DisplayName("a relative backend's ranges its models leave unread under the seed switch are held, with a note: the"
            + " headline claims class by class, the per-class factors under the seed's arithmetic")
    void rangesTheSeedSwitchLeavesUnreadAreNotSampled() {
        List<Parameter> parameters = List.of(
                Parameter.switchOf(RelativeParameters.SEED_ARITHMETIC, false, "switch", "test"),
                Parameter.uncertain("speedup", "x", new Range(5, 7.5, 10), "headline", "test"),
                Parameter.uncertain("speedup-dense-matmul", "x", new Range(5, 7.5, 10), "per class", "test"),
                Parameter.uncertain("conversion-overhead", "1", new Range(0, 0.1, 0.5), "overhead", "test"),
                Parameter.uncertain("unit-price", "USD", new Range(1, 2, 3), "price", "test"));
        ResolvedParameters classByClass = resolve(parameters, Map.of());
        assertThat(names(classByClass)).containsExactly("speedup-dense-matmul", "conversion-overhead", "unit-price");
        assertThat(classByClass.unreadRanges()).containsExactly("speedup");
        assertThat(ParameterSampler.of(classByClass).notes()).anyMatch(n -> n.startsWith("t: speedup keeps its nominal, not"
                + " sampled: with seed-arithmetic 0"));

        ResolvedParameters seed = resolve(parameters, Map.of("seed-arithmetic", Range.of(1)));
        assertThat(names(seed)).containsExactly("speedup", "unit-price");
        assertThat(seed.unreadRanges()).containsExactly("speedup-dense-matmul", "conversion-overhead");
        assertThat(ParameterSampler.of(seed).notes()).anyMatch(n -> n.startsWith("t: speedup-dense-matmul, conversion-overhead"
                + " keep their nominal, not sampled: with seed-arithmetic 1"));

        assertThat(resolve(parameters, Map.of("seed-arithmetic", Range.of(1), "conversion-overhead", new Range(0, 0.2, 0.4)))
                .notes()).anyMatch(n -> n.contains("conversion-overhead is not read by the seed arithmetic"));
        assertThat(resolve(parameters, Map.of("speedup", new Range(4, 5, 6))).notes())
                .anyMatch(n -> n.contains("speedup is the seed's claim, read by the seed arithmetic"));

        ResolvedParameters either = resolve(parameters, Map.of("seed-arithmetic", new Range(0, 0, 1)));
        assertThat(either.unreadRanges()).as("a switch with a range may take either setting: every range is read").isEmpty();
        assertThat(names(either)).containsExactly("seed-arithmetic", "speedup", "speedup-dense-matmul", "conversion-overhead",
                "unit-price");
        assertThat(resolve(parameters, Map.of("seed-arithmetic", new Range(0, 0, 1), "speedup", new Range(4, 5, 6))).notes())
                .noneMatch(n -> n.contains("seed's claim"));

        List<Parameter> absolute = parameters.subList(1, parameters.size());
        assertThat(names(resolve(absolute, Map.of()))).as("without the relative kit's switch, every range is sampled")
                .containsExactly("speedup", "speedup-dense-matmul", "conversion-overhead", "unit-price");
    }

    @Test
    @DisplayName("an absolute backend's utilization model (mfu-*) is held once its utilization is one value above 0, with a"
            + " note; a utilization of 0 (the fitted model) or a range reads it")
    void theUtilizationModelIsNotSampledOnceTheUtilizationIsSet() {
        List<Parameter> parameters = List.of(
                Parameter.fixed(AbsoluteParameters.UTILIZATION, "1", 0, "utilization", "test"),
                Parameter.uncertain(AbsoluteParameters.MFU_RESIDUAL, "1", new Range(0.6, 1, 1.4), "residual", "test"),
                Parameter.uncertain("unit-price", "USD", new Range(1, 2, 3), "price", "test"));
        ResolvedParameters fitted = resolve(parameters, Map.of());
        assertThat(fitted.utilizationSet()).isFalse();
        assertThat(names(fitted)).containsExactly("mfu-residual", "unit-price");

        ResolvedParameters set = resolve(parameters, Map.of("utilization", Range.of(0.4876)));
        assertThat(set.unreadRanges()).containsExactly("mfu-residual");
        assertThat(names(set)).containsExactly("unit-price");
        assertThat(ParameterSampler.of(set).notes()).anyMatch(n -> n.equals("t: mfu-residual keeps its nominal, not sampled:"
                + " with utilization 0.4876 (given, not fitted) no model reads it"));
        assertThat(resolve(parameters, Map.of("utilization", Range.of(0.4), "mfu-residual", new Range(0.9, 1, 1.1))).notes())
                .anyMatch(n -> n.contains("mfu-residual is not read while utilization is set (utilization 0.4)"));

        // a range from 0 mixes "the fitted model" (0) with utilizations near 0, which the draws are: refused
        assertThatThrownBy(() -> resolve(parameters, Map.of("utilization", new Range(0, 0.3, 0.5))))
                .isInstanceOf(InputException.class)
                .hasMessage("scenario test: t.utilization is 0 for the fitted utilization model or a fraction above 0 that"
                        + " replaces it, and a range from 0 to 0.5 mixes the two (its draws near 0 would be near-zero"
                        + " utilizations); give a range above 0 (as 0.2-0.5) or 0 alone");

        ResolvedParameters above = resolve(parameters, Map.of("utilization", new Range(0.3, 0.4, 0.5)));
        assertThat(above.unreadRanges()).as("a range above 0 is set in every sample").containsExactly("mfu-residual");
        assertThat(names(above)).containsExactly("utilization", "unit-price");
        assertThat(ParameterSampler.of(above).notes()).anyMatch(n -> n.startsWith("t: mfu-residual keeps its nominal, not"
                + " sampled: with utilization 0.3-0.5 (given, not fitted)"));
    }

    @Test
    @DisplayName("in plan mode the utilization and its fitted model are held (the time is the plan's step split); a"
            + " backend with neither switch holds nothing and says no setting")
    void planModeHoldsTheUtilizationAndItsModel() {
        List<Parameter> parameters = List.of(
                Parameter.switchOf(AbsoluteParameters.PLAN_MODE, false, "switch", "test"),
                Parameter.fixed(AbsoluteParameters.UTILIZATION, "1", 0, "utilization", "test"),
                Parameter.uncertain(AbsoluteParameters.MFU_RESIDUAL, "1", new Range(0.6, 1, 1.4), "residual", "test"),
                Parameter.uncertain("unit-price", "USD", new Range(1, 2, 3), "price", "test"));
        assertThat(names(resolve(parameters, Map.of()))).containsExactly("mfu-residual", "unit-price");
        ResolvedParameters planned = resolve(parameters, Map.of("plan-mode", Range.of(1), "utilization", new Range(0.2, 0.3, 0.5)));
        assertThat(planned.unreadRanges()).containsExactly("utilization", "mfu-residual");
        assertThat(planned.unreadSetting()).isEqualTo("plan-mode 1");
        assertThat(names(planned)).containsExactly("unit-price");
        assertThat(planned.notes()).anyMatch(n -> n.contains("utilization is not read in plan mode"));

        ResolvedParameters plain = resolve(List.of(parameters.get(3)), Map.of());
        assertThat(plain.unreadRanges()).isEmpty();
        assertThat(plain.unreadSetting()).isEmpty();
    }

    private static List<String> names(ResolvedParameters params) {
        return ParameterSampler.of(params).sampled().stream().map(SampledParameter::name).toList();
    }
}
