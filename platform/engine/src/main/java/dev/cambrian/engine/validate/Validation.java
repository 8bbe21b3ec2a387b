package dev.cambrian.engine.validate;

import dev.cambrian.api.absolute.Utilization;
import java.util.List;

/**
 * The dataset of published runs predicted under a scenario: per run, and summed up with the shipped
 * constants (in sample) and leave one out (each run predicted by a fit made without it, the honest
 * figure). {@code refit} is the fit to every validated run, to compare with the shipped constants; {@code notes} say
 * which backends' predictions read no fit (the scenario sets their utilization).
 */
public record Validation(
        String scenario,
        String dataset,
        List<RunValidation> runs,
        ErrorSummary inSample,
        ErrorSummary leaveOneOut,
        UtilizationFit refit,
        Utilization.Coefficients shipped,
        Utilization.Domain shippedDomain,
        List<String> notes) {

    public Validation {
        runs = List.copyOf(runs);
        notes = List.copyOf(notes);
    }
}
