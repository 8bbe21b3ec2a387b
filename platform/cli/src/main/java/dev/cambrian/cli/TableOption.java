package dev.cambrian.cli;

import dev.cambrian.cli.output.Csv;
import dev.cambrian.cli.output.Format;
import dev.cambrian.engine.InputException;
import java.util.List;
import picocli.CommandLine.ParseResult;

/**
 * --table, checked before the command runs (before any plugin loads): with a format that writes every table it would be
 * ignored, and a name the command can never write is refused here rather than after a long run (a 10M-sample
 * `uncertainty`, a sampled `project --backend`). Other commands' names depend on what they computed and are checked
 * when the output is written ({@link Csv#index}).
 */
final class TableOption {
    private TableOption() {
    }

    /** A command whose tables are known from its options alone. */
    interface Declared {
        /** The names --table may take with the options given. */
        List<String> tables();
    }

    static void check(ParseResult command) {
        OutputOptions options = command.commandSpec().mixins().values().stream().map(m -> m.userObject())
                .filter(OutputOptions.class::isInstance).map(OutputOptions.class::cast).filter(o -> o.table != null)
                .findFirst().orElse(null);
        if (options == null) {
            return;
        }
        if (options.format != Format.CSV && options.format != Format.JSONL) {
            // every other format writes all the tables: the option would be ignored without a word
            throw new InputException("--table " + options.table + ": picks the one table a --format csv or jsonl file holds; --format "
                    + options.format.id() + " writes every table");
        }
        if (command.commandSpec().userObject() instanceof Declared declared) {
            Csv.requireTable(options.table, declared.tables());
        }
    }
}
