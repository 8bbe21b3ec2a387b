package dev.cambrian.engine.project;

import dev.cambrian.engine.InputException;

/**
 * A yearly amount the training cost is compared with (GPU market, IT spending, GDP): a value in a base
 * year growing at a fixed rate. Data, not code: the user can change the value, the year and the rate.
 *
 * @param annualGrowth fraction per year (0.075 = +7.5%/year)
 */
public record ReferenceLine(String id, String name, int baseYear, double baseValueUsd, double annualGrowth, String source) {
    public ReferenceLine {
        if (id == null || id.isBlank()) {
            throw new InputException("reference line: id must not be blank");
        }
        if (!(baseValueUsd > 0) || Double.isInfinite(baseValueUsd)) {
            throw new InputException("reference line " + id + ": base value must be a positive amount in USD, got "
                    + baseValueUsd);
        }
        if (!(annualGrowth > -1) || Double.isInfinite(annualGrowth)) {
            throw new InputException("reference line " + id + ": annual growth must be a fraction above -1 (0.075 = +7.5%),"
                    + " got " + annualGrowth);
        }
        name = name == null ? id : name;
        source = source == null ? "" : source;
    }

    public double valueIn(int year) {
        return baseValueUsd * Math.pow(1 + annualGrowth, year - baseYear);
    }

    public ReferenceLine withAnnualGrowth(double growth) {
        return new ReferenceLine(id, name, baseYear, baseValueUsd, growth, source + "; growth set to " + growth);
    }

    public ReferenceLine withBase(int year, double valueUsd) {
        return new ReferenceLine(id, name, year, valueUsd, annualGrowth, source + "; base set to " + valueUsd + " USD in "
                + year);
    }
}
