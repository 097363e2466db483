package ir.portal.accounts;

import static ir.portal.accounts.UnitSamples.counterOffice;
import static ir.portal.accounts.UnitSamples.mark;
import static ir.portal.accounts.UnitSamples.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.portal.accounts.application.CounterOffice;
import ir.portal.accounts.application.CountyOffices;
import ir.portal.accounts.application.UnitAdministration;
import ir.portal.accounts.application.UnitDirectory;
import ir.portal.accounts.application.UnitForm;
import ir.portal.accounts.domain.UnitKind;
import ir.portal.accounts.domain.UnitSummary;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the unit tree tells others: anyone reads the counter offices by county (the public page to come), and the
 * admin's tree counts each unit's staff. Every code here is new.
 */
@ExtendWith(ArquillianExtension.class)
class UnitDirectoryIT {

    @Inject
    private UnitAdministration units;

    @Inject
    private UnitDirectory directory;

    @Inject
    private AsAdmin asAdmin;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Test
    void anyoneReadsTheCounterOfficesByCountyWithWhatAVisitorNeeds() throws Exception {
        String mark = mark();
        String county = "شهرستان آزمون " + mark;
        create(unit(mark + "-D", UnitKind.DISTRICT_OFFICE, null));
        UnitForm second = counterOffice(mark + "-B", mark + "-D", county, "دفتر پیشخوان ب");
        second.setPhone("۰۲۵-۳۷۷۴۰۵۱۲");
        create(second);
        create(counterOffice(mark + "-A", mark + "-D", county, "دفتر پیشخوان الف"));
        UnitForm notACounter = unit(mark + "-E", UnitKind.DISTRICT_OFFICE, null);
        notACounter.setCountyFa(county);
        notACounter.setAddressFa("نشانی‌ای که ذخیره نمی‌شود");
        create(notACounter);

        CountyOffices mine = county(directory.counterOfficesByCounty(), county).orElseThrow();
        assertEquals("County " + mark, mine.county("en"));
        assertEquals(
                List.of("دفتر پیشخوان الف", "دفتر پیشخوان ب"),
                mine.offices().stream().map(CounterOffice::nameFa).toList(),
                "by name; a district office is not a counter office, whatever was typed for it");
        CounterOffice b = mine.offices().get(1);
        assertEquals("025-37740512", b.phone(), "kept in Latin digits");
        assertEquals("قم، بلوار امین، پلاک ۱۸", b.address("fa"));
        assertEquals("No. 18, Amin Boulevard, Qom", b.address("en"));
        assertEquals("شنبه تا چهارشنبه ۷:۳۰ تا ۱۴:۳۰", b.hours("fa"));
        assertEquals("Saturday to Wednesday 7:30 to 14:30", b.hours("en"));
        assertEquals("https://www.openstreetmap.org/?mlat=34.6253&mlon=50.8818", b.mapLink());
    }

    @Test
    void theDemoCounterOfficesAreListedInTheirThreeCounties() {
        List<CountyOffices> counties = directory.counterOfficesByCounty();
        assertTrue(
                counties.stream().map(CountyOffices::countyFa).toList().containsAll(Set.of("قم", "جعفرآباد", "کهک")),
                counties.toString());
        CountyOffices kahak = county(counties, "کهک").orElseThrow();
        assertEquals("Kahak", kahak.county("en"));
        assertTrue(
                kahak.offices().stream()
                        .anyMatch(o -> o.code().equals("KAHAK-1")
                                && o.phone().equals("025-37362215")
                                && o.mapLink().startsWith("https://")),
                kahak.toString());
    }

    @Test
    void aCounterOfficeThatBecomesADistrictOfficeLeavesTheListWithItsPremises() throws Exception {
        String mark = mark();
        String county = "شهرستان آزمون " + mark;
        long id = create(counterOffice(mark, null, county, "دفتر پیشخوان موقت"));
        assertTrue(county(directory.counterOfficesByCounty(), county).isPresent());

        UnitForm form = asAdmin.call(() -> units.edit(id));
        form.setKind(UnitKind.DISTRICT_OFFICE);
        asAdmin.call(() -> {
            units.update(id, form);
            return null;
        });

        assertTrue(county(directory.counterOfficesByCounty(), county).isEmpty(), "no longer listed");
        UnitForm now = asAdmin.call(() -> units.edit(id));
        assertNull(now.getAddressFa(), "a district office keeps no counter-office details");
        assertNull(now.getMapLink());
    }

    @Test
    void theTreeCountsEachUnitsStaffAccounts() throws Exception {
        UnitSummary qom1 = asAdmin.call(units::tree).find("QOM-1").orElseThrow().unit();
        long accounts = em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.unit.code = 'QOM-1'", Long.class)
                .getSingleResult();
        assertTrue(accounts >= 3, "the demo editor, manager and officer work in QOM-1");
        assertEquals(accounts, qom1.staff());
        UnitSummary hq = asAdmin.call(units::tree).find("HQ").orElseThrow().unit();
        assertTrue(hq.staff() >= 4, "the demo expert, committee member, operator and admin: " + hq.staff());
    }

    private static Optional<CountyOffices> county(List<CountyOffices> counties, String countyFa) {
        return counties.stream().filter(c -> countyFa.equals(c.countyFa())).findFirst();
    }

    private long create(UnitForm form) throws Exception {
        return asAdmin.call(() -> units.create(form));
    }
}
