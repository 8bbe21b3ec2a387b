package dev.cambrian.cli;

import dev.cambrian.engine.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Join the parts of a run split with --shard i/N (in any order) into the single run's output,"
                + " byte for byte; refuses parts of different runs, a missing part or a part given twice.")
class MergeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The shards' outputs, every part once.")
    List<Path> files = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the merged output to FILE (replaced atomically) instead of standard output.")
    Path output;

    @Spec
    CommandSpec spec;

    /** A shard's header and what follows it. */
    private record Part(Path file, ShardHeader header, String body) {
    }

    @Override
    public Integer call() {
        List<Part> parts = new ArrayList<>();
        for (Path f : files) {
            String text;
            try {
                text = Files.readString(f, StandardCharsets.UTF_8);
            } catch (java.nio.charset.MalformedInputException e) { // said "Input length = 1", Java's words
                throw new InputException(f + ": not a shard's part (not UTF-8 text)");
            } catch (IOException e) {
                throw new InputException(f + ": cannot read: " + e.getMessage());
            }
            int eol = text.indexOf('\n');
            ShardHeader h = ShardHeader.parse(eol < 0 ? text : text.substring(0, eol), f.toString());
            String body = eol < 0 ? "" : text.substring(eol + 1);
            h.checkBody(body, f.toString());
            parts.add(new Part(f, h, body));
        }
        Part[] byIndex = inOrder(parts);
        ShardHeader run = byIndex[0].header();
        boolean anyFigure = false;
        for (Part p : byIndex) { // every part read before anything is written, so a bad one leaves no output behind
            anyFigure |= run.command().equals("sweep") && SweepStatuses.anyFigure(run.format(), p.body(), p.file().toString());
        }
        Output.write(join(byIndex), output, spec.commandLine().getOut());
        if (run.command().equals("sweep") && !anyFigure) {
            // as the single run ends: every part exits 0, each one whole whatever its points
            spec.commandLine().getErr().println("error: " + SweepStatuses.NONE);
            spec.commandLine().getErr().flush();
            return ExitCodes.NOTHING_VALID;
        }
        return ExitCodes.OK;
    }

    /** The parts by shard index, after checking that they are one run's, each exactly once. */
    private static Part[] inOrder(List<Part> parts) {
        ShardHeader first = parts.get(0).header();
        if (first.command().equals(SampleShards.COMMAND)) {
            // its report needs the plugins' nominal estimates and notes: the command that made the parts renders it
            throw new InputException(parts.get(0).file() + ": uncertainty parts are joined by the command that made them:"
                    + " cambrian uncertainty <the same options> --merge FILE...");
        }
        Part[] byIndex = new Part[first.shard().count()];
        for (Part p : parts) {
            ShardHeader h = p.header();
            if (!h.command().equals(first.command()) || !h.run().equals(first.run())
                    || h.shard().count() != first.shard().count() || !h.format().equals(first.format())) {
                throw new InputException(p.file() + ": not a part of the same run as " + parts.get(0).file()
                        + " (a different command, grid, seed, plugins, format or shard count)");
            }
            Part twice = byIndex[h.shard().index() - 1];
            if (twice != null) {
                throw new InputException(p.file() + ": shard " + h.shard() + " is given twice (also " + twice.file() + ")");
            }
            byIndex[h.shard().index() - 1] = p;
        }
        for (int i = 0; i < byIndex.length; i++) {
            if (byIndex[i] == null) {
                throw new InputException("shard " + (i + 1) + "/" + byIndex.length + " is missing: merge needs every part");
            }
        }
        return byIndex;
    }

    /** CSV parts each repeat the column line, kept once; JSON lines are joined as they are. */
    private static String join(Part[] parts) {
        StringBuilder out = new StringBuilder();
        boolean csv = parts[0].header().format().equals("csv");
        String columns = null;
        for (Part p : parts) {
            String body = p.body();
            if (csv) {
                int eol = body.indexOf('\n');
                String line = eol < 0 ? body : body.substring(0, eol + 1);
                if (columns == null) {
                    columns = line;
                    out.append(line);
                } else if (!columns.equals(line)) {
                    throw new InputException(p.file() + ": line 2: its columns differ from the first part's");
                }
                body = eol < 0 ? "" : body.substring(eol + 1);
            }
            out.append(body);
        }
        return out.toString();
    }
}
