package dev.cambrian.cli;

import dev.cambrian.api.Phase;
import dev.cambrian.api.Range;
import dev.cambrian.api.Workload;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.api.formula.Units;
import dev.cambrian.cli.chart.Chart;
import dev.cambrian.cli.chart.Chart.Kind;
import dev.cambrian.cli.chart.Chart.Mark;
import dev.cambrian.cli.chart.Chart.Point;
import dev.cambrian.cli.chart.Chart.Series;
import dev.cambrian.cli.output.Quantities;
import dev.cambrian.engine.audit.Finding;
import dev.cambrian.engine.audit.Severity;
import dev.cambrian.engine.compose.Compound;
import dev.cambrian.engine.estimate.Estimate;
import dev.cambrian.engine.estimate.Pareto;
import dev.cambrian.engine.estimate.RankKey;
import dev.cambrian.engine.estimate.Ranking;
import dev.cambrian.engine.project.Crossing;
import dev.cambrian.engine.project.Projection;
import dev.cambrian.engine.project.ProjectionScenario;
import dev.cambrian.engine.project.ProjectionYear;
import dev.cambrian.engine.project.ReferenceLine;
import dev.cambrian.engine.scale.ScaleConfig;
import dev.cambrian.engine.scale.ScaleModel;
import dev.cambrian.engine.uncertainty.BackendUncertainty;
import dev.cambrian.engine.uncertainty.Figure;
import dev.cambrian.engine.uncertainty.Histogram;
import dev.cambrian.engine.uncertainty.Percentiles;
import dev.cambrian.host.Evaluation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;

/** The report's charts, built from one {@link Analysis}: what the HTML page draws and the slide charts export. */
final class ReportCharts {
    private ReportCharts() {
    }

    static List<Chart> of(Analysis a) {
        List<Chart> charts = new ArrayList<>();
        List<Estimate> estimates = a.outcome().estimates();
        charts.add(ranking(a, RankKey.TIME));
        charts.add(ranking(a, RankKey.ENERGY));
        charts.add(ranking(a, RankKey.COST));
        if (!estimates.isEmpty() && estimates.stream().allMatch(e -> e.footprint().isPresent())) {
            charts.add(ranking(a, RankKey.CARBON));
            charts.add(ranking(a, RankKey.WATER));
        }
        charts.add(pareto(a, estimates));
        charts.add(gantt(a, estimates));
        charts.add(projection(a));
        charts.add(scale(a));
        for (Figure f : List.of(Figure.TIME, Figure.ENERGY, Figure.COST)) {
            charts.add(distribution(a, f));
        }
        charts.add(histogram(a, a.uncertainty().result().figure())); // the figure the run kept the shape of
        charts.add(rankProbabilities(a));
        charts.add(audit(a));
        if (!a.compounds().isEmpty()) {
            charts.add(compounds(a));
        }
        return charts;
    }

    /** "GPT-4 (2.1e25 FLOP), scenario default" and the levers in force. */
    static String subtitle(Analysis a) {
        return subtitle(a.scenario(), a.workload(), a.outcome());
    }

    /**
     * The subtitle, naming the backends left out for want of a valid answer: a slide travels without the page's notes,
     * and a chart of the one survivor read as its certain win.
     */
    static String subtitle(Scenario scenario, Workload workload, Evaluation.Outcome outcome) {
        return subtitle(scenario, workload) + (outcome.leftOut().isEmpty() ? ""
                : " (not shown, no valid answer: " + String.join(", ", outcome.leftOut()) + ")");
    }

    static String subtitle(Scenario scenario, Workload workload) {
        String levers = scenario.levers().isEmpty() ? "" : ", levers " + String.join(", ",
                scenario.levers().stream().map(l -> l.lever().id()).toList());
        return workload.name() + " (" + Quantities.sci(workload.trainingFlop()) + " FLOP), scenario " + scenario.name() + levers;
    }

    private static List<String> backendSources(Analysis a, List<Estimate> estimates) {
        return backendSources(a.workload(), estimates);
    }

