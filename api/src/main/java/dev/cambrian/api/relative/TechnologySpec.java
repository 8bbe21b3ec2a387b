package dev.cambrian.api.relative;

import dev.cambrian.api.BackendInfo;
import dev.cambrian.api.OperationClass;
import dev.cambrian.api.Parameter;
import dev.cambrian.api.Profile;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything that makes one relative technology what it is; {@link RelativeBackend} turns it into a
 * backend with the standard relative models.
 *
 * @param deviceKind         its own device ("photonic chip"), or null when it runs on the baseline's devices
 * @param holdsBaselineFleet whether it keeps a baseline GPU fleet for the whole run even in seed arithmetic
 *                           (quantum-hybrid, probability-based training)
 * @param classes            the operation classes it can take over; the others stay on the baseline
 * @param extraParameters    its particular parameters (qubits, accuracy retention, ...)
 * @param profiles           at least {@code current} and {@code enhanced}
 */
public record TechnologySpec(
        BackendInfo info,
        String deviceKind,
        boolean holdsBaselineFleet,
        Map<OperationClass, ClassFigure> classes,
        List<Parameter> commonParameters,
        List<Parameter> extraParameters,
        List<Profile> profiles,
        Programme programme,
        List<Limit> limits) {

    /**
     * Copies the collections and checks the spec can be modelled: at least one class, and units and a unit price for a technology with its own device.
     *
     * @param info who the backend is
     * @param deviceKind the short device name used in hardware lines
     * @param holdsBaselineFleet whether it keeps a baseline GPU fleet for the whole run even in seed arithmetic
     * @param classes the operation classes it can take over
     * @param commonParameters the standard parameters from RelativeParameters.builder()
     * @param extraParameters its particular parameters
     * @param profiles at least current and enhanced
     * @param programme its investment and schedule before the first run
     * @param limits constraints that can only lower coverage
     */
    public TechnologySpec {
        EnumMap<OperationClass, ClassFigure> copy = new EnumMap<>(OperationClass.class);
        copy.putAll(classes);
        classes = Collections.unmodifiableMap(copy);
        commonParameters = List.copyOf(commonParameters);
        extraParameters = List.copyOf(extraParameters);
        profiles = List.copyOf(profiles);
        limits = List.copyOf(limits);
        if (classes.isEmpty()) {
            throw new IllegalArgumentException(info.id() + " covers no operation class");
        }
        if (deviceKind != null) {
            for (String[] needed : new String[][] {{RelativeParameters.UNITS, "units(range, source)"},
                    {RelativeParameters.UNIT_PRICE, "unitPrice(range, source)"}}) {
                if (commonParameters.stream().noneMatch(p -> p.name().equals(needed[0]))) {
                    throw new IllegalArgumentException(info.id() + " has its own device (" + deviceKind + "): call " + needed[1]
                            + " on RelativeParameters.builder(); the hardware model reads " + needed[0]);
                }
            }
        } else if (commonParameters.stream().anyMatch(p -> p.name().equals(RelativeParameters.EMBODIED_CARBON))) {
            throw new IllegalArgumentException(info.id() + " runs on the baseline's devices: it has no device of its own for "
                    + RelativeParameters.EMBODIED_CARBON + " to describe");
        }
    }
}
