package dev.cambrian.api;

/** What the model is; some technologies can train only some architectures (photonic2025opu: DFA). */
public enum Architecture {
    /** A dense transformer: every parameter active for every token. */
    DENSE_TRANSFORMER("dense-transformer"),
    /** A mixture-of-experts transformer: a few experts active per token. */
    MOE_TRANSFORMER("moe-transformer"),
    /** A multi-layer perceptron (no attention). */
    MLP("mlp"),
    /** A convolutional network (no attention). */
    CNN("cnn");

    private final String id;

    Architecture(String id) {
        this.id = id;
    }

    /**
     * The id workloads and reports use.
     *
     * @return the kebab-case id
     */
    public String id() {
        return id;
    }

    /**
     * Whether the architecture has attention layers.
     *
     * @return true for the transformers
     */
    public boolean hasAttention() {
        return this == DENSE_TRANSFORMER || this == MOE_TRANSFORMER;
    }

    /**
     * The architecture with an id.
     *
     * @param id a kebab-case id
     * @return the architecture
     * @throws IllegalArgumentException for an unknown id
     */
    public static Architecture fromId(String id) {
        for (Architecture a : values()) {
            if (a.id.equals(id)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown architecture '" + id + "'");
    }
}
