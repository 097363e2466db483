package ir.portal.web.catalog;

import ir.portal.catalog.application.CardSummary;
import ir.portal.catalog.application.CatalogQueries;
import ir.portal.catalog.application.CatalogQueries.UnitOption;
import ir.portal.catalog.application.CatalogQuery;
import ir.portal.catalog.domain.Vocabulary.Audience;
import ir.portal.catalog.domain.Vocabulary.LifeEvent;
import ir.portal.catalog.domain.Vocabulary.ServiceLevel;
import ir.portal.catalog.domain.Vocabulary.ServiceType;
import ir.portal.platform.paging.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * {@code /catalog/}: the public catalog, searched and filtered by GET parameters (so a search is a link anyone
 * can keep), stateless, a page at a time from the database.
 */
@Named
@RequestScoped
public class CatalogBacking {

    static final int PAGE_SIZE = 10;

    @Inject
    private CatalogQueries queries;

    private String q;
    private ServiceType type;
    private Audience audience;
    private LifeEvent event;
    private ServiceLevel level;
    private String unit;
    private int page = 1;

    private Page<CardSummary> results;
    private List<UnitOption> units;

    public void load() {
        results = queries.search(
                new CatalogQuery(q, type, audience, event, level, unit),
                (Math.max(page, 1) - 1) * PAGE_SIZE,
                PAGE_SIZE);
        units = queries.units();
    }

    /** The link to another page of the same search. */
    public String pageLink(int number) {
        StringBuilder link = new StringBuilder("/catalog/?page=").append(number);
        append(link, "q", q);
        append(link, "type", type);
        append(link, "audience", audience);
        append(link, "event", event);
        append(link, "level", level);
        append(link, "unit", unit);
        return link.toString();
    }

    private static void append(StringBuilder link, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            link.append('&')
                    .append(name)
                    .append('=')
                    .append(java.net.URLEncoder.encode(value.toString(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    public boolean isFiltered() {
        return (q != null && !q.isBlank())
                || type != null
                || audience != null
                || event != null
                || level != null
                || (unit != null && !unit.isBlank());
    }

    public Page<CardSummary> getResults() {
        return results;
    }

    public List<UnitOption> getUnits() {
        return units;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public ServiceType getType() {
        return type;
    }

    public void setType(ServiceType type) {
        this.type = type;
    }

    public Audience getAudience() {
        return audience;
    }

    public void setAudience(Audience audience) {
        this.audience = audience;
    }

    public LifeEvent getEvent() {
        return event;
    }

    public void setEvent(LifeEvent event) {
        this.event = event;
    }

    public ServiceLevel getLevel() {
        return level;
    }

    public void setLevel(ServiceLevel level) {
        this.level = level;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
