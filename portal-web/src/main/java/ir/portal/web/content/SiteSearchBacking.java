package ir.portal.web.content;

import ir.portal.catalog.application.CardTitle;
import ir.portal.catalog.application.CatalogQueries;
import ir.portal.catalog.application.CatalogQuery;
import ir.portal.content.application.ContentQueries;
import ir.portal.content.application.ContentQuery;
import ir.portal.content.application.ContentSummary;
import ir.portal.content.application.Slice;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code /search.xhtml?q=}: the site search, across every published item and the service catalog, with the
 * catalog's Persian normalisation (any yeh and kaf, a ZWNJ or a space, any digits find the same words).
 */
@Named
@RequestScoped
public class SiteSearchBacking {

    static final int PAGE_SIZE = 10;

    /** How many matching services the search shows before the link to all of them in the catalog. */
    static final int SERVICES = 5;

    @Inject
    private ContentQueries content;

    @Inject
    private CatalogQueries catalog;

    private String q;
    private int page = 1;
    private Slice<ContentSummary> items;
    private List<CardTitle> services;

    public void load() {
        if (q == null || q.isBlank() || q.length() > 200) {
            return;
        }
        int first = (Math.max(page, 1) - 1) * PAGE_SIZE;
        items = content.slice(new ContentQuery(null, null, null, null, q), first, PAGE_SIZE);
        services = catalog.titles(new CatalogQuery(q, null, null, null, null, null), SERVICES + 1);
    }

    public String pageLink(int number) {
        return "/search.xhtml?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&page=" + number;
    }

    public String catalogLink() {
        return "/catalog/?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
    }

    public boolean isAsked() {
        return items != null;
    }

    public Slice<ContentSummary> getItems() {
        return items;
    }

    public List<CardTitle> getServices() {
        return services.stream().limit(SERVICES).toList();
    }

    /** Whether more services match than the search shows. */
    public boolean isMoreServices() {
        return services.size() > SERVICES;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
