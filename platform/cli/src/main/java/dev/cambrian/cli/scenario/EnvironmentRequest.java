package dev.cambrian.cli.scenario;

/**
 * What a scenario file's {@code environment:} block or the flags ask of the footprint: the grid region,
 * a market-based factor in place of the region's average, an on-site WUE. Null means "keep"; each
 * value's origin (file:line:column or the flag) is kept for notes and errors.
 */
public record EnvironmentRequest(String region, String regionOrigin, Double marketKgCo2ePerKwh, String marketOrigin,
                                 Double wueLitresPerKwh, String wueOrigin) {
    public static final EnvironmentRequest NONE = new EnvironmentRequest(null, null, null, null, null, null);

    /** This request with another's non-null values laid over it (flags over the file). */
    public EnvironmentRequest overriddenBy(EnvironmentRequest o) {
        return new EnvironmentRequest(
                o.region != null ? o.region : region, o.region != null ? o.regionOrigin : regionOrigin,
                o.marketKgCo2ePerKwh != null ? o.marketKgCo2ePerKwh : marketKgCo2ePerKwh,
                o.marketKgCo2ePerKwh != null ? o.marketOrigin : marketOrigin,
                o.wueLitresPerKwh != null ? o.wueLitresPerKwh : wueLitresPerKwh,
                o.wueLitresPerKwh != null ? o.wueOrigin : wueOrigin);
    }
}
