package ir.portal.web.i18n;

import ir.portal.i18n.PersianDigits;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import java.math.BigDecimal;
import org.omnifaces.util.Faces;

/**
 * Whole numbers as people type them: Persian, Arabic or Latin digits, with or without thousands separators.
 * They replace the standard converters of {@code Long} and {@code Integer} for every input of the portal
 * ({@code faces-config.xml}; the annotation was not honoured over the standard converters).
 */
public final class PersianNumberConverters {

    private PersianNumberConverters() {}

    static String digits(String typed) {
        return PersianDigits.toLatin(typed).replaceAll("[\\s,\u066C\u060C٬]", "");
    }

    static ConverterException notANumber(UIComponent component) {
        return refused(component, "form.notANumber");
    }

    /** The message for an input that could not be read, with the input's label in front when it has one. */
    static ConverterException refused(UIComponent component, String key) {
        Object label = component.getAttributes().get("label");
        String message = Faces.getResourceBundle("text").getString(key);
        return new ConverterException(
                new FacesMessage(FacesMessage.SEVERITY_ERROR, label == null ? message : label + ": " + message, null));
    }

    /** {@code Long} inputs (registered for the class in faces-config.xml). */
    public static class LongConverter implements Converter<Long> {

        @Override
        public Long getAsObject(FacesContext context, UIComponent component, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return Long.valueOf(digits(value));
            } catch (NumberFormatException e) {
                throw notANumber(component);
            }
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, Long value) {
            return value == null ? "" : value.toString();
        }
    }

    /** {@code Integer} inputs (registered for the class in faces-config.xml). */
    public static class IntegerConverter implements Converter<Integer> {

        @Override
        public Integer getAsObject(FacesContext context, UIComponent component, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return Integer.valueOf(digits(value));
            } catch (NumberFormatException e) {
                throw notANumber(component);
            }
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, Integer value) {
            return value == null ? "" : value.toString();
        }
    }

    /** {@code BigDecimal} inputs, with {@code .} or the Persian decimal separator (registered in faces-config.xml). */
    public static class DecimalConverter implements Converter<BigDecimal> {

        @Override
        public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            return PersianDigits.decimal(value).orElseThrow(() -> notANumber(component));
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
            return value == null ? "" : value.stripTrailingZeros().toPlainString();
        }
    }
}
