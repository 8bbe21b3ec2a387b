package dev.cambrian.engine.validate;

import dev.cambrian.api.absolute.Utilization;

/** A published run as the fit sees it: the model's features and the MFU its published hours imply. */
record Observation(Utilization.Features features, double impliedMfu) {
}
