package ir.portal.web.i18n;

import ir.portal.i18n.PersianDigits;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time of day as people type it, hour and minutes ({@code ۹:۳۰}, {@code 13:00}) in any digits; shown back in the
 * reader's digits. Registered for {@code LocalTime} in {@code faces-config.xml}.
 */
public class TimeOfDayConverter implements Converter<LocalTime> {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.٫](\\d{2})");

    @Override
    public LocalTime getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher m = TIME.matcher(PersianDigits.toLatin(value).strip());
        if (!m.matches()) {
            throw PersianNumberConverters.refused(component, "form.notATime");
        }
        try {
            return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } catch (DateTimeException e) {
            throw PersianNumberConverters.refused(component, "form.notATime");
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalTime value) {
        if (value == null) {
            return "";
        }
        String time = String.format("%02d:%02d", value.getHour(), value.getMinute());
        return "en".equals(context.getViewRoot().getLocale().getLanguage()) ? time : PersianDigits.toPersian(time);
    }
}
