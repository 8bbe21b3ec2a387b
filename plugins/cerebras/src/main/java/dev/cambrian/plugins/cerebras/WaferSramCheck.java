package dev.cambrian.plugins.cerebras;

import dev.cambrian.api.ModelBatch;
import dev.cambrian.api.ModelInput;
import dev.cambrian.api.ParallelPlan;
import dev.cambrian.api.ParameterBatch;
import dev.cambrian.api.SpeedupModel;
import dev.cambrian.api.TimeEstimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The absolute kit's time, with a warning when the plan keeps more activations on a system than its wafer holds. The kit
 * plans on one memory pool per device, and the CS-3's is modelled as its SRAM plus a share of MemoryX (CerebrasCatalog):
 * weights stream from MemoryX, but activations stay on the wafer, so a plan over 44 GB of them cannot run as laid out.
 * The time is the kit's, unchanged; the batch path is the kit's too.
 */
final class WaferSramCheck implements SpeedupModel {
    /** Cerebras CS-3 datasheet: 44 GB of on-wafer SRAM. */
    static final double SRAM_BYTES = 44e9;

    private final SpeedupModel kit;

    WaferSramCheck(SpeedupModel kit) {
        this.kit = kit;
    }

    @Override
    public TimeEstimate estimate(ModelInput input) {
        TimeEstimate t = kit.estimate(input);
        // the kit plans only when explaining or in plan mode; the warning must not depend on explaining (TCK)
        ParallelPlan plan = t.plan().isPresent() || input.explain() ? t.plan().orElse(null)
                : kit.estimate(input.explaining(true)).plan().orElse(null);
        Double activations = plan == null ? null : plan.memoryBytes().get("activations");
        if (activations == null || activations <= SRAM_BYTES) {
            return t;
        }
        List<String> warnings = new ArrayList<>(t.warnings());
        warnings.add(String.format(Locale.ROOT, "the plan keeps %.3g GB of activations on each CS-3, more than its 44 GB of"
                + " on-wafer SRAM (Cerebras CS-3 datasheet); weight streaming, which would hold them, is not modelled, so the"
                + " layout and its time are an approximation", activations / 1e9));
        return t.withWarnings(warnings); // everything else as the kit gave it (plan, overhead attribution)
    }

    @Override
    public void trainingSeconds(ModelBatch batch, double[] seconds) {
        kit.trainingSeconds(batch, seconds);
    }

    @Override
    public double[] trainingSeconds(ModelInput template, ParameterBatch batch) {
        return kit.trainingSeconds(template, batch);
    }
}
