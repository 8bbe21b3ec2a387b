package dev.cambrian.host;

import java.util.Map;
import java.util.Optional;

/**
 * The backend ids of the plugins the distribution ships, reserved for them: a third-party plugin
 * claiming one is rejected by name, whatever its jar file is called or however it sorts (issue 13),
 * so relative backends always find the baseline they were calibrated on. A new bundled backend is
 * added here.
 */
final class BundledIds {
    private static final Map<String, String> PLUGIN_OF_BACKEND = Map.of(
            "gpu-v100", "gpu-baseline",
            "gpu-a100", "gpu-baseline",
            "gpu-h100", "gpu-baseline",
            "gpu-h800", "gpu-baseline",
            "gpu-b200", "gpu-baseline",
            "photonic", "photonic",
            "neuromorphic", "neuromorphic",
            "analog-topology", "analog-topology",
            "quantum-hybrid", "quantum-hybrid",
            "probabilistic-training", "probabilistic-training");

    private BundledIds() {
    }

    /** The bundled plugin this backend id is reserved for, if it is reserved. */
    static Optional<String> ownerOf(String backendId) {
        return Optional.ofNullable(PLUGIN_OF_BACKEND.get(backendId));
    }
}
