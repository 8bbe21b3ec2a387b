package dev.cambrian.api;

/** What the model is; some technologies can train only some architectures (photonic2025opu: DFA). */
public enum Architecture {
    DENSE_TRANSFORMER("dense-transformer"),
    MOE_TRANSFORMER("moe-transformer"),
    MLP("mlp"),
    CNN("cnn");

    private final String id;

    Architecture(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public boolean hasAttention() {
        return this == DENSE_TRANSFORMER || this == MOE_TRANSFORMER;
    }

    public static Architecture fromId(String id) {
        for (Architecture a : values()) {
            if (a.id.equals(id)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown architecture '" + id + "'");
    }
}
