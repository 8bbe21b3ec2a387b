package dev.cambrian.api.absolute;

import dev.cambrian.api.Category;
import dev.cambrian.api.Checks;
import dev.cambrian.api.Profile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything that makes one accelerator what it is, each figure with its source; {@link AbsoluteBackend}
 * turns it into a backend with the standard absolute models. Build one with {@link #builder}.
 *
 * @param peaks              dense (no sparsity) throughput per device for each precision the device offers
 * @param allInWatts         device + host + network share per device, low / nominal / high
 * @param firstAvailable     year of first general availability as a decimal year (2022.75 = October 2022)
 * @param utilizationEvidence which published training runs on this device the utilization model has seen, or
 *                           that there are none
 * @param publishedRuns      false when no training run on the device is published: the utilization range widens
 * @param defaultDevices     devices a run uses unless told otherwise, with its source
 * @param maxDevices         the largest cluster of this kind the vendor supports, when it states one
 * @param vendorMargin       the vendor's gross margin, for devices whose price the competitive-accelerators lever cuts
 * @param profiles           profiles beyond the kit's {@code current} and {@code enhanced}
 */
public record DeviceSpec(
        String id,
        String name,
        String vendor,
        String deviceKind,
        Category category,
        int technologyReadinessLevel,
        Map<Precision, Figure> peaks,
        Figure memoryBytes,
        Optional<Figure> memoryBandwidth,
        Optional<Figure> scaleUpDomain,
        Optional<Figure> scaleUpBandwidth,
        Figure scaleOutBandwidth,
        Figure tdpWatts,
        Figure allInWatts,
        Figure rentalPerDeviceHour,
        Figure purchasePrice,
        Figure firstAvailable,
        String utilizationEvidence,
        boolean publishedRuns,
        Figure defaultDevices,
        Optional<Figure> maxDevices,
        Optional<Figure> vendorMargin,
        List<Profile> profiles) {

    public DeviceSpec {
        Checks.id("device id", id);
        Checks.text("name of " + id, name);
        Checks.text("vendor of " + id, vendor);
        Checks.text("device kind of " + id, deviceKind);
        if (category == null) {
            throw new IllegalArgumentException(id + ": category() is required");
        }
        EnumMap<Precision, Figure> copy = new EnumMap<>(Precision.class);
        copy.putAll(peaks);
        peaks = Collections.unmodifiableMap(copy);
        if (!peaks.containsKey(Precision.BF16)) {
            throw new IllegalArgumentException(id + ": peak(Precision.BF16, ...) is required: runs train in BF16 unless told otherwise");
        }
        peaks.forEach((p, f) -> Checks.positive(id + " peak " + p.label(), f.value()));
        require(id, "memory", memoryBytes);
        require(id, "tdp", tdpWatts);
        require(id, "scaleOut", scaleOutBandwidth);
        require(id, "allInPower", allInWatts);
        require(id, "rental", rentalPerDeviceHour);
        require(id, "purchase", purchasePrice);
        require(id, "firstAvailable", firstAvailable);
        if (allInWatts.range().low() < tdpWatts.value() * 0.999) {
            throw new IllegalArgumentException(id + ": all-in power (" + allInWatts.range().low()
                    + " W low) cannot be below the device's TDP (" + tdpWatts.value() + " W)");
        }
        Checks.text(id + ": utilizationEvidence (runsPublished(...) or noPublishedRun(...))", utilizationEvidence);
        require(id, "defaultDevices", defaultDevices);
        maxDevices.ifPresent(m -> {
            if (m.value() < defaultDevices.value()) {
                throw new IllegalArgumentException(id + ": defaultDevices (" + (long) defaultDevices.value()
                        + ") exceeds maxDevices (" + (long) m.value() + ")");
            }
        });
        profiles = List.copyOf(profiles);
    }

    private static void require(String id, String builderCall, Figure f) {
        if (f == null) {
            throw new IllegalArgumentException(id + ": " + builderCall + "(...) is required");
        }
        Checks.positive(id + " " + builderCall, f.value());
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** The peak at a precision, if the device offers it. */
    public Optional<Figure> peak(Precision precision) {
        return Optional.ofNullable(peaks.get(precision));
    }

    /** Fluent construction; {@link #build} says which call is missing. */
    public static final class Builder {
        private final String id;
        private String name;
        private String vendor;
        private String deviceKind;
        private Category category;
        private int trl = 9;
        private final EnumMap<Precision, Figure> peaks = new EnumMap<>(Precision.class);
        private Figure memory;
        private Figure memoryBandwidth;
        private Figure scaleUpDomain;
        private Figure scaleUpBandwidth;
        private Figure scaleOutBandwidth;
        private Figure tdp;
        private Figure allIn;
        private Figure rental;
        private Figure purchase;
        private Figure firstAvailable;
        private String evidence;
        private boolean published;
        private Figure defaultDevices = Figure.of(100_000, "decision; default from photonic2025opu ('100,000 high-end GPUs need"
                + " upwards of 100 MW')");
        private Figure maxDevices;
        private Figure vendorMargin;
        private final List<Profile> profiles = new ArrayList<>();

        private Builder(String id) {
            this.id = id;
        }

        /** Display name, vendor and the short device name used in hardware lines ("H100 SXM 80GB"). */
        public Builder names(String name, String vendor, String deviceKind) {
            this.name = name;
            this.vendor = vendor;
            this.deviceKind = deviceKind;
            return this;
        }

        public Builder category(Category category) {
            this.category = category;
            return this;
        }

        public Builder readiness(int technologyReadinessLevel) {
            this.trl = technologyReadinessLevel;
            return this;
        }

        /** Dense peak throughput per device, FLOP/s. */
        public Builder peak(Precision precision, double flopsPerSecond, String source) {
            peaks.put(precision, Figure.of(flopsPerSecond, source));
            return this;
        }

        /** Dense peak known only within a range (a vendor quoting an ambiguous headline), FLOP/s. */
        public Builder peak(Precision precision, double low, double nominal, double high, String source) {
            peaks.put(precision, Figure.range(low, nominal, high, source));
            return this;
        }

        /** Memory capacity per device, bytes. */
        public Builder memory(double bytes, String source) {
            this.memory = Figure.of(bytes, source);
            return this;
        }

        /** Memory bandwidth per device, bytes/s. */
        public Builder memoryBandwidth(double bytesPerSecond, String source) {
            this.memoryBandwidth = Figure.of(bytesPerSecond, source);
            return this;
        }

        /** Devices in one scale-up domain (NVLink, ICI slice, ...). */
        public Builder scaleUpDomain(int devices, String source) {
            this.scaleUpDomain = Figure.of(devices, source);
            return this;
        }

        /** Scale-up bandwidth per device, bytes/s, one direction. */
        public Builder scaleUpBandwidth(double bytesPerSecond, String source) {
            this.scaleUpBandwidth = Figure.of(bytesPerSecond, source);
            return this;
        }

        /** Scale-out network bandwidth per device, bytes/s, one direction. */
        public Builder scaleOut(double bytesPerSecond, String source) {
            this.scaleOutBandwidth = Figure.of(bytesPerSecond, source);
            return this;
        }

        /** The device's own rated power, W. */
        public Builder tdp(double watts, String source) {
            this.tdp = Figure.of(watts, source);
            return this;
        }

        /** Device + host + network share per device, W. */
        public Builder allInPower(double low, double nominal, double high, String source) {
            this.allIn = Figure.range(low, nominal, high, source);
            return this;
        }

        /** Rental (or amortised purchase) per device-hour, USD. */
        public Builder rental(double low, double nominal, double high, String source) {
            this.rental = Figure.range(low, nominal, high, source);
            return this;
        }

        /** Purchase price per device, USD. */
        public Builder purchase(double low, double nominal, double high, String source) {
            this.purchase = Figure.range(low, nominal, high, source);
            return this;
        }

        /** First general availability. */
        public Builder firstAvailable(int year, int month, String source) {
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException(id + ": month must be 1 to 12, got " + month);
            }
            this.firstAvailable = Figure.of(year + (month - 1) / 12.0, source);
            return this;
        }

        /** The published training runs on this device (the utilization model was fitted with them). */
        public Builder runsPublished(String which) {
            this.evidence = which;
            this.published = true;
            return this;
        }

        /** No training run on this device is published: its utilization range is widened. */
        public Builder noPublishedRun(String why) {
            this.evidence = why;
            this.published = false;
            return this;
        }

        /** How many devices a run uses unless the scenario says otherwise (default 100,000, photonic2025opu's cluster). */
        public Builder defaultDevices(long devices, String source) {
            this.defaultDevices = Figure.of(devices, source);
            return this;
        }

        /** The largest cluster of this kind the vendor supports. */
        public Builder maxDevices(long devices, String source) {
            this.maxDevices = Figure.of(devices, source);
            return this;
        }

        /** The vendor's gross margin: the competitive-accelerators lever then cuts this device's prices. */
        public Builder vendorMargin(double fraction, String source) {
            this.vendorMargin = Figure.of(fraction, source);
            return this;
        }

        public Builder profile(Profile profile) {
            profiles.add(profile);
            return this;
        }

        public DeviceSpec build() {
            return new DeviceSpec(id, name, vendor, deviceKind, category, trl, peaks, memory,
                    Optional.ofNullable(memoryBandwidth), Optional.ofNullable(scaleUpDomain),
                    Optional.ofNullable(scaleUpBandwidth), scaleOutBandwidth, tdp, allIn, rental,
                    purchase, firstAvailable, evidence, published, defaultDevices, Optional.ofNullable(maxDevices),
                    Optional.ofNullable(vendorMargin), profiles);
        }
    }
}
