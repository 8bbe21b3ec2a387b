package dev.cambrian.cli;

import dev.cambrian.api.Range;
import dev.cambrian.api.absolute.Utilization;
import dev.cambrian.api.formula.Units;
import dev.cambrian.cli.output.DataTable;
import dev.cambrian.cli.output.Quantities;
import dev.cambrian.cli.output.Report;
import dev.cambrian.cli.output.Table;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.engine.validate.ErrorSummary;
import dev.cambrian.engine.validate.PublishedRun;
import dev.cambrian.engine.validate.RunValidation;
import dev.cambrian.engine.validate.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The validation as tables (per run, energy, summary, constants, then the carbon figures), the
 * cambrian.validate/v1 JSON, and tidy tables of the runs and the carbon figures.
 */
final class ValidateView {
    static final String SCHEMA = "cambrian.validate/v1";

    private ValidateView() {
    }

    static Report report(Validations.Result result) {
        Report runs = runs(result.runs(), result.scenario());
        List<Table> tables = new ArrayList<>(runs.tables());
        tables.addAll(CarbonValidationView.tables(result.carbon()));
        List<String> notes = new ArrayList<>(runs.notes());
        notes.addAll(CarbonValidationView.notes());
        notes.addAll(result.userValues());
        Map<String, Object> root = runs.json();
        root.put("carbon", CarbonValidationView.json(result.carbon()));
        return new Report(tables, notes, root, List.of(tidy(result.runs()), CarbonValidationView.tidy(result.carbon())));
    }

    /** The spreadsheet's table of runs: one row per run of the dataset, SI units (device time in s, energy in J). */
    static DataTable tidy(Validation v) {
        List<List<Object>> rows = new ArrayList<>();
        for (RunValidation r : v.runs()) {
            PublishedRun run = r.run();
            Double publishedJ = run.energyMwh().isPresent() ? run.energyMwh().getAsDouble() * Units.JOULES_PER_MWH : null;
            List<Object> row = new ArrayList<>(List.of(run.id(), run.backend(), run.deviceCount(),
                    run.derived().contains("device_count"), run.deviceHours() * Units.SECONDS_PER_HOUR));
            if (r.validated()) {
                Range predicted = r.predictedDeviceHours();
                row.addAll(List.of(predicted.low() * Units.SECONDS_PER_HOUR, predicted.nominal() * Units.SECONDS_PER_HOUR,
                        predicted.high() * Units.SECONDS_PER_HOUR, r.ratio(), r.inside(),
                        r.leaveOneOutDeviceHours() * Units.SECONDS_PER_HOUR, r.leaveOneOutRatio(), r.impliedMfu(), r.fittedMfu()));
            } else {
                row.addAll(java.util.Collections.nCopies(PREDICTED_COLUMNS, null)); // skipped: no prediction, empty cells
            }
            row.add(publishedJ);
            row.add(publishedJ == null ? null : run.energyBasis());
            row.add(r.validated() && r.predictedEnergyMwh().isPresent()
                    ? r.predictedEnergyMwh().getAsDouble() * Units.JOULES_PER_MWH : null);
            row.add(r.skippedBecause());
            row.add(run.citation());
            rows.add(row);
        }
        return new DataTable("runs", RUN_COLUMNS, rows);
    }

    private static final List<String> RUN_COLUMNS = List.of("run", "backend", "devices_count", "devices_imputed",
            "device_time_published_s", "device_time_low_s", "device_time_nominal_s", "device_time_high_s", "device_time_ratio",
            "published_in_range", "device_time_leave_one_out_s", "device_time_leave_one_out_ratio", "mfu_published_ratio",
            "mfu_model_ratio", "energy_published_J", "energy_published_basis", "energy_predicted_J", "skipped_because", "source");
    /** The columns a validated run fills from its prediction: from the low device time to the model's MFU ratio. */
    private static final int PREDICTED_COLUMNS = RUN_COLUMNS.indexOf("energy_published_J") - RUN_COLUMNS.indexOf("device_time_low_s");

