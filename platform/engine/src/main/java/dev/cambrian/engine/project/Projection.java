package dev.cambrian.engine.project;

import java.util.List;

/** A scenario's year-by-year training cost and the year it crosses each reference line. */
public record Projection(ProjectionScenario scenario, List<ProjectionYear> years, List<Crossing> crossings) {
    public Projection {
        years = List.copyOf(years);
        crossings = List.copyOf(crossings);
    }

    /**
     * The years from {@code fromYear} on, with the crossings as they are: projected from earlier, a line crossed before
     * the years shown keeps its year (a window from 2031 must not report a 2029 crossing as 2031).
     */
    public Projection from(int fromYear) {
        return new Projection(scenario, years.stream().filter(y -> y.year() >= fromYear).toList(), crossings);
    }
}
