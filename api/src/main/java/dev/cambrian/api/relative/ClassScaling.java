package dev.cambrian.api.relative;

import dev.cambrian.api.OperationClass;
import dev.cambrian.api.Parameter;
import dev.cambrian.api.Profile;
import dev.cambrian.api.Range;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A profile that changes the headline speedup or energy reduction changes the per-class figures in
 * the same proportion, unless it sets them itself: class = profile headline x (class default /
 * headline default). So "enhanced" means the same thing with seed arithmetic on or off.
 */
final class ClassScaling {
    private ClassScaling() {
    }

    static List<Profile> apply(TechnologySpec spec, List<Parameter> parameters) {
        List<Profile> out = new ArrayList<>();
        for (Profile p : spec.profiles()) {
            Map<String, Range> values = new LinkedHashMap<>(p.values());
            for (OperationClass c : spec.classes().keySet()) {
                scale(values, parameters, RelativeParameters.SPEEDUP, RelativeParameters.speedup(c));
                scale(values, parameters, RelativeParameters.ENERGY_REDUCTION, RelativeParameters.energyFactor(c));
            }
            out.add(values.equals(p.values()) ? p : new Profile(p.name(), p.description(), values, p.source()));
        }
        return out;
    }

    private static void scale(Map<String, Range> values, List<Parameter> parameters, String headline, String perClass) {
        Range profileHeadline = values.get(headline);
        if (profileHeadline == null || values.containsKey(perClass)) {
            return;
        }
        double ratio = defaultOf(parameters, perClass).nominal() / defaultOf(parameters, headline).nominal();
        values.put(perClass, profileHeadline.times(ratio));
    }

    private static Range defaultOf(List<Parameter> parameters, String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().range();
    }
}
