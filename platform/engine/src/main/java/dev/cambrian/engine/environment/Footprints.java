package dev.cambrian.engine.environment;

import dev.cambrian.api.Contracts;
import dev.cambrian.api.DeviceCount;
import dev.cambrian.api.Parameter;
import dev.cambrian.api.ParameterBatch;
import dev.cambrian.api.ParameterSpace;
import dev.cambrian.api.ParameterValues;
import dev.cambrian.api.absolute.AbsoluteParameters;
import dev.cambrian.api.Range;
import dev.cambrian.api.formula.Units;
import dev.cambrian.engine.estimate.Estimate;
import dev.cambrian.engine.estimate.HardwareLine;
import dev.cambrian.engine.estimate.ResolvedParameters;
import dev.cambrian.engine.estimate.PointResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Carbon and water from a run's energy and hardware, under an environment. The formulas live here,
 * once ({@link #operationalKg}, {@link #embodiedKg}, {@link #onsiteLitres}, {@link #offsiteLitres}):
 * the ranges of an estimate come from its low and high corners ({@link #point}; every figure grows with
 * every input but the lifetime), a Monte Carlo sample from one draw of each input ({@link Sampler.Chunk}).
 */
public final class Footprints {
    /** The ranged inputs of the footprint, for a {@link Pick} to choose a value within (a Monte Carlo chunk draws the factors among them, {@link ChunkFactors}). */
    public enum Input { FACILITY_ENERGY, IT_ENERGY, DEVICE_HOURS, INTENSITY, PER_DEVICE, LIFETIME, WUE, OFFSITE_WATER }

    /** Chooses a value within one input's range: one of an estimate's corners. */
    @FunctionalInterface
    private interface Pick {
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
            byLine[i] = embodiedKg(pick.of(l.perDeviceKg(), Input.PER_DEVICE), pick.of(l.deviceHours(), Input.DEVICE_HOURS), lifetimeHours);
            embodied += byLine[i];
        }
        return new Point(operationalKg(facilityKwh, pick.of(env.grid().kgCo2ePerKwh(), Input.INTENSITY)), embodied, byLine,
                onsiteLitres(itKwh, pick.of(env.onsiteWue().value(), Input.WUE)),
                offsiteLitres(facilityKwh, pick.of(env.offsiteWater().value(), Input.OFFSITE_WATER)));
    }

    /** Operational carbon, kgCO2e: the facility's energy at the grid's intensity (docs/environment.md). */
    private static double operationalKg(double facilityKwh, double kgCo2ePerKwh) {
        return facilityKwh * kgCo2ePerKwh;
    }

    /** Embodied carbon charged to the run, kgCO2e: a device's embodied carbon x the share of its life the run uses. */
    private static double embodiedKg(double perDeviceKg, double deviceHours, double lifetimeHours) {
        return perDeviceKg * deviceHours / lifetimeHours;
    }

    /** On-site water, L: the IT energy at the site's water usage effectiveness. */
    private static double onsiteLitres(double itKwh, double wueLitresPerKwh) {
        return itKwh * wueLitresPerKwh;
    }

    /** Off-site water, L: the facility's energy at the water intensity of the electricity it draws. */
    private static double offsiteLitres(double facilityKwh, double litresPerKwh) {
        return facilityKwh * litresPerKwh;
    }

    /** An estimate's footprint with the environment's embodied carbon for every device kind. */
    public static Footprint of(Estimate estimate, Environment env) {
        return of(estimate, env, null, null);
    }

    /**
     * An estimate's footprint: each figure from its low, nominal and high corners. A backend that declares
     * {@link Contracts#EMBODIED_CARBON} gives the embodied carbon of its own devices (the hardware line
     * {@link OwnDevice#indexIn} picks) at the range in force; every other kind takes the environment's method.
     *
     * @param paramsOrNull   the backend's parameters in force, or null to use the environment's method throughout
     * @param ownKindOrNull  the backend's own device kind ({@link OwnDevice#kindOrNull})
     */
    public static Footprint of(Estimate estimate, Environment env, ResolvedParameters paramsOrNull, String ownKindOrNull) {
        int declared = paramsOrNull == null ? -1 : paramsOrNull.space().indexOf(Contracts.EMBODIED_CARBON);
        Map<String, EmbodiedMethod.PerDevice> known = new HashMap<>();
        int own = OwnDevice.indexIn(estimate.hardware().stream().map(HardwareLine::kind).toList(), ownKindOrNull);
        if (declared >= 0 && own >= 0) {
            String kind = estimate.hardware().get(own).kind();
            known.put(kind, declaredPerDevice(kind, paramsOrNull.parameters().get(declared)));
        }
        return of(estimate.energyBases(), estimate.hardware(), known, env);
    }

    /**
     * The embodied carbon per device of every kind in some estimates' footprints, as each found it (a
     * backend's own declared figure included): what a compound of them charges for the same devices.
     */
    public static Map<String, EmbodiedMethod.PerDevice> perDevice(List<Estimate> estimates) {
        Map<String, EmbodiedMethod.PerDevice> out = new HashMap<>();
        for (Estimate e : estimates) {
            e.footprint().ifPresent(f -> f.embodied().forEach(l -> out.putIfAbsent(l.kind(),
                    new EmbodiedMethod.PerDevice(l.kind(), l.perDeviceKgCo2e(), l.derivation(), l.source()))));
        }
        return out;
    }

    /**
     * The footprint of a run's energy and devices: each figure from its low, nominal and high corners.
     * For a compound: its energy on the facility basis and the union of its members' devices.
     *
     * @param known embodied carbon per device for the kinds already found (declared by a backend); the
     *              others take the environment's method
     */
    public static Footprint of(EnergyBases bases, List<HardwareLine> hardware, Map<String, EmbodiedMethod.PerDevice> known,
                               Environment env) {
        List<String> notes = new ArrayList<>();
        Range it = bases.itJoules().orElse(bases.facilityJoules());
        if (bases.itJoules().isEmpty()) {
            notes.add("no IT basis declared (relative model): on-site water is counted on facility energy, an upper bound");
        }
        List<EmbodiedMethod.PerDevice> perDevice = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        for (HardwareLine h : hardware) {
            EmbodiedMethod.PerDevice d = known.containsKey(h.kind()) ? known.get(h.kind()) : env.embodied().perDevice(h.kind());
            perDevice.add(d);
            lines.add(new Line(h.deviceHours(), d.kgCo2e()));
        }
        Point low = point(bases.facilityJoules(), it, lines, env, LOW);
        Point nominal = point(bases.facilityJoules(), it, lines, env, NOMINAL);
        Point high = point(bases.facilityJoules(), it, lines, env, HIGH);
        List<Footprint.EmbodiedLine> embodied = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            EmbodiedMethod.PerDevice d = perDevice.get(i);
            embodied.add(new Footprint.EmbodiedLine(d.kind(), d.kgCo2e(),
                    new Range(low.embodiedByLine()[i], nominal.embodiedByLine()[i], high.embodiedByLine()[i]), d.derivation(), d.source()));
        }
        return new Footprint(bases, env.grid(),
                new Range(low.operationalKg(), nominal.operationalKg(), high.operationalKg()),
                new Range(low.embodiedKg(), nominal.embodiedKg(), high.embodiedKg()), embodied,
                new Range(low.onsiteLitres(), nominal.onsiteLitres(), high.onsiteLitres()),
                new Range(low.offsiteLitres(), nominal.offsiteLitres(), high.offsiteLitres()), notes);
    }

    private static EmbodiedMethod.PerDevice declaredPerDevice(String kind, Parameter p) {
        return new EmbodiedMethod.PerDevice(kind, p.range(), "declared by the backend (parameter " + p.name() + ")", p.source());
    }

    /**
     * The environment's factors for one chunk of Monte Carlo samples, drawn once and shared by every
     * backend, so sample i of each runs under the same grid, site and device life.
     *
     * @param perDevice how each device kind's embodied carbon is drawn (its range differs by kind; every kind
     *                  draws from the same uniforms, so they move together)
     */
    public record ChunkFactors(double[] lifetimeYears, double[] intensity, double[] wue, double[] offsite, PerDevice perDevice) {
        /** Columns of samples a chunk's factors hold: the four factors' and the one the device kinds' embodied carbon is drawn from. */
        public static final int COLUMNS = 5;

        /** Draws one factor's column over its range (the run's distribution). */
        @FunctionalInterface
        public interface ColumnDraw {
            double[] column(Range range);
        }

        /** Draws one device kind's embodied carbon over its range into {@code out}, for the chunk's samples. */
        @FunctionalInterface
        public interface PerDevice {
            void fill(Range range, double[] out, int size);
        }

        /** The factors drawn by column, always in {@link #ranges}' order: lifetime, grid intensity, on-site WUE, off-site water. */
        public static ChunkFactors draw(Environment env, ColumnDraw column, PerDevice perDevice) {
            List<Range> ranges = ranges(env);
            double[] lifetime = column.column(ranges.get(0));
            double[] intensity = column.column(ranges.get(1));
            double[] wue = column.column(ranges.get(2));
            double[] offsite = column.column(ranges.get(3));
            return new ChunkFactors(lifetime, intensity, wue, offsite, perDevice);
        }

        /** The ranges the four factors are drawn over, in the order they are drawn and {@link #columns} gives them. */
        public static List<Range> ranges(Environment env) {
            return List.of(env.embodied().lifetime().value(), env.grid().kgCo2ePerKwh(), env.onsiteWue().value(),
                    env.offsiteWater().value());
        }

        /** The four factors' columns, in {@link #ranges}' order. */
        public List<double[]> columns() {
            return List.of(lifetimeYears, intensity, wue, offsite);
        }

        /** Every factor at its nominal value for {@code size} samples: what a nominal point is computed under. */
        public static ChunkFactors nominal(Environment env, int size) {
            return draw(env, range -> {
                double[] out = new double[size];
                java.util.Arrays.fill(out, range.nominal());
                return out;
            }, (range, out, n) -> java.util.Arrays.fill(out, 0, n, range.nominal()));
        }
    }

    /**
     * Monte Carlo samples of one backend's footprint: what does not change between samples (where the
     * power usage effectiveness sits among the parameters, each device kind's embodied carbon) is looked
     * up once, and a sample allocates nothing.
     */
    public static final class Sampler {
        private final Environment env;
        private final int pue;
        /** Where the backend's own embodied carbon per device sits among the parameters, or -1 (the method's). */
        private final int declaredKg;
        /** The backend's own device kind, which a declared embodied carbon is charged to ({@link OwnDevice}). */
        private final String ownKindOrNull;
        /** Chunks of one backend are evaluated on several threads at once. */
        private final Map<String, Range> perDevice = new ConcurrentHashMap<>();

        /** @param ownKindOrNull the backend's own device kind ({@link OwnDevice#kindOrNull}) */
        public Sampler(Environment env, ParameterSpace space, String ownKindOrNull) {
            this.env = env;
            this.pue = EnergyBases.declared(space) ? space.indexOf(AbsoluteParameters.PUE) : -1;
            this.declaredKg = space.indexOf(Contracts.EMBODIED_CARBON);
            this.ownKindOrNull = ownKindOrNull;
        }

        /**
         * One chunk's samples: its parameters and its device-hours by kind (as
         * {@link dev.cambrian.api.HardwareModel#deviceHours} answers them).
         */
        public Chunk chunk(ParameterBatch batch, Map<String, double[]> deviceHours, ChunkFactors factors) {
            Range[] perDeviceKg = new Range[deviceHours.size()];
            double[][] hours = new double[deviceHours.size()][];
            int k = 0;
            for (Map.Entry<String, double[]> e : deviceHours.entrySet()) {
                perDeviceKg[k] = perDeviceKg(e.getKey());
                hours[k++] = e.getValue();
            }
            return new Chunk(pue >= 0 ? batch.column(pue) : null, declaredKg >= 0 ? batch.column(declaredKg) : null,
                    OwnDevice.indexIn(List.copyOf(deviceHours.keySet()), ownKindOrNull), perDeviceKg, hours, factors, batch.size());
        }

        /** Total carbon (kgCO2e) and water (L) at one set of parameter values, every factor at its nominal value. */
        public double[] atNominal(PointResult r, ParameterValues values) {
            List<DeviceCount> devices = r.hardware().devices();
            Range[] perDeviceKg = new Range[devices.size()];
            double[][] hours = new double[devices.size()][];
            for (int k = 0; k < perDeviceKg.length; k++) {
                perDeviceKg[k] = perDeviceKg(devices.get(k).kind());
                hours[k] = new double[] {devices.get(k).deviceHours()};
            }
            ChunkFactors nominal = ChunkFactors.nominal(env, 1);
            Chunk one = new Chunk(pue >= 0 ? new double[] {values.get(pue)} : null,
                    declaredKg >= 0 ? new double[] {values.get(declaredKg)} : null,
                    OwnDevice.indexIn(devices.stream().map(DeviceCount::kind).toList(), ownKindOrNull), perDeviceKg, hours, nominal, 1);
            double[] carbon = new double[1];
            double[] water = new double[1];
            one.fill(new double[] {r.energy().joules()}, carbon, water, 1);
            return new double[] {carbon[0], water[0]};
        }

        private Range perDeviceKg(String kind) {
            return perDevice.computeIfAbsent(kind, k -> env.embodied().perDevice(k).kgCo2e());
        }

        /**
         * The footprint of each sample of one chunk, by {@link #point}'s formulas at one draw of each factor:
         * the chunk's shared factors, and each device kind's embodied carbon drawn from the draw they share.
         */
        public final class Chunk {
            private final double[] pueOrNull;
            private final double[][] deviceHours;
            private final ChunkFactors factors;
            private final double[][] perDeviceDrawn;

            /**
             * @param declaredKgOrNull the backend's own embodied carbon per device, sampled with its parameters
             * @param own              which kind it is charged to ({@link OwnDevice#indexIn}), or -1
             */
            private Chunk(double[] pueOrNull, double[] declaredKgOrNull, int own, Range[] perDeviceKg, double[][] deviceHours,
                          ChunkFactors factors, int size) {
                this.pueOrNull = pueOrNull;
                this.deviceHours = deviceHours;
                this.factors = factors;
                this.perDeviceDrawn = new double[perDeviceKg.length][];
                for (int k = 0; k < perDeviceKg.length; k++) {
                    if (k == own && declaredKgOrNull != null) {
                        perDeviceDrawn[k] = declaredKgOrNull;
                    } else {
                        perDeviceDrawn[k] = new double[size];
                        factors.perDevice().fill(perDeviceKg[k], perDeviceDrawn[k], size);
                    }
                }
            }

            /**
             * Total carbon (kgCO2e) into {@code carbonKg} and water (L) into {@code waterLitres} of samples [0, size), from
             * their facility energy and the chunk's factors: NaN where the sample's energy is NaN (no valid answer), where
             * the hardware model has no device-hours for it (carbon and water are not defined), and for a figure past a
             * double. Column by column, without a call per sample (C1, which the launcher runs, does not inline one this size).
             */
            public void fill(double[] facilityJoules, double[] carbonKg, double[] waterLitres, int size) {
                double[] lifetime = factors.lifetimeYears();
                double[] intensity = factors.intensity();
                double[] wue = factors.wue();
                double[] offsite = factors.offsite();
                for (int i = 0; i < size; i++) {
                    double joules = facilityJoules[i];
                    double lifetimeHours = lifetime[i] * EmbodiedMethod.HOURS_PER_YEAR;
                    double embodied = 0;
                    boolean defined = true;
                    for (int k = 0; k < deviceHours.length; k++) {
                        double hours = deviceHours[k][i];
                        defined &= hours == hours;
                        embodied += embodiedKg(perDeviceDrawn[k][i], hours, lifetimeHours);
                    }
                    double facilityKwh = joules / Units.JOULES_PER_KWH;
                    double itKwh = (pueOrNull != null ? EnergyBases.itJoules(joules, pueOrNull[i]) : joules) / Units.JOULES_PER_KWH;
                    double carbon = operationalKg(facilityKwh, intensity[i]) + embodied;
                    double water = onsiteLitres(itKwh, wue[i]) + offsiteLitres(facilityKwh, offsite[i]);
                    carbonKg[i] = defined && Double.isFinite(carbon) ? carbon : Double.NaN;
                    waterLitres[i] = defined && Double.isFinite(water) ? water : Double.NaN;
                }
            }
        }
    }
}
