package ir.portal.content.application;

import ir.portal.content.domain.Series;
import ir.portal.platform.domain.LocalizedText;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A statistics series as the console edits it: what it measures and its lines, in the order they are shown. */
public class SeriesForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One line of the form: an existing line (its id) or a new one (no id), and its name. */
    public static class Line implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long id;
        private LocalizedText name = new LocalizedText();

        public Line() {}

        public Line(Long id, LocalizedText name) {
            this.id = id;
            this.name = LocalizedText.copyOf(name);
        }

        public Long getId() {
            return id;
        }

        public LocalizedText getName() {
            return name;
        }

        public void setName(LocalizedText name) {
            this.name = name;
        }
    }

    private Long id;
    private long version;
    private String code;
    private String unitCode;
    private LocalizedText title = new LocalizedText();
    private LocalizedText about = new LocalizedText();
    private LocalizedText measure = new LocalizedText();
    private Series.Chart chart = Series.Chart.LINE;
    private List<Line> lines = new ArrayList<>(List.of(new Line()));

    public static SeriesForm of(Series series) {
        SeriesForm form = new SeriesForm();
        form.id = series.getId();
        form.version = series.getVersion();
        form.code = series.getCode();
        form.unitCode = series.getUnit().getCode();
        form.title = series.getTitle();
        form.about = series.getAbout();
        form.measure = series.getMeasure();
        form.chart = series.getChart();
        form.lines = new ArrayList<>(series.getLines().stream()
                .map(l -> new Line(l.getId(), l.getName()))
                .toList());
        return form;
    }

    public void addLine() {
        lines.add(new Line());
    }

    public void removeLine(Line line) {
        lines.remove(line);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public void setTitle(LocalizedText title) {
        this.title = title;
    }

    public LocalizedText getAbout() {
        return about;
    }

    public void setAbout(LocalizedText about) {
        this.about = about;
    }

    public LocalizedText getMeasure() {
        return measure;
    }

    public void setMeasure(LocalizedText measure) {
        this.measure = measure;
    }

    public Series.Chart getChart() {
        return chart;
    }

    public void setChart(Series.Chart chart) {
        this.chart = chart;
    }

    public List<Line> getLines() {
        return lines;
    }
}
