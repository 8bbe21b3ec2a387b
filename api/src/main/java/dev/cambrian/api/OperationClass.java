package dev.cambrian.api;

/**
 * The kinds of work a training step is made of. Backends state a speedup and an energy factor per
 * class; the host composes them class by class (docs/models.md §5).
 */
public enum OperationClass {
    DENSE_MATMUL("dense-matmul"),
    ATTENTION("attention"),
    ELEMENTWISE("element-wise"),
    OPTIMIZER("optimizer"),
    COMMUNICATION("communication");

    private final String id;

    OperationClass(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static OperationClass fromId(String id) {
        for (OperationClass c : values()) {
            if (c.id.equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown operation class '" + id + "'");
    }
}
