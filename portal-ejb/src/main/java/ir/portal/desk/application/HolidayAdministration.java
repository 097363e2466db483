package ir.portal.desk.application;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import ir.portal.accounts.domain.Roles;
import ir.portal.desk.domain.DeskRepository;
import ir.portal.desk.domain.Holiday;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** The admin keeps the official holidays, which due dates skip; the lunar ones move every year. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.PORTAL_EXPERT})
public class HolidayAdministration {

    private static final Logger LOG = Logger.getLogger(HolidayAdministration.class.getName());

    @Resource
    SessionContext context;

    @Inject
    DeskRepository desk;

    public List<HolidayRow> holidays() {
        return desk.holidayList().stream()
                .map(h -> new HolidayRow(h.getId(), h.getDay(), h.getNameFa(), h.getNameEn())).toList();
    }

    public void add(LocalDate day, String nameFa, String nameEn) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (day == null) {
            problems.put("day", "desk.required");
        } else if (desk.holidays().contains(day)) {
            problems.put("day", "desk.holiday.exists");
        }
        if (nameFa == null || nameFa.isBlank()) {
            problems.put("nameFa", "desk.required");
        }
        if (!problems.isEmpty()) {
            throw new InvalidSubmission(problems);
        }
        desk.add(new Holiday(day, nameFa.strip(), nameEn == null || nameEn.isBlank() ? nameFa.strip()
                : nameEn.strip()));
        LOG.info(() -> context.getCallerPrincipal().getName() + " added the holiday " + day);
    }

    public void remove(long id) {
        desk.holiday(id).ifPresent(h -> {
            desk.remove(h);
            LOG.info(() -> context.getCallerPrincipal().getName() + " removed the holiday " + h.getDay());
        });
    }

    /** A holiday as the admin's list shows it. */
    public record HolidayRow(long id, LocalDate day, String nameFa, String nameEn) {
    }
}