    private static List<String> backendSources(Workload workload, List<Estimate> estimates) {
        Set<String> sources = new LinkedHashSet<>();
        sources.add("workload: " + workload.source());
        for (Estimate e : estimates) {
            sources.add(e.backendId() + ": " + e.backend().sources().get(0));
        }
        return List.copyOf(sources);
    }

    /** The axis a figure is drawn on: its label and how many of the figure's own unit (s, J, USD, months, kgCO2e, L) make one of it. */
    private enum Axis {
        TIME("training time (days)", Units.SECONDS_PER_DAY),
        ENERGY("energy from the grid (GWh)", Units.JOULES_PER_GWH),
        COST("cost of the run (USD)", 1),
        HERO("time to hero (months)", 1),
        INVESTMENT("programme investment (USD)", 1),
        CARBON("carbon, operational + embodied (tCO2e)", 1e3), // kg per t
        WATER("water, on-site + off-site (ML)", 1e6); // L per ML

        final String label;
        final double perUnit;

        Axis(String label, double perUnit) {
            this.label = label;
            this.perUnit = perUnit;
        }

        static Axis of(RankKey key) {
            return switch (key) {
                case TIME -> TIME;
                case ENERGY -> ENERGY;
                case COST -> COST;
                case HERO -> HERO;
                case INVESTMENT -> INVESTMENT;
                case CARBON -> CARBON;
                case WATER -> WATER;
            };
        }

        static Axis of(Figure figure) {
            return switch (figure) {
                case TIME -> TIME;
                case ENERGY -> ENERGY;
                case COST -> COST;
                case CARBON -> CARBON;
                case WATER -> WATER;
            };
        }
    }

    /** Ranking by one figure, nominal bars with the low-high range as error bars. */
    static Chart ranking(Analysis a, RankKey key) {
        return ranking(a.scenario(), a.workload(), a.outcome(), key);
    }

    /** Also what {@code rank --chart} draws. */
    static Chart ranking(Scenario scenario, Workload workload, Evaluation.Outcome outcome, RankKey key) {
        List<Estimate> estimates = outcome.estimates();
        List<Estimate> ranked = Ranking.rank(estimates, key);
        Function<Estimate, Range> figure = switch (key) {
            case TIME -> Estimate::trainingSeconds;
            case ENERGY -> Estimate::energyJoules;
            case COST -> Estimate::costUsd;
            case HERO -> Estimate::heroMonth;
            case INVESTMENT -> Estimate::fabInvestmentUsd;
            // drawn only when every estimate has a footprint (see of)
            case CARBON -> e -> e.footprint().orElseThrow().totalKgCo2e();
            case WATER -> e -> e.footprint().orElseThrow().waterLitres();
        };
        String axis = Axis.of(key).label;
        double unit = Axis.of(key).perUnit;
        List<Point> points = new ArrayList<>();
        for (Estimate e : ranked) {
            Range r = figure.apply(e).times(1 / unit);
            points.add(Point.bar(e.backendId(), r.low(), r.nominal(), r.high()));
        }
        return new Chart("rank-" + key.id(), Kind.BARS_WITH_RANGE, "Ranking by " + key.id()
                + ": nominal, with the low-high range of the uncertain parameters", subtitle(scenario, workload, outcome), "backend",
                axis, false, wide(points), List.of(new Series(axis, points)), List.of(), sources(scenario, workload, ranked, key));
    }

    /** The backends' sources, and for carbon and water the environment's factors as well. */
    private static List<String> sources(Scenario scenario, Workload workload, List<Estimate> ranked, RankKey key) {
        List<String> sources = new ArrayList<>(backendSources(workload, ranked));
        if (key == RankKey.CARBON) {
            scenario.environment().ifPresent(env -> {
                sources.add("grid: " + env.grid().regionName() + ", " + env.grid().source());
                sources.add("method: operational = energy x grid intensity, embodied = per device amortized over its lifetime"
                        + " (docs/environment.md)");
            });
        } else if (key == RankKey.WATER) {
            // the water chart cited the grid's carbon intensity and not one source of its own factors
            scenario.environment().ifPresent(env -> {
                sources.add("on-site water: " + env.onsiteWue().source());
                sources.add("off-site water: " + env.offsiteWater().source());
                sources.add("method: water = IT energy x on-site WUE + facility energy x off-site water per kWh"
                        + " (docs/environment.md)");
            });
        }
        return sources;
    }

