package dev.cambrian.api.absolute;

/** The number formats a device's peak throughput is quoted in; a run trains in one of them. */
public enum Precision {
    /** 32-bit floating point (TF32 on tensor cores). */
    FP32(32, "FP32/TF32"),
    /** 16-bit floating point: what most published runs train in. */
    BF16(16, "BF16/FP16"),
    /** 8-bit floating point. */
    FP8(8, "FP8"),
    /** 4-bit floating point. */
    FP4(4, "FP4");

    private final int bits;
    private final String label;

    Precision(int bits, String label) {
        this.bits = bits;
        this.label = label;
    }

    /**
     * Bits per number.
     *
     * @return 32, 16, 8 or 4
     */
    public int bits() {
        return bits;
    }

    /**
     * The label datasheets use.
     *
     * @return e.g. "BF16/FP16"
     */
    public String label() {
        return label;
    }

    /**
     * The precision with this many bits; anything else is the caller's error.
     *
     * @param bits bits per number: 32, 16, 8 or 4
     * @return the precision with this many bits; anything else is the caller's error
     */
    public static Precision ofBits(int bits) {
        for (Precision p : values()) {
            if (p.bits == bits) {
                return p;
            }
        }
        throw new IllegalArgumentException("no precision with " + bits + " bits: use 32, 16, 8 or 4");
    }
}
