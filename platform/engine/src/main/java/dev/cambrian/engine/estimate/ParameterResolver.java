package dev.cambrian.engine.estimate;

import dev.cambrian.api.Parameter;
import dev.cambrian.api.ParameterSpace;
import dev.cambrian.api.Profile;
import dev.cambrian.api.Range;
import dev.cambrian.api.absolute.AbsoluteParameters;
import dev.cambrian.engine.InputException;
import dev.cambrian.engine.Numbers;
import dev.cambrian.engine.Suggestions;
import dev.cambrian.engine.lever.LeverSetting;
import dev.cambrian.engine.lever.ParameterChange;
import dev.cambrian.engine.scenario.BuiltInScenarios;
import dev.cambrian.engine.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Applies a scenario to one backend's parameter space: its profile first, then explicit values. */
public final class ParameterResolver {
    private ParameterResolver() {
    }

    public static ResolvedParameters resolve(String backendId, ParameterSpace space, Scenario scenario) {
        List<Parameter> params = new ArrayList<>(space.parameters());
        List<Assumption> assumptions = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String profileName = null;
        Optional<String> wanted = scenario.profileFor(backendId);
        if (wanted.isPresent()) {
            Optional<Profile> profile = space.profile(wanted.get());
            if (profile.isPresent()) {
                profileName = profile.get().name();
                for (Map.Entry<String, Range> e : profile.get().values().entrySet()) {
                    int i = space.indexOf(e.getKey());
                    params.set(i, params.get(i).withRange(e.getValue()));
                    assumptions.add(new Assumption(backendId, e.getKey(), params.get(i).unit(),
                            space.parameters().get(i).range(), e.getValue(),
                            "profile " + profileName + " (" + profile.get().source() + ")"));
                }
            } else if (scenario.profileIsSpecific(backendId)) {
                throw new InputException(scenario.originOfProfile(backendId) + ": backend " + backendId + " has no profile '"
                        + wanted.get() + "'; it has: " + profileNames(space));
            } else {
                notes.add(backendId + " has no profile '" + wanted.get() + "': its defaults are used");
            }
        }
        // "*" sets a parameter on every backend that declares it; a backend's own entry wins.
        Map<String, Range> overrides = new java.util.LinkedHashMap<>();
        Map<String, String> origins = new java.util.HashMap<>();
        scenario.parameters().getOrDefault(Scenario.ALL_BACKENDS, Map.of()).forEach((name, v) -> {
            if (space.indexOf(name) >= 0) {
                overrides.put(name, v);
                origins.put(name, scenario.originOf(Scenario.ALL_BACKENDS, name));
            }
        });
        scenario.parameters().getOrDefault(backendId, Map.of()).forEach((name, v) -> {
            overrides.put(name, v);
            origins.put(name, scenario.originOf(backendId, name));
        });
        for (Map.Entry<String, Range> e : overrides.entrySet()) {
            int i = space.indexOf(e.getKey());
            String origin = origins.get(e.getKey());
            if (i < 0) {
                throw new InputException(origin + ": backend " + backendId + " has no parameter '" + e.getKey() + "'"
                        + Suggestions.didYouMean(e.getKey(), space.parameters().stream().map(Parameter::name).toList()) + "; it has: " + space.parameters().stream().map(Parameter::name).collect(Collectors.joining(", ")));
            }
            Parameter p = params.get(i);
            Range v = e.getValue();
            if (p.integer() && (!Parameter.isWhole(v.low()) || !Parameter.isWhole(v.nominal()) || !Parameter.isWhole(v.high()))) {
                throw new InputException(origin + ": " + backendId + "." + e.getKey() + " takes a whole number ("
                        + p.unit() + "), got " + format(v));
            }
            if (p.integer() && !(Math.abs(v.low()) <= LARGEST_WHOLE && Math.abs(v.high()) <= LARGEST_WHOLE)) {
                // past 2^53 a double skips whole numbers, and a count cast to long stops at 2^63 - 1 without a word
                throw new InputException(origin + ": " + backendId + "." + e.getKey() + " takes a whole number ("
                        + p.unit() + ") of at most " + LARGEST_WHOLE_TEXT + ", got " + format(v));
            }
            if (!p.bounds().contains(v)) {
                // a user's value the model cannot take is the user's error, not the plugin's failure later
                throw new InputException(origin + ": " + backendId + "." + e.getKey() + " must be " + p.bounds().describe()
                        + (p.unit().equals("1") || p.unit().equals("switch") ? "" : " " + p.unit()) + ", got " + format(v));
            }
            if (!p.bounds().values().isEmpty() && !v.isPoint()) {
                // a choice among a few values has nothing between them to draw: a range would sample numbers the model refuses
                throw new InputException(origin + ": " + backendId + "." + e.getKey() + " takes one value, "
                        + p.bounds().describe() + ", not a range; got " + format(v));
            }
            if (e.getKey().equals(AbsoluteParameters.UTILIZATION) && !ResolvedParameters.relative(space)
                    && !AbsoluteParameters.utilizationSet(v.low()) && AbsoluteParameters.utilizationSet(v.high())) {
                // 0 is not a utilization but "the fitted model": Monte Carlo drew values near 0 and gave times of years,
                // far outside the range rank gave from the corners (0 = fitted, high = given)
                throw new InputException(origin + ": " + backendId + "." + e.getKey() + " is 0 for the fitted utilization model"
                        + " or a fraction above 0 that replaces it, and a range from 0 to " + Numbers.compact(v.high())
                        + " mixes the two (its draws near 0 would be near-zero utilizations); give a range above 0 (as "
                        + Numbers.compact(Math.min(0.2, v.high() / 2)) + "-" + Numbers.compact(v.high()) + ") or 0 alone");
            }
            params.set(i, p.withRange(v));
            assumptions.removeIf(a -> a.parameter().equals(e.getKey()));
            assumptions.add(new Assumption(backendId, e.getKey(), p.unit(), space.parameters().get(i).range(), v, origin));
        }
        followNetworkTerm(backendId, space, params, assumptions, overrides.keySet(), origins);
        noteUnreadValues(new ResolvedParameters(backendId, space, params, profileName, assumptions, List.of()),
                overrides.keySet(), origins, notes);
        noteFarFromDefault(backendId, space, params, overrides.keySet(), origins, notes);
        applyLevers(backendId, space, scenario, params, assumptions);
        return new ResolvedParameters(backendId, space, params, profileName, assumptions, notes);
    }

