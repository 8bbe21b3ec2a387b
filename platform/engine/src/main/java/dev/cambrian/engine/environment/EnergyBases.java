package dev.cambrian.engine.environment;

import static dev.cambrian.api.absolute.AbsoluteParameters.POWER;
import static dev.cambrian.api.absolute.AbsoluteParameters.PUE;
import static dev.cambrian.api.absolute.AbsoluteParameters.TDP;

import dev.cambrian.api.ParameterValues;
import dev.cambrian.api.Range;
import java.util.Optional;

/**
 * A run's energy on each basis published figures use. facility: drawn from the grid (what the energy
 * model gives: all-in power x time x PUE); IT: facility / PUE (devices, hosts and network, no
 * cooling); device: the devices' rated power (TDP) x device-hours; device x PUE: the convention of
 * several papers (LLaMA, Llama 2 and 3.1: GPU TDP x hours x PUE). The device bases need a backend that
 * declares tdp-watts, power-watts and pue (the absolute kit's); relative backends have the facility
 * basis only.
 */
public record EnergyBases(Range facilityJoules, Range itJoulesOrNull, Range deviceJoulesOrNull, Range devicePueJoulesOrNull) {

    public static EnergyBases facilityOnly(Range facilityJoules) {
        return new EnergyBases(facilityJoules, null, null, null);
    }

    public Optional<Range> itJoules() {
        return Optional.ofNullable(itJoulesOrNull);
    }

    public Optional<Range> deviceJoules() {
        return Optional.ofNullable(deviceJoulesOrNull);
    }

    public Optional<Range> devicePueJoules() {
        return Optional.ofNullable(devicePueJoulesOrNull);
    }

    /** Whether these parameters declare what the IT and device bases need. */
    public static boolean declared(ParameterValues values) {
        return declared(values.space());
    }

    public static boolean declared(dev.cambrian.api.ParameterSpace space) {
        return space.indexOf(TDP) >= 0 && space.indexOf(POWER) >= 0 && space.indexOf(PUE) >= 0;
    }

    /** IT, device and device x PUE joules at one point, from the facility energy and the declared powers; needs {@link #declared}. */
    public static double[] at(ParameterValues values, double facilityJoules) {
        double pue = values.get(PUE);
        double it = itJoules(facilityJoules, pue);
        double device = it * values.get(TDP) / values.get(POWER);
        return new double[] {it, device, device * pue};
    }

    /** IT energy: facility energy without the facility's overhead (facility / PUE). */
    public static double itJoules(double facilityJoules, double pue) {
        return facilityJoules / pue;
    }

    /** A published run's energy on its stated basis: device-hours x watts per device x PUE (1 where none applies). */
    public static double statedJoules(double deviceHours, double wattsPerDevice, double pue) {
        return deviceHours * wattsPerDevice * pue * dev.cambrian.api.formula.Units.SECONDS_PER_HOUR;
    }
}
