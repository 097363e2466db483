package ir.portal.content.application;

import ir.portal.platform.domain.LocalizedText;
import java.time.LocalDate;
import java.time.LocalTime;

/** A planned outage as the public page and the console list show it, read as a projection. */
public record OutageView(
        long id,
        long version,
        String unitCode,
        LocalizedText county,
        LocalizedText area,
        LocalizedText reason,
        LocalDate day,
        LocalTime startsAt,
        LocalTime endsAt) {

    static final String SELECT = "SELECT NEW ir.portal.content.application.OutageView(o.id, o.version, u.code,"
            + " o.county, o.area, o.reason, o.day, o.startsAt, o.endsAt) FROM PlannedOutage o JOIN o.unit u";
}
