package dev.cambrian.engine.estimate;

import dev.cambrian.api.Parameter;
import dev.cambrian.api.ParameterSpace;
import dev.cambrian.api.ParameterValues;
import dev.cambrian.api.Range;
import dev.cambrian.api.absolute.AbsoluteParameters;
import dev.cambrian.api.relative.RelativeParameters;
import dev.cambrian.engine.Numbers;
import java.util.List;

/**
 * A backend's parameters with the ranges in force under a scenario (profile, then overrides), the
 * assumptions that differ from its defaults, and the profile used.
 */
public record ResolvedParameters(
        String backendId,
        ParameterSpace space,
        List<Parameter> parameters,
        String profile,
        List<Assumption> assumptions,
        List<String> notes) {

    public ResolvedParameters {
        parameters = List.copyOf(parameters);
        assumptions = List.copyOf(assumptions);
        notes = List.copyOf(notes);
    }

    /** Whether the backend is described against the baseline: it declares the relative kit's seed-arithmetic switch. */
    public boolean relative() {
        return relative(space);
    }

    /** The same for a parameter space, before its values are resolved. */
    public static boolean relative(ParameterSpace space) {
        return space.indexOf(RelativeParameters.SEED_ARITHMETIC) >= 0;
    }

    /** Whether it runs the seed's arithmetic (a relative backend with seed-arithmetic 1): then its claim is its model. */
    public boolean seedArithmetic() {
        return relative() && RelativeParameters.seedArithmeticOn(nominal().get(RelativeParameters.SEED_ARITHMETIC));
    }

    public ParameterValues nominal() {
        double[] values = new double[parameters.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = parameters.get(i).range().nominal();
        }
        return new ParameterValues(space, values);
    }

    /**
     * Indices of the parameters that vary: those whose range in force is not a point and that the models read. A
     * profile or a scenario that gives a range to a parameter declared as a point means that range to count. Parameters
     * the models leave unread at the values in force ({@link #unreadRanges()}) keep their value: varying them would move
     * no figure.
     */
    public int[] uncertainIndices() {
        return java.util.stream.IntStream.range(0, parameters.size())
                .filter(i -> !parameters.get(i).range().isPoint() && !unread(parameters.get(i).name()))
                .toArray();
    }

    /**
     * Names of the parameters with a range in force that the models leave unread ({@link #unread}).
     */
    public List<String> unreadRanges() {
        return parameters.stream().filter(p -> !p.range().isPoint() && unread(p.name())).map(Parameter::name).toList();
    }

    /**
     * Whether no model reads the parameter at the values in force: a relative backend's, unread under its seed-arithmetic
     * setting ({@link RelativeParameters#unreadUnder}): the headline claims with it off, the per-class figures with it
     * on; an absolute backend's utilization model ({@code mfu-*}) once its utilization is set in every sample
     * ({@link AbsoluteParameters#unreadWithUtilizationSet}), and that model and the utilization itself in plan mode
     * ({@link AbsoluteParameters#unreadInPlanMode}). Only a switch that is a point has one setting: with a range a sample
     * may take either, and all is read.
     */
    public boolean unread(String name) {
        if (relative()) {
            return pointInForce(RelativeParameters.SEED_ARITHMETIC) && RelativeParameters.unreadUnder(seedArithmetic(), name);
        }
        return planMode() ? AbsoluteParameters.unreadInPlanMode(name)
                : utilizationSet() && AbsoluteParameters.unreadWithUtilizationSet(name);
    }

    /**
     * Whether an absolute backend's utilization is set in every sample: its range in force does not reach 0 (0 is the
     * fitted model), so the fitted utilization model is not used.
     */
    public boolean utilizationSet() {
        int i = space.indexOf(AbsoluteParameters.UTILIZATION);
        return !relative() && i >= 0 && AbsoluteParameters.utilizationSet(parameters.get(i).range().low());
    }

    /** Whether an absolute backend's plan-mode switch is on in every sample: its time comes from the plan's step split. */
    public boolean planMode() {
        int i = space.indexOf(AbsoluteParameters.PLAN_MODE);
        return !relative() && i >= 0 && parameters.get(i).range().isPoint()
                && AbsoluteParameters.planModeOn(parameters.get(i).range().nominal());
    }

    /**
     * The setting that leaves {@link #unreadRanges()} unread, as notes and explain say it ("seed-arithmetic 0",
     * "plan-mode 1", "utilization 0.4", "utilization 0.3-0.5"); empty when nothing is unread.
     */
    public String unreadSetting() {
        if (relative()) {
            return RelativeParameters.SEED_ARITHMETIC + " " + (seedArithmetic() ? 1 : 0);
        }
        if (planMode()) {
            return AbsoluteParameters.PLAN_MODE + " 1";
        }
        if (utilizationSet()) {
            Range r = parameters.get(space.indexOf(AbsoluteParameters.UTILIZATION)).range();
            return AbsoluteParameters.UTILIZATION + " " + (r.isPoint() ? Numbers.compact(r.nominal())
                    : Numbers.compact(r.low()) + "-" + Numbers.compact(r.high()));
        }
        return "";
    }

    /** What {@link #unreadSetting()} does, in a few words, for a note that lists the parameters it leaves unread. */
    public String unreadBecause() {
        if (relative()) {
            return seedArithmetic() ? "the seed's headline factors" : "class by class";
        }
        return planMode() ? "the time from the parallel plan's step split" : "given, not fitted";
    }

    /**
     * Why a parameter {@link #unread} at the values in force moves no figure, and what setting would read it: the end of
     * a note to the user who gave it a value ("speedup" + this).
     */
    public String unreadExplained() {
        if (planMode()) {
            return " is not read in plan mode (plan-mode 1 takes the time from the parallel plan's step split); the"
                    + " fitted utilization model (plan-mode 0, the default) reads it";
        }
        if (!relative()) {
            return " is not read while utilization is set (" + unreadSetting() + "): the fitted utilization model"
                    + " (mfu-*) gives the utilization only with utilization 0, its default";
        }
        if (seedArithmetic()) {
            return " is not read by the seed arithmetic (seed-arithmetic 1 applies the headline speedup and"
                    + " energy-reduction to the whole run); the class-by-class model (seed-arithmetic 0, as in"
                    + " scenario default) reads it";
        }
        return " is the seed's claim, read by the seed arithmetic (seed-arithmetic 1, as in scenarios seed-current"
                + " and seed-enhanced) and by audit; with seed-arithmetic 0 the time and energy come from the"
                + " per-class coverage-*, speedup-* and energy-factor-*";
    }

    private boolean pointInForce(String name) {
        int i = space.indexOf(name);
        return i >= 0 && parameters.get(i).range().isPoint();
    }

    /**
     * Where the values the user gave came from: a {@code --set} or a scenario file's line (file:line:column).
     * Profiles, built-in scenarios, levers and the tool's own sizing are not the user's values.
     */
    public List<String> userOrigins() {
        return assumptions.stream().map(Assumption::origin)
                .filter(ResolvedParameters::isUserOrigin)
                .distinct().toList();
    }

    /** Whether an origin is a value as the user gave it: a --set, or a scenario file's line (file:line:column). */
    public static boolean isUserOrigin(String origin) {
        return USER_ORIGIN.matcher(origin).matches();
    }

    /** A --set as the user typed it, or a scenario file's line, not changed since (a lever's origin adds "; then lever"). */
    private static final java.util.regex.Pattern USER_ORIGIN = java.util.regex.Pattern.compile("--set [^ ;]+|[^;]+:\\d+:\\d+");

    /** The same, with one parameter fixed to a point (as the deadline solver does with the device count). */
    public ResolvedParameters withPoint(String name, double value, String origin) {
        List<Parameter> changed = new java.util.ArrayList<>(parameters);
        int i = space.indexOf(name);
        Parameter before = changed.get(i);
        changed.set(i, before.withRange(dev.cambrian.api.Range.of(value)));
        List<Assumption> a = new java.util.ArrayList<>(assumptions);
        a.removeIf(x -> x.parameter().equals(name));
        a.add(new Assumption(backendId, name, before.unit(), space.parameters().get(i).range(),
                dev.cambrian.api.Range.of(value), origin));
        return new ResolvedParameters(backendId, space, changed, profile, a, notes);
    }
}
