package dev.cambrian.cli;

import dev.cambrian.api.Derivation;
import dev.cambrian.cli.output.Quantities;
import dev.cambrian.cli.output.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** How derivation steps are shown, in one place: table rows and a JSON list. */
final class DerivationView {
    static final List<String> COLUMNS = List.of("quantity", "value", "formula", "inputs", "source");

    private DerivationView() {
    }

    static Table table(String title, List<Derivation> steps) {
        return new Table(title, COLUMNS, rows(steps));
    }

    static List<List<String>> rows(List<Derivation> steps) {
        List<List<String>> rows = new ArrayList<>();
        for (Derivation d : steps) {
            rows.add(List.of(d.quantity(), Quantities.withUnit(d.value(), d.unit()), d.formula(), d.inputs(), d.source()));
        }
        return rows;
    }

    static List<Object> json(List<Derivation> steps) {
        List<Object> list = new ArrayList<>();
        for (Derivation d : steps) {
            Map<String, Object> m = Json.object();
            m.put("quantity", d.quantity());
            m.put("value", d.value());
            m.put("unit", d.unit());
            m.put("formula", d.formula());
            m.put("inputs", d.inputs());
            m.put("source", d.source());
            list.add(m);
        }
        return list;
    }
}
