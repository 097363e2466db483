package ir.portal.accounts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.portal.platform.errors.InvalidInput;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The unit tree's rules: no unit under itself, however far down; the kind decides headquarters or operational. */
class OrgUnitTest {

    private final OrgUnit hq = new OrgUnit("HQ", "ستاد مرکزی", "Headquarters", UnitKind.HEADQUARTERS_DEPARTMENT);
    private final OrgUnit district =
            new OrgUnit("QOM-1", "امور برق ناحیه یک قم", "Qom District 1 Office", UnitKind.DISTRICT_OFFICE);
    private final OrgUnit counter = new OrgUnit(
            "QOM-1-AMIN",
            "دفتر پیشخوان بلوار امین",
            "Amin Boulevard Counter Office",
            UnitKind.COUNTER_OFFICE,
            premises());

    @Test
    void aUnitMovesUnderAnotherAndBackToTheRoot() {
        district.moveUnder(hq);
        counter.moveUnder(district);
        assertSame(district, counter.getParent());
        assertTrue(counter.isWithin(hq), "two levels down is still within the headquarters");

        counter.moveUnder(null);
        assertNull(counter.getParent());
        assertFalse(counter.isWithin(hq));
    }

    @Test
    void aUnitCannotGoUnderItself() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> hq.moveUnder(hq));
        assertEquals(Map.of("parentCode", OrgUnit.PARENT_INSIDE), refused.problems());
        assertNull(hq.getParent());
    }

    @Test
    void aUnitCannotGoUnderOneOfTheUnitsBelowIt() {
        district.moveUnder(hq);
        counter.moveUnder(district);

        InvalidInput refused = assertThrows(InvalidInput.class, () -> hq.moveUnder(counter));
        assertEquals(Map.of("parentCode", OrgUnit.PARENT_INSIDE), refused.problems());
        assertNull(hq.getParent(), "the headquarters stays at the root");
        assertSame(district, counter.getParent(), "nothing else moved");
    }

    @Test
    void theKindSaysWhetherTheReportsCountTheUnitAsHeadquarters() {
        assertTrue(hq.isHeadquarters());
        assertFalse(district.isHeadquarters());
        assertFalse(counter.isHeadquarters());
        assertEquals(ReportGroup.HEADQUARTERS, UnitKind.HEADQUARTERS_DEPARTMENT.reportGroup());
        assertEquals(ReportGroup.OPERATIONAL, UnitKind.DISTRICT_OFFICE.reportGroup());
        assertEquals(ReportGroup.OPERATIONAL, UnitKind.COUNTER_OFFICE.reportGroup());
    }

    @Test
    void onlyACounterOfficeKeepsItsPremises() {
        assertEquals("قم", counter.premises().getCountyFa());
        assertEquals("025-32913400", counter.premises().getPhone());

        counter.revise(counter.getNameFa(), counter.getNameEn(), UnitKind.DISTRICT_OFFICE, premises());
        assertNull(counter.premises().getCountyFa(), "a district office is not listed for the public");
        assertTrue(counter.premises().mapLink().isEmpty());
        assertFalse(counter.isHeadquarters());
    }

    @Test
    void theAuditFieldsNameTheParentByCode() {
        counter.moveUnder(district);
        Map<String, Object> fields = counter.fields();
        assertEquals("QOM-1", fields.get("parentCode"));
        assertEquals(UnitKind.COUNTER_OFFICE, fields.get("kind"));
        assertEquals("قم، بلوار امین، پلاک ۱۸", fields.get("addressFa"));
    }

    private static Premises premises() {
        return new Premises(
                "قم",
                "Qom",
                "قم، بلوار امین، پلاک ۱۸",
                "No. 18, Amin Boulevard, Qom",
                "025-32913400",
                "شنبه تا چهارشنبه ۷:۳۰ تا ۱۴:۳۰",
                "Saturday to Wednesday 7:30 to 14:30",
                new MapLink("https://www.openstreetmap.org/?mlat=34.6253&mlon=50.8818"));
    }
}
