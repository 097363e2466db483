package ir.portal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.portal.catalog.AsEditor;
import ir.portal.catalog.AsExpert;
import ir.portal.content.application.OutageForm;
import ir.portal.content.application.OutageQueries;
import ir.portal.content.application.OutageService;
import ir.portal.content.application.OutageView;
import ir.portal.platform.domain.LocalizedText;
import ir.portal.platform.errors.InvalidInput;
import ir.portal.platform.errors.Refused;
import ir.portal.platform.time.PortalClock;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Planned outages (issue 11): kept by a unit's staff, shown by county and day, refused where they do not belong. */
@ExtendWith(ArquillianExtension.class)
class OutagesIT {

    @Inject
    private OutageService outages;

    @Inject
    private OutageQueries queries;

    @Inject
    private AsEditor asEditor;

    @Inject
    private AsExpert asExpert;

    @Inject
    private PortalClock clock;

    @Test
    void anEditorKeepsTheUnitsOutagesAndVisitorsFindThemByCounty() throws Exception {
        long id = asEditor.call(() -> outages.save(form("QOM-1", "قم", "خیابان آزمون", 2, "09:00", "11:30")));
        long kahak = asExpert.call(() -> outages.save(form("KAHAK", "کهک", "روستای آزمون", 2, "10:00", "12:00")));

        List<OutageView> qom = queries.upcoming("قم", null, 14);
        assertTrue(qom.stream().anyMatch(o -> o.id() == id), "the county's outage");
        assertTrue(qom.stream().noneMatch(o -> o.id() == kahak), "and only the county's");
        assertTrue(queries.upcoming(null, null, 14).stream().anyMatch(o -> o.id() == kahak), "all counties");
        assertTrue(
                queries.counties().stream().map(LocalizedText::getFa).toList().containsAll(List.of("قم", "کهک")));
        assertTrue(
                queries.upcoming(null, clock.today().plusDays(3), 14).stream().noneMatch(o -> o.id() == id),
                "not on the days after it");

        OutageForm other = asExpert.call(() -> outages.edit(kahak));
        assertThrows(Refused.class, () -> asEditor.call(() -> outages.edit(kahak)), "another unit's outage");
        assertThrows(
                Refused.class,
                () -> asEditor.call(() -> {
                    outages.remove(kahak, other.getVersion());
                    return null;
                }));
        assertThrows(
                Refused.class,
                () -> asEditor.call(() -> outages.save(form("KAHAK", "کهک", "نه", 1, "09:00", "10:00"))),
                "nor writes one for another unit");

        OutageForm mine = asEditor.call(() -> outages.edit(id));
        asEditor.call(() -> {
            outages.remove(id, mine.getVersion());
            return null;
        });
        assertTrue(queries.upcoming("قم", null, 14).stream().noneMatch(o -> o.id() == id), "removed");
    }

    @Test
    void anOutageEndsAfterItStartsAndSaysWhere() throws Exception {
        OutageForm backwards = form("QOM-1", "قم", "خیابان", 1, "12:00", "09:00");
        InvalidInput refused = assertThrows(InvalidInput.class, () -> asEditor.call(() -> outages.save(backwards)));
        assertEquals(Map.of("endsAt", "content.invalid.order"), refused.problems());
        OutageForm nowhere = form("QOM-1", "", "", 1, "09:00", "10:00");
        refused = assertThrows(InvalidInput.class, () -> asEditor.call(() -> outages.save(nowhere)));
        assertEquals(Map.of("county.fa", "platform.required", "area.fa", "platform.required"), refused.problems());
    }

    private OutageForm form(String unit, String county, String area, int inDays, String from, String to) {
        OutageForm form = new OutageForm();
        form.setUnitCode(unit);
        form.getCounty().setFa(county);
        form.getArea().setFa(area);
        form.setDay(clock.today().plusDays(inDays));
        form.setStartsAt(LocalTime.parse(from));
        form.setEndsAt(LocalTime.parse(to));
        return form;
    }
}
