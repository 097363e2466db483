package ir.portal.content.domain;

import ir.portal.accounts.domain.OrgUnit;
import ir.portal.platform.domain.BaseEntity;
import ir.portal.platform.domain.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A statistics series a unit keeps: what is measured (dam levels, rainfall), in what measure, drawn as lines or
 * bars, with its lines (a dam, a station) in the order they are shown. Its values are {@link SeriesValue} rows;
 * every change to its lines or values goes through {@link #touch}, which raises the version.
 */
@Entity
@Table(name = "stat_series")
public class Series extends BaseEntity {

    /** How the public page draws the series. */
    public enum Chart {
        LINE,
        BAR
    }

    @Column(name = "code", nullable = false, length = 60, unique = true)
    private String code;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id", nullable = false)
    private OrgUnit unit;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "title_fa", length = 300)),
        @AttributeOverride(name = "en", column = @Column(name = "title_en", length = 300))
    })
    private LocalizedText title = new LocalizedText();

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "about_fa", length = 2000)),
        @AttributeOverride(name = "en", column = @Column(name = "about_en", length = 2000))
    })
    private LocalizedText about = new LocalizedText();

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "measure_fa", length = 100)),
        @AttributeOverride(name = "en", column = @Column(name = "measure_en", length = 100))
    })
    private LocalizedText measure = new LocalizedText();

    @Enumerated(EnumType.STRING)
    @Column(name = "chart", nullable = false, length = 10)
    private Chart chart = Chart.LINE;

    @OneToMany(mappedBy = "series", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<SeriesLine> lines = new ArrayList<>();

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Series() {}

    public Series(String code, OrgUnit unit) {
        this.code = code;
        this.unit = unit;
    }

    /** Takes what the form says of the series itself. */
    public void describe(
            OrgUnit newUnit, LocalizedText newTitle, LocalizedText newAbout, LocalizedText newMeasure, Chart newChart) {
        unit = newUnit;
        title = LocalizedText.copyOf(newTitle);
        about = LocalizedText.copyOf(newAbout);
        measure = LocalizedText.copyOf(newMeasure);
        chart = newChart;
    }

    /** Adds a line at the end. */
    public SeriesLine addLine(LocalizedText name) {
        SeriesLine line = new SeriesLine(this, lines.size(), name);
        lines.add(line);
        return line;
    }

    /** Keeps the given lines, in this order, and lets go of the others (whose values the caller removes first). */
    public void keepLines(List<SeriesLine> kept) {
        lines.retainAll(kept);
        lines.sort(java.util.Comparator.comparingInt(kept::indexOf));
        for (int i = 0; i < lines.size(); i++) {
            lines.get(i).moveTo(i);
        }
    }

    /** Notes who changed the series or its values, and when: the version rises with it. */
    public void touch(String by, Instant now) {
        updatedBy = by;
        updatedAt = now;
    }

    public String getCode() {
        return code;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public LocalizedText getTitle() {
        return LocalizedText.copyOf(title);
    }

    public LocalizedText getAbout() {
        return LocalizedText.copyOf(about);
    }

    public LocalizedText getMeasure() {
        return LocalizedText.copyOf(measure);
    }

    public Chart getChart() {
        return chart;
    }

    public List<SeriesLine> getLines() {
        return List.copyOf(lines);
    }
}
