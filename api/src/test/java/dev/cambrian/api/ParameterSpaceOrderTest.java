package dev.cambrian.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParameterSpaceOrderTest {
    @Test
    void aProfilesValuesComeInTheOrderTheParametersAreDeclared() {
        Map<String, Range> backwards = new LinkedHashMap<>(); // stands for a Map.of, whose order changes run to run
        backwards.put("c", Range.of(3));
        backwards.put("a", Range.of(1));
        backwards.put("b", Range.of(2));
        ParameterSpace space = new ParameterSpace(List.of(Parameter.fixed("a", "1", 0, "d", "s"),
                Parameter.fixed("b", "1", 0, "d", "s"), Parameter.fixed("c", "1", 0, "d", "s")),
                List.of(new Profile("p", "d", backwards, "s")));

        assertThat(space.profile("p").orElseThrow().values().keySet()).containsExactly("a", "b", "c");
    }
}
