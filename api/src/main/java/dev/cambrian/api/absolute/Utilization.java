package dev.cambrian.api.absolute;

import dev.cambrian.api.Workload;

/**
 * Model FLOP utilization (MFU) of a training run, from what the public record shows it depends on:
 * <pre>
 *   MFU = reference x (A / 10B)^size x (N / 1,000)^-devices x (B / 5e-5)^network x moe^[MoE] x fp8^[FP8 or lower]
 *         x firstYear^ramp
 * </pre>
 * with A the active parameters per token, N the devices, B the device's scale-out bandwidth per peak
 * BF16 FLOP (bytes per FLOP; 5e-5 is an H100 with a 400 Gb/s NIC), and ramp = max(0, 1 - years since
 * the device's first availability): 1 at launch, 0 after a year. It is linear in logs, so the constants
 * are fitted by least squares on the log MFU of published runs (the engine's {@code validate} does
 * the fit, leave-one-out included); {@link ShippedFit#COEFFICIENTS} holds the result shipped as every absolute backend's
 * default. The formula lives here once: the backends predict with it and the fit regresses on
 * {@link Features#regressors()}.
 */
public final class Utilization {
    /** Active parameters of the reference run the model scales from. */
    public static final double REFERENCE_ACTIVE_PARAMETERS = 1e10;
    /** Devices of the reference run the model scales from. */
    public static final double REFERENCE_DEVICES = 1_000;
    /** Bytes of scale-out bandwidth per peak BF16 FLOP of the reference device (H100: 50 GB/s over 989 TFLOP/s). */
    public static final double REFERENCE_NETWORK_BYTES_PER_FLOP = 5e-5;

    private Utilization() {
    }

    /** One run's inputs to the model. */
    public record Features(double activeParameters, double devices, double networkBytesPerFlop, boolean moe, Precision precision,
                           double hardwareAgeYears) {
        /**
         * A run's features: mixture-of-experts when the workload has experts or fewer active than total parameters;
         * the device's age from its first availability to the middle of the run's year.
         *
         * @param workload the training job
         * @param devices devices
         * @param networkBytesPerFlop scale-out bandwidth over peak BF16 FLOP/s (B/FLOP)
         * @param precision the number format
         * @param year the run's year
         * @param firstAvailableYear first availability as a decimal year
         * @return a run's features: mixture-of-experts when the workload has experts or fewer active than total parameters; the device's age from its first availability to the middle of the run's year
         */
        public static Features of(Workload workload, double devices, double networkBytesPerFlop, Precision precision, int year,
                                  double firstAvailableYear) {
            boolean moe = workload.experts() > 1 || workload.activeParameters() < workload.totalParameters();
            return new Features(workload.activeParameters(), devices, networkBytesPerFlop, moe, precision,
                    hardwareAgeYears(year, firstAvailableYear));
        }

        /** The device's age, in years, from its first availability to the middle of the run's year. */
        static double hardwareAgeYears(int year, double firstAvailableYear) {
            return year + 0.5 - firstAvailableYear;
        }

        /**
         * The regressors of the log-linear fit, in the order of {@link Coefficients#logLinear()}.
         *
         * @return the regressors of the log-linear fit, in the order of {@link Coefficients#logLinear()}
         */
        public double[] regressors() {
            return new double[] {
                1,
                Math.log(activeParameters / REFERENCE_ACTIVE_PARAMETERS),
                -Math.log(devices / REFERENCE_DEVICES),
                Math.log(networkBytesPerFlop / REFERENCE_NETWORK_BYTES_PER_FLOP),
                moe ? 1 : 0,
                precision.bits() <= 8 ? 1 : 0,
                firstYearRamp(hardwareAgeYears)
            };
        }
    }

    /** Names of the regressors, for reports, in the same order. */
    public static final String[] REGRESSOR_NAMES = {"reference", "size", "devices", "network", "moe", "fp8", "first-year"};

