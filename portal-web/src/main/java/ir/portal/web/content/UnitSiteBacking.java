package ir.portal.web.content;

import ir.portal.accounts.application.UnitChoice;
import ir.portal.accounts.application.UnitDirectory;
import ir.portal.content.application.ContentQueries;
import ir.portal.content.application.ContentSummary;
import ir.portal.content.domain.ContentKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.omnifaces.util.Faces;

/** {@code /unit.xhtml?code=QOM-1}: a unit's sub-site: its newest news, announcements and tenders, its other lists. */
@Named
@RequestScoped
public class UnitSiteBacking {

    @Inject
    private UnitDirectory directory;

    @Inject
    private ContentQueries queries;

    private String code;
    private UnitChoice unit;
    private List<ContentSummary> news;
    private List<ContentSummary> announcements;
    private List<ContentSummary> tenders;

    public void load() throws IOException {
        unit = code == null || !code.matches("[A-Za-z0-9-]{1,40}")
                ? null
                : directory.site(code).orElse(null);
        if (unit == null) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "unit");
            return;
        }
        news = queries.latest(ContentKind.NEWS, unit.code(), 6);
        announcements = queries.latest(ContentKind.ANNOUNCEMENT, unit.code(), 5);
        tenders = queries.latest(ContentKind.TENDER, unit.code(), 5);
    }

    public UnitChoice getUnit() {
        return unit;
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

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
