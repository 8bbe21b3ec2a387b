package dev.cambrian.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON Schemas in docs/schemas, checked with networknt's validator (JSON Schema 2020-12): every example
 * scenario file validates and the reader takes it; every file in examples/scenarios/invalid fails both; the
 * JSON each command prints validates against the schema its "schema" field names, and a broken copy does not.
 */
class SchemasIT {
    @TempDir
    Path work;

    static Installed cambrian;
    static final ObjectMapper JSON = new ObjectMapper();
    static final YAMLMapper YAML = new YAMLMapper();
    static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    @BeforeAll
    static void unpack() throws Exception {
        cambrian = Installed.shared();
    }

    static Path schemas() {
        return Repository.root().resolve("docs/schemas");
    }

    /** A schema read from docs/schemas (each is self-contained: its references are to its own $defs). */
    static Schema schema(String file) {
        try (var in = Files.newInputStream(schemas().resolve(file))) {
            return REGISTRY.getSchema(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static JsonNode read(Path file) throws IOException {
        return file.toString().endsWith(".json") ? JSON.readTree(file.toFile()) : YAML.readTree(file.toFile());
    }

    static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().matches(".*\\.(ya?ml|json)$")).sorted().toList();
        }
    }

    @Test
    void everyExampleScenarioFileValidatesAndTheReaderTakesIt() throws Exception {
        List<Path> examples = files(Repository.root().resolve("examples/scenarios"));
        assertThat(examples).hasSizeGreaterThanOrEqualTo(4);
        for (Path f : examples) {
            assertThat(schema("scenario.schema.json").validate(read(f))).as(f.toString()).isEmpty();
            Installed.Run run = cambrian.run(Repository.root(), "estimate", "-b", "gpu-h100,photonic", "--scenario", f.toString(),
                    "--format", "json");
            assertThat(run.exitCode()).as(f + ": " + run.err()).isZero();
            assertValid(JSON.readTree(run.out()), f.toString());
        }
    }

    @Test
    void everyInvalidScenarioFileFailsTheSchemaAndTheReader() throws Exception {
        List<Path> invalid = files(Repository.root().resolve("examples/scenarios/invalid"));
        assertThat(invalid).hasSizeGreaterThanOrEqualTo(5);
        for (Path f : invalid) {
            assertThat(schema("scenario.schema.json").validate(read(f))).as(f + " should fail the schema").isNotEmpty();
            Installed.Run run = cambrian.run(Repository.root(), "estimate", "-b", "gpu-h100", "--scenario", f.toString());
            assertThat(run.exitCode()).as(f + " should be rejected").isEqualTo(2);
            assertThat(run.err()).as("located").containsPattern(Path.of(f.toString()).getFileName() + ":\\d+:\\d+: ");
        }
    }

    /** One run of each command that prints JSON, as small as it can be. */
    static final List<List<String>> COMMANDS = List.of(
            List.of("plugins"), List.of("workloads"), List.of("scenarios"), List.of("backends", "-v", "gpu-h100", "photonic"),
            List.of("estimate", "-b", "gpu-h100,photonic,cerebras-cs3"), List.of("rank", "-b", "gpu-h100,photonic,analog-topology",
                    "--compose", "pairs"),
            List.of("explain", "-b", "gpu-h100"), List.of("explain", "-b", "photonic+analog-topology"),
            List.of("audit", "-b", "photonic,quantum-hybrid"), List.of("compose", "photonic+analog-topology"),
            List.of("compose", "photonic+neuromorphic"), // no seed claim for this pair: seedClaimedSpeedup null, not left out
            List.of("scale", "--explain", "50000"), List.of("project", "--backend", "analog-topology", "--lever", "resilience",
                    "--explain", "2028"),
            List.of("project", "--lever", "mx-format,lns-format"), // levers stacked: an object, not null
            List.of("levers", "-b", "gpu-h100"), List.of("uncertainty", "--samples", "200", "-b", "gpu-h100,photonic"),
            // utilization set: time varies with nothing sampled, so its Spearman rho is null
            List.of("uncertainty", "--samples", "200", "-b", "gpu-h100", "--set", "gpu-h100.utilization=0.4"),
            List.of("validate"), List.of("plan", "-w", "gpt-3", "-b", "gpu-h100", "--set", "gpu-h100.devices=1024"),
            List.of("sweep", "-b", "gpu-h100,photonic", "--devices", "1000,2000", "--samples", "200"),
            List.of("sweep", "-b", "gpu-h100", "--devices", "2000"),
            List.of("report", "-b", "gpu-h100,photonic,analog-topology", "--samples", "200", "--compose", "photonic+analog-topology"));

