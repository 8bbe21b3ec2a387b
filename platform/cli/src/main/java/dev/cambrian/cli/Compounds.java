package dev.cambrian.cli;

import dev.cambrian.api.Derivation;
import dev.cambrian.api.OperationClass;
import dev.cambrian.api.Range;
import dev.cambrian.api.Workload;
import dev.cambrian.cli.output.Quantities;
import dev.cambrian.cli.output.Report;
import dev.cambrian.cli.output.Table;
import dev.cambrian.engine.InputException;
import dev.cambrian.engine.compose.Composer;
import dev.cambrian.engine.compose.Compound;
import dev.cambrian.engine.environment.EnergyBases;
import dev.cambrian.engine.environment.Footprint;
import dev.cambrian.engine.environment.Footprints;
import dev.cambrian.engine.estimate.Estimate;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.host.Evaluation;
import dev.cambrian.host.LoadedBackend;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Compounds of two or more backends, as compose, rank, audit, explain and the report compute them. */
final class Compounds {
    private Compounds() {
    }

    /** grok2025althw's own figure for a compound, where it states one ('Resources with ...', closing paragraph). */
    static final Map<String, Double> SEED_CLAIMS = Map.of("photonic+analog-topology", 1000.0, "analog-topology+photonic", 1000.0);

    /** The members of A+B[+C...]; {@code where} names the argument in the message (compose, --compose). */
    static List<String> ids(String members, String where) {
        // split keeps inner empty items ("a++b", "+a"), which were looked up as a backend '' that is not loaded
        List<String> ids = Arrays.stream(members.split("\\+", -1)).map(String::trim).toList();
        if (ids.size() < 2 || ids.contains("")) {
            throw new InputException(where + " " + members + ": give two or more backends joined with '+', e.g."
                    + " photonic+analog-topology");
        }
        return ids;
    }

    /**
     * A compound's members must be among the backends selected (-b, unless empty or 'all'): rank and report show the
     * members beside it, and report composed members the run had not selected.
     */
    static void requireSelected(List<String> ids, List<String> backends, String verb) {
        if (!backends.isEmpty() && !backends.contains("all")) {
            ids.stream().filter(id -> !backends.contains(id)).findFirst().ifPresent(id -> {
                throw new InputException("--compose " + String.join("+", ids) + ": " + id + " is not among the " + verb
                        + " backends (-b " + String.join(",", backends) + ")");
            });
        }
    }

    /** A compound and the member estimates it was made of. */
    record Composed(Compound compound, Evaluation.Outcome members) {
    }

    /** Estimates the members (a failed or infeasible one ends the command) and composes them against the baseline. */
    static Composed compound(Context ctx, Evaluation evaluation, Scenario scenario, Workload workload, String members,
                             Map<OperationClass, String> pins, double integrationMonths) {
        List<String> ids = ids(members, "compose");
        ctx.select(ids, "compose " + members); // an unknown member is named as the user wrote it
        Evaluation.Outcome outcome = Estimations.evaluate(ctx, evaluation, scenario, workload, ids, null);
        // a compound needs every member: say which one let it down, not that "every backend failed"
        if (!outcome.failures().isEmpty()) {
            throw new NoUsableBackendException("compose " + members + ": a compound needs every member; "
                    + String.join("; ", outcome.failures()));
        }
        if (!outcome.infeasible().isEmpty()) {
            throw new NothingValidException("compose " + members + ": a compound needs every member; no valid answer from "
                    + String.join("; ", outcome.infeasible()));
        }
        var baseline = outcome.reference().orElseThrow(() -> new NothingValidException(
                "compose needs the scenario's baseline " + scenario.baseline() + ", which gave no result"));
        try {
            return new Composed(Composer.compose(outcome.estimates(), baseline, pins, scenario.economics(), integrationMonths,
                    rentedByTheHour(ctx, ids)), outcome);
        } catch (IllegalArgumentException e) {
            throw new InputException("compose " + members + ": " + e.getMessage());
        }
    }

    /** The members that rent their devices by the hour ({@link Composer#rentsByTheHour}). */
    static java.util.Set<String> rentedByTheHour(Context ctx, List<String> ids) {
        return ctx.select(ids).stream().filter(b -> Composer.rentsByTheHour(b.parameters())).map(LoadedBackend::id)
                .collect(Collectors.toSet());
    }

    /**
     * A compound's carbon and water under the scenario's environment, if it has one: its energy on the
     * facility basis (its members' relative models declare no other), its devices' embodied carbon per
     * kind as the estimates found it (a member's own declared figure included).
     *
     * @param estimates the estimates the compound was made from, members and others (the baseline's kind)
     */
    static Optional<Footprint> footprint(Compound c, List<Estimate> estimates, Scenario scenario) {
        return scenario.environment().map(env -> Footprints.of(EnergyBases.facilityOnly(Range.of(c.energyJoules())), c.hardware(),
                Footprints.perDevice(estimates), env));
    }

    static Map<OperationClass, String> pins(List<String> assign) {
        Map<OperationClass, String> pins = new EnumMap<>(OperationClass.class);
        for (String a : assign) {
            int eq = a.indexOf('=');
            if (eq < 0) {
                throw new InputException("--assign " + a + ": expected CLASS=ID, e.g. attention=gpu-h100");
            }
            OperationClass c;
            try {
                c = OperationClass.fromId(a.substring(0, eq).trim());
            } catch (IllegalArgumentException e) {
                throw new InputException("--assign " + a + ": unknown operation class; accepted: "
                        + Arrays.stream(OperationClass.values()).map(OperationClass::id).collect(Collectors.joining(", ")));
            }
            String member = a.substring(eq + 1).trim();
            String before = pins.put(c, member);
            if (before != null && !before.equals(member)) { // the last pin won without a word
                throw new InputException("--assign " + a + ": " + c.id() + " is also pinned to " + before + "; pin it once");
            }
        }
        return pins;
    }
}
