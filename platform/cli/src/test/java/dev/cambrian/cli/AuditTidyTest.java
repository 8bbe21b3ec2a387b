package dev.cambrian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cambrian.cli.output.DataTable;
import dev.cambrian.engine.audit.Finding;
import dev.cambrian.engine.audit.Severity;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditTidyTest {
    private static Finding finding(String subject, String check, Finding.Measured... measured) {
        return new Finding(subject, check, "rule", "claim", "source", "numbers", Severity.HIGH, List.of(measured));
    }

    @Test
    void eachComparedFigureIsAColumnNamedWithItsUnitEmptyWhereAFindingDoesNotCompareIt() {
        DataTable t = AuditCommand.tidyFindings(List.of(
                finding("a", "power", new Finding.Measured("implied_power", "W", 400), new Finding.Measured("stated_power", "W", 100)),
                finding("b", "cost", new Finding.Measured("claimed_cost", "USD", 5e6)),
                finding("c", "feasibility")));
        assertThat(t.name()).isEqualTo("findings");
        assertThat(t.columns()).containsExactly("subject", "check", "severity", "source", "implied_power_W", "stated_power_W",
                "claimed_cost_USD");
        assertThat(t.rows()).containsExactly(
                Arrays.asList("a", "power", "high", "source", 400.0, 100.0, null),
                Arrays.asList("b", "cost", "high", "source", null, null, 5e6),
                Arrays.asList("c", "feasibility", "high", "source", null, null, null));
    }
}
