package dev.cambrian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cambrian.cli.output.Format;
import dev.cambrian.cli.output.Renderer;
import dev.cambrian.engine.lever.LeverEffects;
import dev.cambrian.engine.lever.LeverSetting;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeversViewTest {
    @Test
    void tidyEffectsHaveARowPerLeverSetWithNumbersInSiUnits() {
        List<LeverSetting> levers = LeverSetting.parse(List.of("data-reduction=0.5", "mx-format=0.5"), "--lever");
        // a run of 100 s, 1 MJ and $10 made half as long by halving the tokens; the stacked run a quarter
        LeverEffects.Result result = LeverEffects.measure(levers, chosen -> {
            double f = Math.pow(0.5, chosen.size());
            return new LeverEffects.Figures(100 * f, 1e6 * f, 10 * f);
        });
        String csv = Renderer.render(new dev.cambrian.cli.output.Report(List.of(), List.of(), Json.object(),
                List.of(LeversView.tidy(result))), Format.CSV);
        assertThat(csv.lines().toList()).containsExactly(
                "set,levers,levers_count,time_nominal_s,energy_nominal_J,cost_nominal_USD,time_factor_ratio,energy_factor_ratio,"
                        + "cost_factor_ratio",
                "none,none,0,100,1000000,10,1,1,1",
                "alone,data-reduction=0.5,1,50,500000,5,0.5,0.5,0.5",
                "alone,mx-format=0.5,1,50,500000,5,0.5,0.5,0.5",
                "stacked,\"data-reduction=0.5, mx-format=0.5\",2,25,250000,2.5,0.25,0.25,0.25");
    }
}
