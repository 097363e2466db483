package ir.portal.accounts;

import static ir.portal.Thrown.causedBy;
import static ir.portal.accounts.UnitSamples.counterOffice;
import static ir.portal.accounts.UnitSamples.mark;
import static ir.portal.accounts.UnitSamples.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.portal.accounts.application.UnitAdministration;
import ir.portal.accounts.application.UnitForm;
import ir.portal.accounts.application.UnitNode;
import ir.portal.accounts.application.UnitTree;
import ir.portal.accounts.domain.OrgUnit;
import ir.portal.accounts.domain.ReportGroup;
import ir.portal.accounts.domain.UnitKind;
import ir.portal.catalog.AsExpert;
import ir.portal.platform.audit.AuditLog;
import ir.portal.platform.errors.ConcurrentEdit;
import ir.portal.platform.errors.InvalidInput;
import ir.portal.platform.errors.Refused;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The admin keeps the unit tree: builds it, moves units, edits them; nobody else may. Every code here is new. */
@ExtendWith(ArquillianExtension.class)
class UnitAdministrationIT {

    @Inject
    private UnitAdministration units;

    @Inject
    private AsAdmin asAdmin;

    @Inject
    private AsCitizen asCitizen;

    @Inject
    private AsExpert asExpert;

    @Inject
    private AuditLog audit;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Test
    void theAdminBuildsATreeAndReadsItBackInReadingOrder() throws Exception {
        String mark = mark();
        long root = create(unit(mark + "-HQ", UnitKind.HEADQUARTERS_DEPARTMENT, null));
        long district = create(unit(mark + "-D", UnitKind.DISTRICT_OFFICE, mark + "-HQ"));
        long counter = create(counterOffice(mark + "-D-C", mark + "-D", "قم", "دفتر پیشخوان آزمون"));
        long department = create(unit(mark + "-HQ-A", UnitKind.HEADQUARTERS_DEPARTMENT, mark + "-HQ"));

        UnitTree tree = asAdmin.call(units::tree);
        List<String> mine = tree.rows().stream()
                .map(n -> n.unit().code())
                .filter(code -> code.startsWith(mark + "-"))
                .toList();
        assertEquals(
                List.of(mark + "-HQ", mark + "-HQ-A", mark + "-D", mark + "-D-C"),
                mine,
                "each unit after the one above it, departments of the headquarters before district offices");
        UnitNode rootNode = tree.find(mark + "-HQ").orElseThrow();
        assertEquals(root, rootNode.unit().id());
        assertEquals(0, rootNode.depth());
        assertNull(rootNode.unit().parentId());
        assertEquals(
                List.of(department, district),
                rootNode.children().stream().map(n -> n.unit().id()).toList());
        UnitNode counterNode = tree.find(mark + "-D-C").orElseThrow();
        assertEquals(2, counterNode.depth());
        assertEquals(district, counterNode.unit().parentId());
        assertEquals(counter, counterNode.unit().id());
        assertEquals("قم", counterNode.unit().county("fa"));
        assertEquals(0, counterNode.unit().staff());
    }

    @Test
    void aUnitCannotBeMovedUnderItselfOrUnderAUnitBelowIt() throws Exception {
        String mark = mark();
        long root = create(unit(mark + "-HQ", UnitKind.HEADQUARTERS_DEPARTMENT, null));
        create(unit(mark + "-D", UnitKind.DISTRICT_OFFICE, mark + "-HQ"));
        create(counterOffice(mark + "-D-C", mark + "-D", "قم", "دفتر پیشخوان حلقه"));
        long version = asAdmin.call(() -> units.edit(root)).getVersion();

        InvalidInput below = assertThrows(
                InvalidInput.class,
                () -> asAdmin.call(() -> {
                    units.move(root, version, mark + "-D-C");
                    return null;
                }));
        assertEquals(Map.of("parentCode", "accounts.unit.parent.inside"), below.problems());
        InvalidInput itself = assertThrows(
                InvalidInput.class,
                () -> asAdmin.call(() -> {
                    units.move(root, version, mark + "-HQ");
                    return null;
                }));
        assertEquals(Map.of("parentCode", "accounts.unit.parent.inside"), itself.problems());

        UnitForm edited = asAdmin.call(() -> units.edit(root));
        edited.setParentCode(mark + "-D");
        InvalidInput byTheForm = assertThrows(
                InvalidInput.class,
                () -> asAdmin.call(() -> {
                    units.update(root, edited);
                    return null;
                }));
        assertEquals(Map.of("parentCode", "accounts.unit.parent.inside"), byTheForm.problems());

        UnitTree tree = asAdmin.call(units::tree);
        assertNull(tree.find(mark + "-HQ").orElseThrow().unit().parentId(), "the root stays a root");
        assertEquals(2, tree.find(mark + "-D-C").orElseThrow().depth());
    }

