package dev.cambrian.engine.project;

import java.util.List;

/** A scenario's year-by-year training cost and the year it crosses each reference line. */
public record Projection(ProjectionScenario scenario, List<ProjectionYear> years, List<Crossing> crossings) {
    public Projection {
        years = List.copyOf(years);
        crossings = List.copyOf(crossings);
    }
}
