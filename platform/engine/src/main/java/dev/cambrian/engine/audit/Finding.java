package dev.cambrian.engine.audit;

import java.util.List;

/**
 * One audit result: whose claim, which check and its rule, the claim and where it comes from, the
 * numbers that test it (as text for people, and as the figures compared, each with its unit, for
 * spreadsheets), and how serious the gap is.
 */
public record Finding(String subject, String check, String rule, String claim, String source, String numbers, Severity severity,
                      List<Measured> measured) {
    public Finding {
        measured = List.copyOf(measured);
    }

    /** A figure the check compares, in SI units (J, USD, W, kgCO2e) or "ratio" for a dimensionless one. */
    public record Measured(String name, String unit, double value) {
    }
}
