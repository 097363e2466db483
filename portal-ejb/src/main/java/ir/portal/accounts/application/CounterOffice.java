package ir.portal.accounts.application;

import ir.portal.accounts.domain.MapLink;
import ir.portal.accounts.domain.OrgUnit;
import ir.portal.accounts.domain.Premises;
import java.io.Serializable;

/** A counter office as the public list shows it: where it is, how to call it, when it is open, on a map. */
public record CounterOffice(
        String code,
        String nameFa,
        String nameEn,
        String addressFa,
        String addressEn,
        String phone,
        String hoursFa,
        String hoursEn,
        String mapLink)
        implements Serializable {

    static CounterOffice of(OrgUnit unit) {
        Premises p = unit.premises();
        return new CounterOffice(
                unit.getCode(),
                unit.getNameFa(),
                unit.getNameEn(),
                p.getAddressFa(),
                p.getAddressEn(),
                p.getPhone(),
                p.getHoursFa(),
                p.getHoursEn(),
                p.mapLink().map(MapLink::value).orElse(null));
    }

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameFa;
    }

    /** The address in the reader's language, Persian when there is no English. */
    public String address(String language) {
        return "en".equals(language) && addressEn != null ? addressEn : addressFa;
    }

    /** The opening hours in the reader's language, Persian when there is no English. */
    public String hours(String language) {
        return "en".equals(language) && hoursEn != null ? hoursEn : hoursFa;
    }
}