    private static Report runs(Validation v, Scenario scenario) {
        List<Table> tables = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> energyRows = new ArrayList<>();
        List<Object> runs = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (RunValidation r : v.runs()) {
            runs.add(json(r));
            if (!r.validated()) {
                notes.add("Skipped " + r.run().id() + ": " + r.skippedBecause());
                continue;
            }
            rows.add(List.of(r.run().id(), r.run().backend(), Quantities.grouped(r.run().deviceCount())
                            + (r.run().derived().contains("device_count") ? "*" : ""),
                    Quantities.number(r.run().deviceHours()), Quantities.range(r.predictedDeviceHours(), ""),
                    ratio(r.ratio()), r.inside() ? "yes" : "no", ratio(r.leaveOneOutRatio()),
                    percent(r.impliedMfu()) + " / " + percent(r.fittedMfu()), r.run().citation()));
            if (r.run().energyMwh().isPresent()) {
                double published = r.run().energyMwh().getAsDouble();
                double predicted = r.predictedEnergyMwh().orElse(Double.NaN);
                energyRows.add(List.of(r.run().id(), Quantities.number(published), r.run().energyBasis(), Quantities.number(predicted),
                        ratio(predicted / published)));
            }
        }
        tables.add(new Table("Published runs predicted under scenario " + v.scenario() + " (" + v.dataset() + ")",
                List.of("run", "backend", "devices", "published device-h", "predicted device-h", "ratio", "in range",
                        "leave-one-out ratio", "MFU published / model", "source"), rows));
        if (!energyRows.isEmpty()) {
            tables.add(new Table("Energy where the source states it (MWh; the bases differ: Cambrian's is all-in power x PUE)",
                    List.of("run", "published MWh", "published basis", "predicted MWh", "ratio"), energyRows));
        }
        tables.add(new Table("Error", List.of("measure", v.notes().isEmpty() ? "in sample (shipped constants)" : "in sample (as the scenario sets)",
                "leave one out (refit without the run)"),
                List.of(List.of("runs", Integer.toString(v.inSample().runs()), Integer.toString(v.leaveOneOut().runs())),
                        List.of("geometric-mean error", "x" + Quantities.number(v.inSample().geometricMeanError()),
                                "x" + Quantities.number(v.leaveOneOut().geometricMeanError())),
                        List.of("worst error", worst(v.inSample()), worst(v.leaveOneOut())),
                        List.of("published inside the predicted range", percent(v.inSample().shareInside()),
                                percent(v.leaveOneOut().shareInside())))));
        List<Map.Entry<String, Double>> shipped = List.copyOf(v.shipped().named().entrySet());
        List<Double> refit = List.copyOf(v.refit().coefficients().named().values());
        List<List<String>> constants = new ArrayList<>();
        for (int i = 0; i < shipped.size(); i++) {
            constants.add(List.of(shipped.get(i).getKey(), Quantities.number(shipped.get(i).getValue()),
                    Quantities.number(refit.get(i)), v.refit().identified()[i] ? "yes" : "no (held at no effect)"));
        }
        constants.add(List.of("residual P10 / P90 (leave one out)", Quantities.number(dev.cambrian.api.absolute.ShippedFit.RESIDUAL_P10)
                + " / " + Quantities.number(dev.cambrian.api.absolute.ShippedFit.RESIDUAL_P90), Quantities.number(v.refit().residualP10()) + " / "
                + Quantities.number(v.refit().residualP90()), ""));
        constants.add(List.of("region of the runs (flat beyond)", region(v.shippedDomain()), region(v.refit().domain()), ""));
        tables.add(new Table("Utilization model: shipped constants and the refit to these " + v.refit().runs() + " runs",
                List.of("constant", "shipped", "refit", "identified by the data"), constants));
        notes.add("Ratio = predicted / published device-hours; error x1.25 = 25% off either way (geometric mean of |ln ratio|)."
                + " In range: the published figure lies inside the predicted range (the residual multiplier's P10-P90)."
                + " Leave one out: the run predicted by a fit made without it. * = device count not published (imputed).");
        notes.add("Each run is predicted with its device count, precision and year under scenario " + v.scenario()
                + "; MFU published = what its published hours imply on this backend, model = what the backend uses (the fitted model unless the scenario sets a utilization).");
        if (!scenario.levers().isEmpty()) {
            notes.add("The scenario's levers are not applied: validate compares with runs as they were trained.");
        }
        notes.addAll(v.notes());
        Map<String, Object> root = Json.object();
        root.put("schema", SCHEMA);
        root.put("scenario", v.scenario());
        root.put("dataset", v.dataset());
        root.put("runs", runs);
        root.put("inSample", json(v.inSample()));
        root.put("leaveOneOut", json(v.leaveOneOut()));
        Map<String, Object> fit = Json.object();
        fit.put("runs", v.refit().runs());
        fit.put("shipped", v.shipped().named());
        fit.put("refit", v.refit().coefficients().named());
        fit.put("shippedDomain", domain(v.shippedDomain()));
        fit.put("refitDomain", domain(v.refit().domain()));
        fit.put("shippedResidualP10", dev.cambrian.api.absolute.ShippedFit.RESIDUAL_P10);
        fit.put("shippedResidualP90", dev.cambrian.api.absolute.ShippedFit.RESIDUAL_P90);
        fit.put("residualP10", v.refit().residualP10());
        fit.put("residualP90", v.refit().residualP90());
        root.put("fit", fit);
        return new Report(tables, notes, root);
    }