    @Test
    void everyCommandsJsonValidatesAgainstTheSchemaItNames() throws Exception {
        Set<String> seen = new TreeSet<>();
        for (List<String> args : COMMANDS) {
            List<String> all = new ArrayList<>(args);
            all.addAll(List.of("--format", "json"));
            Installed.Run run = cambrian.run(work, all.toArray(String[]::new));
            assertThat(run.exitCode()).as(args + ": " + run.err()).isZero();
            JsonNode doc = JSON.readTree(run.out());
            seen.add(assertValid(doc, String.join(" ", args)));
        }
        Set<String> shipped = new TreeSet<>();
        try (Stream<Path> s = Files.list(schemas())) {
            for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".schema.json"))
                    .filter(p -> !p.getFileName().toString().equals("scenario.schema.json")).toList()) {
                shipped.add(JSON.readTree(p.toFile()).path("title").asText()); // the version each schema file is for
            }
        }
        assertThat(seen).as("every output schema shipped is exercised, and every output has one").isEqualTo(shipped);
    }

    @Test
    @DisplayName("uncertainty whose nominal point has no valid answer, while some samples have one, writes null nominals the"
            + " schema allows")
    void anInfeasibleNominalIsNullInUncertainty() throws Exception {
        Path scenario = work.resolve("nominal-too-few.yaml"); // 30 H100s cannot hold GPT-3's training state; 80 can
        Files.writeString(scenario, "parameters:\n  gpu-h100:\n    devices: {low: 20, nominal: 30, high: 80}\n");
        Installed.Run run = cambrian.run(work, "uncertainty", "-w", "gpt-3", "-b", "gpu-h100,photonic", "--samples", "2000",
                "--scenario", scenario.toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = JSON.readTree(run.out());
        JsonNode h100 = null;
        for (JsonNode r : doc.get("results")) {
            if (r.get("backend").asText().equals("gpu-h100")) {
                h100 = r;
            }
        }
        assertThat(h100).isNotNull();
        assertThat(h100.get("trainingTimeSeconds").get("nominal").isNull()).as("the nominal point has no valid answer").isTrue();
        assertThat(h100.get("validSamples").asInt()).isPositive();
        assertValid(doc, "uncertainty with an infeasible nominal");
    }

    @Test
    void aBrokenOutputFails() throws Exception {
        Installed.Run run = cambrian.run(work, "estimate", "-b", "gpu-h100", "--format", "json");
        JsonNode good = JSON.readTree(run.out());
        assertThat(schema("estimate.schema.json").validate(good)).isEmpty();

        ObjectNode noSchema = good.deepCopy();
        noSchema.remove("schema");
        assertThat(schema("estimate.schema.json").validate(noSchema)).as("schema field missing").isNotEmpty();

        ObjectNode wrongName = good.deepCopy();
        wrongName.put("schema", "cambrian.rank/v2");
        assertThat(schema("estimate.schema.json").validate(wrongName)).as("another output's name").isNotEmpty();

        ObjectNode textForARange = good.deepCopy();
        JsonNode result = textForARange.get("results").get(0);
        ((ObjectNode) result).put("trainingTimeSeconds", "120 days");
        assertThat(schema("estimate.schema.json").validate(textForARange)).as("a range given as text").isNotEmpty();
    }

    /** Validates a document against the schema its "schema" field names; returns that name. */
    static String assertValid(JsonNode doc, String what) {
        String name = doc.path("schema").asText();
        assertThat(name).as(what + ": schema field").matches("cambrian\\.[a-z]+/v[0-9]+");
        String file = name.substring("cambrian.".length(), name.indexOf('/')) + ".schema.json";
        assertThat(schemas().resolve(file)).as(what + ": a schema for " + name).exists();
        List<Error> errors = schema(file).validate(doc);
        assertThat(errors).as(what + " against " + file).isEmpty();
        return name;
    }
}