    /**
     * A value the user gave to a parameter the models leave unread at the values in force ({@link ResolvedParameters#unread}):
     * listed "in force" in the assumptions, yet no figure moves, so said.
     */
    private static void noteUnreadValues(ResolvedParameters resolved, java.util.Set<String> given,
                                         Map<String, String> origins, List<String> notes) {
        for (Parameter p : resolved.parameters()) {
            if (!given.contains(p.name()) || !resolved.unread(p.name())) {
                continue;
            }
            notes.add(origins.get(p.name()) + ": " + p.name() + resolved.unreadExplained());
        }
    }

    /**
     * How many times the default a value a user gives may be, up or down, before it is noted: a unit slip (TFLOP/s
     * typed as FLOP/s, kW as W, GB as B) moves a value by a factor of 1,000 or more, and 1e300 FLOP/s ran in silence.
     */
    static final double FAR_FROM_DEFAULT = 1000;

    /**
     * The note for a value the user gave that is {@link #FAR_FROM_DEFAULT} times its default or more, either way (both
     * positive), or empty: "file:3:5: gpu-h100.pue = 1e+300 is 8.3e+299 times its default 1.2; used as given, but check
     * its unit". The value is used: a strategist may mean it.
     */
    public static java.util.Optional<String> farFromDefault(String origin, String what, double now, double before, String unit) {
        if (!(before > 0) || !(now > 0)) {
            return java.util.Optional.empty();
        }
        double ratio = now / before;
        if (ratio < FAR_FROM_DEFAULT && ratio > 1 / FAR_FROM_DEFAULT) {
            return java.util.Optional.empty();
        }
        String shown = unit.equals("1") ? "" : " " + unit;
        return java.util.Optional.of(origin + ": " + what + " = " + Numbers.compact(now) + shown + " is "
                + (ratio >= 1 ? Numbers.plain(ratio) + " times" : "1/" + Numbers.plain(1 / ratio) + " of")
                + " its default " + Numbers.compact(before) + shown + "; used as given, but check its unit");
    }

    /**
     * The note for a scenario file's electricity price {@link #FAR_FROM_DEFAULT} times the default or more, either way, or
     * empty: it reaches every cost, and 1e300 USD/kWh ran in silence. One rule for every command that costs energy.
     */
    public static java.util.Optional<String> electricityFarFromDefault(Scenario scenario) {
        String origin = scenario.origins().get(BuiltInScenarios.ELECTRICITY_ORIGIN);
        if (origin == null || !ResolvedParameters.isUserOrigin(origin)) {
            return java.util.Optional.empty();
        }
        return farFromDefault(origin, "electricityUsdPerKwh", scenario.economics().electricityUsdPerKwh(),
                BuiltInScenarios.DEFAULT_ELECTRICITY_USD_PER_KWH, "USD/kWh");
    }

