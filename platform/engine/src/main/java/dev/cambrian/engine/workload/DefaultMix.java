package dev.cambrian.engine.workload;

import dev.cambrian.api.OperationClass;
import dev.cambrian.api.OperationMix;
import java.util.EnumMap;
import java.util.Map;

/**
 * Default split of a transformer's training time over operation classes. Ivanov et al., "Data
 * Movement Is All You Need" (MLSys 2021), measured BERT-large training at 61% of time in tensor
 * contractions and 39% in normalisation and element-wise work; here the contractions are split into
 * dense matmul and attention, and a share is set aside for the optimizer step and for communication
 * in a data-parallel cluster (assumption). Override per workload in a scenario file.
 */
public final class DefaultMix {
    public static final String SOURCE = "ivanov2021datamovement (BERT-large time shares), with an assumed split of"
            + " attention, optimizer and communication";

    private DefaultMix() {
    }

    public static OperationMix transformer() {
        Map<OperationClass, Double> f = new EnumMap<>(OperationClass.class);
        f.put(OperationClass.DENSE_MATMUL, 0.50);
        f.put(OperationClass.ATTENTION, 0.11);
        f.put(OperationClass.ELEMENTWISE, 0.24);
        f.put(OperationClass.OPTIMIZER, 0.05);
        f.put(OperationClass.COMMUNICATION, 0.10);
        return new OperationMix(f);
    }
}
