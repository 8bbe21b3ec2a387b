package dev.cambrian.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cambrian.engine.InputException;

import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublishedRunsCsvTest {
    static final String ROW = ",Test 7B,Lab,2023-02,dense,7e9,7e9,1,1e12,NVIDIA H100,gpu-h100,1000,bf16,100000,,,,key,Table 1,,";

    @Test
    void eachRunKeepsItsLineForAProblemFoundOncePluginsLoad() throws Exception {
        String csv = String.join(",", PublishedRunsCsv.COLUMNS) + "\n" + "run-1" + ROW + "\n\n" + "run-2" + ROW + "\n";
        PublishedRunsCsv.Dataset d = PublishedRunsCsv.read(new StringReader(csv), "runs.csv");
        assertThat(d.runs()).hasSize(2);
        assertThat(d.where()).isEqualTo(Map.of("run-1", "runs.csv:2", "run-2", "runs.csv:4")); // the blank line counts
    }

    @Test
    void aFileASpreadsheetSavedWithAByteOrderMarkIsRead() throws Exception {
        // "CSV UTF-8" from a spreadsheet starts with U+FEFF: the header was refused as if misspelt, the mark invisible
        String csv = "\uFEFF" + String.join(",", PublishedRunsCsv.COLUMNS) + "\n" + "run-1" + ROW + "\n";
        assertThat(PublishedRunsCsv.read(new StringReader(csv), "runs.csv").runs()).hasSize(1);
    }

    @Test
    void textThatIsNotCsvIsRefusedWithItsLine() {
        // a quote never closed swallows the rest of the file: the parser's complaint names where it ended
        String csv = String.join(",", PublishedRunsCsv.COLUMNS) + "\n" + "run-1" + ROW + "\n" + "\"run-2" + ROW + "\n";
        assertThatThrownBy(() -> PublishedRunsCsv.read(new StringReader(csv), "runs.csv"))
                .isInstanceOf(InputException.class).hasMessageStartingWith("runs.csv:").hasMessageContaining("not valid CSV");
    }

    @Test
    void aBlankFileIsRefusedAsEmpty() {
        assertThatThrownBy(() -> PublishedRunsCsv.read(new StringReader(""), "runs.csv"))
                .isInstanceOf(InputException.class).hasMessageStartingWith("runs.csv: empty; expected a header");
    }
}
