package dev.cambrian.api.absolute;

/** The number formats a device's peak throughput is quoted in; a run trains in one of them. */
public enum Precision {
    FP32(32, "FP32/TF32"),
    BF16(16, "BF16/FP16"),
    FP8(8, "FP8"),
    FP4(4, "FP4");

    private final int bits;
    private final String label;

    Precision(int bits, String label) {
        this.bits = bits;
        this.label = label;
    }

    public int bits() {
        return bits;
    }

    public String label() {
        return label;
    }

    /** The precision with this many bits; anything else is the caller's error. */
    public static Precision ofBits(int bits) {
        for (Precision p : values()) {
            if (p.bits == bits) {
                return p;
            }
        }
        throw new IllegalArgumentException("no precision with " + bits + " bits: use 32, 16, 8 or 4");
    }
}
