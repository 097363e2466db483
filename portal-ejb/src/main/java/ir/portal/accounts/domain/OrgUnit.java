package ir.portal.accounts.domain;

import ir.portal.platform.domain.BaseEntity;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A unit of the organisation (headquarters, a county office, a department): it owns a sub-site, its staff
 * work its requests, and the reports compare units.
 */
@Entity
@Table(name = "org_unit")
@Cacheable
public class OrgUnit extends BaseEntity {

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(name = "name_fa", nullable = false, length = 200)
    private String nameFa;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(nullable = false)
    private boolean headquarters;

    protected OrgUnit() {}

    public OrgUnit(String code, String nameFa, String nameEn, boolean headquarters) {
        this.code = code;
        this.nameFa = nameFa;
        this.nameEn = nameEn;
        this.headquarters = headquarters;
    }

    public String getCode() {
        return code;
    }

    public String getNameFa() {
        return nameFa;
    }

    public String getNameEn() {
        return nameEn;
    }

    /** The unit's name in the reader's language: Persian unless the language is English. */
    public String name(String language) {
        return "en".equals(language) ? nameEn : nameFa;
    }

    public boolean isHeadquarters() {
        return headquarters;
    }
}
