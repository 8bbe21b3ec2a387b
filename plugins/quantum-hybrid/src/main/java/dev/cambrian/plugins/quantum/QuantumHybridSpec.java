package dev.cambrian.plugins.quantum;

import static dev.cambrian.api.relative.RelativeParameters.*;

import dev.cambrian.api.BackendInfo;
import dev.cambrian.api.Category;
import dev.cambrian.api.InvestmentLine;
import dev.cambrian.api.OperationClass;
import dev.cambrian.api.Parameter;
import dev.cambrian.api.Profile;
import dev.cambrian.api.Range;
import dev.cambrian.api.relative.ClassFigure;
import dev.cambrian.api.relative.Programme;
import dev.cambrian.api.relative.RelativeParameters;
import dev.cambrian.api.relative.TechnologySpec;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The quantum-hybrid technology's numbers, each with its source. */
final class QuantumHybridSpec {
    static final String SEED_CURRENT = "grok2025althw 'Resources with Quantum Computing'";
    static final String SEED_ENHANCED = "grok2025althw 'Enhancing Quantum Computing'";
    static final String SEED_IN_HOUSE = "grok2025althw 'Costs & timeline based on in-house hardware production', 4. Quantum";
    static final String SEED_BASELINE = "grok2025althw 'Baseline for Grok 5 Training'";

    private QuantumHybridSpec() {
    }

