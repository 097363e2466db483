package ir.portal.accounts.application;

import ir.portal.accounts.domain.MapLink;
import ir.portal.accounts.domain.OrgUnit;
import ir.portal.accounts.domain.Premises;
import ir.portal.accounts.domain.UnitKind;
import ir.portal.i18n.PersianDigits;
import java.io.Serializable;
import java.util.Locale;

/**
 * A unit as the console adds or edits it: its code (given once, then fixed), names, kind, the code of the unit
 * above it (none for a root), the counter-office details, and the version the admin started from.
 */
public class UnitForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String code;
    private String nameFa;
    private String nameEn;
    private UnitKind kind;
    private String parentCode;
    private String countyFa;
    private String countyEn;
    private String addressFa;
    private String addressEn;
    private String phone;
    private String hoursFa;
    private String hoursEn;
    private String mapLink;

    public static UnitForm of(OrgUnit unit) {
        UnitForm form = new UnitForm();
        form.id = unit.getId();
        form.version = unit.getVersion();
        form.code = unit.getCode();
        form.nameFa = unit.getNameFa();
        form.nameEn = unit.getNameEn();
        form.kind = unit.getKind();
        form.parentCode = unit.getParent() == null ? null : unit.getParent().getCode();
        Premises p = unit.premises();
        form.countyFa = p.getCountyFa();
        form.countyEn = p.getCountyEn();
        form.addressFa = p.getAddressFa();
        form.addressEn = p.getAddressEn();
        form.phone = p.getPhone();
        form.hoursFa = p.getHoursFa();
        form.hoursEn = p.getHoursEn();
        form.mapLink = p.mapLink().map(MapLink::value).orElse(null);
        return form;
    }

    /** The code as kept: capitals, Latin digits, no spaces around it. */
    static String normalCode(String typed) {
        return typed == null ? null : PersianDigits.toLatin(typed.strip()).toUpperCase(Locale.ROOT);
    }

    /** The phone as kept: Latin digits, no spaces around it. */
    static String normalPhone(String typed) {
        return typed == null || typed.isBlank() ? null : PersianDigits.toLatin(typed.strip());
    }

    /** Whether the form is for a unit that receives the public, so the counter-office details apply. */
    public boolean isCounterOffice() {
        return kind != null && kind.receivesThePublic();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /** Where the unit stood when the form was filled from it. */
    public void setVersion(long version) {
        this.version = version;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameFa() {
        return nameFa;
    }

    public void setNameFa(String nameFa) {
        this.nameFa = nameFa;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public UnitKind getKind() {
        return kind;
    }

    public void setKind(UnitKind kind) {
        this.kind = kind;
    }

    public String getParentCode() {
        return parentCode;
    }

    public void setParentCode(String parentCode) {
        this.parentCode = parentCode;
    }

    public String getCountyFa() {
        return countyFa;
    }

    public void setCountyFa(String countyFa) {
        this.countyFa = countyFa;
    }

    public String getCountyEn() {
        return countyEn;
    }

    public void setCountyEn(String countyEn) {
        this.countyEn = countyEn;
    }

    public String getAddressFa() {
        return addressFa;
    }

    public void setAddressFa(String addressFa) {
        this.addressFa = addressFa;
    }

    public String getAddressEn() {
        return addressEn;
    }

    public void setAddressEn(String addressEn) {
        this.addressEn = addressEn;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getHoursFa() {
        return hoursFa;
    }

    public void setHoursFa(String hoursFa) {
        this.hoursFa = hoursFa;
    }

    public String getHoursEn() {
        return hoursEn;
    }

    public void setHoursEn(String hoursEn) {
        this.hoursEn = hoursEn;
    }

    public String getMapLink() {
        return mapLink;
    }

    public void setMapLink(String mapLink) {
        this.mapLink = mapLink;
    }
}
