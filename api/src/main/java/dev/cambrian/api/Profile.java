package dev.cambrian.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A named set of parameter values: {@code current} and {@code enhanced} (grok2025althw), or a vendor's own.
 * Parameters the profile does not name keep their defaults.
 */
public record Profile(String name, String description, Map<String, Range> values, String source) {

    /** The profile every backend declares: today's figures. */
    public static final String CURRENT = "current";
    /** The profile every backend declares: its sources' improved figures. */
    public static final String ENHANCED = "enhanced";

    /**
     * Validates the components; throws IllegalArgumentException for a value the type cannot hold.
     *
     * @param name kebab-case profile name ("current", "enhanced")
     * @param description what it is, in a phrase
     * @param values parameter values it sets, by name
     * @param source where its values come from
     */
    public Profile {
        Checks.id("profile name", name);
        Checks.text("description of profile " + name, description);
        Checks.text("source of profile " + name, source);
        values.forEach((k, v) -> {
            Checks.id("parameter in profile " + name, k);
            if (v == null) {
                throw new IllegalArgumentException("profile " + name + " gives no value for " + k);
            }
        });
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
