package dev.cambrian.cli;

import dev.cambrian.api.Derivation;
import dev.cambrian.cli.output.DataTable;
import dev.cambrian.cli.output.Quantities;
import dev.cambrian.cli.output.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** How derivation steps are shown, in one place: table rows, a JSON list and a spreadsheet's table. */
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

    /**
     * The steps of each subject (a backend, a compound) in order, one row per step: the value as a plain
     * number in the step's own unit, which is a column of its own since steps differ in unit.
     */
    static DataTable tidy(String subjectColumn, Map<String, List<Derivation>> stepsBySubject) {
        List<List<Object>> rows = new ArrayList<>();
        stepsBySubject.forEach((subject, steps) -> {
            for (Derivation d : steps) {
                rows.add(List.of(subject, d.quantity(), d.value(), d.unit(), d.formula(), d.inputs(), d.source()));
            }
        });
        return new DataTable("derivation", List.of(subjectColumn, "quantity", "value", "unit", "formula", "inputs", "source"), rows);
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
