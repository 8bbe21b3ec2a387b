package dev.cambrian.engine.project;

import java.util.List;

/**
 * The three lines faraboschi2024barriers §2.1 compares the training cost with. The seed names them but gives no
 * values, so each value here is chosen from a public figure, named below with its source.
 */
public final class ReferenceLines {
    public static final String GPU_INSTALLED_BASE = "gpu-installed-base";
    public static final String IT_SPENDING = "it-spending";
    public static final String US_GDP = "us-gdp";

    /**
     * Annual value of the worldwide GPU installed base, proxied by the annual GPU market (what is added to
     * the base each year). faraboschi2024barriers §2.1 argues "despite forecasts for a rapidly growing GPU market", so a
     * market forecast of its time is used: Precedence Research (press release, 9 Nov 2023), USD 42.2B in
     * 2022 growing at a 33.8% CAGR to USD 773.07B in 2032.
     */
    public static final int GPU_MARKET_YEAR = 2022;
    public static final double GPU_MARKET_USD = 42.2e9;
    public static final double GPU_MARKET_GROWTH = 0.338;
    public static final String GPU_MARKET_SOURCE = "Precedence Research, GPU market press release (9 Nov 2023):"
            + " USD 42.2B in 2022, CAGR 33.8% to USD 773.07B in 2032; the annual market stands in for the annual"
            + " value of the installed base";

    /** Gartner, worldwide IT spending forecast (July 2024): $5,267B in 2024, +7.5% on 2023; the rate is held. */
    public static final int IT_SPENDING_YEAR = 2024;
    public static final double IT_SPENDING_USD = 5.267e12;
    public static final double IT_SPENDING_GROWTH = 0.075;
    public static final String IT_SPENDING_SOURCE = "Gartner worldwide IT spending forecast (July 2024): $5.267T in"
            + " 2024, +7.5% on 2023; 7.5%/year held";

    /**
     * US Bureau of Economic Analysis, GDP 4th quarter and year 2024: current-dollar GDP about $29.2T, up
     * 5.3% on 2023. 4.5%/year nominal is an assumption (about 2% real growth plus 2% to 2.5% inflation).
     */
    public static final int US_GDP_YEAR = 2024;
    public static final double US_GDP_USD = 29.2e12;
    public static final double US_GDP_GROWTH = 0.045;
    public static final String US_GDP_SOURCE = "BEA, GDP year 2024: current-dollar GDP about $29.2T (+5.3% on 2023);"
            + " 4.5%/year nominal assumed";

    private ReferenceLines() {
    }

    public static List<ReferenceLine> defaults() {
        return List.of(
                new ReferenceLine(GPU_INSTALLED_BASE, "annual value of the worldwide GPU installed base", GPU_MARKET_YEAR,
                        GPU_MARKET_USD, GPU_MARKET_GROWTH, GPU_MARKET_SOURCE),
                new ReferenceLine(IT_SPENDING, "global IT spending", IT_SPENDING_YEAR, IT_SPENDING_USD, IT_SPENDING_GROWTH,
                        IT_SPENDING_SOURCE),
                new ReferenceLine(US_GDP, "US GDP", US_GDP_YEAR, US_GDP_USD, US_GDP_GROWTH, US_GDP_SOURCE));
    }
}
