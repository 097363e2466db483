package ir.portal.accounts;

import ir.portal.accounts.application.UnitForm;
import ir.portal.accounts.domain.UnitKind;
import java.util.concurrent.ThreadLocalRandom;

/** Units for the tests to add, each under a code no other test uses. */
final class UnitSamples {

    private UnitSamples() {}

    /** A code no other test uses: {@code IT} and five random digits. */
    static String mark() {
        return "IT" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
    }

    static UnitForm unit(String code, UnitKind kind, String parentCode) {
        UnitForm form = new UnitForm();
        form.setCode(code);
        form.setNameFa("واحد " + code);
        form.setNameEn("Unit " + code);
        form.setKind(kind);
        form.setParentCode(parentCode);
        return form;
    }

    /** A counter office with every detail the public sees; a test county {@code شهرستان آزمون …} is County … in English. */
    static UnitForm counterOffice(String code, String parentCode, String countyFa, String nameFa) {
        UnitForm form = unit(code, UnitKind.COUNTER_OFFICE, parentCode);
        form.setNameFa(nameFa);
        form.setCountyFa(countyFa);
        form.setCountyEn(countyFa.replace("شهرستان آزمون", "County"));
        form.setAddressFa("قم، بلوار امین، پلاک ۱۸");
        form.setAddressEn("No. 18, Amin Boulevard, Qom");
        form.setPhone("025-32913400");
        form.setHoursFa("شنبه تا چهارشنبه ۷:۳۰ تا ۱۴:۳۰");
        form.setHoursEn("Saturday to Wednesday 7:30 to 14:30");
        form.setMapLink("https://www.openstreetmap.org/?mlat=34.6253&mlon=50.8818");
        return form;
    }
}
