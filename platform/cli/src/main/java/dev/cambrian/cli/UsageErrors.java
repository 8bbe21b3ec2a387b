package dev.cambrian.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** picocli's usage errors in the house style: one line, the option first, the value in plain words. */
final class UsageErrors {
    /** "Invalid value for option '--deadline': 'abc' is not a double". */
    private static final Pattern CONVERSION = Pattern.compile(
            "Invalid value for (?:option|positional parameter) '?([^':]+)'?: '(.*)' is not an? (\\w+)", Pattern.DOTALL);

    private UsageErrors() {
    }

    static String oneLine(String message) {
        Matcher m = CONVERSION.matcher(message);
        if (m.matches()) {
            return m.group(1) + ": expected " + kind(m.group(3)) + ", got '" + m.group(2) + "'";
        }
        return message.strip().replaceAll("\\s*\\R\\s*", "; ");
    }

    private static String kind(String javaType) {
        return switch (javaType) {
            case "int", "long", "short", "byte", "Integer", "Long" -> "a whole number";
            case "double", "float", "Double", "Float" -> "a number";
            default -> "a " + javaType;
        };
    }
}