    static TechnologySpec create() {
        BackendInfo info = new BackendInfo("quantum-hybrid", "Hybrid quantum-classical training (QPU beside the GPU fleet)",
                Category.QUANTUM_HYBRID, 3,
                "A quantum processor takes over part of the optimisation and matrix work (QAOA, VQE) while the baseline"
                        + " GPU fleet runs the rest; the qubit budget caps the quantum share",
                List.of(SEED_CURRENT, SEED_ENHANCED, SEED_IN_HOUSE, "grok2025althw 'Quantum Computing' (NISQ limits, hybrid"
                                + " quantum-AI approaches)",
                        "TRL 3 (hybrid quantum-classical training shown only in small demonstrations, grok2025althw '63% faster"
                                + " learning in demos'): assumption on the NASA scale"));
        Map<OperationClass, ClassFigure> classes = new EnumMap<>(OperationClass.class);
        String portion = SEED_CURRENT + ": 'current NISQ limits to ~10% quantum portion'; 10x speedup ('~12 days (10x"
                + " overall speedup)'), energy 10x ('~150 GWh ... proportional to time')";
        for (OperationClass c : List.of(OperationClass.DENSE_MATMUL, OperationClass.ATTENTION, OperationClass.ELEMENTWISE,
                OperationClass.OPTIMIZER)) {
            classes.put(c, new ClassFigure(Range.of(0.1), Range.of(10), Range.of(10), portion));
        }
        List<Parameter> common = RelativeParameters.builder()
                .headline(Range.of(10), Range.of(10), SEED_CURRENT + ": ~12 days (10x overall speedup); ~150 GWh"
                        + " (proportional to time: 1.5 TWh / 10)")
                .classes(classes)
                .units(Range.of(1), SEED_CURRENT + ": 'Hybrid: 200k GPUs + 1,000-qubit quantum processor' (one processor)")
                .unitPrice(Range.of(0), "assumption: the quantum processor is accessed, not bought; what it costs the run"
                        + " is the quantum access premium (" + SEED_CURRENT + ")")
                .embodiedCarbon(new Range(10_000, 50_000, 200_000), "assumption, no published life-cycle figure for a"
                        + " quantum computer: a dilution refrigerator with its compressor and cryogenic wiring and racks of"
                        + " room-temperature control electronics, taken as the order of 10-40 servers (1.2-4.8 tCO2e each, the"
                        + " host factor of docs/environment.md) and widened: 10-200 tCO2e; negligible beside 200,000 GPUs")
                .premium(Range.of(100e6), SEED_CURRENT + ": 'quantum access premium ~$100M'; check: 200,000 GPUs x 288 h"
                        + " x $1.389 per GPU-hour ($80M, " + SEED_BASELINE + " $800M over 200,000 x 2,880 h) + 150 GWh x"
                        + " $0.15/kWh ($22.5M) + $100M = $202.5M against the seed's ~$200M")
                .conversionOverhead(new Range(0, 0.1, 0.5), "assumption: classical-quantum data loading and readout at the"
                        + " hybrid boundary take 0 to 0.5x (nominal 0.1x) of the time on the quantum processor; the seed"
                        + " gives no figure")
                .coolingOverhead(Range.of(0.1), SEED_CURRENT + ": '~150 GWh (proportional to time, plus quantum cooling ~10%"
                        + " overhead)': 150 GWh is the baseline's 1.5 TWh / 10, so the headline leaves the 10% out", false)
                .fleet(Range.of(200_000), SEED_CURRENT + ": 'Hybrid: 200k GPUs + 1,000-qubit quantum processor'")
                .build();
        List<Parameter> extra = List.of(
                Parameter.count(QubitLimit.QUBITS, "qubits", 1000, "qubits of the quantum processor",
                        SEED_CURRENT + ": '1,000-qubit quantum processor'"),
                Parameter.count(QubitLimit.FULL_SCALE, "qubits", 1_000_000,
                        "qubits needed for the processor to take over a class in full (coverage cap = qubits / this)",
                        SEED_CURRENT + ": '~1M qubits needed for full scale'"));
        Map<String, Range> enhanced = new LinkedHashMap<>();
        // 120 days / 6-12 hours: 240-480x (nominal 9 h: 320x).
        enhanced.put(SPEEDUP, new Range(240, 320, 480));
        // 1.5 TWh / 50-100 GWh: 15-30x (nominal 75 GWh: 20x).
        enhanced.put(ENERGY_REDUCTION, new Range(15, 20, 30));
        enhanced.put(FLEET, Range.of(100_000));
        enhanced.put(QubitLimit.QUBITS, Range.of(10_000));
        // Implied by the seed's $100-150M less the fleet (100,000 x 6-12 h x $1.389) and energy (50-100 GWh x $0.15/kWh):
        // $100M - $0.83M - $7.5M = $91.7M; $125M - $1.25M - $11.25M = $112.5M; $150M - $1.67M - $15M = $133.3M.
        enhanced.put(PREMIUM, new Range(91.7e6, 112.5e6, 133.3e6));
        List<Profile> profiles = List.of(
                new Profile("current", "grok2025althw's near-term hybrid: 200k GPUs and a 1,000-qubit NISQ processor", Map.of(),
                        SEED_CURRENT),
                new Profile("enhanced", "logical qubits, million-qubit light traps and AI-optimised error correction: 6-12 h,"
                        + " 50-100 GWh, 100k GPUs + a 10,000-qubit processor, ~$100-150M (premium implied by the seed's"
                        + " $100-150M less the fleet, ~$0.8-1.7M, and energy, ~$7.5-15M)", enhanced, SEED_ENHANCED));
        Programme programme = new Programme(List.of(
                new InvestmentLine("R&D (qubit stability, error correction)", Range.of(5e8, 1e9), false, SEED_IN_HOUSE),
                new InvestmentLine("fab and lab (cryogenics, 10K-qubit processors)", Range.of(5e9, 1e10), false, SEED_IN_HOUSE),
                new InvestmentLine("hybrid integration", Range.of(2e8, 5e8), false, SEED_IN_HOUSE)),
                Range.of(30, 50),
                List.of(new Programme.Step("R&D and prototypes (logical qubits)", 36),
                        new Programme.Step("fab and scaling", 60),
                        new Programme.Step("integration", 6)),
                SEED_IN_HOUSE);
        return new TechnologySpec(info, "quantum processor", true, classes, common, extra, profiles, programme,
                List.of(new QubitLimit()));
    }
}
