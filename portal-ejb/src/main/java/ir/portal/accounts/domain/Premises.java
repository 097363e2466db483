package ir.portal.accounts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where and when a counter office receives people: its county (the public list groups offices by it), address,
 * phone, opening hours and a link to a map. Texts come in Persian and English; English falls back to Persian.
 */
@Embeddable
public class Premises {

    @Column(name = "county_fa", length = 100)
    private String countyFa;

    @Column(name = "county_en", length = 100)
    private String countyEn;

    @Column(name = "address_fa", length = 500)
    private String addressFa;

    @Column(name = "address_en", length = 500)
    private String addressEn;

    @Column(name = "phone", length = 40)
    private String phone;

    @Column(name = "hours_fa", length = 200)
    private String hoursFa;

    @Column(name = "hours_en", length = 200)
    private String hoursEn;

    @Column(name = "map_link", length = MapLink.LONGEST)
    private String mapLink;

    protected Premises() {}

    public Premises(
            String countyFa,
            String countyEn,
            String addressFa,
            String addressEn,
            String phone,
            String hoursFa,
            String hoursEn,
            MapLink mapLink) {
        this.countyFa = blankless(countyFa);
        this.countyEn = blankless(countyEn);
        this.addressFa = blankless(addressFa);
        this.addressEn = blankless(addressEn);
        this.phone = blankless(phone);
        this.hoursFa = blankless(hoursFa);
        this.hoursEn = blankless(hoursEn);
        this.mapLink = mapLink == null ? null : mapLink.value();
    }

    /** No premises: what a unit that does not receive the public keeps. */
    public static Premises none() {
        return new Premises();
    }

    public String getCountyFa() {
        return countyFa;
    }

    public String getCountyEn() {
        return countyEn;
    }

    public String getAddressFa() {
        return addressFa;
    }

    public String getAddressEn() {
        return addressEn;
    }

    public String getPhone() {
        return phone;
    }

    public String getHoursFa() {
        return hoursFa;
    }

    public String getHoursEn() {
        return hoursEn;
    }

    public Optional<MapLink> mapLink() {
        return Optional.ofNullable(mapLink).map(MapLink::new);
    }

    /** Every field by name, for the audit log's before and after. */
    Map<String, Object> fields() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("countyFa", countyFa);
        f.put("countyEn", countyEn);
        f.put("addressFa", addressFa);
        f.put("addressEn", addressEn);
        f.put("phone", phone);
        f.put("hoursFa", hoursFa);
        f.put("hoursEn", hoursEn);
        f.put("mapLink", mapLink);
        return f;
    }

    private static String blankless(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
