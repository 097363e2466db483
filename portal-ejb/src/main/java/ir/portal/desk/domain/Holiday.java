package ir.portal.desk.domain;

import ir.portal.platform.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * An official holiday on which no working day is counted. The lunar holidays move every year, so the admin keeps
 * this table rather than a rule.
 */
@Entity
@Table(name = "holiday")
public class Holiday extends BaseEntity {

    @Column(name = "holiday_on", nullable = false, unique = true)
    private LocalDate day;

    @Column(name = "name_fa", nullable = false, length = 200)
    private String nameFa;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    protected Holiday() {}

    public Holiday(LocalDate day, String nameFa, String nameEn) {
        this.day = day;
        this.nameFa = nameFa;
        this.nameEn = nameEn;
    }

    public LocalDate getDay() {
        return day;
    }

    public String getNameFa() {
        return nameFa;
    }

    public String getNameEn() {
        return nameEn;
    }
}
