package dev.cambrian.cli;

import dev.cambrian.engine.InputException;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Comma-separated option values with an empty item ("-b gpu-h100," or "--devices 8,,16") are refused before the
 * command runs. picocli splits with String.split, which drops trailing empty items silently while a leading one
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
            for (String typed : option.originalStringValues()) {
                for (String item : typed.split(option.splitRegex(), -1)) {
                    if (item.isBlank()) {
                        throw new InputException(String.join("/", option.names()) + ": '" + typed
                                + "' has an empty item; separate the values with single commas");
                    }
                }
            }
        }
    }
}
