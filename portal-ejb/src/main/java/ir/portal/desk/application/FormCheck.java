package ir.portal.desk.application;

import ir.portal.desk.domain.FormField;
import ir.portal.i18n.PersianDigits;
import ir.portal.identifiers.BillId;
import ir.portal.identifiers.EmailAddress;
import ir.portal.identifiers.MobileNumber;
import ir.portal.identifiers.NationalId;
import ir.portal.identifiers.PostalCode;
import ir.portal.platform.errors.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Checks what a person typed into a request form, field by field, collecting a message key per field in trouble
 * rather than stopping at the first. Digits may be typed in Persian, Arabic or Latin; what is kept is Latin.
 */
@ApplicationScoped
public class FormCheck {

    private static final int MAX_TEXT = 2000;

    public Optional<NationalId> nationalId(String typed, String key, Problems problems) {
        if (blank(typed)) {
            problems.add(key, Problems.REQUIRED);
            return Optional.empty();
        }
        Optional<NationalId> id = NationalId.parse(typed);
        if (id.isEmpty()) {
            problems.add(key, "desk.national-id.invalid");
        }
        return id;
    }

    public Optional<MobileNumber> mobile(String typed, String key, Problems problems) {
        if (blank(typed)) {
            problems.add(key, Problems.REQUIRED);
            return Optional.empty();
        }
        Optional<MobileNumber> mobile = MobileNumber.parse(typed);
        if (mobile.isEmpty()) {
            problems.add(key, "desk.mobile.invalid");
        }
        return mobile;
    }

    public void name(String typed, String key, Problems problems) {
        if (blank(typed)) {
            problems.add(key, Problems.REQUIRED);
        } else if (typed.strip().length() > 200) {
            problems.add(key, Problems.TOO_LONG);
        }
    }

    public void email(String typed, String key, Problems problems) {
        if (!blank(typed) && EmailAddress.parse(typed).isEmpty()) {
            problems.add(key, "desk.email.invalid");
        }
    }

    /** The value to keep for a form field, in its normal form; empty when it is missing or wrong. */
    public Optional<String> field(FormField field, String typed, Problems problems) {
        String key = "field." + field.getCode();
        if (blank(typed)) {
            if (field.isRequired()) {
                problems.add(key, Problems.REQUIRED);
            }
            return Optional.empty();
        }
        String value = typed.strip();
        Optional<String> normal = switch (field.getKind()) {
            case TEXT -> Optional.of(value).filter(v -> v.length() <= 500);
            case LONG_TEXT -> Optional.of(value).filter(v -> v.length() <= MAX_TEXT);
            case NUMBER ->
                Optional.of(PersianDigits.toLatin(value).replaceAll("[\\s,٬]", ""))
                        .filter(v -> v.matches("\\d{1,18}"));
            case NATIONAL_ID -> NationalId.parse(value).map(NationalId::value);
            case BILL_ID -> BillId.parse(value).map(BillId::value);
            case MOBILE -> MobileNumber.parse(value).map(MobileNumber::value);
            case POSTAL_CODE -> PostalCode.parse(value).map(PostalCode::value);
        };
        if (normal.isEmpty()) {
            problems.add(key, "desk." + field.getKind().name().toLowerCase().replace('_', '-') + ".invalid");
        }
        return normal;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
