package ir.portal.web.content;

import ir.portal.accounts.application.UnitChoice;
import ir.portal.accounts.application.UnitDirectory;
import ir.portal.content.application.ContentQueries;
import ir.portal.content.application.ContentSummary;
import ir.portal.content.domain.ContentKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The home page's blocks: the newest news, announcements and tenders of every unit. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    private ContentQueries queries;

    @Inject
    private UnitDirectory directory;

    private List<UnitChoice> sites;

    private List<ContentSummary> featured;
    private List<ContentSummary> news;
    private List<ContentSummary> announcements;
    private List<ContentSummary> tenders;

    public void load() {
        featured = queries.featured();
        news = queries.latest(ContentKind.NEWS, null, 6);
        announcements = queries.latest(ContentKind.ANNOUNCEMENT, null, 5);
        tenders = queries.latest(ContentKind.TENDER, null, 5);
        sites = directory.sites();
    }

    public List<UnitChoice> getSites() {
        return sites;
    }

    public List<ContentSummary> getFeatured() {
        return featured;
    }

    public List<ContentSummary> getNews() {
        return news;
    }

    public List<ContentSummary> getAnnouncements() {
        return announcements;
    }

    public List<ContentSummary> getTenders() {
        return tenders;
    }
}
