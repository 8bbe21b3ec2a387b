package dev.cambrian.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every source a reader meets can be checked: each bibliography key used anywhere in the repository
 * (code, its output strings, README, docs, data) is listed in docs/bibliography.md, each pointer to a
 * docs page names a page and a section that exist, and nothing cites a document the repository lacks.
 */
class BibliographyTest {
    /** A key: lowercase author or publisher, a year, an optional word (faraboschi2024barriers, amdahl1967validity). */
    static final Pattern KEY = Pattern.compile(
            "\\b(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)(?:19|20)\\d{2}\\b)[a-z]{2,}(?:19|20)\\d{2}[a-z0-9]*\\b");
    /** A pointer to this repository's docs: docs/models.md, docs/models.md §3, docs/models.md §4-6. */
    static final Pattern DOC = Pattern.compile("(?<![/\\w.-])docs/([a-z-]+\\.md)(?: §(\\d+)(?:-(\\d+))?)?");
    /** The documents the project started from are cited by key; their old names and the design notes are not in the repository. */
    static final Pattern ABSENT = Pattern.compile("(?i)\\bseeds? 00\\d\\b|\\bDESIGN (?:§ ?)?\\d|shared/seeds|seed-claims\\.yaml");
    static final Set<String> TEXT = Set.of("java", "md", "xml", "sh", "csv", "yaml", "yml", "json", "properties", "txt");

    @Test
    void everyKeyUsedResolvesInTheBibliography() throws IOException {
        Set<String> known = bibliographyKeys();
        List<String> unknown = new ArrayList<>();
        for (Path f : repositoryTextFiles()) {
            if (f.endsWith("BibliographyTest.java")) {
                continue;
            }
            Matcher m = KEY.matcher(read(f));
            while (m.find()) {
                if (!known.contains(m.group())) {
                    unknown.add(Repository.root().relativize(f) + ": " + m.group());
                }
            }
        }
        assertThat(unknown).as("keys missing from docs/bibliography.md").isEmpty();
        assertThat(KEY.matcher("github.com/x/docs/y.md").find()).isFalse();
        assertThat(known).as("the five founding documents and the published runs' sources")
                .contains("grok2025althw", "faraboschi2024barriers", "venturebeat2024quantum", "singularity2024hwsw",
                        "photonic2025opu", "touvron2023llama2", "patterson2021carbon");
    }

    @Test
    void everyPublishedRunsSourceKeyIsInTheBibliography() throws IOException {
        Set<String> known = bibliographyKeys();
        List<String> lines = Files.readAllLines(Repository.root().resolve("data/published-runs.csv"));
        int column = List.of(lines.get(0).split(",")).indexOf("source_key");
        assertThat(column).isPositive();
        Set<String> used = new TreeSet<>();
        Matcher m = KEY.matcher(String.join("\n", lines.subList(1, lines.size())));
        while (m.find()) {
            used.add(m.group());
        }
        assertThat(used).as("source keys of data/published-runs.csv").hasSizeGreaterThan(20);
        assertThat(known).containsAll(used);
    }

    @Test
    void everyPointerToTheDocsNamesAPageAndASectionThatExist() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path f : repositoryTextFiles()) {
            if (Repository.root().relativize(f).startsWith("data")) {
                continue; // the runs' sources name files in other projects' repositories (docs/... of GLM-130B)
            }
            Matcher m = DOC.matcher(read(f));
            while (m.find()) {
                Path page = Repository.root().resolve("docs").resolve(m.group(1));
                if (!Files.isRegularFile(page)) {
                    broken.add(Repository.root().relativize(f) + ": " + m.group() + " (no such page)");
                    continue;
                }
                String text = read(page);
                for (int g = 2; g <= 3; g++) {
                    if (m.group(g) != null && !Pattern.compile("(?m)^## " + m.group(g) + " ").matcher(text).find()) {
                        broken.add(Repository.root().relativize(f) + ": " + m.group() + " (no section " + m.group(g) + ")");
                    }
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void nothingCitesADocumentTheRepositoryLacks() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path f : repositoryTextFiles()) {
            if (f.endsWith("BibliographyTest.java")) {
                continue;
            }
            Matcher m = ABSENT.matcher(read(f));
            while (m.find()) {
                found.add(Repository.root().relativize(f) + ": " + m.group());
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theKeyPatternCatchesWhatItShould() {
        assertThat(KEY.matcher("source: faraboschi2024barriers §3.1, Table 3").find()).isTrue();
        assertThat(KEY.matcher("madeup2031nothing").find()).isTrue();
        assertThat(KEY.matcher("gpu-h100 at 2024 prices, y2028, released jun2024").find()).isFalse();
        assertThat(ABSENT.matcher("(seed 001 section 3.1)").find()).isTrue();
        assertThat(ABSENT.matcher("DESIGN 3.2").find()).isTrue();
        assertThat(ABSENT.matcher("profile seed-000, scenario seed-current").find()).isFalse();
    }

    static Set<String> bibliographyKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        Matcher m = Pattern.compile("`(" + KEY.pattern().replace("\\b", "") + ")`").matcher(read(Repository.root().resolve("docs/bibliography.md")));
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    static List<Path> repositoryTextFiles() throws IOException {
        Path root = Repository.root();
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !Repository.ignored(root.relativize(p)))
                    .filter(p -> {
                        String name = p.getFileName().toString();
                        int dot = name.lastIndexOf('.');
                        return dot > 0 ? TEXT.contains(name.substring(dot + 1)) : name.equals("cambrian");
                    })
                    .sorted().toList();
        }
    }

    static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
