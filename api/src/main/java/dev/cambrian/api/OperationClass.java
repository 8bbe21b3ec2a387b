package dev.cambrian.api;

/**
 * The kinds of work a training step is made of. Backends state a speedup and an energy factor per
 * class; the host composes them class by class (docs/models.md §5).
 */
public enum OperationClass {
    /** Dense matrix multiplication (the feed-forward and projection layers). */
    DENSE_MATMUL("dense-matmul"),
    /** Attention score and value products. */
    ATTENTION("attention"),
    /** Element-wise work: activations, normalisation, residuals. */
    ELEMENTWISE("element-wise"),
    /** The optimizer step. */
    OPTIMIZER("optimizer"),
    /** Communication between devices that is not hidden behind compute. */
    COMMUNICATION("communication");

    private final String id;

    OperationClass(String id) {
        this.id = id;
    }

    /**
     * The id reports and parameter names use ("dense-matmul").
     *
     * @return the kebab-case id
     */
    public String id() {
        return id;
    }

    /**
     * The class with an id.
     *
     * @param id a kebab-case id
     * @return the class
     * @throws IllegalArgumentException for an unknown id
     */
    public static OperationClass fromId(String id) {
        for (OperationClass c : values()) {
            if (c.id.equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown operation class '" + id + "'");
    }
}
