package ir.portal.content.domain;

import ir.portal.platform.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The value of one line of a series on one day. Edits are guarded by the series' version ({@link Series#touch}),
 * not by this row's.
 */
@Entity
@Table(name = "stat_value")
public class SeriesValue extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "series_id", nullable = false)
    private Series series;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "line_id", nullable = false)
    private SeriesLine line;

    @Column(name = "measured_on", nullable = false)
    private LocalDate day;

    @Column(name = "amount", nullable = false, precision = 18, scale = 3)
    private BigDecimal amount;

    protected SeriesValue() {}

    public SeriesValue(SeriesLine line, LocalDate day, BigDecimal amount) {
        this.series = line.getSeries();
        this.line = line;
        this.day = day;
        this.amount = amount;
    }

    public void change(BigDecimal newAmount) {
        amount = newAmount;
    }

    public SeriesLine getLine() {
        return line;
    }

    public LocalDate getDay() {
        return day;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
