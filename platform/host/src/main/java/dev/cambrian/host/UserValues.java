package dev.cambrian.host;

import dev.cambrian.engine.InputException;
import dev.cambrian.engine.estimate.ResolvedParameters;

/**
 * Who a failed estimate is blamed on. A model that refuses its input or gives an invalid figure
 * (IllegalArgumentException: a negative or non-finite result, a value out of its domain) while values the
 * user gave are in force failed on those values (--set gpu-h100.pue=1e308 overflows the energy): that is
 * bad input, located at the values, not a broken plugin. Any other failure stays the plugin's.
 */
final class UserValues {
    private UserValues() {
    }

    /** @return the exception to throw for {@code failure}: an {@link InputException} naming the user's values, or the failure itself */
    static RuntimeException blame(PluginFailure failure, ResolvedParameters params) {
        var origins = params.userOrigins();
        if (origins.isEmpty() || !(Guard.unwrap(failure.getCause()) instanceof IllegalArgumentException invalid)) {
            return failure;
        }
        return new InputException(String.join(", ", origins) + ": with " + (origins.size() == 1 ? "this value" : "these values")
                + " backend " + params.backendId() + " has no valid estimate (" + invalid.getMessage() + ")", failure);
    }
}
