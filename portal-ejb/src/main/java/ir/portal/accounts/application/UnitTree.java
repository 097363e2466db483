package ir.portal.accounts.application;

import ir.portal.accounts.domain.UnitSummary;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The units as a tree, put together in memory from one list: the roots, and every unit in reading order (each
 * unit followed by the units under it; siblings headquarters first, then district and counter offices, each by
 * code).
 */
public record UnitTree(List<UnitNode> roots, List<UnitNode> rows) implements Serializable {

    private static final Comparator<UnitSummary> SIBLINGS =
            Comparator.comparing(UnitSummary::kind).thenComparing(UnitSummary::code);

    public static UnitTree of(List<UnitSummary> units) {
        Set<Long> ids = new HashSet<>();
        units.forEach(u -> ids.add(u.id()));
        Map<Long, List<UnitSummary>> under = new HashMap<>();
        List<UnitSummary> roots = new ArrayList<>();
        for (UnitSummary unit : units) {
            if (unit.parentId() == null || !ids.contains(unit.parentId())) {
                roots.add(unit);
            } else {
                under.computeIfAbsent(unit.parentId(), id -> new ArrayList<>()).add(unit);
            }
        }
        List<UnitNode> nodes =
                roots.stream().sorted(SIBLINGS).map(r -> node(r, 0, under)).toList();
        List<UnitNode> rows = new ArrayList<>();
        nodes.forEach(n -> inOrder(n, rows));
        return new UnitTree(nodes, List.copyOf(rows));
    }

    private static UnitNode node(UnitSummary unit, int depth, Map<Long, List<UnitSummary>> under) {
        List<UnitNode> children = under.getOrDefault(unit.id(), List.of()).stream()
                .sorted(SIBLINGS)
                .map(child -> node(child, depth + 1, under))
                .toList();
        return new UnitNode(unit, depth, children);
    }

    private static void inOrder(UnitNode node, List<UnitNode> rows) {
        rows.add(node);
        node.children().forEach(child -> inOrder(child, rows));
    }

    public Optional<UnitNode> find(String code) {
        return rows.stream().filter(n -> n.unit().code().equals(code)).findFirst();
    }

    /**
     * The units the unit of this code may be placed under, in reading order: all but itself and the units under
     * it. For a unit not yet saved (null), every unit.
     */
    public List<UnitNode> parentsFor(String code) {
        List<UnitNode> choices = new ArrayList<>();
        int skippingBelow = -1;
        for (UnitNode row : rows) {
            if (skippingBelow >= 0 && row.depth() > skippingBelow) {
                continue;
            }
            skippingBelow = -1;
            if (row.unit().code().equals(code)) {
                skippingBelow = row.depth();
                continue;
            }
            choices.add(row);
        }
        return choices;
    }
}
