package dev.cambrian.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report's page and slides are one set: Ctrl-C between them left a page beside a few of its slides. */
class InterruptionTest {
    @TempDir
    Path work;

    @Test
    void anUnfinishedSetIsUndoneAndWritesNothingAfter() throws Exception {
        Path folder = Files.createDirectory(work.resolve("slides"));
        Path kept = Files.writeString(work.resolve("page.html"), "the user's page before");
        try (Interruption.FileSet set = new Interruption.FileSet(folder)) {
            set.write(kept, () -> write(kept, "new page"));
            set.write(folder.resolve("a.svg"), () -> write(folder.resolve("a.svg"), "a"));
            set.undo(); // as the shutdown hook does on Ctrl-C
            assertThat(folder.resolve("a.svg")).doesNotExist();
            assertThat(folder).doesNotExist(); // made by this run, empty again
            assertThat(kept).hasContent("new page"); // a file that was there is replaced whole, never removed
            assertThatThrownBy(() -> set.write(folder.resolve("b.svg"), () -> write(folder.resolve("b.svg"), "b")))
                    .isInstanceOf(OutputException.class).hasMessage("interrupted: nothing more was written");
        }
    }

    @Test
    void aWholeSetIsLeftAlone() throws Exception {
        Path slide = work.resolve("a.svg");
        try (Interruption.FileSet set = new Interruption.FileSet(null)) {
            set.write(slide, () -> write(slide, "a"));
            set.whole();
            set.undo();
        }
        assertThat(slide).hasContent("a");
        assertThat(Interruption.happened()).as("this JVM is not ending").isFalse();
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
