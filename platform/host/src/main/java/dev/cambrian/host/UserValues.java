package dev.cambrian.host;

import dev.cambrian.api.InvalidValueException;
import dev.cambrian.engine.InputException;
import dev.cambrian.engine.estimate.ResolvedParameters;
import dev.cambrian.engine.scenario.BuiltInScenarios;
import dev.cambrian.engine.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * Who a failed estimate is blamed on. A figure that comes out non-finite or negative ({@link InvalidValueException}:
 * --set gpu-h100.pue=1e308 overflows the energy) while values the user gave are in force on that backend failed on
 * those values: bad input, located at them, not a broken plugin. Any other exception (a plugin's own bug, an
 * IllegalArgumentException of its own) stays the plugin's, whatever the user set.
 */
final class UserValues {
    private UserValues() {
    }

    /** @return the user's values a failure is attributed to (where they were given), or none */
    static List<String> behind(PluginFailure failure, ResolvedParameters params, Scenario scenario) {
        if (!(Guard.unwrap(failure.getCause()) instanceof InvalidValueException)) {
            return List.of();
        }
        List<String> origins = new ArrayList<>(params.userOrigins());
        // the electricity price a scenario file gives reaches every backend's cost
        String electricity = scenario.origins().get(BuiltInScenarios.ELECTRICITY_ORIGIN);
        if (electricity != null && ResolvedParameters.isUserOrigin(electricity)) {
            origins.add(electricity);
        }
        return origins;
    }

    /** @return for a selected backend's estimate: an {@link InputException} naming the user's values, or the failure itself */
    static RuntimeException blame(PluginFailure failure, ResolvedParameters params, Scenario scenario) {
        List<String> origins = behind(failure, params, scenario);
        if (origins.isEmpty()) {
            return failure;
        }
        return new InputException(String.join(", ", origins) + ": with " + (origins.size() == 1 ? "this value" : "these values")
                + " backend " + params.backendId() + " has no valid estimate (" + failure.getCause().getMessage() + ")", failure);
    }

    /**
     * @return for the baseline's reference run, which every command makes whether or not the baseline is selected: the
     * failure, saying which of the user's values were in force (the backends that need no reference still run)
     */
    static PluginFailure note(PluginFailure failure, ResolvedParameters params, Scenario scenario) {
        List<String> origins = behind(failure, params, scenario);
        return origins.isEmpty() ? failure : new PluginFailure(failure.plugin(), failure.backend(), failure.getMessage()
                + ", with the value" + (origins.size() == 1 ? "" : "s") + " of " + String.join(", ", origins), failure.getCause());
    }
}