    /** A log axis when the bars span more than two orders of magnitude, so the small ones stay visible. */
    private static boolean wide(List<Point> points) {
        double min = points.stream().mapToDouble(Point::y).filter(v -> v > 0).min().orElse(1);
        double max = points.stream().mapToDouble(Point::high).max().orElse(1);
        return max / min > 100;
    }

    static Chart pareto(Analysis a, List<Estimate> estimates) {
        Set<String> front = Pareto.front(estimates);
        List<Point> onFront = new ArrayList<>();
        List<Point> dominated = new ArrayList<>();
        for (Estimate e : estimates) {
            Point p = new Point(e.backendId(), Units.days(e.trainingSeconds().nominal()), e.costUsd().nominal(), 0, 0,
                    Units.gwh(e.energyJoules().nominal()));
            (front.contains(e.backendId()) ? onFront : dominated).add(p);
        }
        return new Chart("pareto", Kind.SCATTER, "Time against cost; bubble area is energy (GWh; the smallest drawn a few pixels across at least); the Pareto front is"
                + " no worse on time, energy and cost than any other and better on one", subtitle(a), "training time (days)",
                "cost of the run (USD)", true, true, List.of(new Series("Pareto front", onFront),
                new Series("dominated", dominated)), List.of(), backendSources(a, estimates));
    }

    static Chart gantt(Analysis a, List<Estimate> estimates) {
        Map<String, List<Point>> byPhase = new LinkedHashMap<>();
        List<Estimate> ordered = Ranking.rank(estimates, RankKey.HERO);
        for (Estimate e : ordered) {
            for (Phase p : e.nominal().timeline().phases()) {
                byPhase.computeIfAbsent(p.name(), k -> new ArrayList<>())
                        .add(new Point(e.backendId(), 0, 0, p.startMonth(), p.endMonth(), 0));
            }
        }
        List<Series> series = new ArrayList<>();
        byPhase.forEach((name, points) -> series.add(new Series(name, points)));
        return new Chart("hero-gantt", Kind.GANTT, "Time to hero: the programme's phases, from today to the trained model",
                subtitle(a), "time from the start of the programme (months)", "backend", false, false, series, List.of(),
                backendSources(a, ordered));
    }

    static Chart projection(Analysis a) {
        List<Series> series = new ArrayList<>();
        for (ProjectionScenario s : ProjectionScenario.values()) {
            List<Point> points = new ArrayList<>();
            for (ProjectionYear y : a.projections().get(s).years()) {
                points.add(Point.xy(y.year(), y.cloudCostUsd()));
            }
            series.add(new Series("cloud cost, " + s.id(), points));
        }
        List<Point> gpu = new ArrayList<>();
        for (ProjectionYear y : a.projections().get(ProjectionScenario.BEST_GUESS).years()) {
            gpu.add(Point.xy(y.year(), y.gpuCostUsd()));
        }
        series.add(new Series("GPU cost, best-guess", gpu));
        List<Mark> marks = new ArrayList<>();
        List<String> sources = new ArrayList<>(List.of(dev.cambrian.engine.project.ProjectionAssumptions.SEED_001_SOURCE,
                ProjectionScenario.SOURCE));
        Projection guess = a.projections().get(ProjectionScenario.BEST_GUESS);
        for (ReferenceLine line : a.projection().lines()) {
            List<Point> points = new ArrayList<>();
            for (ProjectionYear y : guess.years()) {
                points.add(Point.xy(y.year(), line.valueIn(y.year())));
            }
            series.add(new Series(line.name(), points));
            sources.add(line.name() + ": " + line.source());
            for (Crossing c : guess.crossings()) {
                if (c.lineId().equals(line.id()) && c.year().isPresent()) {
                    marks.add(new Mark("x", c.year().getAsInt(), "best guess crosses " + line.name() + " in "
                            + c.year().getAsInt()));
                }
            }
        }
        return new Chart("projection", Kind.LINES, "Frontier model training cost by year against reference lines"
                + " (crossing years marked)", "faraboschi2024barriers' three scenarios (Table 1), " + Analysis.FROM_YEAR + "-" + Analysis.TO_YEAR,
                "year", "USD (log scale)", false, true, series, marks, sources);
    }

