package dev.cambrian.cli;

import dev.cambrian.engine.InputException;
import dev.cambrian.engine.scenario.Scenario;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A --set for a backend the command does not run, and that is not the baseline its relative backends are measured on,
 * changed nothing: estimate -b photonic --set gpu-b200.devices=5 gave the same bytes as without it. Refused once the
 * plugins are loaded (a backend that is not loaded at all is named as such first) and before any model runs. A scenario
 * file's values are left alone: one file serves many commands and selections.
 */
final class UnusedSets {
    /** For a command that runs only the scenario's baseline (levers without -b). */
    static final String BASELINE_ONLY = "";

    private UnusedSets() {
    }

    /**
     * @param ids the backends as given (-b's list, compose's A+B), {@link #BASELINE_ONLY}, or empty or 'all' for every
     *            backend; a compound A+B runs its members
     */
    static void refuse(Scenario scenario, List<String> ids) {
        refuse(scenario, ids, Set.of(scenario.baseline()));
    }

    /**
     * The same where other runs of one command use other baselines (a sweep over scenarios): a value is used when its
     * backend is run or is any of {@code baselines}.
     */
    static void refuse(Scenario scenario, List<String> ids, Set<String> baselines) {
        if (ids.isEmpty() || ids.contains("all")) {
            return;
        }
        Set<String> run = ids.stream().flatMap(id -> Arrays.stream(id.split("\\+")).map(String::trim))
                .filter(id -> !id.isEmpty()).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        ScenarioLoader.firstSet(scenario, (backend, parameter) -> !backend.equals(Scenario.ALL_BACKENDS) && !run.contains(backend)
                && !baselines.contains(backend)).ifPresent(unused -> {
                    throw new InputException(unused[1] + ": " + unused[0] + " is not run here (" + (run.isEmpty()
                            ? "only the baseline is" : "this run: " + String.join(", ", run)) + ") and is not the baseline "
                            + String.join(" or ", new java.util.TreeSet<>(baselines)) + "; this value would not be used");
                });
    }
}