    @Test
    void aUnitMovesUnderAnotherParentAndTheAuditLogKeepsBeforeAndAfter() throws Exception {
        String mark = mark();
        create(unit(mark + "-D1", UnitKind.DISTRICT_OFFICE, null));
        create(unit(mark + "-D2", UnitKind.DISTRICT_OFFICE, null));
        long counter = create(counterOffice(mark + "-C", mark + "-D1", "قم", "دفتر پیشخوان جابه‌جا"));
        long version = asAdmin.call(() -> units.edit(counter)).getVersion();

        asAdmin.call(() -> {
            units.move(counter, version, mark + "-D2");
            return null;
        });

        assertEquals(mark + "-D2", asAdmin.call(() -> units.edit(counter)).getParentCode());
        assertEquals(2, audit.count("OrgUnit:" + counter), "created, then moved");
        String changes = em.createQuery(
                        "SELECT a.changes FROM AuditEntry a WHERE a.subject = :s AND a.action = 'accounts.unit.moved'",
                        String.class)
                .setParameter("s", "OrgUnit:" + counter)
                .getSingleResult();
        assertTrue(
                changes.contains("\"field\":\"parentCode\"")
                        && changes.contains("\"before\":\"" + mark + "-D1\"")
                        && changes.contains("\"after\":\"" + mark + "-D2\""),
                changes);
        String username = em.createQuery(
                        "SELECT a.username FROM AuditEntry a WHERE a.subject = :s AND a.action = 'accounts.unit.moved'",
                        String.class)
                .setParameter("s", "OrgUnit:" + counter)
                .getSingleResult();
        assertEquals("admin", username);
    }

    @Test
    void anEditOnAStaleVersionIsRefusedAndTheFirstOneStands() throws Exception {
        String mark = mark();
        long id = create(unit(mark, UnitKind.DISTRICT_OFFICE, null));
        UnitForm first = asAdmin.call(() -> units.edit(id));
        UnitForm second = asAdmin.call(() -> units.edit(id));

        first.setNameFa("امور برق ناحیه‌ی نخست");
        asAdmin.call(() -> {
            units.update(id, first);
            return null;
        });
        second.setNameFa("امور برق ناحیه‌ی دوم");
        assertThrows(
                ConcurrentEdit.class,
                () -> asAdmin.call(() -> {
                    units.update(id, second);
                    return null;
                }));
        assertThrows(
                ConcurrentEdit.class,
                () -> asAdmin.call(() -> {
                    units.move(id, second.getVersion(), "HQ");
                    return null;
                }));

        UnitForm now = asAdmin.call(() -> units.edit(id));
        assertEquals("امور برق ناحیه‌ی نخست", now.getNameFa());
        assertNull(now.getParentCode(), "the stale move did not happen");
    }

