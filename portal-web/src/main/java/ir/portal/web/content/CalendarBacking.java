package ir.portal.web.content;

import ir.portal.content.application.ContentQueries;
import ir.portal.content.application.ContentSummary;
import ir.portal.i18n.JalaliDate;
import ir.portal.platform.time.PortalClock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Faces;

/**
 * {@code /content/calendar.xhtml?month=140509}: the events of a Jalali month on a month grid, weeks from Saturday
 * to Friday as the Iranian week runs (PrimeFaces' schedule is Gregorian); this month where none is given.
 */
@Named
@RequestScoped
public class CalendarBacking {

    @Inject
    private ContentQueries queries;

    @Inject
    private PortalClock clock;

    private String month;
    private int shown;
    private List<List<Day>> weeks;

    /** A square of the grid: a day of the month (null outside it) and the events on it. */
    public record Day(LocalDate date, Integer number, boolean today, List<ContentSummary> events) {}

    public void load() throws IOException {
        JalaliDate now = JalaliDate.of(clock.today());
        if (month != null && !month.matches("1[34]\\d{2}(0[1-9]|1[0-2])")) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "calendar");
            return;
        }
        shown = month == null ? now.year() * 100 + now.month() : Integer.parseInt(month);
        LocalDate first = new JalaliDate(shown / 100, shown % 100, 1).toLocalDate();
        LocalDate last = new JalaliDate(next(shown) / 100, next(shown) % 100, 1)
                .toLocalDate()
                .minusDays(1);
        List<ContentSummary> events = queries.events(first, last);
        weeks = new ArrayList<>();
        List<Day> week = new ArrayList<>();
        // Saturday starts the week: how many squares before the first day
        int before = (first.getDayOfWeek().getValue() - DayOfWeek.SATURDAY.getValue() + 7) % 7;
        for (int i = 0; i < before; i++) {
            week.add(new Day(null, null, false, List.of()));
        }
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            LocalDate on = day;
            week.add(new Day(
                    day,
                    JalaliDate.of(day).day(),
                    day.equals(clock.today()),
                    events.stream().filter(e -> on(e, on)).toList()));
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) {
                week.add(new Day(null, null, false, List.of()));
            }
            weeks.add(week);
        }
    }

    private static boolean on(ContentSummary event, LocalDate day) {
        LocalDate end = event.endsOn() == null ? event.startsOn() : event.endsOn();
        return !day.isBefore(event.startsOn()) && !day.isAfter(end);
    }

    private static int next(int yearMonth) {
        return yearMonth % 100 == 12 ? (yearMonth / 100 + 1) * 100 + 1 : yearMonth + 1;
    }

    private static int previous(int yearMonth) {
        return yearMonth % 100 == 1 ? (yearMonth / 100 - 1) * 100 + 12 : yearMonth - 1;
    }

    public int getShown() {
        return shown;
    }

    public int getNext() {
        return next(shown);
    }

    public int getPrevious() {
        return previous(shown);
    }

    public List<List<Day>> getWeeks() {
        return weeks;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }
}
