package dev.cambrian.cli;

import dev.cambrian.api.HardwareBackend;
import dev.cambrian.api.Range;
import dev.cambrian.engine.environment.CarbonCheck;
import dev.cambrian.engine.environment.CarbonValidator;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.engine.validate.PublishedRun;
import dev.cambrian.engine.validate.RunValidation;
import dev.cambrian.engine.validate.Validation;
import dev.cambrian.engine.validate.Validator;
import dev.cambrian.host.LoadedBackend;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Published runs predicted by the loaded backends, and the published carbon figures reproduced, as validate shows them. */
final class Validations {
    private Validations() {
    }

    /**
     * The runs' validation under the scenario, the carbon figures reproduced (with the runs' predicted hours where known),
     * and the Assumption and Warning lines of the user's values on the backends the runs name.
     */
    record Result(Validation runs, List<CarbonCheck> carbon, Scenario scenario, List<String> userValues) {
        Result {
            carbon = List.copyOf(carbon);
            userValues = List.copyOf(userValues);
        }
    }

    /** Predicts {@code dataset} (named {@code name} in messages) with every loaded backend; nothing predictable is exit 1. */
    static Result run(Context ctx, Scenario scenario, List<PublishedRun> dataset, String name) {
        List<LoadedBackend> loaded = ctx.select(List.of());
        Map<String, HardwareBackend> byId = new LinkedHashMap<>();
        loaded.forEach(b -> byId.put(b.id(), b.backend()));
        Validation v;
        try {
            v = Validator.validate(dataset, name, byId, scenario, new GuardedCaller(ctx.guard, loaded));
        } catch (IllegalArgumentException e) {
            throw new NothingValidException("validate " + name + ": " + e.getMessage());
        }
        Map<String, Range> predictedHours = new LinkedHashMap<>();
        v.runs().stream().filter(RunValidation::validated).forEach(r -> predictedHours.put(r.run().id(), r.predictedDeviceHours()));
        List<CarbonCheck> carbon = CarbonValidator.check(EnvironmentData.publishedCarbon(), EnvironmentData.regions(), predictedHours);
        List<LoadedBackend> named = loaded.stream().filter(b -> dataset.stream().anyMatch(r -> r.backend().equals(b.id()))).toList();
        return new Result(v, carbon, scenario, UserValueNotes.lines(scenario, named));
    }
}
