package dev.cambrian.engine.uncertainty;

import dev.cambrian.api.Economics;
import dev.cambrian.api.HardwareBackend;
import dev.cambrian.api.Range;
import dev.cambrian.api.Workload;
import dev.cambrian.engine.estimate.ParameterResolver;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.engine.workload.WorkloadCatalog;
import dev.cambrian.engine.workload.WorkloadResolver;
import java.util.List;
import java.util.Map;

/** A test scenario, GPT-3 as the workload, and Monte Carlo runs over toy backends called directly. */
final class Fixture {
    static final Economics ECONOMICS = new Economics(0.10, 2026);
    static final Workload GPT3 = WorkloadResolver.resolve(WorkloadCatalog.preset("gpt-3").orElseThrow());

    private Fixture() {
    }

    static Scenario scenario(Map<String, String> profiles, Map<String, Map<String, Range>> parameters) {
        return new Scenario("test", "test", "toy", ECONOMICS, profiles, parameters, null, Map.of());
    }

    static Subject subject(HardwareBackend b, Scenario scenario) {
        return new Subject(b.info(), b, ParameterResolver.resolve(b.info().id(), b.parameters(), scenario));
    }

    static Subject subject(HardwareBackend b) {
        return subject(b, scenario(Map.of(), Map.of()));
    }

    static UncertaintyResult run(List<Subject> subjects, int samples, long seed, int threads, Figure figure) {
        return MonteCarlo.run(subjects, GPT3, ECONOMICS, null, new Options(samples, seed, threads, figure), Caller.DIRECT);
    }
}
