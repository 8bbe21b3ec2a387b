package dev.cambrian.cli;

import dev.cambrian.engine.InputException;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Comma-separated option values with an empty item ("-b gpu-h100," or "--devices 8,,16"), and a backend named twice
 * ("-b gpu-h100,gpu-h100", in one value or two), are refused before the command runs. picocli splits with String.split, which drops trailing empty items silently while a leading one
 * became an empty id; either way the user typed something that was not a value.
 */
final class ListItems {
    private ListItems() {
    }

    /** Throws, naming the option and the value as typed, for the first list value with an empty item. */
    static void check(ParseResult command) {
        for (OptionSpec option : command.matchedOptions()) {
            if (option.splitRegex().isEmpty()) {
                continue;
            }
            boolean backends = java.util.Arrays.asList(option.names()).contains("--backend");
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (String typed : option.originalStringValues()) {
                for (String item : typed.split(option.splitRegex(), -1)) {
                    if (item.isBlank()) {
                        throw new InputException(String.join("/", option.names()) + ": '" + typed
                                + "' has an empty item; separate the values with single commas");
                    }
                    if (backends && !seen.add(item.strip())) {
                        // run once all the same: a backend named twice was dropped without a word
                        throw new InputException(String.join("/", option.names()) + ": " + item.strip()
                                + " is named twice; name each backend once");
                    }
                }
            }
        }
    }
}
