package ir.portal.accounts.application;

import ir.portal.accounts.domain.MapLink;
import ir.portal.platform.errors.Problems;
import java.util.regex.Pattern;

/** What a unit needs before it can be saved, field by field, under the names of {@link UnitForm}'s properties. */
final class UnitValidator {

    static final String CODE_SHAPE = "accounts.unit.code.invalid";
    static final String CODE_TAKEN = "accounts.unit.code.taken";
    static final String PARENT_UNKNOWN = "accounts.unit.parent.unknown";
    static final String PHONE = "accounts.unit.phone.invalid";
    static final String MAP_LINK = "accounts.unit.mapLink.invalid";

    /** Capitals and digits in groups joined by hyphens, as the existing codes are ({@code HQ}, {@code QOM-1}). */
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]+(?:-[A-Z0-9]+)*");

    private static final Pattern PHONE_SHAPE = Pattern.compile("\\+?[0-9][0-9 ()-]*[0-9]");

    private UnitValidator() {}

    /** The problems of a new unit's code, as normalised by {@link UnitForm#normalCode}. */
    static Problems code(Problems problems, String code) {
        if (code == null || code.isEmpty()) {
            return problems.add("code", Problems.REQUIRED);
        }
        return problems.addIf(code.length() > 40 || !CODE.matcher(code).matches(), "code", CODE_SHAPE);
    }

    /** The problems of everything but the code and the parent, which need the database. */
    static Problems problems(UnitForm form) {
        Problems problems = new Problems();
        text(problems, "nameFa", form.getNameFa(), 200, true);
        text(problems, "nameEn", form.getNameEn(), 200, true);
        problems.addIf(form.getKind() == null, "kind", Problems.REQUIRED);
        if (!form.isCounterOffice()) {
            return problems;
        }
        text(problems, "countyFa", form.getCountyFa(), 100, true);
        text(problems, "countyEn", form.getCountyEn(), 100, false);
        text(problems, "addressFa", form.getAddressFa(), 500, true);
        text(problems, "addressEn", form.getAddressEn(), 500, false);
        text(problems, "hoursFa", form.getHoursFa(), 200, false);
        text(problems, "hoursEn", form.getHoursEn(), 200, false);
        String phone = UnitForm.normalPhone(form.getPhone());
        problems.addIf(
                phone != null
                        && (phone.length() > 40 || !PHONE_SHAPE.matcher(phone).matches()),
                "phone",
                PHONE);
        String link = form.getMapLink();
        problems.addIf(link != null && !link.isBlank() && MapLink.parse(link).isEmpty(), "mapLink", MAP_LINK);
        return problems;
    }

    private static void text(Problems problems, String field, String value, int longest, boolean required) {
        boolean blank = value == null || value.isBlank();
        problems.addIf(required && blank, field, Problems.REQUIRED)
                .addIf(!blank && value.strip().length() > longest, field, Problems.TOO_LONG);
    }
}