    static Chart scale(Analysis a) {
        double dense = a.scale().denseFlop();
        List<Series> series = new ArrayList<>();
        for (ScaleConfig c : Scalings.CONFIGS) {
            List<Point> points = new ArrayList<>();
            for (Scalings.Size size : a.scale().sizes()) {
                OptionalDouble t = size.denseSeconds().get(c);
                if (t.isPresent()) {
                    points.add(Point.xy(size.gpus(), t.getAsDouble() / Units.SECONDS_PER_DAY));
                }
            }
            series.add(new Series(c.name(), points));
        }
        return new Chart("scale", Kind.LINES, "Time to train against system size: failures and checkpoints bend the"
                + " curves (sizes where a configuration makes no progress are left out)",
                a.scale().workload().name() + " (" + Quantities.sci(dense) + " FLOP), dense", "system size (GPUs, log scale)",
                "training time (days, log scale)", true, true, series, List.of(), List.of(ScaleModel.SOURCE));
    }

    static Chart distribution(Analysis a, Figure figure) {
        double unit = Axis.of(figure).perUnit;
        String axis = Axis.of(figure).label;
        List<Point> points = new ArrayList<>();
        for (BackendUncertainty b : a.uncertainty().result().backends()) {
            Percentiles p = b.of(figure);
            points.add(new Point(b.backendId(), p.p50() / unit, p.p10() / unit, p.min() / unit, p.max() / unit, p.p90() / unit));
        }
        boolean log = points.stream().mapToDouble(Point::high).max().orElse(1)
                / points.stream().mapToDouble(Point::low).filter(v -> v > 0).min().orElse(1) > 100;
        return new Chart("mc-" + figure.id(), Kind.DISTRIBUTION, "Monte Carlo distribution of " + figure.id()
                + ": box P10-P90, line at the median, whiskers min-max", subtitle(a) + ", " + samples(a), "backend", axis,
                false, log, List.of(new Series(axis, points)), List.of(), mcSources(a));
    }

    /**
     * The shape of each backend's samples of one figure: a line through the share of its samples per
     * tenth of a decade (log bins) or per bin (linear), at each bin's centre.
     */
    static Chart histogram(Analysis a, Figure figure) {
        double unit = Axis.of(figure).perUnit;
        String axis = Axis.of(figure).label;
        List<Series> series = new ArrayList<>();
        boolean log = true;
        int read = 0;
        for (BackendUncertainty b : a.uncertainty().result().backends()) {
            Histogram h = b.histograms().get(figure);
            if (h == null) {
                continue;
            }
            log &= h.logBins();
            read = Math.max(read, h.valuesRead());
            double[] edges = h.edges();
            double[] shares = h.shares();
            List<Point> points = new ArrayList<>();
            for (int j = 0; j < shares.length; j++) {
                // a density, so backends whose bins differ in width compare: the share per tenth of a decade
                double per = h.logBins() && edges[j + 1] > edges[j] ? Math.log10(edges[j + 1] / edges[j]) / 0.1 : 1;
                points.add(Point.xy(h.centre(j) / unit, 100 * shares[j] / per));
            }
            series.add(new Series(b.backendId(), points));
        }
        // a density: a backend whose samples span less than 0.1 decade passes 100%, which read as a share beyond the whole
        String y = log ? "density: % of samples per 0.1 decade" : "share of samples per bin (%)";
        return new Chart("mc-histogram-" + figure.id(), Kind.LINES, "Monte Carlo histogram of " + figure.id()
                + ": density of each backend's samples (a narrow spread peaks above 100% per 0.1 decade), read from " + Quantities.grouped(read)
                + " samples per backend (every k-th when there are more)", subtitle(a) + ", " + samples(a), axis, y, log, false,
                series, List.of(), mcSources(a));
    }

    private static String samples(Analysis a) {
        return Quantities.grouped(a.uncertainty().result().samples()) + " samples per backend, seed "
                + a.uncertainty().result().seed();
    }

