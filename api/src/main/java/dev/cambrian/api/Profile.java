package dev.cambrian.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A named set of parameter values: {@code current} and {@code enhanced} (grok2025althw), or a vendor's own.
 * Parameters the profile does not name keep their defaults.
 */
public record Profile(String name, String description, Map<String, Range> values, String source) {

    public static final String CURRENT = "current";
    public static final String ENHANCED = "enhanced";

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
