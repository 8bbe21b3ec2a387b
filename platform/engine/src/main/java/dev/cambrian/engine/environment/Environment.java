package dev.cambrian.engine.environment;

/**
 * What turns a run's energy and hardware into carbon and water: the grid's carbon intensity, the
 * water the grid's generation consumes per kWh (off-site), the facility's water per kWh of IT energy
 * (on-site WUE), and the embodied-carbon method.
 */
public record Environment(GridFactor grid, Factor offsiteWater, Factor onsiteWue, EmbodiedMethod embodied) {
    public Environment withGrid(GridFactor newGrid) {
        return new Environment(newGrid, offsiteWater, onsiteWue, embodied);
    }

    public Environment withOnsiteWue(Factor wue) {
        return new Environment(grid, offsiteWater, wue, embodied);
    }
}
