package dev.cambrian.engine.environment;

import dev.cambrian.api.DeviceCount;
import dev.cambrian.api.HardwareEstimate;
import dev.cambrian.api.ParameterBatch;
import dev.cambrian.api.ParameterSpace;
import dev.cambrian.api.ParameterValues;
import dev.cambrian.api.absolute.AbsoluteParameters;
import dev.cambrian.api.Range;
import dev.cambrian.api.formula.Units;
import dev.cambrian.engine.estimate.Estimate;
import dev.cambrian.engine.estimate.HardwareLine;
import dev.cambrian.engine.estimate.PointResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Carbon and water from a run's energy and hardware, under an environment. The formulas live here,
 * once, in {@link #point}: the ranges of an estimate come from its low and high corners (every figure
 * grows with every input but the lifetime), a Monte Carlo sample from one draw of each input.
 */
public final class Footprints {
    /** The ranged inputs of the footprint, for a {@link Pick} to choose a value within. */
    public enum Input { FACILITY_ENERGY, IT_ENERGY, DEVICE_HOURS, INTENSITY, PER_DEVICE, LIFETIME, WUE, OFFSITE_WATER }

    /** Chooses a value within one input's range: a corner, or a draw. */
    @FunctionalInterface
    public interface Pick {
        double of(Range range, Input input);
    }

    private static final Pick LOW = (r, in) -> in == Input.LIFETIME ? r.high() : r.low();
    private static final Pick NOMINAL = (r, in) -> r.nominal();
    private static final Pick HIGH = (r, in) -> in == Input.LIFETIME ? r.low() : r.high();

    private Footprints() {
    }

    /** One device kind of the run: its device-hours and its embodied carbon per device. */
    private record Line(Range deviceHours, Range perDeviceKg) {
    }

    /** One footprint at one choice of the inputs: operational, embodied (total, then by line), on-site and off-site water. */
    private record Point(double operationalKg, double embodiedKg, double[] embodiedByLine, double onsiteLitres, double offsiteLitres) {
    }

    private static Point point(Range facilityJoules, Range itJoules, List<Line> lines, Environment env, Pick pick) {
        double facilityKwh = pick.of(facilityJoules, Input.FACILITY_ENERGY) / Units.JOULES_PER_KWH;
        double itKwh = pick.of(itJoules, Input.IT_ENERGY) / Units.JOULES_PER_KWH;
        double lifetimeHours = pick.of(env.embodied().lifetime().value(), Input.LIFETIME) * EmbodiedMethod.HOURS_PER_YEAR;
        double[] byLine = new double[lines.size()];
        double embodied = 0;
        for (int i = 0; i < byLine.length; i++) {
            Line l = lines.get(i);
            byLine[i] = pick.of(l.perDeviceKg(), Input.PER_DEVICE) * pick.of(l.deviceHours(), Input.DEVICE_HOURS) / lifetimeHours;
            embodied += byLine[i];
        }
        return new Point(facilityKwh * pick.of(env.grid().kgCo2ePerKwh(), Input.INTENSITY), embodied, byLine,
                itKwh * pick.of(env.onsiteWue().value(), Input.WUE), facilityKwh * pick.of(env.offsiteWater().value(), Input.OFFSITE_WATER));
    }

    /** An estimate's footprint: each figure from its low, nominal and high corners. */
    public static Footprint of(Estimate estimate, Environment env) {
        EnergyBases bases = estimate.energyBases();
        List<String> notes = new ArrayList<>();
        Range it = bases.itJoules().orElse(bases.facilityJoules());
        if (bases.itJoules().isEmpty()) {
            notes.add("no IT basis declared (relative model): on-site water is counted on facility energy, an upper bound");
        }
        List<Line> lines = estimate.hardware().stream()
                .map(h -> new Line(h.deviceHours(), env.embodied().perDevice(h.kind()).kgCo2e())).toList();
        Point low = point(bases.facilityJoules(), it, lines, env, LOW);
        Point nominal = point(bases.facilityJoules(), it, lines, env, NOMINAL);
        Point high = point(bases.facilityJoules(), it, lines, env, HIGH);
        List<Footprint.EmbodiedLine> embodied = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            HardwareLine h = estimate.hardware().get(i);
            EmbodiedMethod.PerDevice d = env.embodied().perDevice(h.kind());
            embodied.add(new Footprint.EmbodiedLine(h.kind(), d.kgCo2e(),
                    new Range(low.embodiedByLine()[i], nominal.embodiedByLine()[i], high.embodiedByLine()[i]), d.derivation(), d.source()));
        }
        return new Footprint(bases, env.grid(),
                new Range(low.operationalKg(), nominal.operationalKg(), high.operationalKg()),
                new Range(low.embodiedKg(), nominal.embodiedKg(), high.embodiedKg()), embodied,
                new Range(low.onsiteLitres(), nominal.onsiteLitres(), high.onsiteLitres()),
                new Range(low.offsiteLitres(), nominal.offsiteLitres(), high.offsiteLitres()), notes);
    }

    /**
     * Monte Carlo samples of one backend's footprint: what does not change between samples (where the
     * powers sit among the parameters, each device kind's embodied carbon) is looked up once.
     */
    public static final class Sampler {
        private final Environment env;
        private final int pue;
        /** Chunks of one backend are evaluated on several threads at once. */
        private final Map<String, Range> perDevice = new ConcurrentHashMap<>();

        public Sampler(Environment env, ParameterSpace space) {
            this.env = env;
            this.pue = EnergyBases.declared(space) ? space.indexOf(AbsoluteParameters.PUE) : -1;
        }

        /**
         * Total carbon (kgCO2e) and water (L) of sample {@code i} of a batch, from its facility energy and its
         * devices, the environment's factors drawn by {@code pick}.
         */
        public double[] sample(double facilityJoules, HardwareEstimate hardware, ParameterBatch batch, int i, Pick pick) {
            return of(facilityJoules, hardware, pue >= 0 ? batch.column(pue)[i] : Double.NaN, pick);
        }

        /** The same at one set of parameter values (the nominal point, with a nominal pick). */
        public double[] at(PointResult r, ParameterValues values, Pick pick) {
            return of(r.energy().joules(), r.hardware(), pue >= 0 ? values.get(pue) : Double.NaN, pick);
        }

        private double[] of(double facility, HardwareEstimate hardware, double pueValue, Pick pick) {
            double it = pue >= 0 ? EnergyBases.itJoules(facility, pueValue) : facility;
            List<Line> lines = new ArrayList<>(hardware.devices().size());
            for (DeviceCount d : hardware.devices()) {
                lines.add(new Line(Range.of(d.deviceHours()),
                        perDevice.computeIfAbsent(d.kind(), k -> env.embodied().perDevice(k).kgCo2e())));
            }
            Point p = point(Range.of(facility), Range.of(it), lines, env, pick);
            return new double[] {p.operationalKg() + p.embodiedKg(), p.onsiteLitres() + p.offsiteLitres()};
        }
    }
}
