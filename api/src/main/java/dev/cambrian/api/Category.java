package dev.cambrian.api;

/** The family a backend belongs to. */
public enum Category {
    GPU("gpu"),
    ACCELERATOR("accelerator"),
    PHOTONIC("photonic"),
    NEUROMORPHIC("neuromorphic"),
    ANALOG_IN_MEMORY("analog-in-memory"),
    QUANTUM_HYBRID("quantum-hybrid"),
    ALGORITHMIC("algorithmic"),
    OTHER("other");

    private final String id;

    Category(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
