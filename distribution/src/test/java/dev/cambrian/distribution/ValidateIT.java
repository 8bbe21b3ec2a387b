package dev.cambrian.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cambrian validate} in the unpacked distribution: the dataset of published runs
 * (data/published-runs.csv, sources in data/published-runs.md) predicted by the bundled backends. The
 * build fails when the leave-one-out error or the share of runs inside their range gets worse than
 * issue 9 allows, or when the shipped utilization constants no longer are the fit to the dataset.
 */
class ValidateIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Issue 9: the leave-one-out geometric-mean error must not exceed x1.30. */
    private static final double MAX_LEAVE_ONE_OUT_ERROR = 1.30;
    /** Issue 9: at least 70% of the runs inside their predicted range, in sample and leave one out. */
    private static final double MIN_SHARE_INSIDE = 0.70;

    @TempDir
    static Path work;

    static Installed cambrian;
    /** {@code validate --format json}, run once: three tests read it. */
    static Installed.Run validateJson;

    @BeforeAll
    static void unpack() throws Exception {
        cambrian = Installed.shared();
        validateJson = cambrian.run(work, "validate", "--format", "json");
    }

    @Test
    @DisplayName("a utilization the user sets replaces the fitted model: leave one out repeats the prediction, and the output says why")
    void aSetUtilizationLeavesNoFitToLeaveOut() throws Exception {
        Installed.Run run = cambrian.run(work, "validate", "--set", "gpu-h100.utilization=0.4", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        int h100 = 0;
        for (JsonNode r : JSON.readTree(run.out()).get("runs")) {
            if (r.get("backend").asText().equals("gpu-h100") && !r.has("skipped")) {
                h100++;
                // phi-4 showed ratio 0.606 in sample and 1 left out: a refit's prediction, for a run predicted without any
                assertThat(r.get("leaveOneOutRatio").asDouble()).as(r.get("id").asText()).isEqualTo(r.get("ratio").asDouble());
                assertThat(r.get("fittedMfu").asDouble()).isCloseTo(0.4, org.assertj.core.data.Offset.offset(1e-12));
            } else if (r.get("backend").asText().equals("gpu-a100") && !r.has("skipped")) {
                assertThat(r.get("leaveOneOutRatio").asDouble()).as(r.get("id").asText()).isNotEqualTo(r.get("ratio").asDouble());
            }
        }
        assertThat(h100).isGreaterThan(3);
        Installed.Run text = cambrian.run(work, "validate", "--set", "gpu-h100.utilization=0.4");
        assertThat(text.out()).contains("in sample (as the scenario sets)")
                .contains("gpu-h100's runs are predicted with utilization 0.4 (--set gpu-h100.utilization), not the fitted utilization"
                        + " model: their leave-one-out column repeats the prediction")
                .contains("Assumption: gpu-h100.utilization = 0.4 (default 0) from --set gpu-h100.utilization");
    }

    @Test
    @DisplayName("every run of the dataset is predicted; leave-one-out error <= x1.30 and >= 70% of runs inside their range")
    void theDatasetIsPredictedWithinTheIssuesBounds() throws Exception {
        Installed.Run run = validateJson;
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("schema").asText()).isEqualTo("cambrian.validate/v1");
        Set<String> families = new HashSet<>();
        for (JsonNode r : root.get("runs")) {
            assertThat(r.has("skipped")).as(r.get("id") + " skipped: " + r.path("skipped").asText()).isFalse();
            assertThat(r.get("source").asText()).as("source of " + r.get("id")).isNotBlank();
            families.add(r.get("backend").asText().split("-")[0]);
        }
        assertThat(root.get("runs").size()).isGreaterThanOrEqualTo(40);
        assertThat(families).as("hardware families in the dataset").contains("gpu", "tpu", "amd", "aws");
        JsonNode loo = root.get("leaveOneOut");
        assertThat(loo.get("geometricMeanError").asDouble()).as("leave-one-out geometric-mean error").isLessThanOrEqualTo(MAX_LEAVE_ONE_OUT_ERROR);
        assertThat(root.get("inSample").get("shareInside").asDouble()).as("share of runs inside the predicted range")
                .isGreaterThanOrEqualTo(MIN_SHARE_INSIDE);
        assertThat(loo.get("shareInside").asDouble()).as("share of runs inside the range a fit without them predicts")
                .isGreaterThanOrEqualTo(MIN_SHARE_INSIDE);
    }

    @Test
    @DisplayName("the shipped utilization constants are the fit to the shipped dataset (to four digits)")
    void shippedConstantsAreTheRefit() throws Exception {
        Installed.Run run = validateJson;
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode fit = JSON.readTree(run.out()).get("fit");
        for (String c : List.of("reference", "sizeExponent", "devicesExponent", "networkExponent", "moeFactor", "fp8Factor",
                "firstYearFactor")) {
            double refit = fit.get("refit").get(c).asDouble();
            assertThat(fit.get("shipped").get(c).asDouble()).as(c + ": shipped vs refit (update ShippedFit after changing the"
                    + " dataset)").isCloseTo(refit, within(Math.max(1e-4, Math.abs(refit) * 1e-3)));
        }
        for (String residual : List.of("residualP10", "residualP90")) {
            assertThat(fit.get("shipped" + residual.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + residual.substring(1))
                    .asDouble()).as(residual + ": shipped vs refit").isCloseTo(fit.get(residual).asDouble(), within(1e-3));
        }
        fit.get("refitDomain").fieldNames().forEachRemaining(edge -> {
            double refit = fit.get("refitDomain").get(edge).asDouble();
            assertThat(fit.get("shippedDomain").get(edge).asDouble()).as(edge + ": shipped region vs the dataset's")
                    .isCloseTo(refit, within(Math.abs(refit) * 1e-3));
        });
    }

    @Test
    @DisplayName("validate --format csv: one row per published run (runs) and per carbon figure (--table carbon), numbers in SI units")
    void validateCsvIsTidy() throws Exception {
        assertThat(validateJson.exitCode()).as(validateJson.err()).isZero();
        JsonNode root = JSON.readTree(validateJson.out());
        Installed.Run csv = cambrian.run(work, "validate", "--format", "csv");
        assertThat(csv.exitCode()).as(csv.err()).isZero();
        TidyCsv runs = TidyCsv.read(csv.out());
        assertThat(runs.header()).startsWith("run", "backend", "devices_count", "devices_imputed", "device_time_published_s",
                "device_time_low_s", "device_time_nominal_s", "device_time_high_s", "device_time_ratio")
                .contains("energy_published_J", "energy_predicted_J", "mfu_published_ratio", "source");
        assertThat(runs.rows()).hasSize(root.get("runs").size());
        for (int i = 0; i < runs.rows().size(); i++) {
            Map<String, String> row = runs.rows().get(i);
            JsonNode run = root.get("runs").get(i);
            assertThat(row.get("run")).isEqualTo(run.get("id").asText());
            // device-hours in seconds (SI), as published and as predicted
            assertThat(TidyCsv.number(row, "device_time_published_s")).isCloseTo(run.get("publishedDeviceHours").asDouble() * 3600,
                    within(1e-6 * run.get("publishedDeviceHours").asDouble() * 3600));
            double low = TidyCsv.number(row, "device_time_low_s");
            double nominal = TidyCsv.number(row, "device_time_nominal_s");
            assertThat(nominal).isBetween(low, TidyCsv.number(row, "device_time_high_s"))
                    .isCloseTo(run.get("predictedDeviceHours").get("nominal").asDouble() * 3600, within(1e-6 * nominal));
            assertThat(TidyCsv.number(row, "device_time_ratio")).isEqualTo(run.get("ratio").asDouble());
            if (run.has("publishedEnergyMwh")) {
                assertThat(TidyCsv.number(row, "energy_published_J")).isCloseTo(run.get("publishedEnergyMwh").asDouble() * 3.6e9,
                        within(1.0));
            }
        }
        Installed.Run carbonCsv = cambrian.run(work, "validate", "--format", "csv", "--table", "carbon");
        assertThat(carbonCsv.exitCode()).as(carbonCsv.err()).isZero();
        TidyCsv carbon = TidyCsv.read(carbonCsv.out());
        assertThat(carbon.header()).contains("device_time_s", "power_per_device_W", "energy_reproduced_J", "carbon_published_kgCO2e",
                "carbon_reproduced_kgCO2e", "intensity_kgCO2e_per_kWh");
        assertThat(carbon.rows()).hasSize(root.get("carbon").size()).isNotEmpty();
        for (int i = 0; i < carbon.rows().size(); i++) {
            Map<String, String> row = carbon.rows().get(i);
            JsonNode figure = root.get("carbon").get(i);
            assertThat(TidyCsv.number(row, "carbon_reproduced_kgCO2e")).isCloseTo(figure.get("tco2eReproduced").asDouble() * 1000,
                    within(1e-6 * Math.max(1, figure.get("tco2eReproduced").asDouble() * 1000)));
            assertThat(TidyCsv.number(row, "energy_reproduced_J")).isCloseTo(figure.get("energyMwh").asDouble() * 3.6e9,
                    within(1e-6 * figure.get("energyMwh").asDouble() * 3.6e9));
            TidyCsv.number(row, "power_per_device_W");
            TidyCsv.number(row, "device_time_s");
        }
    }

    @Test
    @DisplayName("validate --runs with a bad cell fails with exit 2 naming the file, line and column")
    void aBadDatasetIsALocatedInputError() throws Exception {
        Path bad = work.resolve("runs.csv");
        Files.writeString(bad, String.join(",", "id", "model", "organisation", "date", "architecture", "total_parameters",
                "active_parameters", "experts", "tokens", "device_published", "backend", "device_count", "precision",
                "device_hours", "wall_days", "energy_mwh", "energy_basis", "source_key", "source_location", "derived", "notes")
                + "\nx,X,org,2024-01,dense,1e9,1e9,1,lots,H100,gpu-h100,8,bf16,100,,,,k,Table 1,,\n");
        Installed.Run run = cambrian.run(work, "validate", "--runs", bad.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(bad + ":2: column tokens: 'lots' is not a number");
        // numbers a double holds but validate's arithmetic does not: they ended in "low must be a finite number, got NaN"
        Files.writeString(bad, Files.readString(bad).replace(",lots,", ",1e300,"));
        Installed.Run flop = cambrian.run(work, "validate", "--runs", bad.toString());
        assertThat(flop.exitCode()).isEqualTo(2);
        assertThat(flop.err()).contains(bad + ":2: column tokens: with 1e9 active parameters, 6 x N x D is past a double");
        Files.writeString(bad, Files.readString(bad).replace(",1e300,", ",1e12,").replace(",bf16,100,", ",bf16,1e308,"));
        Installed.Run hours = cambrian.run(work, "validate", "--runs", bad.toString());
        assertThat(hours.exitCode()).isEqualTo(2);
        assertThat(hours.err()).contains(bad + ":2: column device_hours: must be below 4.994e+298, got 1e308");
        // a relative backend has no device to predict on: it ran to 'nothing could be predicted', exit 1
        Files.writeString(bad, Files.readString(bad).replace(",bf16,1e308,", ",bf16,100,").replace(",gpu-h100,", ",photonic,"));
        Installed.Run relative = cambrian.run(work, "validate", "--runs", bad.toString());
        assertThat(relative.exitCode()).as(relative.err()).isEqualTo(2);
        assertThat(relative.err()).startsWith("error: " + bad + ":2: column backend: photonic is described relative to the baseline");
    }

    @Test
    @DisplayName("a --set validate cannot use, or one a backend cannot take, is exit 2 naming it")
    void aSetThatCannotCountIsRefused() throws Exception {
        // every run failed as if the plugin were broken, exit 0
        Installed.Run overflow = cambrian.run(work, "validate", "--set", "gpu-h100.pue=1e308");
        assertThat(overflow.exitCode()).isEqualTo(2);
        assertThat(overflow.err()).startsWith("error: --set gpu-h100.pue: with this value backend gpu-h100 has no valid estimate");
        // no run is predicted with photonic: the output was byte for byte the plain run's
        Installed.Run unused = cambrian.run(work, "validate", "--set", "photonic.speedup=5");
        assertThat(unused.exitCode()).isEqualTo(2);
        assertThat(unused.err()).startsWith("error: --set photonic.speedup: validate predicts the published runs on the"
                + " absolute backends they name, and no run uses photonic; this value would not be used");
    }

    @Test
    @DisplayName("a run it cannot predict (fp4 on an A100) is a skipped row of the tidy CSV, one cell per column")
    void aSkippedRunIsARowOfTheTidyTable() throws Exception {
        java.util.List<String> lines = Files.readAllLines(Path.of(System.getProperty("cambrian.repository")).resolve("data/published-runs.csv"));
        String header = lines.get(0);
        String fp4 = lines.get(1).replace(",bf16,", ",fp4,").replaceFirst("^llama-1-7b,", "llama-1-7b-fp4,");
        Path runs = Files.writeString(work.resolve("runs-fp4.csv"), header + "\n" + String.join("\n", lines.subList(1, lines.size()))
                + "\n" + fp4 + "\n");
        Installed.Run r = cambrian.run(work, "validate", "--runs", runs.toString(), "--format", "csv");
        assertThat(r.exitCode()).as(r.err()).isZero(); // was an internal error: a skipped row had 20 cells for 19 columns
        java.util.List<String> rows = r.out().lines().toList();
        assertThat(rows.get(0)).startsWith("run,backend,");
        assertThat(rows).anySatisfy(l -> assertThat(l).startsWith("llama-1-7b-fp4,gpu-a100,"));
    }
}
