package ir.portal.accounts.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ir.portal.accounts.domain.UnitKind;
import ir.portal.accounts.domain.UnitSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tree is put together in memory from one flat list, in reading order, whatever order the list came in. */
class UnitTreeTest {

    private static final List<UnitSummary> UNITS = List.of(
            unit(5, "QOM-1-AMIN", UnitKind.COUNTER_OFFICE, 3L),
            unit(3, "QOM-1", UnitKind.DISTRICT_OFFICE, 1L),
            unit(2, "HQ-IT", UnitKind.HEADQUARTERS_DEPARTMENT, 1L),
            unit(1, "HQ", UnitKind.HEADQUARTERS_DEPARTMENT, null),
            unit(4, "QOM-2", UnitKind.DISTRICT_OFFICE, 1L),
            unit(6, "QOM-2-PARDISAN", UnitKind.COUNTER_OFFICE, 4L),
            unit(7, "ARCHIVE", UnitKind.HEADQUARTERS_DEPARTMENT, null));

    @Test
    void eachUnitFollowsTheUnitAboveItHeadquartersFirst() {
        UnitTree tree = UnitTree.of(UNITS);
        assertEquals(List.of("ARCHIVE", "HQ"), codes(tree.roots()));
        assertEquals(
                List.of("ARCHIVE", "HQ", "HQ-IT", "QOM-1", "QOM-1-AMIN", "QOM-2", "QOM-2-PARDISAN"),
                codes(tree.rows()));
        assertEquals(
                List.of(0, 0, 1, 1, 2, 1, 2),
                tree.rows().stream().map(UnitNode::depth).toList());
        assertEquals(
                List.of("HQ-IT", "QOM-1", "QOM-2"),
                codes(tree.find("HQ").orElseThrow().children()));
    }

    @Test
    void aUnitMayNotBeOfferedItselfOrItsOwnUnitsAsParent() {
        UnitTree tree = UnitTree.of(UNITS);
        assertEquals(List.of("ARCHIVE"), codes(tree.parentsFor("HQ")));
        assertEquals(List.of("ARCHIVE", "HQ", "HQ-IT", "QOM-2", "QOM-2-PARDISAN"), codes(tree.parentsFor("QOM-1")));
        assertEquals(codes(tree.rows()), codes(tree.parentsFor(null)), "a new unit may go anywhere");
    }

    private static List<String> codes(List<UnitNode> nodes) {
        return nodes.stream().map(n -> n.unit().code()).toList();
    }

    private static UnitSummary unit(long id, String code, UnitKind kind, Long parentId) {
        return new UnitSummary(id, 1, code, code, code, kind, parentId, null, null, 0);
    }
}