    private static String region(Utilization.Domain d) {
        return Quantities.sci(d.minActiveParameters()) + "-" + Quantities.sci(d.maxActiveParameters()) + " active parameters, "
                + Quantities.grouped(d.minDevices()) + "-" + Quantities.grouped(d.maxDevices()) + " devices, "
                + Quantities.sci(d.minNetworkBytesPerFlop()) + "-" + Quantities.sci(d.maxNetworkBytesPerFlop()) + " B/FLOP";
    }

    private static String worst(ErrorSummary s) {
        return "x" + Quantities.number(s.worstError()) + " (" + s.worstRun() + ")";
    }

    private static String ratio(double r) {
        return Quantities.number(r);
    }

    private static String percent(double share) {
        return Quantities.number(100 * share) + "%";
    }

    private static Map<String, Object> domain(Utilization.Domain d) {
        Map<String, Object> m = Json.object();
        m.put("minActiveParameters", d.minActiveParameters());
        m.put("maxActiveParameters", d.maxActiveParameters());
        m.put("minDevices", d.minDevices());
        m.put("maxDevices", d.maxDevices());
        m.put("minNetworkBytesPerFlop", d.minNetworkBytesPerFlop());
        m.put("maxNetworkBytesPerFlop", d.maxNetworkBytesPerFlop());
        return m;
    }

    private static Map<String, Object> json(ErrorSummary s) {
        Map<String, Object> m = Json.object();
        m.put("runs", s.runs());
        m.put("geometricMeanError", s.geometricMeanError());
        m.put("worstError", s.worstError());
        m.put("worstRun", s.worstRun());
        m.put("shareInside", s.shareInside());
        return m;
    }

    private static Map<String, Object> json(RunValidation r) {
        Map<String, Object> m = Json.object();
        m.put("id", r.run().id());
        m.put("backend", r.run().backend());
        m.put("devices", r.run().deviceCount());
        m.put("publishedDeviceHours", r.run().deviceHours());
        m.put("source", r.run().citation());
        m.put("derived", r.run().derived());
        if (!r.validated()) {
            m.put("skipped", r.skippedBecause());
            return m;
        }
        m.put("predictedDeviceHours", Json.range(r.predictedDeviceHours()));
        m.put("ratio", r.ratio());
        m.put("inside", r.inside());
        m.put("leaveOneOutDeviceHours", r.leaveOneOutDeviceHours());
        m.put("leaveOneOutRatio", r.leaveOneOutRatio());
        m.put("impliedMfu", r.impliedMfu());
        m.put("fittedMfu", r.fittedMfu());
        r.run().energyMwh().ifPresent(e -> {
            m.put("publishedEnergyMwh", e);
            m.put("publishedEnergyBasis", r.run().energyBasis());
            m.put("predictedEnergyMwh", r.predictedEnergyMwh().orElse(Double.NaN));
        });
        return m;
    }

}
