package ir.portal.web.content;

import ir.portal.content.application.OutageQueries;
import ir.portal.content.application.OutageView;
import ir.portal.platform.domain.LocalizedText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /outages.xhtml?county=}: the planned outages of the next two weeks by day, of one county or all. */
@Named
@RequestScoped
public class OutagesBacking {

    static final int DAYS = 14;

    @Inject
    private OutageQueries queries;

    private String county;
    private List<LocalizedText> counties;
    private Map<LocalDate, List<OutageView>> byDay;

    public void load() {
        counties = queries.counties();
        String shown = county == null || county.isBlank() || county.length() > 100 ? null : county;
        byDay = new LinkedHashMap<>();
        for (OutageView o : queries.upcoming(shown, null, DAYS)) {
            byDay.computeIfAbsent(o.day(), d -> new java.util.ArrayList<>()).add(o);
        }
    }

    public String countyLink(String countyFa) {
        return countyFa == null
                ? "/outages.xhtml"
                : "/outages.xhtml?county=" + URLEncoder.encode(countyFa, StandardCharsets.UTF_8);
    }

    public List<Map.Entry<LocalDate, List<OutageView>>> getDays() {
        return List.copyOf(byDay.entrySet());
    }

    public List<LocalizedText> getCounties() {
        return counties;
    }

    public String getCounty() {
        return county;
    }

    public void setCounty(String county) {
        this.county = county;
    }
}