    /**
     * The model's constants as they are declared and shown (factors and exponents).
     *
     * @param reference       MFU of a dense BF16 run of 10B active parameters on 1,000 mature devices
     * @param sizeExponent    MFU grows as active parameters to this power
     * @param devicesExponent MFU falls as device count to this power
     * @param networkExponent MFU grows as scale-out bytes per peak FLOP to this power
     * @param moeFactor       MFU of a mixture-of-experts run relative to a dense run of the same active size
     * @param fp8Factor       MFU against the FP8 peak relative to BF16 MFU against the BF16 peak
     * @param firstYearFactor MFU in a device's first month of availability relative to a mature device
     */
    public record Coefficients(double reference, double sizeExponent, double devicesExponent, double networkExponent,
                               double moeFactor, double fp8Factor, double firstYearFactor) {

        /**
         * From the fitted log-linear coefficients, in the order of {@link Features#regressors()}.
         *
         * @param beta the linear model's coefficients in logs
         * @return from the fitted log-linear coefficients, in the order of {@link Features#regressors()}
         */
        public static Coefficients fromLogLinear(double[] beta) {
            return new Coefficients(Math.exp(beta[0]), beta[1], beta[2], beta[3], Math.exp(beta[4]), Math.exp(beta[5]),
                    Math.exp(beta[6]));
        }

        /**
         * The constants as declared (factors and exponents), by name, in the order of the regressors.
         *
         * @return the constants as declared (factors and exponents), by name, in the order of the regressors
         */
        public java.util.Map<String, Double> named() {
            java.util.Map<String, Double> m = new java.util.LinkedHashMap<>();
            m.put("reference", reference);
            m.put("sizeExponent", sizeExponent);
            m.put("devicesExponent", devicesExponent);
            m.put("networkExponent", networkExponent);
            m.put("moeFactor", moeFactor);
            m.put("fp8Factor", fp8Factor);
            m.put("firstYearFactor", firstYearFactor);
            return m;
        }

        /**
         * The coefficients as the fit's linear model in logs.
         *
         * @return log reference, the three exponents, and the logs of the three factors
         */
        public double[] logLinear() {
            return new double[] {Math.log(reference), sizeExponent, devicesExponent, networkExponent, Math.log(moeFactor),
                Math.log(fp8Factor), Math.log(firstYearFactor)};
        }
    }

    /**
     * The region the fit has data in. A power law is trusted only there: outside it, the nearest edge's
     * value is used (the model is flat beyond its data), and {@link #clamped} says what was moved.
     */
    public record Domain(double minActiveParameters, double maxActiveParameters, double minDevices, double maxDevices,
                         double minNetworkBytesPerFlop, double maxNetworkBytesPerFlop) {

        /**
         * Features moved to the nearest edge of the region the fit has data in.
         *
         * @param f the features
         * @return the clamped features
         */
        public Features clamp(Features f) {
            return new Features(within(f.activeParameters(), minActiveParameters, maxActiveParameters),
                    within(f.devices(), minDevices, maxDevices),
                    within(f.networkBytesPerFlop(), minNetworkBytesPerFlop, maxNetworkBytesPerFlop),
                    f.moe(), f.precision(), f.hardwareAgeYears());
        }

        /**
         * What clamping moved, as a reader would want it said, or an empty list.
         *
         * @param f the run's features
         * @return what clamping moved, as a reader would want it said, or an empty list
         */
        public java.util.List<String> clamped(Features f) {
            java.util.List<String> moved = new java.util.ArrayList<>();
            Features c = clamp(f);
            if (c.activeParameters() != f.activeParameters()) {
                moved.add("active parameters " + String.format(java.util.Locale.ROOT, "%.3g", f.activeParameters()) + " taken as "
                        + String.format(java.util.Locale.ROOT, "%.3g", c.activeParameters()));
            }
            if (c.devices() != f.devices()) {
                moved.add("devices " + (long) f.devices() + " taken as " + (long) c.devices());
            }
            if (c.networkBytesPerFlop() != f.networkBytesPerFlop()) {
                moved.add("network bytes per FLOP " + String.format(java.util.Locale.ROOT, "%.3g", f.networkBytesPerFlop())
                        + " taken as " + String.format(java.util.Locale.ROOT, "%.3g", c.networkBytesPerFlop()));
            }
            return moved;
        }

        /**
         * The smallest region holding every one of these runs.
         *
         * @param runs the published runs the fit saw
         * @return the smallest region holding every one of these runs
         */
        public static Domain of(java.util.List<Features> runs) {
            return new Domain(runs.stream().mapToDouble(Features::activeParameters).min().orElseThrow(),
                    runs.stream().mapToDouble(Features::activeParameters).max().orElseThrow(),
                    runs.stream().mapToDouble(Features::devices).min().orElseThrow(),
                    runs.stream().mapToDouble(Features::devices).max().orElseThrow(),
                    runs.stream().mapToDouble(Features::networkBytesPerFlop).min().orElseThrow(),
                    runs.stream().mapToDouble(Features::networkBytesPerFlop).max().orElseThrow());
        }

        static double within(double v, double lo, double hi) {
            return Math.max(lo, Math.min(hi, v));
        }
    }

