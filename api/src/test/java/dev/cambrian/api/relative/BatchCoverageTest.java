package dev.cambrian.api.relative;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cambrian.api.Architecture;
import dev.cambrian.api.BackendInfo;
import dev.cambrian.api.Category;
import dev.cambrian.api.Derivation;
import dev.cambrian.api.Economics;
import dev.cambrian.api.InvestmentLine;
import dev.cambrian.api.ModelBatch;
import dev.cambrian.api.ModelInput;
import dev.cambrian.api.OperationClass;
import dev.cambrian.api.OperationMix;
import dev.cambrian.api.ParameterBatch;
import dev.cambrian.api.ParameterSpace;
import dev.cambrian.api.Profile;
import dev.cambrian.api.Range;
import dev.cambrian.api.Workload;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The time, energy, cost and device-hour models share one coverage per batch; a new batch gets its own. */
class BatchCoverageTest {
    private static final OperationClass DENSE = OperationClass.DENSE_MATMUL;
    private static final int SIZE = 4;

    /** Halves every coverage on a batch and counts how often it is asked to. */
    private static final class HalvingLimit implements Limit {
        int batchCalls;

        @Override
        public void apply(ModelInput input, Map<OperationClass, Double> coverage, List<String> warnings, List<Derivation> steps) {
            coverage.replaceAll((c, k) -> k / 2);
        }

        @Override
        public void apply(ModelBatch batch, double[][] coverage) {
            batchCalls++;
            for (double[] column : coverage) {
                if (column != null) {
                    for (int i = 0; i < batch.size(); i++) {
                        column[i] /= 2;
                    }
                }
            }
        }
    }

    private static final class Tech extends RelativeBackend {
        Tech(HalvingLimit limit) {
            super(new TechnologySpec(new BackendInfo("test-tech", "t", Category.OTHER, 3, "d", List.of("t")), "chip", false,
                    Map.of(DENSE, new ClassFigure(new Range(0.2, 0.6, 1), Range.of(10), Range.of(10), "t")),
                    RelativeParameters.builder().headline(Range.of(10), Range.of(10), "t")
                            .classes(Map.of(DENSE, new ClassFigure(new Range(0.2, 0.6, 1), Range.of(10), Range.of(10), "t")))
                            .units(Range.of(100), "t").unitPrice(Range.of(1000), "t").premium(Range.of(0), "t")
                            .conversionOverhead(Range.of(0), "t").coolingOverhead(Range.of(0), "t").build(),
                    List.of(), List.of(new Profile("current", "c", Map.of(), "t"), new Profile("enhanced", "e", Map.of(), "t")),
                    new Programme(List.of(new InvestmentLine("fab", Range.of(1e9), false, "t")), null,
                            List.of(new Programme.Step("build", 12)), "t"), List.of(limit)));
        }
    }

    private static ModelBatch batch(RelativeBackend b, double... coverage) {
        ParameterSpace space = b.parameters();
        double[] nominal = space.nominalValues().toArray();
        double[][] columns = new double[nominal.length][];
        for (int p = 0; p < nominal.length; p++) {
            columns[p] = new double[SIZE];
            java.util.Arrays.fill(columns[p], nominal[p]);
        }
        columns[space.indexOf(RelativeParameters.coverage(DENSE))] = coverage.clone();
        Workload w = new Workload("w", "dense", 1e10, 1e10, 2e11, 6 * 1e10 * 2e11, 1, Architecture.DENSE_TRANSFORMER,
                new OperationMix(Map.of(DENSE, 1.0)), "test");
        ModelInput template = new ModelInput(w, space.nominalValues(), new Economics(0.1, 2026), null);
        return new ModelBatch(template, new ParameterBatch(space, columns, SIZE), b.speedup(), null);
    }

    @Test
    void oneBatchIsLimitedOnceAndItsCoverageShared() {
        HalvingLimit limit = new HalvingLimit();
        Tech tech = new Tech(limit);
        BatchCoverage coverage = new BatchCoverage(tech.spec());
        ModelBatch batch = batch(tech, 0.2, 0.4, 0.6, 1.0);

        double[][] first = coverage.of(batch);
        assertThat(coverage.of(batch)).isSameAs(first);
        assertThat(coverage.of(batch)).isSameAs(first);
        assertThat(limit.batchCalls).isEqualTo(1);
        assertThat(first[DENSE.ordinal()]).containsExactly(0.1, 0.2, 0.3, 0.5);
        assertThat(batch.parameters().column(RelativeParameters.coverage(DENSE))).containsExactly(0.2, 0.4, 0.6, 1.0);
    }

    @Test
    void anotherBatchGetsItsOwnCoverage() {
        HalvingLimit limit = new HalvingLimit();
        Tech tech = new Tech(limit);
        BatchCoverage coverage = new BatchCoverage(tech.spec());
        double[][] first = coverage.of(batch(tech, 0.2, 0.4, 0.6, 1.0));
        double[][] second = coverage.of(batch(tech, 1.0, 1.0, 0.4, 0.4));

        assertThat(second).isNotSameAs(first);
        assertThat(second[DENSE.ordinal()]).containsExactly(0.5, 0.5, 0.2, 0.2);
        assertThat(first[DENSE.ordinal()]).containsExactly(0.1, 0.2, 0.3, 0.5);
        assertThat(limit.batchCalls).isEqualTo(2);
    }
}
