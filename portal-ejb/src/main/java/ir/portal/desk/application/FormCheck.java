package ir.portal.desk.application;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import ir.portal.desk.domain.BillId;
import ir.portal.desk.domain.FormField;
import ir.portal.desk.domain.MobileNumber;
import ir.portal.desk.domain.NationalId;
import ir.portal.desk.domain.PostalCode;
import ir.portal.i18n.PersianDigits;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Checks what a person typed into a request form, field by field, collecting a message key per field in trouble
 * rather than stopping at the first. Digits may be typed in Persian, Arabic or Latin; what is kept is Latin.
 */
@ApplicationScoped
public class FormCheck {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_TEXT = 2000;

    public Optional<NationalId> nationalId(String typed, String key, Map<String, String> problems) {
        if (blank(typed)) {
            problems.put(key, "desk.required");
            return Optional.empty();
        }
        Optional<NationalId> id = NationalId.parse(typed);
        if (id.isEmpty()) {
            problems.put(key, "desk.national-id.invalid");
        }
        return id;
    }

    public Optional<MobileNumber> mobile(String typed, String key, Map<String, String> problems) {
        if (blank(typed)) {
            problems.put(key, "desk.required");
            return Optional.empty();
        }
        Optional<MobileNumber> mobile = MobileNumber.parse(typed);
        if (mobile.isEmpty()) {
            problems.put(key, "desk.mobile.invalid");
        }
        return mobile;
    }

    public void name(String typed, String key, Map<String, String> problems) {
        if (blank(typed)) {
            problems.put(key, "desk.required");
        } else if (typed.strip().length() > 200) {
            problems.put(key, "desk.too-long");
        }
    }

    public void email(String typed, String key, Map<String, String> problems) {
        if (!blank(typed) && (typed.strip().length() > 320 || !EMAIL.matcher(typed.strip()).matches())) {
            problems.put(key, "desk.email.invalid");
        }
    }

    /** The value to keep for a form field, in its normal form; empty when it is missing or wrong. */
    public Optional<String> field(FormField field, String typed, Map<String, String> problems) {
        String key = "field." + field.getCode();
        if (blank(typed)) {
            if (field.isRequired()) {
                problems.put(key, "desk.required");
            }
            return Optional.empty();
        }
        String value = typed.strip();
        Optional<String> normal = switch (field.getKind()) {
            case TEXT -> Optional.of(value).filter(v -> v.length() <= 500);
            case LONG_TEXT -> Optional.of(value).filter(v -> v.length() <= MAX_TEXT);
            case NUMBER -> Optional.of(PersianDigits.toLatin(value).replaceAll("[\\s,٬]", ""))
                    .filter(v -> v.matches("\\d{1,18}"));
            case NATIONAL_ID -> NationalId.parse(value).map(NationalId::value);
            case BILL_ID -> BillId.parse(value).map(BillId::value);
            case MOBILE -> MobileNumber.parse(value).map(MobileNumber::value);
            case POSTAL_CODE -> PostalCode.parse(value).map(PostalCode::value);
        };
        if (normal.isEmpty()) {
            problems.put(key, "desk." + field.getKind().name().toLowerCase().replace('_', '-') + ".invalid");
        }
        return normal;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
