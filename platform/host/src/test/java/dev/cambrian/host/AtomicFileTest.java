package dev.cambrian.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void textWrittenPieceByPieceIsWholeOrTheOldFileStays() throws Exception {
        Path target = dir.resolve("part.txt");
        AtomicFile.write(target, out -> {
            out.write("header\n");
            out.write("line \u00d7\n");
        });
        assertThat(Files.readString(target)).isEqualTo("header\nline \u00d7\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write("half a part");
            throw new java.io.IOException("disk full");
        })).isInstanceOf(java.io.IOException.class);
        assertThat(Files.readString(target)).as("the old content, whole").isEqualTo("header\nline \u00d7\n");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString()).toList()).as("no temporary file").containsExactly("part.txt");
        }
    }

    @Test
    void aNewFileIsReadableByOthersLikeAPlainWrite() throws Exception {
        Path target = dir.resolve("plugins.lock");
        AtomicFile.write(target, "a\n");
        assertThat(Files.readString(target)).isEqualTo("a\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aReplacedFileKeepsItsMode() throws Exception {
        Path target = dir.resolve("report.txt");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFile.write(target, "new");
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-rw----");
    }

    @Test
    void aSymlinkStaysASymlinkAndItsTargetGetsTheContent() throws Exception {
        Path real = dir.resolve("real.json");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real.getFileName());
        AtomicFile.write(link, "new");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
    }

    @Test
    void aFifoIsWrittenThroughNotReplaced() throws Exception {
        Path fifo = dir.resolve("pipe");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        java.util.concurrent.CompletableFuture<String> read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        AtomicFile.write(fifo, "through");
        assertThat(read.get(10, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("through");
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.exists(fifo)).isTrue();
    }

    @Test
    void aFolderIsRefusedInWordsAndNothingIsLeftBehind() throws Exception {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AtomicFile.write(dir, "x"))
                .isInstanceOf(java.io.IOException.class).hasMessage("it is a folder");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AtomicFile.write(Path.of("/"), "x"))
                .isInstanceOf(java.io.IOException.class).hasMessage("it is a folder");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void whatWriteWouldRefuseIsRefusedBeforehandWithTheSameWordsAndNothingWritten() throws Exception {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AtomicFile.checkWritable(Path.of("/")))
                .isInstanceOf(java.io.IOException.class).hasMessage("it is a folder");
        Path missing = dir.resolve("no-such-folder");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AtomicFile.checkWritable(missing.resolve("report.txt")))
                .isInstanceOf(java.io.IOException.class).hasMessage("cannot create a file in " + missing + " (no such folder)");
        AtomicFile.checkWritable(dir.resolve("report.txt")); // a new file in a folder that exists
        AtomicFile.checkWritable(Path.of("/dev/null"));
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
