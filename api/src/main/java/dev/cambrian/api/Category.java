package dev.cambrian.api;

/** The family a backend belongs to. */
public enum Category {
    /** Graphics processors used for training. */
    GPU("gpu"),
    /** Other digital accelerators sold today (TPU, Trainium, Gaudi, wafer-scale). */
    ACCELERATOR("accelerator"),
    /** Optical computing. */
    PHOTONIC("photonic"),
    /** Spiking and in-memory neuromorphic chips. */
    NEUROMORPHIC("neuromorphic"),
    /** Analog in-memory computing. */
    ANALOG_IN_MEMORY("analog-in-memory"),
    /** Quantum processors beside classical ones. */
    QUANTUM_HYBRID("quantum-hybrid"),
    /** A training method rather than a device. */
    ALGORITHMIC("algorithmic"),
    /** Anything else. */
    OTHER("other");

    private final String id;

    Category(String id) {
        this.id = id;
    }

    /**
     * The id reports use.
     *
     * @return the kebab-case id
     */
    public String id() {
        return id;
    }
}
