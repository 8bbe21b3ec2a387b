package dev.cambrian.cli.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cambrian.api.OperationClass;
import dev.cambrian.api.Range;
import dev.cambrian.engine.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScenarioFileTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void readsEveryPartOfAValidYamlFile() throws IOException {
        Path file = write("mine.yaml", """
                scenario: my-cluster
                extends: seed-current
                description: our own H100 pod
                baseline: gpu-h100
                economics:
                  electricityUsdPerKwh: 0.12
                  year: 2027
                profiles:
                  "*": enhanced
                  gpu-a100: current
                parameters:
                  gpu-h100:
                    devices: 16384
                    utilization: {low: 0.3, nominal: 0.4, high: 0.45}
                workload:
                  preset: gpt-3
                  parameters: 405e9
                  tokens: 15.6e12
                  architecture: dense-transformer
                  mix: {dense-matmul: 0.6, attention: 0.1, element-wise: 0.2, optimizer: 0.05, communication: 0.05}
                """);
        ScenarioFile f = ScenarioFile.read(file);
        assertThat(f.extendsName()).isEqualTo("seed-current");
        assertThat(f.workloadPreset()).isEqualTo("gpt-3");
        assertThat(f.override().name()).isEqualTo("my-cluster");
        assertThat(f.override().electricityUsdPerKwh()).isEqualTo(0.12);
        assertThat(f.override().origins().get("economics.electricityUsdPerKwh")).isEqualTo(file + ":6:25");
        assertThat(f.override().year()).isEqualTo(2027);
        assertThat(f.override().profiles()).containsEntry("*", "enhanced").containsEntry("gpu-a100", "current");
        assertThat(f.override().parameters().get("gpu-h100"))
                .containsEntry("devices", Range.of(16384))
                .containsEntry("utilization", new Range(0.3, 0.4, 0.45));
        assertThat(f.override().origins().get("gpu-h100.devices")).isEqualTo(file + ":13:14");
        assertThat(f.override().workloadOrNull().totalParameters()).isEqualTo(405e9);
        assertThat(f.override().workloadOrNull().tokens()).isEqualTo(15.6e12);
        assertThat(f.override().workloadOrNull().mix().fraction(OperationClass.DENSE_MATMUL)).isEqualTo(0.6);
    }

    @Test
    void readsTheEnvironmentWithItsLocations() throws IOException {
        Path file = write("env.yaml", """
                environment:
                  region: fr
                  marketKgCo2ePerKwh: 0.02
                  wueLitresPerKwh: 0.3
                """);
        EnvironmentRequest e = ScenarioFile.read(file).environment();
        assertThat(e.region()).isEqualTo("fr");
        assertThat(e.regionOrigin()).isEqualTo(file + ":2:11: environment.region");
        assertThat(e.marketKgCo2ePerKwh()).isEqualTo(0.02);
        assertThat(e.wueLitresPerKwh()).isEqualTo(0.3);
        // the flags win over the file, value and origin together
        EnvironmentRequest flags = new EnvironmentRequest("us", "--region", null, null, null, null);
        assertThat(e.overriddenBy(flags).region()).isEqualTo("us");
        assertThat(e.overriddenBy(flags).regionOrigin()).isEqualTo("--region");
        assertThat(e.overriddenBy(flags).marketKgCo2ePerKwh()).isEqualTo(0.02);
    }

    @Test
    void textThatIsNotUtf8IsLocatedAtItsFirstBadByte() throws IOException {
        // "café" in Latin-1 on line 5: the parser's decoder said 4:17 (where it stopped), and 1:1 before any token
        byte[] latin1 = "scenario: x\nparameters:\n  gpu-h100:\n    devices: 100\n# café\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Path yaml = Files.write(dir.resolve("latin1.yaml"), latin1);
        assertThatThrownBy(() -> ScenarioFile.read(yaml)).isInstanceOf(InputException.class)
                .hasMessage(yaml + ":5:6: not UTF-8 text; save the file as UTF-8");
        // columns count characters: the bad byte follows a two-byte UTF-8 character on its line
        byte[] mixed = "{\"scenario\": \"é\u0000\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        mixed[mixed.length - 3] = (byte) 0xff;
        Path json = Files.write(dir.resolve("mixed.json"), mixed);
        assertThatThrownBy(() -> ScenarioFile.read(json)).isInstanceOf(InputException.class)
                .hasMessage(json + ":1:16: not UTF-8 text; save the file as UTF-8");
    }

    @Test
    void utf16JsonWithItsByteOrderMarkIsRead() throws IOException {
        // what Windows PowerShell 5's > writes; the UTF-8 check came before the parser, which detects it
        Path json = dir.resolve("u16.json");
        byte[] text = "{\"extends\": \"seed-current\"}".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[text.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(text, 0, withBom, 2, text.length);
        Files.write(json, withBom);
        assertThat(ScenarioFile.read(json).extendsName()).isEqualTo("seed-current");
    }

    @Test
    void anUnknownOrNegativeEnvironmentValueIsLocated() throws IOException {
        Path unknown = write("envkey.yaml", "environment:\n  pue: 1.1\n");
        assertThatThrownBy(() -> ScenarioFile.read(unknown)).isInstanceOf(InputException.class)
                .hasMessageContaining(unknown + ":2:3: unknown key 'pue' in environment; accepted: marketKgCo2ePerKwh, region, wueLitresPerKwh");
        Path negative = write("envneg.yaml", "environment:\n  wueLitresPerKwh: -1\n");
        assertThatThrownBy(() -> ScenarioFile.read(negative)).isInstanceOf(InputException.class)
                .hasMessageContaining(negative + ":2:20: environment.wueLitresPerKwh: must not be negative");
    }

    @Test
    void readsLeversWithTheirSettingsOrDefaults() throws IOException {
        Path file = write("levers.yaml", """
                levers:
                  lns-format: 0.8
                  resilience: default
                """);
        var levers = ScenarioFile.read(file).levers();
        assertThat(levers).extracting(l -> l.lever().id()).containsExactly("resilience", "lns-format");
        assertThat(levers.get(0).setting()).isEqualTo(2.0);
        assertThat(levers.get(1).setting()).isEqualTo(0.8);
        assertThat(levers.get(1).origin()).isEqualTo(file + ":2:15: levers.lns-format");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'levers:\n  warp: 1\n'|:2:9: levers: unknown lever 'warp'; accepted: resilience,",
            "'levers:\n  training-algorithms: default\n'|:2:24: levers.training-algorithms: has no default",
            "'levers:\n  lns-format: 2\n'|:2:15: levers.lns-format: lns-format takes x training time from 0.01 to 1, got 2",
            "'levers:\n  mx-format: half\n'|:2:14: levers.mx-format: expected a number, got 'half'"})
    void badLeversAreLocated(String yaml, String message) throws IOException {
        Path file = write("bad-levers.yaml", yaml.replace("\\n", "\n"));
        assertThatThrownBy(() -> ScenarioFile.read(file)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + message);
    }

    @Test
    void anUnknownBaseScenarioOrPresetIsLocated() throws IOException {
        Path ext = write("ext.yaml", "description: x\nextends: nope\n");
        assertThatThrownBy(() -> ScenarioFile.read(ext)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(ext + ":2:10: extends: unknown scenario 'nope'; accepted: default,");
        Path preset = write("preset.yaml", "workload:\n  preset: gpt-5\n");
        assertThatThrownBy(() -> ScenarioFile.read(preset)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(preset + ":2:11: workload.preset: unknown workload 'gpt-5' (did you mean 'gpt-3' or 'gpt-4'?); accepted: gpt-3,");
    }

    @Test
    void readsJsonToo() throws IOException {
        Path file = write("mine.json", "{\"extends\": \"default\", \"parameters\": {\"gpu-h100\": {\"devices\": 2048}}}");
        assertThat(ScenarioFile.read(file).override().parameters().get("gpu-h100")).containsEntry("devices", Range.of(2048));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "bad YAML syntax            | 'parameters: {gpu-h100: [1, 2'                      | 1 | expected ',' or ']', but got the end of the file (in a flow sequence begun at line 1, column 24)",
            "tab indentation            | 'parameters:\n\tgpu-h100: {}'                    | 2 | found a tab that cannot start any token",
            "alias                      | 'baseline: *gpu'                                    | 1 | YAML aliases (*gpu) are not supported",
            "YAML infinity              | 'economics:\n  electricityUsdPerKwh: .inf'        | 2 | a number must be finite, got '.inf' (NaN and Infinity are not numbers here)",
            "a key with no value        | 'environment:'                                      | 1 | environment: expected a mapping of keys to values, got nothing",
            "octal                      | 'parameters:\n  gpu-h100:\n    devices: 010'      | 3 | parameters.gpu-h100.devices: '010' is read by YAML 1.1 as 8 (a leading 0 is octal",
            "hexadecimal                | 'economics:\n  electricityUsdPerKwh: 0x10'        | 2 | economics.electricityUsdPerKwh: '0x10' is read by YAML 1.1 as 16",
            "alias as a key             | 'profiles:\n  *g : current'                       | 2 | YAML aliases are not supported; write the key out",
            "unknown key                | 'economics:\n  electricity: 0.1'                  | 2 | unknown key 'electricity' in economics (did you mean 'electricityUsdPerKwh'?); accepted: electricityUsdPerKwh, year",
            "duplicate key              | 'parameters:\n  gpu-h100:\n    devices: 1\n    devices: 2' | 4 | duplicate key 'devices'",
            "negative value             | 'parameters:\n  gpu-h100:\n    devices: -5'       | 3 | must not be negative",
            "non-finite value           | 'parameters:\n  gpu-h100:\n    pue: .inf'         | 3 | '.inf'",
            "not a number               | 'parameters:\n  gpu-h100:\n    pue: high'         | 3 | expected a number, got 'high'",
            "float where integer        | 'economics:\n  year: 2026.5'                      | 2 | expected a whole number, got 2026.5",
            "range out of order         | 'parameters:\n  gpu-h100:\n    pue: {low: 2, nominal: 1, high: 3}' | 3 | low <= nominal <= high",
            "mix not summing to one     | 'workload:\n  mix: {dense-matmul: 0.5}'          | 2 | must sum to 1",
            "unknown architecture       | 'workload:\n  architecture: rnn'                | 2 | accepted: dense-transformer",
            "scalar where mapping       | 'parameters: 5'                                     | 1 | expected a mapping",
            "empty document             | ''                                                  | 1 | the file is empty",
            "trailing document          | 'scenario: a\n---\nscenario: b'                   | 3 | unexpected content after the document",
    })
    void rejectsMalformedFilesWithFileLineAndColumn(String what, String yaml, int line, String message) throws IOException {
        Path file = write("bad.yaml", yaml.replace("\\n", "\n"));
        assertThatThrownBy(() -> ScenarioFile.read(file))
                .as(what)
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + ":" + line + ":")
                .hasMessageContaining(message == null ? "" : message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void rejectsDuplicateKeysInJson() throws IOException {
        Path file = write("dup.json", "{\"baseline\": \"a\",\n \"baseline\": \"b\"}");
        assertThatThrownBy(() -> ScenarioFile.read(file)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + ":2:").hasMessageContaining("duplicate key 'baseline'");
    }

    @Test
    void namesAJsonSyntaxErrorWithoutTheParsersWording() throws IOException {
        Path file = write("missing.json", "{\"baseline\": }");
        assertThatThrownBy(() -> ScenarioFile.read(file)).isInstanceOf(InputException.class)
                .hasMessage(file + ":1:14: unexpected '}': expected a value");
    }

    @Test
    void rejectsTrailingJsonTokens() throws IOException {
        Path file = write("trailing.json", "{\"baseline\": \"a\"} {\"x\": 1}");
        assertThatThrownBy(() -> ScenarioFile.read(file)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + ":1:");
    }

    @Test
    void rejectsYamlAliasBombs() throws IOException {
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'z'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ", ").append('*').append(prev);
            }
            yaml.append("]\n");
            prev = c;
        }
        Path file = write("bomb.yaml", yaml.toString());
        assertThatThrownBy(() -> ScenarioFile.read(file)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(file.toString());
    }

    @Test
    void rejectsOtherFileTypes() throws IOException {
        Path file = write("s.toml", "a = 1");
        assertThatThrownBy(() -> ScenarioFile.read(file)).isInstanceOf(InputException.class)
                .hasMessageContaining("use .yaml, .yml or .json");
    }

    @Test
    void anyBytesGiveAScenarioOrOurOwnError() throws IOException {
        java.util.Random random = new java.util.Random(20261123L);
        for (int i = 0; i < 300; i++) {
            byte[] bytes = new byte[random.nextInt(200)];
            random.nextBytes(bytes);
            Path file = Files.write(dir.resolve("fuzz" + i + (i % 2 == 0 ? ".yaml" : ".json")), bytes);
            try {
                ScenarioFile.read(file);
            } catch (InputException expected) {
                assertThat(expected.getMessage()).startsWith(file.toString());
            }
        }
    }
}
