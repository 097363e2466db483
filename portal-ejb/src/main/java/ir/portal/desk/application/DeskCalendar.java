package ir.portal.desk.application;

import ir.portal.desk.domain.DeskRepository;
import ir.portal.desk.domain.WorkingCalendar;
import ir.portal.platform.time.PortalClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The working calendar as configured: the working days of the week ({@code portal.desk.working-days}, Saturday to
 * Wednesday unless set) and the holidays the admin keeps; and today's date where the organisation works, by the
 * portal's one clock.
 */
@ApplicationScoped
public class DeskCalendar {

    @Inject
    @ConfigProperty(name = "portal.desk.working-days", defaultValue = "SATURDAY,SUNDAY,MONDAY,TUESDAY,WEDNESDAY")
    String workingDays;

    @Inject
    DeskRepository desk;

    @Inject
    PortalClock clock;

    public WorkingCalendar calendar() {
        Set<DayOfWeek> days = Arrays.stream(workingDays.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(DayOfWeek::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
        return new WorkingCalendar(days, desk.holidays());
    }

    public LocalDate today() {
        return clock.today();
    }
}
