package dev.cambrian.engine.audit;

/** How far a claim is from what its own numbers allow. */
public enum Severity {
    /** Worth knowing; no contradiction. */
    LOW,
    /** Off by more than half again. */
    MEDIUM,
    /** Off by more than a factor of two, or breaks a physical bound. */
    HIGH;

    /** The id reports print ("high"), the same whatever the machine's locale. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Severity ofRatio(double ratio) {
        double r = ratio >= 1 ? ratio : 1 / ratio;
        return r > 2 ? HIGH : r > 1.5 ? MEDIUM : LOW;
    }
}
