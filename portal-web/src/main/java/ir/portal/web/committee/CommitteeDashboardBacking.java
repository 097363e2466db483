package ir.portal.web.committee;

import ir.portal.catalog.domain.Vocabulary.ServiceType;
import ir.portal.committee.application.CommitteeDashboard;
import ir.portal.committee.application.CommitteeQueries;
import ir.portal.committee.domain.ProposalStatus;
import ir.portal.committee.domain.UnitTally;
import ir.portal.i18n.JalaliDate;
import ir.portal.platform.time.PortalClock;
import ir.portal.web.charts.ChartJson;
import ir.portal.web.i18n.Language;
import ir.portal.web.i18n.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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
        return ChartJson.lyingBars(
                rows.stream()
                        .map(e -> Texts.text("ProposalStatus." + e.getKey()))
                        .toList(),
                rows.stream().map(Map.Entry::getValue).toList(),
                Texts.text("committee.dashboard.count"),
                language.isRightToLeft());
    }

    public String getUnitChart() {
        List<UnitTally> units = dashboard.byUnit();
        return ChartJson.lyingBars(
                units.stream().map(this::unitName).toList(),
                units.stream().map(UnitTally::count).toList(),
                Texts.text("committee.dashboard.count"),
                language.isRightToLeft());
    }

    public String getServiceTypeChart() {
        List<Map.Entry<ServiceType, Long>> rows = getByServiceType();
        return ChartJson.doughnut(
                rows.stream().map(e -> Texts.text("ServiceType." + e.getKey())).toList(),
                rows.stream().map(Map.Entry::getValue).toList(),
                language.isRightToLeft());
    }

    public String unitName(UnitTally unit) {
        return "en".equals(language.getCode()) ? unit.nameEn() : unit.nameFa();
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
