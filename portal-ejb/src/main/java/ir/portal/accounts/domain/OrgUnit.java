package ir.portal.accounts.domain;

import ir.portal.platform.domain.BaseEntity;
import ir.portal.platform.errors.InvalidInput;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A unit of the organisation in its tree (the headquarters and its departments, district offices, their counter
 * offices): it owns a sub-site, its staff work its requests, and the reports compare units and count each as
 * headquarters or operational by its kind. A unit is never under itself, however far down.
 */
@Entity
@Table(name = "org_unit")
@Cacheable
public class OrgUnit extends BaseEntity {

    /** The message key of a parent that is the unit itself or one of the units under it. */
    public static final String PARENT_INSIDE = "accounts.unit.parent.inside";

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(name = "name_fa", nullable = false, length = 200)
    private String nameFa;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private UnitKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OrgUnit parent;

    @Embedded
    private Premises premises;

    protected OrgUnit() {}

    /** A unit at the root of the tree; {@link #moveUnder} places it. */
    public OrgUnit(String code, String nameFa, String nameEn, UnitKind kind) {
        this(code, nameFa, nameEn, kind, Premises.none());
    }

    /** A unit at the root of the tree, with the premises where it receives the public if its kind does. */
    public OrgUnit(String code, String nameFa, String nameEn, UnitKind kind, Premises premises) {
        this.code = code;
        revise(nameFa, nameEn, kind, premises);
    }

    /** Names the unit anew and says what it is; premises are kept only by a kind that receives the public. */
    public void revise(String nameFa, String nameEn, UnitKind kind, Premises premises) {
        this.nameFa = nameFa;
        this.nameEn = nameEn;
        this.kind = kind;
        this.premises = kind.receivesThePublic() && premises != null ? premises : Premises.none();
    }

    /**
     * Places the unit under another one, or at the root when {@code newParent} is null. The new parent may be
     * neither the unit itself nor a unit under it: the tree would become a loop.
     */
    public void moveUnder(OrgUnit newParent) {
        if (newParent != null && newParent.isWithin(this)) {
            throw InvalidInput.of("parentCode", PARENT_INSIDE);
        }
        this.parent = newParent;
    }

    /** Whether this unit is the other one or somewhere under it. */
    public boolean isWithin(OrgUnit other) {
        for (OrgUnit unit = this; unit != null; unit = unit.getParent()) {
            if (unit == other || unit.equals(other)) {
                return true;
            }
        }
        return false;
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

    public UnitKind getKind() {
        return kind;
    }

    /** The unit above this one; null at the root. */
    public OrgUnit getParent() {
        return parent;
    }

    /** Where and when the unit receives people; empty for a unit that does not. */
    public Premises premises() {
        return premises == null ? Premises.none() : premises;
    }

    /** Whether the reports count this unit's work as the headquarters' rather than an operational unit's. */
    public boolean isHeadquarters() {
        return kind.reportGroup() == ReportGroup.HEADQUARTERS;
    }

    /** Every field by name, for the audit log's before and after. */
    public Map<String, Object> fields() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("code", code);
        f.put("nameFa", nameFa);
        f.put("nameEn", nameEn);
        f.put("kind", kind);
        f.put("parentCode", getParent() == null ? null : getParent().getCode());
        f.putAll(premises().fields());
        return f;
    }
}
