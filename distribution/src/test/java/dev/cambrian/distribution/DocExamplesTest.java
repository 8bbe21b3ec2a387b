package dev.cambrian.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conventions of the runnable examples, on pages made here. */
class DocExamplesTest {
    @TempDir
    Path dir;

    private DocExamples.Example only(String page) throws Exception {
        Path p = dir.resolve("page.md");
        Files.writeString(p, page);
        List<DocExamples.Example> found = DocExamples.read(p);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void findsTheCommandItsArgumentsAndItsNote() throws Exception {
        DocExamples.Example e = only("text\n```\n$ ./cambrian rank -b gpu-h100  (source column cut here)\nA\nB\n```\n\n```yaml\nx: 1\n```\n");
        assertThat(e.args()).containsExactly("rank", "-b", "gpu-h100");
        assertThat(e.note()).isEqualTo("(source column cut here)");
        assertThat(e.expected()).containsExactly("A", "B");
        assertThat(e.cut()).isTrue();
        assertThat(e.commandLine()).isEqualTo(2);
    }

    @Test
    void anEllipsisStandsForAnyLinesAndAnythingElseMustBeEqual() throws Exception {
        DocExamples.Example e = only("```\n$ ./cambrian rank\nhead\n...\ntail\n```\n");
        assertThat(DocExamples.matches(e, List.of("head", "x", "y", "tail"))).isTrue();
        assertThat(DocExamples.matches(e, List.of("head", "tail"))).isTrue();
        assertThat(DocExamples.matches(e, List.of("head", "x", "tail2"))).isFalse();
        assertThat(DocExamples.matches(e, List.of("head"))).isFalse();
        DocExamples.Example exact = only("```\n$ ./cambrian rank\n#   time\n1   9.44 d\n```\n");
        assertThat(DocExamples.matches(exact, List.of("#   time", "1   9.44 d"))).isTrue();
        assertThat(DocExamples.matches(exact, List.of("#   time", "1   9.45 d"))).as("a changed figure").isFalse();
        assertThat(DocExamples.matches(exact, List.of("#   time", "1   9.44 d", "2   10 d"))).as("a new line").isFalse();
    }

    @Test
    void aCutBlockComparesOnlyAsWideAsItShows() throws Exception {
        DocExamples.Example e = only("```\n$ ./cambrian explain  (columns cut)\nabcdef\nabc\n```\n");
        assertThat(DocExamples.matches(e, List.of("abcdefXYZ", "abc"))).isTrue();
        assertThat(DocExamples.matches(e, List.of("abcdeX", "abc"))).isFalse();
    }

    @Test
    void volatilePartsAreMasked() {
        String hash = "6bce5f705baba23a0f36fc56cee78c06bb51022f543b737a31c438f9562fde25";
        assertThat(DocExamples.mask(hash + "  a.jar")).isEqualTo(DocExamples.mask("0".repeat(64) + "  a.jar"));
        assertThat(DocExamples.mask("Plugins loaded from /tmp/demo/cambrian/plugins"))
                .isEqualTo(DocExamples.mask("Plugins loaded from /tmp/junit123/cambrian/plugins"));
        assertThat(DocExamples.mask("took 2.71 s")).as("figures are never masked").isNotEqualTo(DocExamples.mask("took 2.72 s"));
    }

    @Test
    void anUpdateKeepsTheEllipsesWhereTheyAre() throws Exception {
        DocExamples.Example e = only("```\n$ ./cambrian rank\nTitle\n...\nSource: x\n...\nlast\n```\n");
        List<String> actual = List.of("Title 2", "row 1", "row 2", "Source: y", "Note", "last 2");
        List<String> updated = DocExamples.update(e, actual);
        assertThat(updated).containsExactly("Title 2", "...", "Source: y", "...", "last 2");
        assertThat(DocExamples.update(only("```\n$ ./cambrian rank\nold\n```\n"), List.of("new", "lines")))
                .containsExactly("new", "lines");
    }

    @Test
    void anUpdateFindsAShownMiddlePartByItsFirstLine() throws Exception {
        DocExamples.Example e = only("```\n$ ./cambrian project --explain 2028\n...\nHow best-guess gets it\nold row\n```\n");
        List<String> actual = List.of("table", "How best-case gets it", "r1", "How best-guess gets it", "r2", "How worst-case gets it", "r3");
        assertThat(DocExamples.update(e, actual)).containsExactly("...", "How best-guess gets it", "r2", "...");
    }
}
