package dev.cambrian.engine.lever;

import dev.cambrian.engine.InputException;
import dev.cambrian.engine.Numbers;
import dev.cambrian.engine.Suggestions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/** A lever with the setting in force and where the user asked for it. */
public record LeverSetting(Lever lever, double setting, String origin) {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    public static final String ALL = "all";

    public LeverSetting {
        if (!(setting >= lever.minSetting() && setting <= lever.maxSetting())) {
            throw new InputException(origin + ": " + lever.id() + " takes " + lever.settingUnit() + " from "
                    + Numbers.compact(lever.minSetting()) + " to " + Numbers.compact(lever.maxSetting()) + ", got " + Numbers.compact(setting));
        }
    }

    /** As the user writes it: {@code id} (its default) or {@code id=value}. */
    public String label() {
        return lever.id() + "=" + Numbers.compact(setting);
    }

    /**
     * Parses {@code --lever} values: {@code ID}, {@code ID=VALUE} or {@code all} (every lever that has a
     * default and is not named, at its default). A lever named twice with two settings is refused: the
     * last would win without a word. The result is in catalogue order, so the stacked result does not
     * depend on the order the flags were written in.
     */
    public static List<LeverSetting> parse(List<String> texts, String flag) {
        List<LeverSetting> out = new ArrayList<>();
        boolean all = false;
        for (String raw : texts) {
            String text = raw.trim();
            if (text.equals(ALL)) {
                all = true;
                continue;
            }
            int eq = text.indexOf('=');
            String id = eq < 0 ? text : text.substring(0, eq).trim();
            String where = flag + " " + text;
            Lever lever = Lever.byId(id).orElseThrow(() -> new InputException(where + ": unknown lever '" + id + "'"
                    + Suggestions.didYouMean(id, Lever.ids()) + "; accepted: " + Lever.accepted() + ", " + ALL));
            double setting;
            if (eq < 0) {
                setting = lever.defaultSetting().orElseThrow(() -> new InputException(where + ": " + id
                        + " has no default (" + lever.source() + "); write " + id + "=VALUE in " + lever.settingUnit()));
            } else {
                String value = text.substring(eq + 1).trim();
                if (!NUMBER.matcher(value).matches()) {
                    throw new InputException(where + ": '" + value + "' is not a number (" + lever.settingUnit() + ")");
                }
                setting = Double.parseDouble(value);
            }
            LeverSetting s = new LeverSetting(lever, setting, where);
            out.stream().filter(x -> x.lever() == lever && x.setting() != s.setting()).findFirst().ifPresent(x -> {
                throw new InputException(where + ": " + id + " is also set by " + x.origin() + "; give it once");
            });
            put(out, s);
        }
        if (all) {
            for (Lever l : Lever.values()) {
                if (l.defaultSetting().isPresent() && out.stream().noneMatch(x -> x.lever() == l)) {
                    out.add(new LeverSetting(l, l.defaultSetting().getAsDouble(), flag + " all"));
                }
            }
        }
        out.sort(Comparator.comparing(LeverSetting::lever));
        return List.copyOf(out);
    }

    /**
     * {@code base} with {@code over} laid on it (a lever in both takes {@code over}'s setting, unless over has it only
     * from 'all'), in catalogue order.
     */
    public static List<LeverSetting> merged(List<LeverSetting> base, List<LeverSetting> over) {
        List<LeverSetting> out = new ArrayList<>();
        base.forEach(s -> put(out, s));
        for (LeverSetting s : over) {
            // 'all' fills in the levers not named, at their defaults: one the scenario file names keeps its setting
            if (!(s.origin().endsWith(" " + ALL) && out.stream().anyMatch(x -> x.lever() == s.lever()))) {
                put(out, s);
            }
        }
        out.sort(Comparator.comparing(LeverSetting::lever));
        return List.copyOf(out);
    }

    private static void put(List<LeverSetting> out, LeverSetting s) {
        out.removeIf(x -> x.lever() == s.lever());
        out.add(s);
    }
}
