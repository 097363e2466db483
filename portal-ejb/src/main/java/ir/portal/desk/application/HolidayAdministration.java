package ir.portal.desk.application;

import ir.portal.desk.domain.DeskRepository;
import ir.portal.desk.domain.Holiday;
import ir.portal.desk.domain.HolidayChanged;
import ir.portal.platform.errors.Problems;
import ir.portal.platform.security.Actor;
import ir.portal.platform.security.CurrentActor;
import ir.portal.platform.security.Requires;
import ir.portal.platform.security.Right;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/** The admin keeps the official holidays, which due dates skip; the lunar ones move every year. */
@Stateless
@Requires(Right.HOLIDAYS_EDIT)
public class HolidayAdministration {

    private static final Logger LOG = Logger.getLogger(HolidayAdministration.class.getName());

    @Inject
    CurrentActor actors;

    @Inject
    DeskRepository desk;

    @Inject
    Event<HolidayChanged> changed;

    public List<HolidayRow> holidays() {
        return desk.holidayList().stream()
                .map(h -> new HolidayRow(h.getId(), h.getDay(), h.getNameFa(), h.getNameEn()))
                .toList();
    }

    public void add(LocalDate day, String nameFa, String nameEn) {
        new Problems()
                .addIf(day == null, "day", Problems.REQUIRED)
                .addIf(day != null && desk.holidays().contains(day), "day", "desk.holiday.exists")
                .addIf(nameFa == null || nameFa.isBlank(), "nameFa", Problems.REQUIRED)
                .throwIfAny();
        Actor actor = actors.get();
        Holiday holiday =
                new Holiday(day, nameFa.strip(), nameEn == null || nameEn.isBlank() ? nameFa.strip() : nameEn.strip());
        desk.add(holiday);
        changed.fire(new HolidayChanged(holiday, true, actor));
        LOG.info(() -> actor + " added the holiday " + day);
    }

    public void remove(long id) {
        desk.holiday(id).ifPresent(h -> {
            Actor actor = actors.get();
            desk.remove(h);
            changed.fire(new HolidayChanged(h, false, actor));
            LOG.info(() -> actor + " removed the holiday " + h.getDay());
        });
    }

    /** A holiday as the admin's list shows it. */
    public record HolidayRow(long id, LocalDate day, String nameFa, String nameEn) {}
}
