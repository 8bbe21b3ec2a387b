package dev.cambrian.engine.project;

import dev.cambrian.engine.InputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The three scenarios of faraboschi2024barriers Table 1. They differ in how much algorithmic progress the future
 * brings: fewer training FLOP per parameter (fewer tokens per parameter; 120 = 6 FLOP x 20 tokens, the
 * dense Chinchilla rule of faraboschi2024barriers §1.3) and more MoE experts added each year.
 */
public enum ProjectionScenario {
    BEST_CASE("best-case", 20, 8),
    BEST_GUESS("best-guess", 40, 4),
    WORST_CASE("worst-case", 120, 0);

    public static final String SOURCE = "faraboschi2024barriers Table 1 (best case, best guess, worst case)";

    private final String id;
    private final double flopPerParameterWithTokens;
    private final double expertsPerYear;

    ProjectionScenario(String id, double flopPerParameterWithTokens, double expertsPerYear) {
        this.id = id;
        this.flopPerParameterWithTokens = flopPerParameterWithTokens;
        this.expertsPerYear = expertsPerYear;
    }

    public String id() {
        return id;
    }

    /** k in C = k · P² / K: Table 1, "FLOP/parameter (with tokens)". */
    public double flopPerParameterWithTokens() {
        return flopPerParameterWithTokens;
    }

    /** Table 1, "Additional MoE experts/year". */
    public double expertsPerYear() {
        return expertsPerYear;
    }

    public String source() {
        return SOURCE + ": " + id + ", " + String.format(Locale.ROOT, "%.0f", flopPerParameterWithTokens)
                + " FLOP/parameter (with tokens), " + String.format(Locale.ROOT, "%.0f", expertsPerYear)
                + " additional MoE experts/year";
    }

    public static String accepted() {
        return Arrays.stream(values()).map(ProjectionScenario::id).collect(Collectors.joining(", "));
    }

    public static ProjectionScenario fromId(String id) {
        for (ProjectionScenario s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new InputException("unknown projection scenario '" + id + "'; accepted: " + accepted());
    }
}
