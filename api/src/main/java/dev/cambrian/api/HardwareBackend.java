package dev.cambrian.api;

import org.pf4j.ExtensionPoint;

/**
 * One hardware technology the host can rank and compose. A plugin contributes one or more, each an
 * {@code @Extension}. Implementations must be stateless and thread-safe: the host may call a model
 * from several threads and guards every call.
 */
public interface HardwareBackend extends ExtensionPoint {

    BackendInfo info();

    ParameterSpace parameters();

    SpeedupModel speedup();

    EnergyModel energy();

    HardwareModel hardware();

    FabInvestmentModel fabInvestment();

    TimelineModel timeline();
}
