package ir.portal.desk.domain;

import ir.portal.i18n.JalaliDate;
import ir.portal.platform.audit.Audited;
import ir.portal.platform.history.FieldChange;
import ir.portal.platform.security.Actor;
import java.util.List;

/** An official holiday was added or removed: due dates computed from then on count the day differently. */
public record HolidayChanged(Holiday holiday, boolean added, Actor actor) implements Audited {

    @Override
    public String action() {
        return added ? "desk.holiday.added" : "desk.holiday.removed";
    }

    @Override
    public String subject() {
        return "Holiday:" + holiday.getId();
    }

    /** The day (Jalali, as the admin typed it) and its names, appearing or going away. */
    @Override
    public List<FieldChange> changes() {
        return List.of(
                change("day", JalaliDate.of(holiday.getDay()).toString()),
                change("nameFa", holiday.getNameFa()),
                change("nameEn", holiday.getNameEn()));
    }

    private FieldChange change(String field, String value) {
        return added ? new FieldChange(field, null, value) : new FieldChange(field, value, null);
    }
}
