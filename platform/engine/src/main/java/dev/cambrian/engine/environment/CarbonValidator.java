package dev.cambrian.engine.environment;

import dev.cambrian.api.Range;
import dev.cambrian.api.formula.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Reproduces published carbon figures on their stated bases (issue 15: within 20%). */
public final class CarbonValidator {
    /** The agreement asked of every reproduced figure. */
    public static final double TOLERANCE = 0.20;

    private CarbonValidator() {
    }

    /**
     * @param regions            the grid dataset by region id
     * @param predictedDeviceHours Cambrian's predicted device-hours by run id (from validate), for the energy check
     */
    public static List<CarbonCheck> check(List<PublishedCarbon> published, Map<String, GridFactor> regions,
                                          Map<String, Range> predictedDeviceHours) {
        List<CarbonCheck> out = new ArrayList<>();
        for (PublishedCarbon p : published) {
            double mwh = EnergyBases.statedJoules(p.deviceHours(), p.wattsPerDevice(), p.pue()) / Units.JOULES_PER_MWH;
            OptionalDouble regionTco2e = OptionalDouble.empty();
            GridFactor region = null;
            if (p.region().isPresent()) {
                region = regions.get(p.region().get());
                if (region == null) {
                    throw new IllegalArgumentException(p.id() + ": region '" + p.region().get() + "' is not in the grid dataset");
                }
                regionTco2e = OptionalDouble.of(tonnes(mwh, region.kgCo2ePerKwh().nominal()));
            }
            double intensity;
            String from;
            if (p.statedKgCo2ePerKwh().isPresent()) {
                intensity = p.statedKgCo2ePerKwh().getAsDouble();
                from = "stated";
            } else {
                intensity = region.kgCo2ePerKwh().nominal();
                from = "region " + region.region() + " (" + region.source() + ")";
            }
            Optional<Range> predicted = p.run().map(predictedDeviceHours::get)
                    .map(h -> h.times(EnergyBases.statedJoules(1, p.wattsPerDevice(), p.pue()) / Units.JOULES_PER_MWH));
            out.add(new CarbonCheck(p, mwh, intensity, from, tonnes(mwh, intensity), regionTco2e, predicted));
        }
        return out;
    }

    /** MWh x kgCO2e/kWh = tCO2e. */
    private static double tonnes(double mwh, double kgPerKwh) {
        return mwh * kgPerKwh;
    }
}
