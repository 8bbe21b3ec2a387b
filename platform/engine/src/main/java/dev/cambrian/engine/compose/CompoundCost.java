package dev.cambrian.engine.compose;

import dev.cambrian.api.Derivation;
import dev.cambrian.api.DeviceCount;
import dev.cambrian.api.Economics;
import dev.cambrian.api.HardwareEstimate;
import dev.cambrian.api.ReferenceRun;
import dev.cambrian.api.formula.Units;
import dev.cambrian.engine.estimate.Costs;
import java.util.ArrayList;
import java.util.List;

/**
 * What the compound run costs. The baseline's kind of device (GPUs) is rented once, for the
 * compound's run: the largest fleet any used runner keeps, at the baseline's price and operations
 * per device-hour. Each used member adds its own cost less the GPU hours it had booked for itself
 * (so a fleet two hybrids both keep is paid once; a fleet a member held only for the classes it left on the baseline is
 * not kept at all, as the compound assigns those classes itself); a member that rents its devices by the hour, for the compound's
 * hours rather than its own run's. Plus the compound's energy at the scenario's price.
 */
final class CompoundCost {
    private CompoundCost() {
    }

    static double usd(Iterable<Runner> used, Assignment assignment, Runner baselineRunner, ReferenceRun baseline,
                      double trainingSeconds, double energyJoules,
                      Economics economics, java.util.Set<String> rentedByTheHour, List<Derivation> steps) {
        DeviceCount gpus = baseline.hardware().devices().get(0);
        double perDeviceHour = baseline.hardwareUsdPerDeviceHour() + baseline.operationsUsdPerDeviceHour();
        double fleet = 0;
        double total = 0;
        List<String> parts = new ArrayList<>();
        List<String> released = new ArrayList<>();
        for (Runner r : used) {
            if (r.isBaseline()) {
                fleet = Math.max(fleet, gpus.count());
                continue;
            }
            HardwareEstimate h = r.estimateOrNull().nominal().hardware();
            double ownGpuHours = 0;
            for (DeviceCount d : h.devices()) {
                if (d.kind().equals(gpus.kind())) {
                    ownGpuHours += d.deviceHours();
                    if (assignment.releasesFleetLine(r, baselineRunner, d.forWorkLeftOnBaseline())) {
                        released.add(r.id() + "'s " + Derivation.number(d.count()) + " x " + d.kind());
                    } else {
                        fleet = Math.max(fleet, d.count());
                    }
                }
            }
            double own = Math.max(0, h.hardwareCostUsd() + h.operationsCostUsd() - ownGpuHours * perDeviceHour);
            boolean rented = rentedByTheHour.contains(r.id());
            if (rented && own > 0) {
                // rented by the hour, its devices are held for the compound's run, not its own
                own = own / r.estimateOrNull().nominal().time().trainingSeconds() * trainingSeconds;
            }
            parts.add(r.id() + " " + Derivation.number(own) + (rented ? " (for the compound's hours)" : ""));
            total += own;
        }
        double fleetUsd = fleet * Units.hours(trainingSeconds) * perDeviceHour;
        total += fleetUsd;
        parts.add(Derivation.number(fleet) + " x " + gpus.kind() + " for " + Derivation.number(Units.hours(trainingSeconds)) + " h " + Derivation.number(fleetUsd));
        double energy = Costs.energyCostUsd(energyJoules, economics);
        total += energy;
        parts.add("energy " + Derivation.number(energy));
        steps.add(new Derivation("cost", total, "USD",
                "members' own devices and premiums + the largest GPU fleet kept x compound hours x baseline (price +"
                        + " operations) per device-hour + kWh x price",
                String.join(" + ", parts) + " USD" + (released.isEmpty() ? "" : "; not counted: "
                        + String.join(", ", released) + " (held only for the classes left on the baseline: the compound"
                        + " keeps the baseline's fleet when it leaves a class there)"), "docs/models.md §5; energy priced by the scenario's economics"));
        return total;
    }
}
