package ir.portal.web.committee;

import ir.portal.catalog.domain.Vocabulary.ServiceType;
import ir.portal.committee.application.CommitteeDashboard;
import ir.portal.committee.application.CommitteeQueries;
import ir.portal.committee.domain.ProposalStatus;
import ir.portal.committee.domain.UnitTally;
import ir.portal.i18n.JalaliDate;
import ir.portal.platform.time.PortalClock;
import ir.portal.web.i18n.Language;
import ir.portal.web.i18n.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code /committee/dashboard.xhtml}: the committee's figures for a period of Jalali dates (this Jalali year
 * unless chosen): proposals by state, by unit and by audience type, as charts (Chart.js through PrimeFaces'
 * {@code p:chart}) and as the tables beside them, and the working days from submission to decision and to
 * publication.
 */
@Named
@ViewScoped
public class CommitteeDashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The portal's brand colour and its companions, as the style sheet has them. */
    private static final List<String> COLOURS =
            List.of("#0b5c8a", "#f2a900", "#2e8540", "#b3362f", "#6a4c93", "#1f9bb5", "#8a6d3b", "#5f6b76");

    @Inject
    private CommitteeQueries queries;

    @Inject
    private Language language;

    @Inject
    private PortalClock clock;

    private LocalDate from;
    private LocalDate to;
    private CommitteeDashboard dashboard;

    @PostConstruct
    void init() {
        to = clock.today();
        JalaliDate today = JalaliDate.of(to);
        from = new JalaliDate(today.year(), 1, 1).toLocalDate();
        dashboard = queries.dashboard(from, to);
    }

    public void show() {
        dashboard = queries.dashboard(from, to);
    }

    public CommitteeDashboard getDashboard() {
        return dashboard;
    }

    /** Every state in the order a proposal goes through them, with its count (zero too). */
    public List<Map.Entry<ProposalStatus, Long>> getByStatus() {
        return Arrays.stream(ProposalStatus.values())
                .map(s -> Map.entry(s, dashboard.byStatus().getOrDefault(s, 0L)))
                .toList();
    }

    public List<Map.Entry<ServiceType, Long>> getByServiceType() {
        return List.copyOf(dashboard.byServiceType().entrySet());
    }

    public String getStatusChart() {
        List<Map.Entry<ProposalStatus, Long>> rows = getByStatus();
        return bar(
                rows.stream()
                        .map(e -> Texts.text("ProposalStatus." + e.getKey()))
                        .toList(),
                rows.stream().map(Map.Entry::getValue).toList());
    }

    public String getUnitChart() {
        List<UnitTally> units = dashboard.byUnit();
        return bar(
                units.stream().map(this::unitName).toList(),
                units.stream().map(UnitTally::count).toList());
    }

    public String getServiceTypeChart() {
        List<Map.Entry<ServiceType, Long>> rows = getByServiceType();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (int i = 0; i < rows.size(); i++) {
            colours.add(COLOURS.get(i % COLOURS.size()));
        }
        JsonObjectBuilder options = options();
        options.add(
                "plugins",
                Json.createObjectBuilder()
                        .add(
                                "legend",
                                Json.createObjectBuilder()
                                        .add("position", "bottom")
                                        .add("rtl", rtl()))
                        .add("tooltip", Json.createObjectBuilder().add("rtl", rtl())));
        return Json.createObjectBuilder()
                .add("type", "doughnut")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add(
                                        "labels",
                                        strings(rows.stream()
                                                .map(e -> Texts.text("ServiceType." + e.getKey()))
                                                .toList()))
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add(
                                                                "data",
                                                                numbers(rows.stream()
                                                                        .map(Map.Entry::getValue)
                                                                        .toList()))
                                                        .add("backgroundColor", colours))))
                .add("options", options)
                .build()
                .toString();
    }

    public String unitName(UnitTally unit) {
        return "en".equals(language.getCode()) ? unit.nameEn() : unit.nameFa();
    }

    /**
     * A bar chart of counts, one colour, no legend, the bars lying so that long names read whole; in Persian they
     * grow from the right, under names on the right.
     */
    private String bar(List<String> labels, List<Long> counts) {
        JsonObjectBuilder options = options().add("indexAxis", "y");
        options.add(
                        "plugins",
                        Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("display", false))
                                .add("tooltip", Json.createObjectBuilder().add("rtl", rtl())))
                .add(
                        "scales",
                        Json.createObjectBuilder()
                                .add(
                                        "x",
                                        Json.createObjectBuilder()
                                                .add("beginAtZero", true)
                                                .add("reverse", rtl())
                                                .add(
                                                        "ticks",
                                                        Json.createObjectBuilder()
                                                                .add("precision", 0)))
                                .add("y", Json.createObjectBuilder().add("position", rtl() ? "right" : "left")));
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", strings(labels))
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("label", Texts.text("committee.dashboard.count"))
                                                        .add("data", numbers(counts))
                                                        .add("backgroundColor", COLOURS.get(0)))))
                .add("options", options)
                .build()
                .toString();
    }

    /** What every chart here shares: numbers in the reader's language, the canvas filling its box. */
    private JsonObjectBuilder options() {
        return Json.createObjectBuilder()
                .add("locale", rtl() ? "fa-IR" : "en")
                .add("maintainAspectRatio", false)
                .add("animation", false);
    }

    private boolean rtl() {
        return language.isRightToLeft();
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static JsonArrayBuilder numbers(List<Long> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(v -> array.add(v.longValue()));
        return array;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
