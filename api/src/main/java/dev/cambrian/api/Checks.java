package dev.cambrian.api;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** Validation shared by the value types' compact constructors. */
public final class Checks {
    private Checks() {
    }

    /**
     * A finite value.
     *
     * @param what  what the value is, for the message
     * @param value the value
     * @return the value
     * @throws InvalidValueException for NaN or an infinity
     */
    public static double finite(String what, double value) {
        if (!Double.isFinite(value)) {
            throw new InvalidValueException(what + " must be a finite number, got " + value);
        }
        return value;
    }

    /**
     * A finite value of at least zero.
     *
     * @param what  what the value is, for the message
     * @param value the value
     * @return the value
     * @throws IllegalArgumentException otherwise
     */
    public static double nonNegative(String what, double value) {
        if (!finiteNonNegative(value)) {
            finite(what, value);
            throw new InvalidValueException(what + " must not be negative, got " + value);
        }
        return value;
    }

    /** What {@link #nonNegative} accepts: finite and not below zero (-0 included). */
    private static boolean finiteNonNegative(double value) {
        return value >= 0 && value < Double.POSITIVE_INFINITY;
    }

    /**
     * A finite value above zero.
     *
     * @param what  what the value is, for the message
     * @param value the value
     * @return the value
     * @throws IllegalArgumentException otherwise
     */
    public static double positive(String what, double value) {
        finite(what, value);
        if (value <= 0) {
            throw new InvalidValueException(what + " must be positive, got " + value);
        }
        return value;
    }

    /**
     * A text that is not blank.
     *
     * @param what  what the text is, for the message
     * @param value the text
     * @return the text
     * @throws IllegalArgumentException for null or blank
     */
    public static String text(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return value;
    }

    /**
     * Ids are lower-case kebab-case so they are safe in flags, file names and JSON keys.
     *
     * @param what what the value is, for the message
     * @param value the value
     * @return ids are lower-case kebab-case so they are safe in flags, file names and JSON keys
     */
    public static String id(String what, String value) {
        text(what, value);
        if (!isKebabCase(value)) {
            throw new IllegalArgumentException(what + " must be lower-case kebab-case (a-z, 0-9, '-'), got '" + value + "'");
        }
        return value;
    }

    /**
     * [a-z0-9]+(-[a-z0-9]+)*, without a regular expression: every parameter a plugin declares is checked while the
     * plugins load, and matching a pattern was a fifth of that time.
     */
    private static boolean isKebabCase(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean hyphenInside = c == '-' && i > 0 && i < value.length() - 1 && value.charAt(i - 1) != '-';
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || hyphenInside)) {
                return false;
            }
        }
        return !value.isEmpty();
    }

    /**
     * Every value of a map finite and at least zero.
     *
     * @param <K>    the key type
     * @param what   what the map holds, for the message
     * @param values the map
     * @throws IllegalArgumentException otherwise
     */
    public static <K> void nonNegativeValues(String what, Map<K, Double> values) {
        values.forEach((k, v) -> {
            if (v == null) {
                throw new IllegalArgumentException(what + "[" + k + "] is missing");
            }
            if (!finiteNonNegative(v)) { // the entry named only on failure: this runs on every estimate
                nonNegative(what + "[" + k + "]", v);
            }
        });
    }

    /**
     * A total split by operation class plus an overhead that belongs to no class: checks that every part is
     * there and non-negative and that the parts add up, and returns the split as an unmodifiable copy.
     *
     * @param total the name of the total
     * @param value the value
     * @param byClass the name of the split
     * @param parts the split by class
     * @param overhead the name of the overhead
     * @param overheadValue the overhead
     * @param unit the unit, for the message
     * @return a total split by operation class plus an overhead that belongs to no class: checks that every part is there and non-negative and that the parts add up, and returns the split as an unmodifiable copy
     */
    public static Map<OperationClass, Double> split(String total, double value, String byClass,
            Map<OperationClass, Double> parts, String overhead, double overheadValue, String unit) {
        positive(total, value);
        nonNegative(overhead, overheadValue);
        nonNegativeValues(byClass, parts);
        double sum = overheadValue + parts.values().stream().mapToDouble(Double::doubleValue).sum();
        if (!sumsAgree(value, sum)) {
            throw new IllegalArgumentException(byClass + " plus " + overhead + " (" + sum + " " + unit
                    + ") does not add up to " + total + " (" + value + " " + unit + ")");
        }
        EnumMap<OperationClass, Double> copy = new EnumMap<>(OperationClass.class);
        copy.putAll(parts);
        return Collections.unmodifiableMap(copy);
    }

    /**
     * True when two sums agree to a relative 1e-6, the tolerance for "parts add up to the total".
     *
     * @param total the name of the total
     * @param parts the split by class
     * @return true when two sums agree to a relative 1e-6, the tolerance for "parts add up to the total"
     */
    public static boolean sumsAgree(double total, double parts) {
        return Math.abs(total - parts) <= 1e-6 * Math.max(Math.abs(total), 1e-300);
    }
}
