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
        public Step {
            Checks.text("phase name", name);
            Checks.nonNegative("months of " + name, months);
        }
    }

    public Programme {
        lines = List.copyOf(lines);
        steps = List.copyOf(steps);
        Checks.text("programme source", source);
    }
}