    @Test
    void onlyTheAdminMayKeepTheUnits() {
        String mark = mark();
        for (Exception refused : List.of(
                assertThrows(Exception.class, () -> asCitizen.call(units::tree)),
                assertThrows(Exception.class, () -> asExpert.call(units::tree)),
                assertThrows(
                        Exception.class,
                        () -> asExpert.call(() -> units.create(unit(mark, UnitKind.DISTRICT_OFFICE, null)))),
                assertThrows(Exception.class, () -> units.tree()))) {
            assertTrue(causedBy(refused, Refused.class), refused.toString());
        }
        long created = em.createQuery("SELECT COUNT(u) FROM OrgUnit u WHERE u.code = :c", Long.class)
                .setParameter("c", mark)
                .getSingleResult();
        assertEquals(0, created, "the refused unit was not added");
    }

    @Test
    void wrongInputIsRefusedWithAMessagePerField() throws Exception {
        InvalidInput empty = assertThrows(InvalidInput.class, () -> asAdmin.call(() -> units.create(new UnitForm())));
        assertEquals(
                Map.of(
                        "code", "platform.required",
                        "nameFa", "platform.required",
                        "nameEn", "platform.required",
                        "kind", "platform.required"),
                empty.problems());

        UnitForm counter = counterOffice("QOM-1", "NO-SUCH-UNIT", " ", "دفتر پیشخوان نادرست");
        counter.setAddressFa(null);
        counter.setPhone("تلفن ندارد");
        counter.setMapLink("javascript:alert(1)");
        InvalidInput wrong = assertThrows(InvalidInput.class, () -> asAdmin.call(() -> units.create(counter)));
        assertEquals(
                Map.of(
                        "code", "accounts.unit.code.taken",
                        "parentCode", "accounts.unit.parent.unknown",
                        "countyFa", "platform.required",
                        "addressFa", "platform.required",
                        "phone", "accounts.unit.phone.invalid",
                        "mapLink", "accounts.unit.mapLink.invalid"),
                wrong.problems());

        UnitForm badCode = unit("qom 1", UnitKind.DISTRICT_OFFICE, null);
        assertEquals(
                Map.of("code", "accounts.unit.code.invalid"),
                assertThrows(InvalidInput.class, () -> asAdmin.call(() -> units.create(badCode)))
                        .problems());
    }

    @Test
    void theKindSaysWhetherAUnitCountsAsHeadquartersOrOperational() throws Exception {
        String mark = mark();
        long department = create(unit(mark + "-HQ", UnitKind.HEADQUARTERS_DEPARTMENT, null));
        long district = create(unit(mark + "-D", UnitKind.DISTRICT_OFFICE, mark + "-HQ"));
        long counter = create(counterOffice(mark + "-C", mark + "-D", "قم", "دفتر پیشخوان گزارش"));

        UnitTree tree = asAdmin.call(units::tree);
        assertEquals(ReportGroup.HEADQUARTERS, group(tree, mark + "-HQ"));
        assertEquals(ReportGroup.OPERATIONAL, group(tree, mark + "-D"));
        assertEquals(ReportGroup.OPERATIONAL, group(tree, mark + "-C"));
        assertEquals(ReportGroup.HEADQUARTERS, group(tree, "HQ"), "the demo headquarters");
        assertEquals(ReportGroup.OPERATIONAL, group(tree, "QOM-2"), "a demo district office");
        assertTrue(em.find(OrgUnit.class, department).isHeadquarters());
        assertFalse(em.find(OrgUnit.class, district).isHeadquarters());
        assertFalse(em.find(OrgUnit.class, counter).isHeadquarters());

        UnitForm becomesDepartment = asAdmin.call(() -> units.edit(district));
        becomesDepartment.setKind(UnitKind.HEADQUARTERS_DEPARTMENT);
        asAdmin.call(() -> {
            units.update(district, becomesDepartment);
            return null;
        });
        assertEquals(ReportGroup.HEADQUARTERS, group(asAdmin.call(units::tree), mark + "-D"));
    }

    private static ReportGroup group(UnitTree tree, String code) {
        return tree.find(code).orElseThrow().unit().kind().reportGroup();
    }

    private long create(UnitForm form) throws Exception {
        return asAdmin.call(() -> units.create(form));
    }
}
