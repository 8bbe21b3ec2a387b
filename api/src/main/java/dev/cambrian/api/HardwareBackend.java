package dev.cambrian.api;

import org.pf4j.ExtensionPoint;

/**
 * One hardware technology the host can rank and compose. A plugin contributes one or more, each an
 * {@code @Extension}. Implementations must be stateless and thread-safe: the host may call a model
 * from several threads and guards every call.
 */
public interface HardwareBackend extends ExtensionPoint {

    /**
     * Who this backend is: id, name, category, readiness and sources.
     *
     * @return the descriptor, the same on every call
     */
    BackendInfo info();

    /**
     * The parameters its models read, with units, ranges and sources, its profiles and the levers it opts in to.
     *
     * @return the declared space, the same on every call
     */
    ParameterSpace parameters();

    /**
     * The time model.
     *
     * @return the model that estimates training time
     */
    SpeedupModel speedup();

    /**
     * The energy model.
     *
     * @return the model that estimates grid energy
     */
    EnergyModel energy();

    /**
     * The hardware model.
     *
     * @return the model that estimates devices and cost
     */
    HardwareModel hardware();

    /**
     * The investment model.
     *
     * @return the model that estimates fab or procurement investment
     */
    FabInvestmentModel fabInvestment();

    /**
     * The timeline model.
     *
     * @return the model that estimates the programme's phases
     */
    TimelineModel timeline();
}
