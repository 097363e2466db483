package ir.portal.accounts.application;

import ir.portal.accounts.domain.OrgUnit;

/** A unit as a form offers it to choose: code and names. */
public record UnitChoice(String code, String nameFa, String nameEn) {

    public static UnitChoice of(OrgUnit unit) {
        return new UnitChoice(unit.getCode(), unit.getNameFa(), unit.getNameEn());
    }
}
