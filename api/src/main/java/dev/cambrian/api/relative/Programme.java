package dev.cambrian.api.relative;

import dev.cambrian.api.Checks;
import dev.cambrian.api.InvestmentLine;
import dev.cambrian.api.Range;
import java.util.List;

/**
 * An in-house programme: its investment lines, how many times dearer than procuring it is, and its
 * phases (name, months) before the training run.
 */
public record Programme(List<InvestmentLine> lines, Range procurementMultipleOrNull, List<Step> steps, String source) {

    /** A phase before training, with its length in months. */
    public record Step(String name, double months) {
        /**
         * Validates the components; throws IllegalArgumentException for a value the type cannot hold.
         *
         * @param name what the step does
         * @param months how long it takes
         */
        public Step {
            Checks.text("phase name", name);
            Checks.nonNegative("months of " + name, months);
        }
    }

    /**
     * Validates the components; throws IllegalArgumentException for a value the type cannot hold.
     *
     * @param lines the investment lines
     * @param procurementMultipleOrNull investment as a multiple of one run's hardware, or null
     * @param steps the steps before training, in order
     * @param source where the programme comes from
     */
    public Programme {
        lines = List.copyOf(lines);
        steps = List.copyOf(steps);
        Checks.text("programme source", source);
    }
}
