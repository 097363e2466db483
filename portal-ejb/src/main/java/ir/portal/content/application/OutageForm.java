package ir.portal.content.application;

import ir.portal.platform.domain.LocalizedText;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/** A planned outage as the console edits it. */
public class OutageForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String unitCode;
    private LocalizedText county = new LocalizedText();
    private LocalizedText area = new LocalizedText();
    private LocalizedText reason = new LocalizedText();
    private LocalDate day;
    private LocalTime startsAt;
    private LocalTime endsAt;

    public static OutageForm of(OutageView o) {
        OutageForm form = new OutageForm();
        form.id = o.id();
        form.version = o.version();
        form.unitCode = o.unitCode();
        form.county = LocalizedText.copyOf(o.county());
        form.area = LocalizedText.copyOf(o.area());
        form.reason = LocalizedText.copyOf(o.reason());
        form.day = o.day();
        form.startsAt = o.startsAt();
        form.endsAt = o.endsAt();
        return form;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public LocalizedText getCounty() {
        return county;
    }

    public LocalizedText getArea() {
        return area;
    }

    public LocalizedText getReason() {
        return reason;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalTime endsAt) {
        this.endsAt = endsAt;
    }
}
