package dev.cambrian.engine.audit;

/**
 * One audit result: whose claim, which check and its rule, the claim and where it comes from, the
 * numbers that test it, and how serious the gap is.
 */
public record Finding(String subject, String check, String rule, String claim, String source, String numbers, Severity severity) {
}
