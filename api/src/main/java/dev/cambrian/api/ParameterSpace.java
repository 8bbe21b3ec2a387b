package dev.cambrian.api;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** A backend's declared parameters and profiles, and the levers it opts in to. */
public final class ParameterSpace {
    private final List<Parameter> parameters;
    private final List<Profile> profiles;
    private final Map<String, Integer> indexByName;
    private final Set<String> acceptedLevers;

    /**
     * A space that opts in to no lever: the platform's levers leave its parameters alone.
     *
     * @param parameters the declared parameters, names unique
     * @param profiles   named sets of values, each setting only declared parameters
     */
    public ParameterSpace(List<Parameter> parameters, List<Profile> profiles) {
        this(parameters, profiles, Set.of());
    }

    /**
     * A space that opts in to levers by id ({@link Contracts#levers()}); it must declare every parameter
     * each of them acts on or needs, in the contract's unit ({@link Contracts#leverParameters}).
     *
     * @param parameters     the declared parameters, names unique
     * @param profiles       named sets of values, each setting only declared parameters
     * @param acceptedLevers the lever ids whose changes this backend takes
     * @throws IllegalArgumentException for an unknown lever or a parameter it needs that is missing or in another unit
     */
    public ParameterSpace(List<Parameter> parameters, List<Profile> profiles, Set<String> acceptedLevers) {
        this.parameters = List.copyOf(parameters);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < this.parameters.size(); i++) {
            if (index.put(this.parameters.get(i).name(), i) != null) {
                throw new IllegalArgumentException("parameter " + this.parameters.get(i).name() + " is declared twice");
            }
        }
        this.indexByName = Collections.unmodifiableMap(index);
        this.profiles = profiles.stream().map(this::inDeclarationOrder).toList();
        Map<String, Profile> seen = new HashMap<>();
        for (Profile profile : this.profiles) {
            if (seen.put(profile.name(), profile) != null) {
                throw new IllegalArgumentException("profile " + profile.name() + " is declared twice");
            }
            for (Map.Entry<String, Range> value : profile.values().entrySet()) {
                Parameter p = parameter(value.getKey()).orElseThrow(() -> new IllegalArgumentException(
                        "profile " + profile.name() + " sets undeclared parameter " + value.getKey()));
                p.withRange(value.getValue()); // validates whole numbers for integer parameters
            }
        }
        this.acceptedLevers = Collections.unmodifiableSet(new TreeSet<>(acceptedLevers));
        for (String lever : this.acceptedLevers) {
            if (!Contracts.levers().contains(lever)) {
                throw new IllegalArgumentException("opts in to unknown lever '" + lever + "'; levers: "
                        + new TreeSet<>(Contracts.levers()));
            }
            for (String name : Contracts.leverParameters(lever)) {
                Parameter p = parameter(name).orElseThrow(() -> new IllegalArgumentException("opts in to lever " + lever
                        + " but does not declare " + name + ", which it acts on or needs"));
                Contracts.mismatch(p).ifPresent(problem -> {
                    throw new IllegalArgumentException("opts in to lever " + lever + ", but " + problem);
                });
            }
        }
    }

    /**
     * The lever ids this backend opts in to, sorted; a lever not named here leaves its parameters alone.
     *
     * @return the lever ids this backend opts in to, sorted; a lever not named here leaves its parameters alone
     */
    public Set<String> acceptedLevers() {
        return acceptedLevers;
    }

    /**
     * The profile with its values in the order the parameters are declared: a plugin's Map.of
     * iterates in an order that changes from run to run, and the same input must give the same output.
     */
    private Profile inDeclarationOrder(Profile profile) {
        Map<String, Range> ordered = new LinkedHashMap<>();
        profile.values().entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, Range> e) -> indexByName.getOrDefault(e.getKey(),
                        Integer.MAX_VALUE)).thenComparing(Map.Entry::getKey))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return new Profile(profile.name(), profile.description(), ordered, profile.source());
    }

    /**
     * The declared parameters.
     *
     * @return them in declaration order
     */
    public List<Parameter> parameters() {
        return parameters;
    }

    /**
     * The declared profiles.
     *
     * @return them, values in declaration order
     */
    public List<Profile> profiles() {
        return profiles;
    }

    /**
     * How many parameters are declared.
     *
     * @return the count
     */
    public int size() {
        return parameters.size();
    }

    /**
     * A parameter by name.
     *
     * @param name the name
     * @return the parameter, or empty
     */
    public Optional<Parameter> parameter(String name) {
        Integer i = indexByName.get(name);
        return i == null ? Optional.empty() : Optional.of(parameters.get(i));
    }

    /**
     * A profile by name.
     *
     * @param name the name
     * @return the profile, or empty
     */
    public Optional<Profile> profile(String name) {
        return profiles.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * Position of a parameter in value arrays, or -1.
     *
     * @param name a parameter name
     * @return position of a parameter in value arrays, or -1
     */
    public int indexOf(String name) {
        Integer i = indexByName.get(name);
        return i == null ? -1 : i;
    }

    /**
     * The nominal defaults as values, before any profile or scenario.
     *
     * @return the nominal defaults as values, before any profile or scenario
     */
    public ParameterValues nominalValues() {
        double[] values = new double[parameters.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = parameters.get(i).range().nominal();
        }
        return new ParameterValues(this, values);
    }
}
