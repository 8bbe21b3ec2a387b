package dev.cambrian.api;

import java.util.List;

/**
 * Who a backend is.
 *
 * @param id                         stable kebab-case id used on the command line ({@code gpu-h100})
 * @param technologyReadinessLevel   TRL 1 to 9 (NASA / EU scale)
 * @param sources                    the documents its figures come from
 */
public record BackendInfo(
        String id,
        String name,
        Category category,
        int technologyReadinessLevel,
        String description,
        List<String> sources) {

    /**
     * Validates the components; throws IllegalArgumentException for a value the type cannot hold.
     *
     * @param id the kebab-case id
     * @param name display name
     * @param category the category reports group it under
     * @param technologyReadinessLevel 1 to 9 on the NASA scale
     * @param description what it is, in a sentence
     * @param sources the documents its figures come from
     */
    public BackendInfo {
        Checks.id("backend id", id);
        Checks.text("backend name", name);
        if (category == null) {
            throw new IllegalArgumentException("backend " + id + " needs a category");
        }
        if (technologyReadinessLevel < 1 || technologyReadinessLevel > 9) {
            throw new IllegalArgumentException("technology readiness level must be 1 to 9, got " + technologyReadinessLevel);
        }
        Checks.text("description of " + id, description);
        if (sources == null || sources.isEmpty()) {
            throw new IllegalArgumentException("backend " + id + " must name its sources");
        }
        sources.forEach(s -> Checks.text("source of " + id, s));
        sources = List.copyOf(sources);
    }
}
