package dev.cambrian.cli;

import dev.cambrian.cli.output.Quantities;
import dev.cambrian.engine.estimate.Assumption;
import dev.cambrian.engine.estimate.Estimate;
import dev.cambrian.engine.estimate.ResolvedParameters;
import java.util.ArrayList;
import java.util.List;

/**
 * The "Assumption:" lines every output shows for the values in force that differ from a backend's defaults and were
 * given by the user (a scenario file, --set, a lever), each with its default and where it came from. A profile's
 * values are named by the "Profile:" line instead.
 */
final class AssumptionLines {
    private AssumptionLines() {
    }

    static List<String> of(String backendId, List<Assumption> assumptions) {
        List<String> out = new ArrayList<>();
        for (Assumption a : assumptions) {
            if (!a.origin().startsWith("profile")) {
                out.add("Assumption: " + backendId + "." + a.parameter() + " = " + Quantities.range(a.value(), a.unit())
                        + " (default " + Quantities.range(a.defaultValue(), a.unit()) + ") from " + a.origin());
            }
        }
        return out;
    }

    /** An estimate's Assumption lines, then its Profile line. */
    static List<String> of(Estimate e) {
        return withProfile(e.backendId(), e.assumptions(), e.profile());
    }

    /** The same for parameters resolved without an estimate (plan, levers, audit, validate). */
    static List<String> of(ResolvedParameters p) {
        return withProfile(p.backendId(), p.assumptions(), p.profile());
    }

    private static List<String> withProfile(String backendId, List<Assumption> assumptions, String profileOrNull) {
        List<String> out = of(backendId, assumptions);
        out.addAll(profile(backendId, profileOrNull));
        return out;
    }

    /** The profile line for a backend run under a profile other than {@code current}, or none. */
    private static List<String> profile(String backendId, String profileOrNull) {
        return profileOrNull == null || profileOrNull.equals("current") ? List.of()
                : List.of("Profile: " + backendId + " runs under profile '" + profileOrNull + "' (`cambrian explain -b "
                        + backendId + "` shows its values)");
    }
}
