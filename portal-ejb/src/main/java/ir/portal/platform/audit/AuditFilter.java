package ir.portal.platform.audit;

import ir.portal.i18n.PersianDigits;
import ir.portal.platform.errors.InvalidInput;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What the audit viewer asks for: a person (a user name, or its beginning when nobody has exactly that name), one
 * action, a part of the subject, and a range of days where the organisation works, both ends included. Empty
 * parts ask for nothing; what a person typed is taken as they would mean it (spaces around it dropped, Persian
 * and Arabic digits read as Latin ones). A range that ends before it starts is refused, named on {@code to}.
 */
public record AuditFilter(String person, String action, String subject, LocalDate from, LocalDate to)
        implements Serializable {

    /** The message key of a range whose last day comes before its first. */
    public static final String RANGE_REVERSED = "audit.range.reversed";

    public AuditFilter {
        person = typed(person);
        action = typed(action);
        subject = typed(subject);
        if (from != null && to != null && to.isBefore(from)) {
            throw InvalidInput.of("to", RANGE_REVERSED);
        }
    }

    /** Every entry. */
    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }

    /** The first moment of the range: the start of its first day in the zone, if it has one. */
    public Optional<Instant> start(ZoneId zone) {
        return Optional.ofNullable(from).map(day -> day.atStartOfDay(zone).toInstant());
    }

    /** The first moment after the range: the start of the day after its last, if it has one. */
    public Optional<Instant> end(ZoneId zone) {
        return Optional.ofNullable(to)
                .map(day -> day.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private static String typed(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return PersianDigits.toLatin(text.strip());
    }
}
