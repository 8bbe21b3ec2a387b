package dev.cambrian.engine.uncertainty;

import dev.cambrian.api.BackendInfo;
import dev.cambrian.api.HardwareBackend;
import dev.cambrian.engine.estimate.ResolvedParameters;

/** A backend to sample, with its parameters in force under the scenario. */
public record Subject(BackendInfo info, HardwareBackend backend, ResolvedParameters parameters) {
    public String id() {
        return info.id();
    }
}
