package ir.portal.web.i18n;

import ir.portal.i18n.JalaliDate;
import ir.portal.i18n.PersianDigits;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people here type them: Jalali year/month/day ({@code ۱۴۰۵/۰۹/۱۲}) in any digits; a year of 1700 or
 * more is read as Gregorian. Shown back in Jalali, in the reader's digits. Registered for {@code LocalDate} in
 * {@code faces-config.xml}.
 */
public class JalaliDateConverter implements Converter<LocalDate> {

    private static final Pattern DATE = Pattern.compile("(\\d{4})[/\\-.](\\d{1,2})[/\\-.](\\d{1,2})");

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher m = DATE.matcher(PersianDigits.toLatin(value).strip());
        if (!m.matches()) {
            throw PersianNumberConverters.refused(component, "form.notADate");
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        try {
            return year >= 1700 ? LocalDate.of(year, month, day) : new JalaliDate(year, month, day).toLocalDate();
        } catch (DateTimeException | IllegalArgumentException e) {
            throw PersianNumberConverters.refused(component, "form.notADate");
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        if (value == null) {
            return "";
        }
        String jalali = JalaliDate.of(value).toString();
        return "en".equals(context.getViewRoot().getLocale().getLanguage()) ? jalali : PersianDigits.toPersian(jalali);
    }
}
