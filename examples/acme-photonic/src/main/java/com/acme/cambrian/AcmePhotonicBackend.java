package com.acme.cambrian;

import dev.cambrian.api.BackendInfo;
import dev.cambrian.api.Category;
import dev.cambrian.api.InvestmentLine;
import dev.cambrian.api.OperationClass;
import dev.cambrian.api.Profile;
import dev.cambrian.api.Range;
import dev.cambrian.api.relative.ClassFigure;
import dev.cambrian.api.relative.Programme;
import dev.cambrian.api.relative.RelativeBackend;
import dev.cambrian.api.relative.RelativeParameters;
import dev.cambrian.api.relative.TechnologySpec;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/**
 * A vendor's photonic chip described with the relative-technology kit: its own numbers, its own
 * profile. The numbers are ILLUSTRATIVE (a fictional product), each labelled as such.
 */
@Extension
public final class AcmePhotonicBackend extends RelativeBackend {
    private static final String BRIEF = "Acme Optics AO-1 product brief (fictional example, illustrative numbers)";

    public AcmePhotonicBackend() {
        super(describe());
    }

    private static TechnologySpec describe() {
        Map<OperationClass, ClassFigure> classes = Map.of(
                OperationClass.DENSE_MATMUL, new ClassFigure(Range.of(0.9), new Range(20, 40, 60), new Range(20, 30, 50), BRIEF),
                OperationClass.ATTENTION, new ClassFigure(Range.of(0.9), new Range(10, 20, 40), new Range(10, 20, 30), BRIEF));
        return new TechnologySpec(
                new BackendInfo("acme-photonic", "Acme Optics AO-1 photonic accelerator (example)", Category.PHOTONIC, 5,
                        "Example vendor plugin built outside the Cambrian build", List.of(BRIEF)),
                "AO-1 photonic card", false, classes,
                RelativeParameters.builder()
                        .headline(new Range(20, 35, 50), new Range(20, 30, 50), BRIEF)
                        .classes(classes)
                        .units(Range.of(4000), BRIEF)
                        .unitPrice(new Range(15_000, 20_000, 30_000), BRIEF)
                        .embodiedCarbon(new Range(200, 400, 1_000), BRIEF + ": the vendor's own cradle-to-gate estimate per card")
                        .premium(Range.of(0), BRIEF + ": off-the-shelf cards, no custom fab")
                        .conversionOverhead(new Range(0.2, 0.5, 1.0), BRIEF)
                        .coolingOverhead(Range.of(0.05), BRIEF)
                        .build(),
                List.of(),
                List.of(new Profile("current", "AO-1 as shipped", Map.of(), BRIEF),
                        new Profile("enhanced", "AO-2 roadmap", Map.of(RelativeParameters.SPEEDUP, new Range(40, 60, 80)), BRIEF),
                        new Profile("acme-datasheet", "vendor's own best case", Map.of(RelativeParameters.UNIT_PRICE, Range.of(15_000)),
                                BRIEF)),
                new Programme(List.of(new InvestmentLine("procurement of AO-1 cards", Range.of(6e7, 1.2e8), false, BRIEF)),
                        null, List.of(new Programme.Step("delivery and integration", 4)), BRIEF),
                List.of());
    }
}