    private static void noteFarFromDefault(String backendId, ParameterSpace space, List<Parameter> params,
                                           java.util.Set<String> given, Map<String, String> origins, List<String> notes) {
        for (String name : given) {
            int i = space.indexOf(name);
            Parameter declared = space.parameters().get(i);
            double before = declared.range().nominal();
            double now = params.get(i).range().nominal();
            if (declared.integer()) {
                continue; // a count is whatever size the user asks for
            }
            farFromDefault(origins.get(name), backendId + "." + name, now, before, declared.unit()).ifPresent(notes::add);
        }
    }

    /**
     * The absolute kit's network-bytes-per-flop is the datasheet's scale-out bandwidth over its BF16 peak
     * ({@link AbsoluteParameters#NETWORK_BYTES_PER_FLOP}): a user's new peak or bandwidth left it at the datasheet's
     * ratio, so halving the network changed nothing and doubling the peak halved the time with the network term
     * unchanged. Unless the user gives it too, it follows their values: the default scaled by the bandwidth's
     * change over the peak's, at the nominal values (it is a fixed figure, not sampled).
     */
    private static void followNetworkTerm(String backendId, ParameterSpace space, List<Parameter> params,
                                          List<Assumption> assumptions, java.util.Set<String> given, Map<String, String> origins) {
        int network = space.indexOf(AbsoluteParameters.NETWORK_BYTES_PER_FLOP);
        int bandwidth = space.indexOf(AbsoluteParameters.SCALE_OUT_BANDWIDTH);
        int peak = space.indexOf(AbsoluteParameters.PEAK);
        if (network < 0 || bandwidth < 0 || peak < 0 || given.contains(AbsoluteParameters.NETWORK_BYTES_PER_FLOP)) {
            return;
        }
        List<String> changed = new ArrayList<>();
        for (String name : List.of(AbsoluteParameters.SCALE_OUT_BANDWIDTH, AbsoluteParameters.PEAK)) {
            if (given.contains(name)) {
                changed.add(origins.get(name));
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        double factor = (params.get(bandwidth).range().nominal() / space.parameters().get(bandwidth).range().nominal())
                / (params.get(peak).range().nominal() / space.parameters().get(peak).range().nominal());
        Parameter p = params.get(network);
        Range followed = Range.of(space.parameters().get(network).range().nominal() * factor);
        params.set(network, p.withRange(followed));
        assumptions.add(new Assumption(backendId, AbsoluteParameters.NETWORK_BYTES_PER_FLOP, p.unit(),
                space.parameters().get(network).range(), followed, "scale-out-bandwidth / peak-flops in force, after "
                        + String.join(" and ", changed)));
    }

    /** The largest whole number a double holds with every whole number below it: 2^53. */
    public static final double LARGEST_WHOLE = 0x1p53;
    /** {@link #LARGEST_WHOLE} as the messages write it. */
    public static final String LARGEST_WHOLE_TEXT = "2^53 = 9,007,199,254,740,992";

    /**
     * Levers come last: they act on the value in force, on the backends that opt in to them by id
     * ({@link ParameterSpace#acceptedLevers()}); a parameter that merely has a lever's name is left alone.
     */
    private static void applyLevers(String backendId, ParameterSpace space, Scenario scenario, List<Parameter> params,
            List<Assumption> assumptions) {
        for (LeverSetting s : scenario.levers()) {
            if (!space.acceptedLevers().contains(s.lever().id())) {
                continue;
            }
            for (ParameterChange c : s.lever().parameterChanges(s.setting())) {
                if (!c.appliesTo(space)) {
                    continue;
                }
                int i = space.indexOf(c.parameter());
                Parameter p = params.get(i);
                java.util.function.ToDoubleFunction<String> inForce = name -> params.get(space.indexOf(name)).range().nominal();
                params.set(i, p.withRange(c.apply(p.range(), inForce)));
                // Keep who set the value the lever acted on: "--set ...; then lever ...".
                String before = assumptions.stream().filter(a -> a.parameter().equals(c.parameter()))
                        .map(a -> a.origin() + "; then ").findFirst().orElse("");
                assumptions.removeIf(a -> a.parameter().equals(c.parameter()));
                assumptions.add(new Assumption(backendId, c.parameter(), p.unit(), space.parameters().get(i).range(),
                        params.get(i).range(), before + "lever " + s.label() + ": " + c.describe(inForce) + " ("
                        + s.lever().source() + ")"));
            }
        }
    }

    private static String profileNames(ParameterSpace space) {
        return space.profiles().stream().map(Profile::name).collect(Collectors.joining(", "));
    }

    private static String format(Range r) {
        return r.isPoint() ? String.valueOf(r.nominal()) : r.low() + " / " + r.nominal() + " / " + r.high();
    }
}