    private static List<String> mcSources(Analysis a) {
        Set<String> sources = new LinkedHashSet<>();
        sources.add("each parameter's range and distribution as its backend declares it (`cambrian explain -b ID`)");
        for (BackendUncertainty b : a.uncertainty().result().backends()) {
            a.outcome().estimates().stream().filter(e -> e.backendId().equals(b.backendId())).findFirst()
                    .ifPresent(e -> sources.add(e.backendId() + ": " + e.backend().sources().get(0)));
        }
        return List.copyOf(sources);
    }

    static Chart rankProbabilities(Analysis a) {
        List<BackendUncertainty> backends = a.uncertainty().result().backends();
        List<Series> series = new ArrayList<>();
        for (int rank = 1; rank <= backends.size(); rank++) {
            List<Point> points = new ArrayList<>();
            for (BackendUncertainty b : backends) {
                double p = rank <= b.rankProbabilities().size() ? b.rankProbabilities().get(rank - 1) : 0;
                // a backend whose time has no spread holds its rank in every sample: marked, as uncertainty marks it,
                // so its bar is not read as certainty
                String label = b.fixedIn(Figure.TIME) ? b.backendId() + UncertaintyView.FIXED_MARK : b.backendId();
                points.add(Point.bar(label, p * 100, p * 100, p * 100));
            }
            series.add(new Series("rank " + rank, points));
        }
        boolean anyFixed = backends.stream().anyMatch(b -> b.fixedIn(Figure.TIME));
        return new Chart("mc-rank", Kind.STACKED_BARS, "Probability of each rank by training time, over the Monte Carlo"
                + " samples", subtitle(a) + ", " + samples(a) + (anyFixed ? "; (fixed): no uncertainty of its own, or none that"
                + " moves its time: its time varies with its baseline's at most, and its ranks take its own claims as exact" : ""), "backend", "probability (%)", false, false, series,
                List.of(), mcSources(a));
    }

    static Chart audit(Analysis a) {
        List<Finding> findings = a.audit().findings();
        Set<String> subjects = new LinkedHashSet<>();
        findings.forEach(f -> subjects.add(f.subject()));
        List<Series> series = new ArrayList<>();
        for (Severity s : Severity.values()) {
            List<Point> points = new ArrayList<>();
            for (String subject : subjects) {
                long n = findings.stream().filter(f -> f.subject().equals(subject) && f.severity() == s).count();
                points.add(Point.bar(subject, n, n, n));
            }
            series.add(new Series(s.id(), points));
        }
        Set<String> sources = new LinkedHashSet<>();
        findings.forEach(f -> sources.add(f.source()));
        return new Chart("audit", Kind.STACKED_BARS, "Audit: findings per backend by severity (the table below lists them)",
                subtitle(a.scenario(), a.workload()), "subject", "findings (count)", false, false, series, List.of(), List.copyOf(sources));
    }

    static Chart compounds(Analysis a) {
        List<Point> points = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (Compound c : a.compounds()) {
            double days = c.trainingSeconds() / Units.SECONDS_PER_DAY;
            points.add(Point.bar(c.id() + " (composed)", days, days, days));
            for (String m : c.members()) {
                a.outcome().estimates().stream().filter(e -> e.backendId().equals(m)).findFirst().ifPresent(e -> {
                    Range r = e.trainingSeconds().times(1 / Units.SECONDS_PER_DAY);
                    points.add(Point.bar(m, r.low(), r.nominal(), r.high()));
                    sources.add(m + ": " + e.backend().sources().get(0));
                });
            }
            sources.add(c.id() + ": composed class by class (" + c.whyTheyDiffer() + ")");
        }
        List<Point> distinct = new ArrayList<>(points.stream().collect(java.util.stream.Collectors.toMap(Point::category,
                p -> p, (x, y) -> x, LinkedHashMap::new)).values());
        return new Chart("compounds", Kind.BARS_WITH_RANGE, "Compounds against their members: training time (compounds"
                + " at nominal values)", subtitle(a), "backend or compound", "training time (days)", false, wide(distinct),
                List.of(new Series("training time (days)", distinct)), List.of(), List.copyOf(new LinkedHashSet<>(sources)));
    }
}
