package dev.cambrian.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** picocli's usage errors in the house style: one line, the option first, the value in plain words. */
public final class UsageErrors {
    /** "Invalid value for option '--deadline': 'abc' is not a double". */
    private static final Pattern CONVERSION = Pattern.compile(
            "Invalid value for (?:option|positional parameter) '?([^':]+)'?(?: \\([^)]*\\))?: '(.*)' is not an? (\\w+)", Pattern.DOTALL);
    /** Any other invalid value ("Invalid value for option '--format': unknown format 'yaml'; ..."): the option first. */
    private static final Pattern INVALID = Pattern.compile(
            "Invalid value for (?:option|positional parameter) '?([^':]+)'?(?: \\([^)]*\\))?: (.*)", Pattern.DOTALL);

    private UsageErrors() {
    }

    static String oneLine(String message) {
        Matcher m = CONVERSION.matcher(message);
        if (m.matches()) {
            return m.group(1) + ": expected " + kind(m.group(3)) + ", got '" + m.group(2) + "'";
        }
        Matcher other = INVALID.matcher(message.strip());
        if (other.matches()) {
            return other.group(1) + ": " + other.group(2).replaceAll("\\s*\\R\\s*", "; ");
        }
        return message.strip().replaceAll("\\s*\\R\\s*", "; ");
    }

    /**
     * A whole number as the user may write it, "100000" or "1e5" (as --set and the scenario files take it); a
     * fraction or one past the type's range is refused in picocli's words, which {@link #oneLine} rewrites.
     */
    static long wholeNumber(String text, long min, long max, String javaType) {
        java.math.BigDecimal v;
        try {
            v = new java.math.BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            v = null;
        }
        if (v == null || v.stripTrailingZeros().scale() > 0) {
            throw new picocli.CommandLine.TypeConversionException("'" + text + "' is not a " + javaType);
        }
        // a whole number all the same: "expected a whole number, got '1e20'" sent the user looking for a typo
        if (v.compareTo(java.math.BigDecimal.valueOf(max)) > 0) {
            throw new picocli.CommandLine.TypeConversionException(String.format(java.util.Locale.ROOT,
                    "'%s' is a whole number too large to hold here (at most %,d)", text, max));
        }
        if (v.compareTo(java.math.BigDecimal.valueOf(min)) < 0) {
            throw new picocli.CommandLine.TypeConversionException(String.format(java.util.Locale.ROOT,
                    "'%s' is a whole number too small to hold here (at least %,d)", text, min));
        }
        return v.longValueExact();
    }

    /**
     * Why a number written out digit by digit cannot be read as a double, or null when it can: a whole number past
     * 2^53 that a double does not hold (it skips whole numbers there), which would silently become its neighbour
     * (9007199254740993 read as 9007199254740992). A number with a fraction or an exponent (1e30) is read to the
     * nearest double, as ever: whoever writes every digit means that number exactly.
     */
    public static String inexactWhole(String text) {
        if (!WHOLE_DIGITS.matcher(text.strip()).matches()) {
            return null;
        }
        java.math.BigDecimal v = new java.math.BigDecimal(text.strip());
        if (v.abs().compareTo(new java.math.BigDecimal(dev.cambrian.engine.estimate.ParameterResolver.LARGEST_WHOLE)) <= 0) {
            return null;
        }
        double d = v.doubleValue();
        if (!Double.isFinite(d) || new java.math.BigDecimal(d).compareTo(v) == 0) {
            return null;
        }
        return String.format(java.util.Locale.ROOT, "%s is a whole number a double cannot hold (past %s it skips whole numbers):"
                + " it would be read as %s", text.strip(), dev.cambrian.engine.estimate.ParameterResolver.LARGEST_WHOLE_TEXT, new java.math.BigDecimal(d).toPlainString());
    }

    private static final Pattern WHOLE_DIGITS = Pattern.compile("[+-]?[0-9]+");

    private static String kind(String javaType) {
        return switch (javaType) {
            case "int", "long", "short", "byte", "Integer", "Long" -> "a whole number";
            case "double", "float", "Double", "Float" -> "a number";
            default -> "a " + javaType;
        };
    }
}
