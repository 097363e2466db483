package ir.portal.content.domain;

import ir.portal.accounts.domain.OrgUnit;
import ir.portal.platform.domain.BaseEntity;
import ir.portal.platform.domain.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A planned outage: a county's area without power on a day, from one hour to another, and why. Kept by the staff
 * of the unit that works there, or written by an import (its {@link Source} and the reference it has there).
 */
@Entity
@Table(name = "planned_outage")
public class PlannedOutage extends BaseEntity {

    /** Where the record comes from. */
    public enum Source {
        STAFF,
        IMPORT
    }

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id", nullable = false)
    private OrgUnit unit;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "county_fa", length = 100)),
        @AttributeOverride(name = "en", column = @Column(name = "county_en", length = 100))
    })
    private LocalizedText county = new LocalizedText();

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "area_fa", length = 1000)),
        @AttributeOverride(name = "en", column = @Column(name = "area_en", length = 1000))
    })
    private LocalizedText area = new LocalizedText();

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "reason_fa", length = 500)),
        @AttributeOverride(name = "en", column = @Column(name = "reason_en", length = 500))
    })
    private LocalizedText reason = new LocalizedText();

    @Column(name = "outage_on", nullable = false)
    private LocalDate day;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 20)
    private Source source;

    @Column(name = "reference", length = 100)
    private String reference;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PlannedOutage() {}

    public PlannedOutage(OrgUnit unit, Source source, String reference) {
        this.unit = unit;
        this.source = source;
        this.reference = reference;
    }

    /** Takes what the form or the imported row says. */
    public void set(
            OrgUnit newUnit,
            LocalizedText newCounty,
            LocalizedText newArea,
            LocalizedText newReason,
            LocalDate newDay,
            LocalTime from,
            LocalTime to,
            String by,
            Instant now) {
        unit = newUnit;
        county = LocalizedText.copyOf(newCounty);
        area = LocalizedText.copyOf(newArea);
        reason = LocalizedText.copyOf(newReason);
        day = newDay;
        startsAt = from;
        endsAt = to;
        updatedBy = by;
        updatedAt = now;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public LocalizedText getCounty() {
        return LocalizedText.copyOf(county);
    }

    public LocalizedText getArea() {
        return LocalizedText.copyOf(area);
    }

    public LocalizedText getReason() {
        return LocalizedText.copyOf(reason);
    }

    public LocalDate getDay() {
        return day;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    public Source getSource() {
        return source;
    }

    public String getReference() {
        return reference;
    }
}