    /** Compiled once: the plugins' parameter descriptions quote reference values while they load. */
    private static final java.util.regex.Pattern ALL_ZERO_FRACTION = java.util.regex.Pattern.compile("\\.0+(?=e|$)");
    private static final java.util.regex.Pattern TRAILING_ZEROS = java.util.regex.Pattern.compile("(\\.\\d*?)0+(?=e|$)");

    /**
     * A reference value as descriptions and derivations write it: "1e+10", "1000", "5e-05".
     *
     * @param reference a reference value
     * @return a reference value as descriptions and derivations write it: "1e+10", "1000", "5e-05"
     */
    public static String shown(double reference) {
        String number = dev.cambrian.api.Derivation.number(reference);
        return TRAILING_ZEROS.matcher(ALL_ZERO_FRACTION.matcher(number).replaceAll("")).replaceAll("$1");
    }

    /**
     * The model's MFU for a run.
     *
     * @param f the run
     * @param c the coefficients
     * @return MFU, a fraction of peak
     */
    public static double predict(Features f, Coefficients c) {
        return predict(f.activeParameters(), f.devices(), f.networkBytesPerFlop(), f.moe(), f.precision().bits(),
                f.hardwareAgeYears(), c.reference(), c.sizeExponent(), c.devicesExponent(), c.networkExponent(), c.moeFactor(),
                c.fp8Factor(), c.firstYearFactor());
    }

    /**
     * The same prediction from plain numbers, allocating nothing (the batch path calls it per sample):
     * the sum over the regressors of {@link Features#regressors()} times {@link Coefficients#logLinear()}.
     */
    static double predict(double activeParameters, double devices, double networkBytesPerFlop, boolean moe, int bits,
                          double ageYears, double reference, double sizeExponent, double devicesExponent,
                          double networkExponent, double moeFactor, double fp8Factor, double firstYearFactor) {
        double log = 0;
        log += Math.log(reference);
        log += Math.log(activeParameters / REFERENCE_ACTIVE_PARAMETERS) * sizeExponent;
        log += -Math.log(devices / REFERENCE_DEVICES) * devicesExponent;
        log += Math.log(networkBytesPerFlop / REFERENCE_NETWORK_BYTES_PER_FLOP) * networkExponent;
        log += (moe ? 1 : 0) * Math.log(moeFactor);
        log += (bits <= 8 ? 1 : 0) * Math.log(fp8Factor);
        log += firstYearRamp(ageYears) * Math.log(firstYearFactor);
        return Math.exp(log);
    }

    /** 1 at first availability, falling linearly to 0 a year later. */
    static double firstYearRamp(double ageYears) {
        return Math.max(0, Math.min(1, 1 - ageYears));
    }
}
