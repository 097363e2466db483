package ir.portal.content.domain;

import ir.portal.platform.domain.BaseEntity;
import ir.portal.platform.domain.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One line of a series: a dam, a station, a figure; its place among the series' lines. */
@Entity
@Table(name = "stat_line")
public class SeriesLine extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "series_id", nullable = false)
    private Series series;

    @Column(name = "position", nullable = false)
    private int position;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "name_fa", length = 200)),
        @AttributeOverride(name = "en", column = @Column(name = "name_en", length = 200))
    })
    private LocalizedText name = new LocalizedText();

    protected SeriesLine() {}

    SeriesLine(Series series, int position, LocalizedText name) {
        this.series = series;
        this.position = position;
        this.name = LocalizedText.copyOf(name);
    }

    public void rename(LocalizedText newName) {
        name = LocalizedText.copyOf(newName);
    }

    void moveTo(int newPosition) {
        position = newPosition;
    }

    public Series getSeries() {
        return series;
    }

    public int getPosition() {
        return position;
    }

    public LocalizedText getName() {
        return LocalizedText.copyOf(name);
    }
}
