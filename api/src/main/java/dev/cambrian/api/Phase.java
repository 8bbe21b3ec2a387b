package dev.cambrian.api;

/** A phase of a programme, in months from its start. */
public record Phase(String name, double startMonth, double endMonth) {
    /** The name of the run itself: compounds find where a member's programme ends by it (its critical path). */
    public static final String TRAINING = "training";

    /**
     * Validates the components; throws IllegalArgumentException for a value the type cannot hold.
     *
     * @param name what happens
     * @param startMonth month it starts, from today
     * @param endMonth month it ends
     */
    public Phase {
        Checks.text("phase name", name);
        Checks.nonNegative("startMonth of " + name, startMonth);
        Checks.finite("endMonth of " + name, endMonth);
        if (endMonth < startMonth) {
            throw new IllegalArgumentException("phase " + name + " ends (" + endMonth + ") before it starts (" + startMonth + ")");
        }
    }
}
