package ir.portal.web.i18n;

import ir.portal.i18n.JalaliDate;
import ir.portal.i18n.PersianDigits;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import java.time.LocalDate;

/**
 * Dates as people here type them: Jalali year/month/day ({@code ۱۴۰۵/۰۹/۱۲}) in any digits; a year of 1700 or
 * more is read as Gregorian. Shown back in Jalali, in the reader's digits. Registered for {@code LocalDate} in
 * {@code faces-config.xml}.
 */
public class JalaliDateConverter implements Converter<LocalDate> {

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return JalaliDate.parse(value).orElseThrow(() -> PersianNumberConverters.refused(component, "form.notADate"));
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
