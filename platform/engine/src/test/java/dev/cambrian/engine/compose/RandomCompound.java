package dev.cambrian.engine.compose;

import dev.cambrian.api.OperationClass;
import dev.cambrian.api.Range;
import dev.cambrian.api.ReferenceRun;
import dev.cambrian.engine.estimate.Estimate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A random composition problem: a baseline with random per-class times (some classes with no work),
 * two to four members each faster, equal or slower on each class, random energies, devices, programme
 * lines and timelines, and random pins. Overheads are optional so the zero-overhead invariant can be
 * tested on the same shapes.
 */
final class RandomCompound {
    private static final String[] KINDS = {"gpu", "opu", "tile", "qpu"};
    private static final String[] LINES = {"R&D", "fab", "integration"};

    final Random rnd;
    final boolean overheads;
    final Fixture baselineFixture;
    final ReferenceRun baseline;
    final List<Fixture> members = new ArrayList<>();
    /** Per member: where its programme ends, and how long its own training phase is (0 when it has none). */
    final List<double[]> programmes = new ArrayList<>();
    final Map<OperationClass, String> pins = new EnumMap<>(OperationClass.class);
    final double integrationMonths;

    RandomCompound(Random rnd, boolean overheads) {
        this.rnd = rnd;
        this.overheads = overheads;
        baselineFixture = Fixture.member("base");
        boolean anyWork = false;
        for (OperationClass c : OperationClass.values()) {
            double s = rnd.nextDouble() < 0.15 ? 0 : logUniform(1e-3, 1e6);
            anyWork |= s > 0;
            baselineFixture.runs(c, s, s * logUniform(1, 1e3));
        }
        if (!anyWork) {
            baselineFixture.runs(OperationClass.DENSE_MATMUL, 1, 1);
        }
        baselineFixture.device("gpu", 1 + rnd.nextInt(10_000)).costs(rnd.nextDouble() * 1e6, rnd.nextDouble() * 1e5);
        baseline = baselineFixture.asBaseline();
        int n = 2 + rnd.nextInt(3);
        for (int i = 0; i < n; i++) {
            addMember();
        }
        for (OperationClass c : OperationClass.values()) {
            if (rnd.nextDouble() < 0.25) {
                pins.put(c, rnd.nextDouble() < 0.25 ? "base" : "m" + rnd.nextInt(n));
            }
        }
        integrationMonths = rnd.nextDouble() * 12;
    }

    /** One more member with random figures, named m0, m1, ... in order. */
    Fixture addMember() {
        Fixture m = Fixture.member("m" + members.size());
        double sum = 0; // positive: the baseline has work somewhere and a member is never infinitely fast
        for (OperationClass c : OperationClass.values()) {
            double base = baselineFixture.seconds(c);
            double u = rnd.nextDouble();
            double s = u < 0.5 ? base * logUniform(1e-4, 1) : u < 0.8 ? base : base * (1 + 2 * rnd.nextDouble());
            m.runs(c, s, s * logUniform(0.1, 1e3));
            sum += s;
        }
        double overhead = overheads && rnd.nextBoolean() ? sum * rnd.nextDouble() * 0.5 : 0;
        m.overhead(overhead, overheads ? rnd.nextDouble() * 1e6 : 0);
        for (int k = 0; k <= rnd.nextInt(2); k++) {
            m.device(KINDS[rnd.nextInt(KINDS.length)] + (k == 1 ? "-b" : ""), 1 + rnd.nextInt(10_000));
        }
        m.costs(rnd.nextDouble() * 1e7, rnd.nextDouble() * 1e6);
        for (int k = 0; k <= rnd.nextInt(3); k++) {
            double low = rnd.nextDouble() * 1e9;
            m.line(LINES[rnd.nextInt(LINES.length)], new Range(low, low * 1.5, low * 2), rnd.nextBoolean());
        }
        double programme = rnd.nextDouble() * 60;
        double training = rnd.nextDouble() < 0.8 ? rnd.nextDouble() * 24 : 0;
        m.phase("build", 0, programme);
        if (training > 0) {
            m.phase("training", programme, programme + training);
        }
        members.add(m);
        programmes.add(new double[] {programme, training});
        return m;
    }

    List<Estimate> estimates() {
        List<Estimate> out = new ArrayList<>();
        members.forEach(m -> out.add(m.estimate()));
        return out;
    }

    Compound compose() {
        return Composer.compose(estimates(), baseline, pins, Fixture.ECONOMICS, integrationMonths);
    }

    private double logUniform(double low, double high) {
        return Math.exp(Math.log(low) + rnd.nextDouble() * (Math.log(high) - Math.log(low)));
    }
}
