package dev.cambrian.api;

/** How a parameter varies inside its range when the host samples or bounds it. */
public enum Distribution {
    /** A decision or a fact (device count, datasheet peak): not varied. */
    FIXED,
    /** Triangular over low / nominal / high. */
    TRIANGULAR,
    /** Uniform between low and high. */
    UNIFORM,
    /** Uniform in logs between low and high (both positive). */
    LOG_UNIFORM;

    /**
     * The id reports print ("log_uniform"): the same on every machine, whatever its locale.
     *
     * @return the id reports print ("log_uniform"): the same on every machine, whatever its locale
     */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
