package dev.cambrian.api.relative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cambrian.api.BackendInfo;
import dev.cambrian.api.Category;
import dev.cambrian.api.InvestmentLine;
import dev.cambrian.api.OperationClass;
import dev.cambrian.api.Parameter;
import dev.cambrian.api.Profile;
import dev.cambrian.api.Range;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The relative kit names the builder call a plugin left out when it builds, not when a model first reads it. */
class RelativeBuilderTest {
    private static final Map<OperationClass, ClassFigure> CLASSES =
            Map.of(OperationClass.DENSE_MATMUL, new ClassFigure(Range.of(1), Range.of(10), Range.of(10), "t"));

    private static RelativeParameters.Builder complete() {
        return RelativeParameters.builder().headline(Range.of(10), Range.of(10), "t").classes(CLASSES)
                .units(Range.of(100), "t").unitPrice(Range.of(1000), "t").premium(Range.of(0), "t")
                .conversionOverhead(Range.of(0), "t").coolingOverhead(Range.of(0), "t");
    }

    @Test
    void aCompleteBuilderBuilds() {
        assertThat(complete().build()).extracting(Parameter::name).contains("cooling-overhead", "programme-premium");
    }

    @Test
    void theTrainingSlotIsAProgrammePhaseOfAtMostFiftyYears() {
        Parameter slot = complete().build().stream().filter(p -> p.name().equals(RelativeParameters.TRAINING_SLOT)).findFirst()
                .orElseThrow();
        assertThat(slot.bounds().contains(600)).isTrue();
        assertThat(slot.bounds().contains(1e300)).as("1e300 months was shown as the hero month").isFalse();
    }

    @Test
    void eachCallTheModelsNeedIsNamedWhenLeftOut() {
        assertThatThrownBy(() -> RelativeParameters.builder().classes(CLASSES).premium(Range.of(0), "t")
                .conversionOverhead(Range.of(0), "t").coolingOverhead(Range.of(0), "t").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("RelativeParameters.builder(): call headline(speedup, energyReduction, source) before build():"
                        + " speedup is read by the seed-arithmetic time and energy");
        assertThatThrownBy(() -> RelativeParameters.builder().headline(Range.of(10), Range.of(10), "t").classes(CLASSES)
                .premium(Range.of(0), "t").conversionOverhead(Range.of(0), "t").build())
                .hasMessage("RelativeParameters.builder(): call coolingOverhead(range, source[, inHeadline]) before build():"
                        + " cooling-overhead is read by the energy model (Range.of(0) with a source when there is none)");
        assertThatThrownBy(() -> RelativeParameters.builder().headline(Range.of(10), Range.of(10), "t").premium(Range.of(0), "t")
                .conversionOverhead(Range.of(0), "t").coolingOverhead(Range.of(0), "t").build())
                .hasMessageStartingWith("RelativeParameters.builder(): call classes(...) before build()");
    }

    @Test
    void aTechnologyWithItsOwnDeviceNeedsUnitsAndAPrice() {
        List<Parameter> noUnits = RelativeParameters.builder().headline(Range.of(10), Range.of(10), "t").classes(CLASSES)
                .premium(Range.of(0), "t").conversionOverhead(Range.of(0), "t").coolingOverhead(Range.of(0), "t").build();
        assertThatThrownBy(() -> new TechnologySpec(new BackendInfo("chip-tech", "c", Category.OTHER, 3, "d", List.of("t")), "chip",
                false, CLASSES, noUnits, List.of(), List.of(new Profile("current", "c", Map.of(), "t")),
                new Programme(List.of(new InvestmentLine("fab", Range.of(1e9), false, "t")), null,
                        List.of(new Programme.Step("build", 12)), "t"), List.of()))
                .hasMessage("chip-tech has its own device (chip): call units(range, source) on RelativeParameters.builder();"
                        + " the hardware model reads units");
    }

    @Test
    void embodiedCarbonIsRefusedOnATechnologyWithoutItsOwnDevice() {
        List<Parameter> withCarbon = RelativeParameters.builder().headline(Range.of(10), Range.of(10), "t").classes(CLASSES)
                .embodiedCarbon(Range.of(300), "t").premium(Range.of(0), "t").conversionOverhead(Range.of(0), "t")
                .coolingOverhead(Range.of(0), "t").build();
        assertThatThrownBy(() -> new TechnologySpec(new BackendInfo("method-tech", "m", Category.OTHER, 3, "d", List.of("t")), null,
                true, CLASSES, withCarbon, List.of(), List.of(new Profile("current", "c", Map.of(), "t")),
                new Programme(List.of(new InvestmentLine("fab", Range.of(1e9), false, "t")), null,
                        List.of(new Programme.Step("build", 12)), "t"), List.of()))
                .hasMessage("method-tech runs on the baseline's devices: it has no device of its own for"
                        + " embodied-kgco2e-per-device to describe");
    }

    @Test
    void aCoolingOverheadCanSayWhetherTheHeadlineIncludesIt() {
        assertThat(complete().build()).extracting(Parameter::name).doesNotContain("cooling-in-headline");
        List<Parameter> stated = RelativeParameters.builder().headline(Range.of(10), Range.of(10), "t").classes(CLASSES)
                .premium(Range.of(0), "t").conversionOverhead(Range.of(0), "t").coolingOverhead(Range.of(0.1), "t", false).build();
        assertThat(stated).filteredOn(p -> p.name().equals("cooling-in-headline")).singleElement()
                .satisfies(p -> assertThat(p.range().nominal()).isZero());
    }
}
