package ir.portal.accounts.domain;

import java.io.Serializable;

/** A unit as its tree shows it: what it is, where it hangs, its county if it has one, how many staff it has. */
public record UnitSummary(
        long id,
        long version,
        String code,
        String nameFa,
        String nameEn,
        UnitKind kind,
        Long parentId,
        String countyFa,
        String countyEn,
        long staff)
        implements Serializable {

    /** The unit's name in the reader's language: Persian unless the language is English. */
    public String name(String language) {
        return "en".equals(language) ? nameEn : nameFa;
    }

    /** The county in the reader's language, Persian when there is no English; null when the unit has none. */
    public String county(String language) {
        return "en".equals(language) && countyEn != null ? countyEn : countyFa;
    }
}
